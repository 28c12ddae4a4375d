/**
 * Words of a text as the learned model reads them: lower case, NFKC (full-width digits and letters become ASCII),
 * digits folded to `0` so that "14:30" and "09:15" read alike. Runs of Japanese or Chinese script become
 * overlapping character pairs, since those languages do not put spaces between words. Linear in the text's length.
 *
 * One pass over the text finds the words and hashes each as it goes (FNV-1a of the word as it reads: lower case,
 * digits folded); a word's and a pair's features are made from those hashes (`collector.ts`), and only word pieces
 * read characters again. `wordHash` is the same hash for a word given on its own (job words, day names). A word
 * is kept as a place in a string, not as a string of its own: only the few words the evidence names are ever cut
 * out. The text is read as its lower case would be, a table lookup per character, without writing that copy; a
 * text with a character NFKC changes, or one whose lower case depends on more than itself, is normalised and
 * lower-cased whole first. This runs on every email the background classifies, so the lists are reused.
 */

import { LANGUAGES } from '../../lang';
import { lowerCaseTable, NOT_ON_ITS_OWN } from '../lower-case';

/** FNV-1a's offset basis and prime: a word's hash starts from the one and multiplies by the other per character. */
export const OFFSET = 0x811c9dc5;
export const PRIME = 0x01000193;

/** Characters NFKC changes in mail: combining accents and full-width forms (`RAW` marks the same ranges). */
const NEEDS_NFKC = /[\u0300-\u036f\uff01-\uff5e]/;
/** A word longer than this is not a word (a hash, a token in a link): it is dropped. */
const MAX_WORD = 40;
/** Characters of a word hashed for its stem key (`keys`): job words are looked up by their first four. */
export const STEM_KEY = 4;

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

/** How a character reads: 0 between words, 1 a letter, 2 a digit, 3 a Japanese or Chinese character. */
const BETWEEN = 0;
const LETTER = 1;
const DIGIT = 2;
const CJK = 3;
/** Only in `RAW`: a character the text must be normalised or lower-cased whole for. */
const WHOLE = 4;

const LOWER = lowerCaseTable();
/** How each character of a lower-cased, normalised text reads, in one table: one lookup per character. */
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) CLASS[c] = c < 128 ? ASCII[c]! : !isOtherLetter(c) ? BETWEEN : isCjk(c) ? CJK : LETTER;
/** How each character of a text as written reads, by its lower case; WHOLE for those `LOWER` cannot map alone. */
const RAW = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) RAW[c] = CLASS[LOWER[c]!]!;
for (const [from, to] of [[0x300, 0x36f], [0xff01, 0xff5e]] as const) for (let c = from; c <= to; c++) RAW[c] = WHOLE;
for (const c of NOT_ON_ITS_OWN) RAW[c] = WHOLE;

/**
 * Words as places, with their hashes: word `i` reads as `text(i).slice(starts[i], ends[i])` in lower case, each run
 * of digits as `0` when `folded[i]` is 1. A word names its text by number (`sources`): the texts of one email are
 * few (its subject, its body, the sender's address and name), and a string stored per word, in a list that outlives
 * the email, cost the engine a record of every such store (a young string in an old list) for its next collection.
 */
export class TokenList {
  count = 0;
  /** The texts read since the list was cleared, in order; a word's `source` is its text's place here. */
  sources: string[] = [];
  sourceCount = 0;
  source = new Int32Array(1024);
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  /** FNV-1a of the word as it reads, from OFFSET. */
  hashes = new Int32Array(1024);
  /** The same over its first STEM_KEY characters (all of it when shorter): the key its stem is looked up by. */
  keys = new Int32Array(1024);
  /** 1 when the word has digits. */
  folded = new Uint8Array(1024);

  /** Starts again, empty (the lists are kept for the next text). */
  clear(): void {
    this.count = 0;
    this.sourceCount = 0;
  }

