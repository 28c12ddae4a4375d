/**
 * The mailbox owner's own address and name, as the learned model reads them: the same word for every owner
 * ("ownermail", "ownername"), never their own. A labelled set is one owner's mailbox, so their name would
 * otherwise become a word the model learns a set's habits from ("nakamura" → other); what generalises is that the
 * owner is named ("Interview: Ravi Menon / Kitewire", "Hi Ravi,").
 *
 * The name is read from the address ("ravi.menon@…": parts of three letters or more). The text is compared without
 * accents, as addresses write names: "Magdalena Wiśniewska" is masked for magdalena.wisniewska@…. Linear: one pass
 * over the text, each character read as its lower case without accents through a table, stopping only where the
 * address or a part could start (an address beyond ASCII, which no real one is, lower-cases and folds a copy).
 */

import { lowerCaseTable } from '../lower-case';

export interface OwnerMask {
  address: string;
  parts: readonly string[];
  /**
   * For an address of ASCII characters (every real one): per character code below 128, whether the address or a
   * part starts with it (the one pass of `maskOwner` stops only there). Null for any other address, whose text is
   * masked the slow way.
   */
  firsts: Uint8Array | null;
}

const MAX_PARTS = 4;

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
    let firsts: Uint8Array | null = null;
    if (/^[\x21-\x7e]+$/.test(address)) {
      firsts = new Uint8Array(128);
      for (const word of [address, ...parts]) firsts[word.charCodeAt(0)] = 1;
    }
    mask = { address, parts, firsts };
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
  const first = part.charAt(0);
  for (let i = plain.indexOf(first); i !== -1; i = plain.indexOf(first, i + 1)) {
    if (isWordChar(plain.charCodeAt(i - 1))) continue;
    let j = i;
    let k = 0;
    let words = 1;
    while (k < part.length && j < plain.length) {
      const c = plain.charCodeAt(j);
      if (c === part.charCodeAt(k)) {
        j++;
        k++;
      } else if ((c === 32 || c === 45) && k > 0 && words < MAX_JOINED_WORDS && plain.charCodeAt(j + 1) === part.charCodeAt(k)) {
        j++;
        words++;
      } else break;
    }
    if (k === part.length && words >= 2 && !isWordChar(plain.charCodeAt(j))) cuts.push({ from: i, to: j, word: 'ownername', rank });
  }
}

/** The text with the owner's address and name parts replaced by the same words for every owner. */
export function maskOwner(text: string, mask: OwnerMask): string {
  if (text === '') return text;
  // A character whose lower case is longer (dotted capital I, the only one) would shift every index: such a text is
  // read as it is.
  if (text.includes('\u0130')) return text;
  const cuts = mask.firsts ? cutsByTable(text, mask, mask.firsts) : cutsOfWhole(text, mask);
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

/** Whether `text` from `at` reads as `word` through `table`. */
function readsAt(text: string, at: number, word: string, table: Uint16Array): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) if (table[text.charCodeAt(at + k)] !== word.charCodeAt(k)) return false;
  return true;
}

/** Whether the character at `i` of `text`, read as a name part is, is a letter or digit (false outside the text). */
function wordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordChar(PLAIN[text.charCodeAt(i)]!);
}

/**
 * The cuts of an ASCII address and its parts in one pass over the text, each character read through the tables
 * instead of lower-casing and folding a copy of the text first (two copies the size of the text, for every email,
 * and a replacement per accented letter: a fifth of the time the model took per email). The same cuts as
 * `cutsOfWhole`: the address where the lower case reads it, each part as a word where the folded text reads it,
 * each search going on after the end of what it found, and the joined names at every start of a word.
 */
function cutsByTable(text: string, mask: OwnerMask, firsts: Uint8Array): Cut[] {
  const cuts: Cut[] = [];
  const { address, parts } = mask;
  const a0 = address.charCodeAt(0);
  let addressFrom = 0;
  const partFrom = parts.map(() => 0);
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = PLAIN[text.charCodeAt(i)]!;
    if (c >= 128 || firsts[c] === 0) continue;
    // An address's lower case is its own: a character that reads as its first one folded reads so unfolded too,
    // unless it is an accented letter, which LOWER then tells apart.
    if (c === a0 && i >= addressFrom && readsAt(text, i, address, LOWER)) {
      cuts.push({ from: i, to: i + address.length, word: ' ownermail ', rank: 0 });
      addressFrom = i + address.length;
    }
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k]!;
      if (part.charCodeAt(0) !== c) continue;
      if (i >= partFrom[k]! && readsAt(text, i, part, PLAIN)) {
        partFrom[k] = i + part.length;
        if (!wordAt(text, i - 1) && !wordAt(text, i + part.length)) cuts.push({ from: i, to: i + part.length, word: 'ownername', rank: 1 + k });
      }
      if (part.length >= JOINED_MIN && !wordAt(text, i - 1)) {
        const to = joinedEnd(text, i, part);
        if (to !== -1) cuts.push({ from: i, to, word: 'ownername', rank: 1 + parts.length + k });
      }
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
  const address = typeof from?.address === 'string' ? from.address.toLowerCase().slice(0, 200) : '';
  const at = address.indexOf('@');
  if (at < 1 || address === owner.toLowerCase()) return false;
  const parts = ownerMaskOf(owner.toLowerCase())?.parts.filter((p) => !ROLE_PARTS.has(p)) ?? [];
  if (parts.length === 0) return false;
  const name = typeof from?.name === 'string' ? foldAccents(from.name.toLowerCase().slice(0, 120)) : '';
  const local = foldAccents(address.slice(0, at));
  const words = new Set(`${name} ${local}`.split(/[^a-z]+/));
  const joined = name.replace(/[^a-z]+/g, '');
  return parts.every((part) => words.has(part) || (part.length >= JOINED_MIN && joined.includes(part)));
}
