/**
 * The mailbox owner's own address and name, as the learned model reads them: the same word for every owner
 * ("ownermail", "ownername"), never their own. A labelled set is one owner's mailbox, so their name would
 * otherwise become a word the model learns a set's habits from ("nakamura" → other); what generalises is that the
 * owner is named ("Interview: Ravi Menon / Kitewire", "Hi Ravi,").
 *
 * The name is read from the address ("ravi.menon@…": parts of three letters or more). The text is compared without
 * accents, as addresses write names: "Magdalena Wiśniewska" is masked for magdalena.wisniewska@…. Linear: one
 * search of fixed length for the address and one per part, run on the text as written, each of their characters the
 * class of every character that reads as it (an address beyond ASCII or longer than any real one lower-cases and
 * folds a copy of the text instead).
 */

import { lowerCaseTable } from '../lower-case';

export interface OwnerMask {
  address: string;
  parts: readonly string[];
  /**
   * For an address of ASCII characters (every real one), the searches `maskOwner` runs on a text as it is written:
   * each character of the address, and of each part, as the class of every character that reads as it. Null for any
   * other address, whose text is lower-cased and folded whole.
   */
  searches: OwnerSearches | null;
}

interface OwnerSearches {
  address: RegExp;
  parts: RegExp[];
  /**
   * Where each part can start as a joined name (only the long ones are read so): its first letter, then its second
   * after at most a space or a hyphen.
   */
  joinedStarts: RegExp[];
}

const MAX_PARTS = 4;
/** An address longer than this (none is: 254 is the limit for delivery) gets no searches of its own. */
const MAX_SEARCHED = 254;

/** Accented Latin letters (lower case, U+00C0 to U+024F) and the base letter each folds to, one for one. */
const ACCENTED = /[\u00c0-\u024f]/g;
const HAS_ACCENTED = /[\u00c0-\u024f]/;
const FOLD = new Map<string, string>();
for (let code = 0xc0; code < 0x250; code++) {
  const ch = String.fromCharCode(code);
  const base = ch === 'ł' ? 'l' : ch === 'ø' ? 'o' : ch === 'đ' ? 'd' : ch.normalize('NFD').charAt(0);
  FOLD.set(ch, base.length === 1 && base >= 'a' && base <= 'z' ? base : ch);
}
const foldOne = (ch: string): string => FOLD.get(ch) ?? ch;

/** Lower-case text without accents, each character for one, so that indices stay those of the text. */
function foldAccents(lower: string): string {
  return HAS_ACCENTED.test(lower) ? lower.replace(ACCENTED, foldOne) : lower;
}

/**
 * The owner's mask, read from their address. A mailbox has one owner, so the last address read and its mask are
 * kept: every email of a mailbox asks for the same one (the mask is never changed by its readers).
 */
export function ownerMaskOf(owner: string): OwnerMask | null {
  if (owner === lastOwner) return lastMask;
  const at = owner.indexOf('@');
  let mask: OwnerMask | null = null;
  if (at >= 1) {
    const address = owner.toLowerCase();
    const parts = foldAccents(owner.slice(0, at).toLowerCase())
      .split(/[^a-z]+/)
      .filter((p) => p.length >= 3)
      .slice(0, MAX_PARTS);
    const searches = address.length <= MAX_SEARCHED && /^[\x21-\x7e]+$/.test(address)
      ? { address: searchFor(address, LOWER), parts: parts.map((part) => searchFor(part, PLAIN)), joinedStarts: parts.map((part) => joinedStart(part)) }
      : null;
    mask = { address, parts, searches };
  }
  lastOwner = owner;
  lastMask = mask;
  return mask;
}
let lastOwner = '';
let lastMask: OwnerMask | null = null;

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
}

/** An address part this long may be a whole name written as one word ("sanderdewit" for Sander de Wit). */
const JOINED_MIN = 7;
const MAX_JOINED_WORDS = 4;

/**
 * Where the text writes an address part as two to four words ("Sander de Wit", "Sander de-Wit" for sanderdewit@…).
 * Tried at each word that starts with the part's first letter, reading at most the part's length: linear in the text.
 */
function joinedHits(plain: string, part: string, cuts: Cut[], rank: number): void {
  // The folded text reads as itself through PLAIN, so the walk is the one the searches use.
  for (let i = plain.indexOf(part.charAt(0)); i !== -1; i = plain.indexOf(part.charAt(0), i + 1)) {
    if (wordAt(plain, i - 1)) continue;
    const to = joinedEnd(plain, i, part);
    if (to !== -1) cuts.push({ from: i, to, word: 'ownername', rank });
  }
}

