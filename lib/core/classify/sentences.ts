/** Sentence and clause bounds in a text: negators, negations and the broad net reach only within a sentence. */

/**
 * . ! ? ; | end a sentence. Characters are compared by code: `text[i]` makes a string of each one, a new one for
 * every character beyond Latin-1 ("—", "’"), and these walks run for every phrase found.
 */
function endsSentence(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 59 || code === 124;
}

export function sentenceStart(text: string, from: number, limit: number): number {
  for (let i = from - 1; i >= limit; i--) if (endsSentence(text.charCodeAt(i))) return i + 1;
  return limit;
}

export function sentenceEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (endsSentence(text.charCodeAt(i))) return i;
  return limit;
}

/** Is `at` the start of a sentence or clause: nothing but white space since punctuation or the text's start? */
export function opensClause(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i < 40; i--) {
    const c = text.charCodeAt(i);
    // Space, tab, line feed, carriage return.
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    // . , ; : ! ? - (
    return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 45 || c === 40;
  }
  return true;
}
