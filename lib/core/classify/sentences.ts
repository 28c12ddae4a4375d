/** Sentence and clause bounds in a text: negators, negations and the broad net reach only within a sentence. */
const SENTENCE_ENDS = new Set(['.', '!', '?', ';', '|']);

export function sentenceStart(text: string, from: number, limit: number): number {
  for (let i = from - 1; i >= limit; i--) if (SENTENCE_ENDS.has(text[i]!)) return i + 1;
  return limit;
}

export function sentenceEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (SENTENCE_ENDS.has(text[i]!)) return i;
  return limit;
}

/** Is `at` the start of a sentence or clause: nothing but white space since punctuation or the text's start? */
export function opensClause(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i < 40; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    return c === '.' || c === ',' || c === ';' || c === ':' || c === '!' || c === '?' || c === '-' || c === '(';
  }
  return true;
}
