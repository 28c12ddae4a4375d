/**
 * Words of a text as the learned model reads them: lower case, NFKC (full-width digits and letters become ASCII),
 * digits folded to `0` so that "14:30" and "09:15" read alike. Runs of Japanese or Chinese script become
 * overlapping character pairs, since those languages do not put spaces between words. Linear in the text's length.
 *
 * A word is kept as a place in a string (the lower-cased text, or its digit-folded copy), not as a string of its
 * own: the features hash it where it lies, and only the few words the evidence names are ever cut out. This runs on
 * every email the background classifies, so the lists are reused from one email to the next.
 */

import { LANGUAGES } from '../../lang';

/** Characters NFKC changes in mail: combining accents and full-width forms. Normalising only then saves time. */
const NEEDS_NFKC = /[\u0300-\u036f\uff01-\uff5e]/;
/** A word longer than this is not a word (a hash, a token in a link): it is dropped. */
const MAX_WORD = 40;

/** 1 for the ASCII characters of a word (a-z, 0-9 after lower-casing), 2 for digits. */
const ASCII = new Uint8Array(128);
for (let c = 0x61; c <= 0x7a; c++) ASCII[c] = 1;
for (let c = 0x30; c <= 0x39; c++) ASCII[c] = 2;

export function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || // hiragana, katakana
    (code >= 0x3400 && code <= 0x9fff) || // CJK ideographs
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff66 && code <= 0xff9f) // half-width katakana
  );
}

/** A letter of another alphabet: Latin-1 letters and up, but not the punctuation and symbol blocks. */
function isOtherLetter(c: number): boolean {
  return (
    c >= 0xc0 &&
    c !== 0xd7 &&
    c !== 0xf7 &&
    !(c >= 0x2000 && c <= 0x2bff) && // punctuation, arrows, symbols
    !(c >= 0x3000 && c <= 0x303f) && // CJK punctuation
    !(c >= 0xd800 && c <= 0xdfff) && // surrogates: emoji and other astral symbols
    !(c >= 0xfe00 && c <= 0xfe0f) && // variation selectors
    !(c >= 0xff00 && c <= 0xff20) &&
    c !== 0xfeff
  );
}

/**
 * How each character reads, in one table: 0 between words, 1 a letter (ASCII after lower-casing, or of another
 * alphabet), 2 a digit, 3 a Japanese or Chinese character. One lookup per character instead of a chain of ranges.
 */
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) CLASS[c] = c < 128 ? ASCII[c]! : !isOtherLetter(c) ? 0 : isCjk(c) ? 3 : 1;

/** Words as places: word `i` is `texts[i].slice(starts[i], ends[i])`. */
export class TokenList {
  count = 0;
  texts: string[] = [];
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);

  push(text: string, start: number, end: number): void {
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.count * 2);
      starts.set(this.starts);
      this.starts = starts;
      const ends = new Int32Array(this.count * 2);
      ends.set(this.ends);
      this.ends = ends;
    }
    this.texts[this.count] = text;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }

  word(i: number): string {
    return this.texts[i]!.slice(this.starts[i], this.ends[i]);
  }
}

/**
 * Day and month names of every language read become one word each, "dayname" and "monthname", the way digits become
 * `0`: that a date is written is a sign, which day is not. Read as themselves, the model learned "saturday" as a sign
 * of `other` (few interviews in the labelled sets fall on one) and "januari" as a sign of an offer, and a textbook
 * interview confirmation dated on a Saturday went to review. Names of four letters or more only: "mar", "do", "sat"
 * are words too; "march", "august" and "mars" are kept as they are for the same reason.
 */