/** The text with the owner's address and name parts replaced by the same words for every owner. */
export function maskOwner(text: string, mask: OwnerMask): string {
  if (text === '') return text;
  // A character whose lower case is longer (dotted capital I, the only one) would shift every index: such a text is
  // read as it is.
  if (text.includes('\u0130')) return text;
  const cuts = mask.searches ? cutsBySearch(text, mask, mask.searches) : cutsOfWhole(text, mask);
  if (cuts.length === 0) return text;
  // By place, and at one place the address before the parts, the parts in order, then the joined names.
  cuts.sort((a, b) => a.from - b.from || a.rank - b.rank);
  // Written out by `join`, not built up with `+`: the model's word reader reads the result a character at a time,
  // and a chain of joined views is slower to read than one text.
  const out: string[] = [];
  let at = 0;
  for (const cut of cuts) {
    if (cut.from < at) continue;
    out.push(text.slice(at, cut.from), cut.word);
    at = cut.to;
  }
  out.push(text.slice(at));
  return out.join('');
}

interface Cut {
  from: number;
  to: number;
  word: string;
  /** Which search found it: 0 the address, then each part, then each part as a joined name. */
  rank: number;
}

/** Each character as the address is compared: its lower case (lower-case.ts). */
const LOWER = lowerCaseTable();
/**
 * Each character as a name part is compared: its lower case without accents, what `foldAccents` makes of the lower
 * case of a text, one character at a time.
 */
const PLAIN = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) {
  const lower = LOWER[c]!;
  PLAIN[c] = lower >= 0xc0 && lower < 0x250 ? foldOne(String.fromCharCode(lower)).charCodeAt(0) : lower;
}

/** Whether the character at `i` of `text`, read as a name part is, is a letter or digit (false outside the text). */
function wordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordChar(PLAIN[text.charCodeAt(i)]!);
}

/** For each ASCII character, every character that reads as it through `table` ("k": k, K and the Kelvin sign). */
function readersOf(table: Uint16Array): Map<number, number[]> {
  const readers = new Map<number, number[]>();
  for (let c = 0; c < 65536; c++) {
    const as = table[c]!;
    if (as >= 128) continue;
    const list = readers.get(as);
    if (list) list.push(c);
    else readers.set(as, [c]);
  }
  return readers;
}
let lowerReaders: Map<number, number[]> | null = null;
let plainReaders: Map<number, number[]> | null = null;

/**
 * A search for `word` (ASCII) in a text as written, each of its characters as the class of every character that
 * reads as it through `table`: a fixed-length pattern without repetition, run by the engine's own search (much
 * faster than a loop over the text's characters in JavaScript, and than lower-casing and folding a copy first).
 */
function searchFor(word: string, table: Uint16Array): RegExp {
  let source = '';
  for (let k = 0; k < word.length; k++) source += readersClass(word.charCodeAt(k), table);
  return new RegExp(source, 'g');
}

/** Every character that reads as `code` through `table`, as a class of a pattern. */
function readersClass(code: number, table: Uint16Array): string {
  const readers = table === LOWER ? (lowerReaders ??= readersOf(LOWER)) : (plainReaders ??= readersOf(PLAIN));
  const escape = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  const list = readers.get(code) ?? [code];
  return list.length === 1 ? escape(list[0]!) : `[${list.map(escape).join('')}]`;
}

/** `joinedStarts`' search for one part (of two letters or more). */
function joinedStart(part: string): RegExp {
  return new RegExp(`${readersClass(part.charCodeAt(0), PLAIN)}[ -]?${readersClass(part.charCodeAt(1), PLAIN)}`, 'g');
}

/**
 * The cuts of an ASCII address and its parts, found by searches on the text as written (`searchFor`) instead of
 * lower-casing and folding a copy of the text first (two copies the size of the text for every email, and a
 * replacement per accented letter: about a tenth of classify's time). The same cuts as `cutsOfWhole`: each search
 * goes on after the end of what it found, a part counts as a whole word, and a joined name is tried at every start
 * of a word with the part's first letter.
 */
function cutsBySearch(text: string, mask: OwnerMask, searches: OwnerSearches): Cut[] {
  const cuts: Cut[] = [];
  const { address, parts } = mask;
  const found = searches.address;
  found.lastIndex = 0;
  for (let hit = found.exec(text); hit !== null; hit = found.exec(text)) {
    cuts.push({ from: hit.index, to: hit.index + address.length, word: ' ownermail ', rank: 0 });
  }
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const search = searches.parts[k]!;
    search.lastIndex = 0;
    for (let hit = search.exec(text); hit !== null; hit = search.exec(text)) {
      const i = hit.index;
      if (!wordAt(text, i - 1) && !wordAt(text, i + part.length)) cuts.push({ from: i, to: i + part.length, word: 'ownername', rank: 1 + k });
    }
  }
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (part.length < JOINED_MIN) continue;
    // Every place the name can start is tried, those inside the last one tried too (the search goes on from the
    // next character, not after what it found).
    const start = searches.joinedStarts[k]!;
    start.lastIndex = 0;
    for (let hit = start.exec(text); hit !== null; hit = start.exec(text)) {
      const i = hit.index;
      start.lastIndex = i + 1;
      if (wordAt(text, i - 1)) continue;
      const to = joinedEnd(text, i, part);
      if (to !== -1) cuts.push({ from: i, to, word: 'ownername', rank: 1 + parts.length + k });
    }
  }
  return cuts;
}