  /** The number its words name `text` by, for the words read next. */
  addSource(text: string): number {
    const id = this.sourceCount++;
    this.sources[id] = text;
    return id;
  }

  push(source: number, start: number, end: number, hash: number, key: number, folded: number): void {
    if (this.count === this.starts.length) this.grow();
    const i = this.count++;
    this.source[i] = source;
    this.starts[i] = start;
    this.ends[i] = end;
    this.hashes[i] = hash;
    this.keys[i] = key;
    this.folded[i] = folded;
  }

  /** The text word `i` lies in. */
  text(i: number): string {
    return this.sources[this.source[i]!]!;
  }

  word(i: number): string {
    const word = this.text(i).slice(this.starts[i], this.ends[i]).toLowerCase();
    return this.folded[i] === 1 ? foldDigits(word) : word;
  }

  private grow(): void {
    const size = this.count * 2;
    this.source = widened(this.source, new Int32Array(size));
    this.starts = widened(this.starts, new Int32Array(size));
    this.ends = widened(this.ends, new Int32Array(size));
    this.hashes = widened(this.hashes, new Int32Array(size));
    this.keys = widened(this.keys, new Int32Array(size));
    this.folded = widened(this.folded, new Uint8Array(size));
  }
}

/** `to`, a longer array of the same kind, with `from` copied into its start. */
export function widened<A extends Int32Array | Float64Array | Uint8Array>(from: A, to: A): A {
  to.set(from);
  return to;
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
  /** The stand-in word, its hash and its stem key. */
  as: string;
  hash: number;
  key: number;
}
/**
 * Names by their hash (FNV-1a of the lower-case name, as the reader hashes a word), and a filter of one bit per value
 * of a hash's low 16 bits (8 KB, small enough to stay in the processor's cache): the reader has the word's hash
 * already, and the filter keeps almost every other word from the lookup.
 */
const CALENDAR_NAMES = new Map<number, CalendarName[]>();
const CALENDAR_FILTER = new Uint32Array(1 << 11);
for (const pack of LANGUAGES) {
  for (const [names, as] of [[pack.weekdays, DAY_WORD], [pack.months, MONTH_WORD]] as const) {
    for (const raw of names) {
      const name = raw.toLowerCase();
      if (name.length < 4 || AMBIGUOUS.has(name) || /[^\p{L}]/u.test(name)) continue;
      const hash = wordHash(name, 0, name.length).hash;
      const list = CALENDAR_NAMES.get(hash) ?? [];
      if (!list.some((e) => e.name === name)) {
        const stand = wordHash(as, 0, as.length);
        list.push({ name, as, hash: stand.hash, key: stand.key });
      }
      CALENDAR_NAMES.set(hash, list);
      CALENDAR_FILTER[(hash >>> 5) & 0x7ff]! |= 1 << (hash & 31);
    }
  }
}

/** The day or month name at `s[i, j)` (read in lower case), whose hash is `hash`, or null. */
function calendarWord(s: string, i: number, j: number, hash: number): CalendarName | null {
  if (j - i < 4 || ((CALENDAR_FILTER[(hash >>> 5) & 0x7ff]! >>> (hash & 31)) & 1) === 0) return null;
  const list = CALENDAR_NAMES.get(hash);
  if (!list) return null;
  for (const e of list) if (e.name.length === j - i && readsAs(s, i, e.name)) return e;
  return null;
}

/** Whether `s` from `at` reads as `word` (lower case) in lower case. */
export function readsAs(s: string, at: number, word: string): boolean {
  if (at + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) if (LOWER[s.charCodeAt(at + k)] !== word.charCodeAt(k)) return false;
  return true;
}

/** "r2d2" -> "r0d0": every run of digits reads as one `0`. */
function foldDigits(word: string): string {
  return word.replace(/[0-9]+/g, '0');
}

/**
 * The hash and stem key of `s[i, j)` as it reads, and whether it has digits: for a word given on its own, or one
 * inside a Japanese run. `readWords` computes the same as it reads, written out in its loop.
 */
