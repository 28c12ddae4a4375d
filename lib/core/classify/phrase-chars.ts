/**
 * How the phrase matcher reads characters: which are part of a word, which are white space, the base letter of an
 * accented one, each character's lower case, and walks back over a text as the scanner read it (a run of white
 * space counted once). Tables of 64 K entries, built once and shared by every matcher.
 */

/** A letter or digit in any script we read: a hit must not start or end inside a word. */
export function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000)
  );
}

/** White space of every kind: the scanner reads a run of it as one space. */
export const WHITESPACE = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

/** The base letter of an accented Latin letter (lower case), or the code itself. */
export function foldChar(code: number): number {
  if (code < 0xc0 || code >= 0x250) return code;
  const ch = String.fromCharCode(code);
  if (ch === 'ß') return 115;
  if (ch === 'ł' || ch === 'Ł') return 108;
  const base = ch.normalize('NFD').charAt(0).toLowerCase();
  const b = base.charCodeAt(0);
  return b >= 97 && b <= 122 ? b : code;
}

export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldChar(text.charCodeAt(i)));
  return out;
}

/**
 * Where a hit that ends at `last` starts, walking back `length` symbols with each run of white space counted
 * once, as the scanner read it. Hits are rare, so this beats recording every position on the way.
 */
export function startOf(text: string, last: number, length: number, symbols: Uint8Array): number {
  let j = last;
  for (let left = length - 1; left > 0 && j > 0; left--) {
    j--;
    if (symbols[text.charCodeAt(j)] === 1) while (j > 0 && symbols[text.charCodeAt(j - 1)] === 1) j--;
  }
  return j;
}

/**
 * The place `count` symbols before `at`, a run of white space counted once (as the scanner reads it), or 0. Any
 * phrase that ends at or after `at` starts there or later.
 */
export function backBySymbols(text: string, at: number, count: number, symbols: Uint8Array): number {
  let j = at;
  for (let left = count; left > 0 && j > 0; left--) {
    j--;
    if (symbols[text.charCodeAt(j)] === 1) while (j > 0 && symbols[text.charCodeAt(j - 1)] === 1) j--;
  }
  return j;
}

/** Per character code: 1 when the character `as` maps it to is part of a word. */
function wordChars(as: (code: number) => number): Uint8Array {
  const words = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) words[c] = isWordChar(as(c)) ? 1 : 0;
  return words;
}

/** Shared by every matcher, built once. */
let asIs: Uint8Array | null = null;
let lowerOf: Uint16Array | null = null;
let asLower: Uint8Array | null = null;

export function wordsAsIs(): Uint8Array {
  asIs ??= wordChars((c) => c);
  return asIs;
}

/** Each character's lower case, where that is one character (all but U+0130). */
function lowerCaseOf(): Uint16Array {
  if (!lowerOf) {
    lowerOf = new Uint16Array(65536);
    for (let c = 0; c < 65536; c++) {
      const l = String.fromCharCode(c).toLowerCase();
      lowerOf[c] = l.length === 1 ? l.charCodeAt(0) : c;
    }
  }
  return lowerOf;
}

/**
 * How a character reads in the text's lower case. `toLowerCase` maps each character on its own, except three: a
 * capital sigma becomes σ or ς by its neighbours (both must read alike), a surrogate pair changes as a pair (no
 * surrogate is in a phrase or a word) and U+0130 grows longer (callers read such a text as it is).
 */
export function lowerCaseReading(symbolOf: Uint8Array): { symbols: Uint8Array; words: Uint8Array } {
  if (symbolOf[0x3c3] !== symbolOf[0x3c2]) throw new Error('phrase tables: σ and ς must read alike');
  for (let c = 0xd800; c <= 0xdfff; c++) if (symbolOf[c] !== 0 || isWordChar(c)) throw new Error('phrase tables: a surrogate in a phrase');
  const lower = lowerCaseOf();
  const symbols = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) symbols[c] = symbolOf[lower[c]!]!;
  asLower ??= wordChars((c) => lower[c]!);
  return { symbols, words: asLower };
}