export const DAY_WORD = 'dayname';
export const MONTH_WORD = 'monthname';
const AMBIGUOUS = new Set(['march', 'august', 'mars']);
interface CalendarName {
  name: string;
  as: string;
}
/** Names by their first two characters; a 1,024-bit filter keeps the lookup off almost every other word. */
const CALENDAR_NAMES = new Map<number, CalendarName[]>();
const CALENDAR_FILTER = new Uint8Array(1024);
function calendarKey(c0: number, c1: number): number {
  return (c0 << 16) | c1;
}
function filterSlot(c0: number, c1: number): number {
  return ((c0 * 31) ^ c1) & 1023;
}
for (const pack of LANGUAGES) {
  for (const [names, as] of [[pack.weekdays, DAY_WORD], [pack.months, MONTH_WORD]] as const) {
    for (const raw of names) {
      const name = raw.toLowerCase();
      if (name.length < 4 || AMBIGUOUS.has(name) || /[^\p{L}]/u.test(name)) continue;
      const key = calendarKey(name.charCodeAt(0), name.charCodeAt(1));
      const list = CALENDAR_NAMES.get(key) ?? [];
      if (!list.some((e) => e.name === name)) list.push({ name, as });
      CALENDAR_NAMES.set(key, list);
      CALENDAR_FILTER[filterSlot(name.charCodeAt(0), name.charCodeAt(1))] = 1;
    }
  }
}

/** The stand-in word of a day or month name at `s[i, j)`, or null. */
function calendarWord(s: string, i: number, j: number): string | null {
  if (j - i < 4) return null;
  const c0 = s.charCodeAt(i);
  const c1 = s.charCodeAt(i + 1);
  if (CALENDAR_FILTER[filterSlot(c0, c1)] === 0) return null;
  const list = CALENDAR_NAMES.get(calendarKey(c0, c1));
  if (!list) return null;
  for (const e of list) if (e.name.length === j - i && s.startsWith(e.name, i)) return e.as;
  return null;
}

/** "r2d2" -> "r0d0": every run of digits reads as one `0`. */
function foldDigits(word: string): string {
  return word.replace(/[0-9]+/g, '0');
}

/** Appends the words of `text` to `into`. */
export function readTokens(text: string, into: TokenList): void {
  const s = (NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text).toLowerCase();
  const n = s.length;
  let i = 0;
  const classOf = CLASS;
  while (i < n) {
    if (classOf[s.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    let j = i;
    let digits = false;
    let cjk = false;
    while (j < n) {
      const k = classOf[s.charCodeAt(j)]!;
      if (k === 0) break;
      if (k === 2) digits = true;
      else if (k === 3) cjk = true;
      j++;
    }
    if (cjk) cjkPairs(s, i, j, into);
    else if (j - i <= MAX_WORD) {
      if (digits) {
        const folded = foldDigits(s.slice(i, j));
        into.push(folded, 0, folded.length);
      } else {
        const named = calendarWord(s, i, j);
        if (named === null) into.push(s, i, j);
        else into.push(named, 0, named.length);
      }
    }
    i = j;
  }
}

/** Japanese and Chinese put no spaces between words: their runs become overlapping character pairs. */
function cjkPairs(s: string, from: number, to: number, into: TokenList): void {
  let i = from;
  while (i < to) {
    const cjk = isCjk(s.charCodeAt(i));
    let j = i;
    while (j < to && isCjk(s.charCodeAt(j)) === cjk) j++;
    if (cjk) {
      if (j - i === 1) into.push(s, i, i + 1);
      for (let k = i; k + 1 < j; k++) into.push(s, k, k + 2);
    } else if (j - i <= MAX_WORD) {
      let digits = false;
      for (let k = i; k < j && !digits; k++) digits = ASCII[s.charCodeAt(k)] === 2;
      if (digits) {
        const folded = foldDigits(s.slice(i, j));
        into.push(folded, 0, folded.length);
      } else into.push(s, i, j);
    }
    i = j;
  }
}

/** The words of a text, as strings (for callers that keep them). */
export function tokenize(text: string): string[] {
  const list = new TokenList();
  readTokens(text, list);
  return Array.from({ length: list.count }, (_, i) => list.word(i));
}