export function wordHash(s: string, i: number, j: number): { hash: number; key: number; digits: boolean } {
  let h = OFFSET;
  let key = OFFSET;
  let length = 0;
  let inDigits = false;
  let digits = false;
  for (let k = i; k < j; k++) {
    const c = LOWER[s.charCodeAt(k)]!;
    if (c < 128 && ASCII[c] === DIGIT) {
      digits = true;
      if (inDigits) continue;
      inDigits = true;
      h = Math.imul(h ^ 0x30, PRIME);
    } else {
      inDigits = false;
      h = Math.imul(h ^ c, PRIME);
    }
    if (++length <= STEM_KEY) key = h;
  }
  return { hash: h, key, digits };
}

/** Appends the words of `text` to `into`. */
export function readTokens(text: string, into: TokenList): void {
  const from = into.count;
  if (readWords(text, RAW, into)) return;
  // A character the table cannot read alone: the text is normalised and lower-cased whole, and read again.
  into.count = from;
  readWords((NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text).toLowerCase(), CLASS, into);
}

/**
 * The words of `s` by the character classes `classOf`, each hashed as it is read; false, having read part, when a
 * character is one to read whole (WHOLE).
 */
function readWords(s: string, classOf: Uint8Array, into: TokenList): boolean {
  const n = s.length;
  const lower = LOWER;
  const prime = PRIME;
  const stemKey = STEM_KEY;
  const source = into.addSource(s);
  let i = 0;
  while (i < n) {
    if (classOf[s.charCodeAt(i)] === BETWEEN) {
      i++;
      continue;
    }
    let j = i;
    let h = OFFSET;
    let key = OFFSET;
    let length = 0;
    let digits = false;
    let inDigits = false;
    let cjk = false;
    while (j < n) {
      const c = s.charCodeAt(j);
      const k = classOf[c]!;
      if (k === LETTER) {
        h = Math.imul(h ^ lower[c]!, prime);
        inDigits = false;
        if (++length <= stemKey) key = h;
      } else if (k === BETWEEN) {
        break;
      } else if (k === DIGIT) {
        digits = true;
        if (!inDigits) {
          h = Math.imul(h ^ 0x30, prime);
          inDigits = true;
          if (++length <= stemKey) key = h;
        }
      } else if (k === CJK) {
        cjk = true;
      } else {
        return false;
      }
      j++;
    }
    if (cjk) cjkPairs(s, source, i, j, into);
    else if (j - i <= MAX_WORD) {
      const named = digits ? null : calendarWord(s, i, j, h);
      if (named === null) into.push(source, i, j, h, key, digits ? 1 : 0);
      else into.push(into.addSource(named.as), 0, named.as.length, named.hash, named.key, 0);
    }
    i = j;
  }
  return true;
}

/** Japanese and Chinese put no spaces between words: their runs become overlapping character pairs. */
function cjkPairs(s: string, source: number, from: number, to: number, into: TokenList): void {
  let i = from;
  while (i < to) {
    const cjk = isCjk(s.charCodeAt(i));
    let j = i;
    while (j < to && isCjk(s.charCodeAt(j)) === cjk) j++;
    if (cjk) {
      if (j - i === 1) pushHashed(s, source, i, i + 1, into);
      for (let k = i; k + 1 < j; k++) pushHashed(s, source, k, k + 2, into);
    } else if (j - i <= MAX_WORD) pushHashed(s, source, i, j, into);
    i = j;
  }
}

function pushHashed(s: string, source: number, i: number, j: number, into: TokenList): void {
  const { hash, key, digits } = wordHash(s, i, j);
  into.push(source, i, j, hash, key, digits ? 1 : 0);
}

/** The words of a text, as strings (for callers that keep them). */
export function tokenize(text: string): string[] {
  const list = new TokenList();
  readTokens(text, list);
  return Array.from({ length: list.count }, (_, i) => list.word(i));
}