/**
 * Where the name `part` written as two to four words ("Sander de Wit", "Sander de-Wit" for sanderdewit@…) that
 * starts at `i` ends, or -1. Reads at most the part's length and its spaces.
 */
function joinedEnd(text: string, i: number, part: string): number {
  let j = i;
  let k = 0;
  let words = 1;
  while (k < part.length && j < text.length) {
    const c = PLAIN[text.charCodeAt(j)]!;
    if (c === part.charCodeAt(k)) {
      j++;
      k++;
    } else if ((c === 32 || c === 45) && k > 0 && words < MAX_JOINED_WORDS && j + 1 < text.length && PLAIN[text.charCodeAt(j + 1)] === part.charCodeAt(k)) {
      j++;
      words++;
    } else break;
  }
  return k === part.length && words >= 2 && !wordAt(text, j) ? j : -1;
}

/** The cuts for any address: the text lower-cased and folded whole, then searched. */
function cutsOfWhole(text: string, mask: OwnerMask): Cut[] {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return [];
  const plain = mask.parts.length > 0 ? foldAccents(lower) : lower;
  const cuts: Cut[] = [];
  const { address, parts } = mask;
  for (let i = lower.indexOf(address); i !== -1; i = lower.indexOf(address, i + address.length)) {
    cuts.push({ from: i, to: i + address.length, word: ' ownermail ', rank: 0 });
  }
  parts.forEach((part, k) => {
    for (let i = plain.indexOf(part); i !== -1; i = plain.indexOf(part, i + part.length)) {
      const to = i + part.length;
      if (isWordChar(plain.charCodeAt(i - 1)) || isWordChar(plain.charCodeAt(to))) continue;
      cuts.push({ from: i, to, word: 'ownername', rank: 1 + k });
    }
  });
  parts.forEach((part, k) => {
    if (part.length >= JOINED_MIN) joinedHits(plain, part, cuts, 1 + parts.length + k);
  });
  return cuts;
}

/**
 * Parts of an address that name a role, not a person ("info@", "jobs.anna@" names Anna): an owner whose address
 * is all roles has no name to find.
 */
const ROLE_PARTS = new Set(['info', 'contact', 'kontakt', 'mail', 'email', 'office', 'admin', 'hello', 'job', 'jobs', 'career', 'careers', 'team', 'support', 'noreply', 'reply', 'sales', 'service', 'post', 'privat', 'private', 'home', 'work', 'bureau', 'the']);

/**
 * Whether an email comes from another address in the owner's own name: every name part of the owner's address
 * ("dana.whitlock@…") is a word of the sender's name or address ("Dana Whitlock <dana@practice.example>"), compared
 * without accents, a long part also inside the name written as one word ("Sander de Wit" for sanderdewit@…). That
 * is mostly the owner's own mail from their work address, seen in their private mailbox: the rejection they sent a
 * candidate, the interview they booked. (In the labelled sets, 44 such emails, and none a step of the owner's own
 * search.) Not the owner's own address (the page marks that as theirs), nor an owner whose address names no one.
 */
export function sentInOwnersName(from: { name?: unknown; address?: unknown } | null | undefined, owner: string): boolean {
  // A mailbox hears from the same senders again and again: the answer for the last ones is kept, per owner.
  const rawAddress = typeof from?.address === 'string' ? from.address : '';
  const rawName = typeof from?.name === 'string' ? from.name : '';
  if (owner !== namedFor) {
    namedFor = owner;
    named.clear();
  }
  const key = `${rawAddress}\n${rawName}`;
  const known = named.get(key);
  if (known !== undefined) return known;
  const answer = readSentInOwnersName(rawAddress, rawName, owner);
  if (named.size >= NAMED_KEPT) named.clear();
  named.set(key, answer);
  return answer;
}
const NAMED_KEPT = 512;
const named = new Map<string, boolean>();
let namedFor = '';

function readSentInOwnersName(rawAddress: string, rawName: string, owner: string): boolean {
  const address = rawAddress.toLowerCase().slice(0, 200);
  const at = address.indexOf('@');
  if (at < 1 || address === owner.toLowerCase()) return false;
  const parts = ownerMaskOf(owner.toLowerCase())?.parts.filter((p) => !ROLE_PARTS.has(p)) ?? [];
  if (parts.length === 0) return false;
  const name = foldAccents(rawName.toLowerCase().slice(0, 120));
  const local = foldAccents(address.slice(0, at));
  const words = new Set(`${name} ${local}`.split(/[^a-z]+/));
  const joined = name.replace(/[^a-z]+/g, '');
  return parts.every((part) => words.has(part) || (part.length >= JOINED_MIN && joined.includes(part)));
}
