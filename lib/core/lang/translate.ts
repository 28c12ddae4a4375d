/**
 * For languages without a chrono locale: put their day and month names and their "at" words in English, so that
 * English's parser reads the date ("czwartek 12 marca o 14:00" → "thursday 12 march at 14:00"). One pass over
 * the words of the text; words not in the table are kept as they are.
 */
export function wordTranslator(table: Readonly<Record<string, string>>): (text: string) => string {
  return (text) =>
    text.replace(/[\p{L}.]+/gu, (word) => {
      const lower = word.toLowerCase();
      return table[lower] ?? (lower.endsWith('.') ? (table[lower.slice(0, -1)] !== undefined ? `${table[lower.slice(0, -1)]}` : word) : word);
    });
}

/**
 * "14.30" after an "at" word is a time: English's parser wants "14:30". A word after a time that starts with a or p
 * ("14:30 på kontoret") would read as "am" or "pm": a comma keeps them apart.
 */
export function dottedClock(text: string): string {
  return text
    .replace(/\bat(\s+)([01]?\d|2[0-3])\.([0-5]\d)\b/g, 'at$1$2:$3')
    .replace(/(\d:[0-5]\d)([ \t]+)(?=[ap](?![.]?m\b))/gi, '$1,$2');
}
