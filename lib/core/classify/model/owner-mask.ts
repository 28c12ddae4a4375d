/**
 * The mailbox owner's own address and name, as the learned model reads them: the same word for every owner
 * ("ownermail", "ownername"), never their own. A labelled set is one owner's mailbox, so their name would
 * otherwise become a word the model learns a set's habits from ("nakamura" → other); what generalises is that the
 * owner is named ("Interview: Ravi Menon / Kitewire", "Hi Ravi,").
 *
 * The name is read from the address ("ravi.menon@…": parts of three letters or more). The text is compared without
 * accents, as addresses write names: "Magdalena Wiśniewska" is masked for magdalena.wisniewska@…. Linear: one
 * lower-casing, one folding pass when the text has accented letters, and one indexOf walk per part.
 */

export interface OwnerMask {
  address: string;
  parts: readonly string[];
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
  const mask =
    at < 1
      ? null
      : {
          address: owner.toLowerCase(),
          parts: foldAccents(owner.slice(0, at).toLowerCase())
            .split(/[^a-z]+/)
            .filter((p) => p.length >= 3)
            .slice(0, MAX_PARTS),
        };
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
function joinedHits(plain: string, part: string, cuts: { from: number; to: number; word: string }[]): void {
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
    if (k === part.length && words >= 2 && !isWordChar(plain.charCodeAt(j))) cuts.push({ from: i, to: j, word: 'ownername' });
  }
}

/** The text with the owner's address and name parts replaced by the same words for every owner. */
export function maskOwner(text: string, mask: OwnerMask): string {
  if (text === '') return text;
  const lower = text.toLowerCase();
  // A character whose lower case is longer (rare) would shift every index: such a text is read as it is.
  if (lower.length !== text.length) return text;
  const plain = mask.parts.length > 0 ? foldAccents(lower) : lower;
  const cuts: { from: number; to: number; word: string }[] = [];
  const { address } = mask;
  for (let i = lower.indexOf(address); i !== -1; i = lower.indexOf(address, i + address.length)) {
    cuts.push({ from: i, to: i + address.length, word: ' ownermail ' });
  }
  for (const part of mask.parts) {
    for (let i = plain.indexOf(part); i !== -1; i = plain.indexOf(part, i + part.length)) {
      const to = i + part.length;
      if (isWordChar(plain.charCodeAt(i - 1)) || isWordChar(plain.charCodeAt(to))) continue;
      cuts.push({ from: i, to, word: 'ownername' });
    }
  }
  for (const part of mask.parts) if (part.length >= JOINED_MIN) joinedHits(plain, part, cuts);
  if (cuts.length === 0) return text;
  cuts.sort((a, b) => a.from - b.from);
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
