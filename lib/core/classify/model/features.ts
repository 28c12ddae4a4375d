/**
 * What the learned model reads of an email: hashed words, word pairs and word pieces of the subject and the body,
 * the sender, the shape of the text (clock times, links, length), what the rules concluded, and what the earlier
 * messages of the same conversation were. Each feature is a short string ("w:absage", "s:interview", "r:rejection")
 * hashed into a fixed number of buckets, so the model needs no vocabulary and reads any language.
 *
 * One left-to-right pass per text with a linear-time tokenizer; every text is capped first, so a 1 MB email costs
 * what a long ordinary one does.
 */
import type { EmailKind } from '../../detection';
import type { Email } from '../../email';
import { bodyText } from '../plain-text';
import { quoteStart } from '../quoted';

/** Number of hash buckets: 2^18. */
export const FEATURE_BITS = 18;
export const FEATURE_DIM = 1 << FEATURE_BITS;

/** The model reads the head of the body (where the deciding sentences are) and its tail (footers, signatures). */
const BODY_HEAD = 2_500;
const BODY_TAIL = 600;
const SUBJECT_CAP = 300;
const THREAD_CAP = 3;

/** What the rules concluded, as the model sees it. */
export interface RuleView {
  kind: EmailKind;
  confidence: number;
  /** The rule signals that counted (phrases, sender roles). */
  signals: readonly string[];
}

export interface FeatureInput {
  email: Email;
  rules?: RuleView | null;
  /** Kinds of the earlier messages of the same conversation, oldest first. */
  earlier?: readonly EmailKind[];
}

/** A feature as the model uses it: its bucket, its value, and the words it stands for (for the evidence). */
export interface Feature {
  bucket: number;
  value: number;
  name: string;
}

/** FNV-1a over UTF-16 code units: fast, stable across runtimes, good enough spread for hashing features. */
export function hashFeature(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (FEATURE_DIM - 1);
}

function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || // hiragana, katakana
    (code >= 0x3400 && code <= 0x9fff) || // CJK ideographs
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff66 && code <= 0xff9f) // half-width katakana
  );
}

function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  // Letters of Latin, Greek, Cyrillic and other alphabets after lower-casing; punctuation blocks are not words.
  if (code >= 0x2000 && code <= 0x2bff) return false;
  if (code >= 0x3000 && code <= 0x303f) return false;
  if (code >= 0xff00 && code <= 0xff0f) return false;
  if (code >= 0xff1a && code <= 0xff20) return false;
  return code !== 0xa0 && code !== 0xad && code !== 0xfeff;
}

/**
 * Words of a text: lower case, NFKC (full-width digits and letters become ASCII), digits folded to `0` so that
 * "14:30" and "09:15" read alike. Runs of Japanese or Chinese script become overlapping character pairs, since
 * those languages do not put spaces between words. Linear in the text's length.
 */
export function tokenize(text: string): string[] {
  const s = text.normalize('NFKC').toLowerCase();
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const code = s.charCodeAt(i);
    if (isCjk(code)) {
      let j = i;
      while (j < n && isCjk(s.charCodeAt(j))) j++;
      if (j - i === 1) out.push(s[i]!);
      for (let k = i; k + 1 < j; k++) out.push(s.slice(k, k + 2));
      i = j;
    } else if (isWordChar(code) && !isSpaceOrPunct(code)) {
      let j = i;
      while (j < n) {
        const c = s.charCodeAt(j);
        if (isCjk(c) || !isWordChar(c) || isSpaceOrPunct(c)) break;
        j++;
      }
      const word = s.slice(i, j);
      if (word.length <= 40) out.push(foldDigits(word));
      i = j;
    } else {
      i++;
    }
  }
  return out;
}

function isSpaceOrPunct(code: number): boolean {
  if (code < 0x80) return !((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39));
  // Latin-1 punctuation and symbols (¡ « » ¿ ·, ×, ÷).
  return (code >= 0xa1 && code <= 0xbf) || code === 0xd7 || code === 0xf7;
}

function foldDigits(word: string): string {
  let has = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      has = true;
      break;
    }
  }
  return has ? word.replace(/[0-9]+/g, '0') : word;
}

/** Where the body's own text ends: the quoted history of a reply says what it answers, not what it is. */
function ownBody(email: Email): string {
  const body = bodyText(email, BODY_HEAD + BODY_TAIL + 20_000);
  const cut = quoteStart(body);
  const own = cut < body.length ? body.slice(0, cut) : body;
  if (own.length <= BODY_HEAD + BODY_TAIL) return own;
  return `${own.slice(0, BODY_HEAD)}\n${own.slice(own.length - BODY_TAIL)}`;
}

const REPLY_PREFIX = /^\s*(?:(?:re|aw|sv|rv|antw|réf|fw|fwd|wg|tr|rif|r)\s*:\s*)+/i;
const CLOCK = /\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b|\d{1,2}時/i;

function addWords(add: (name: string, value: number) => void, prefix: string, words: readonly string[], pairs: boolean, pieces: boolean): void {
  const seen = new Set<string>();
  const once = (name: string, value: number) => {
    if (seen.has(name)) return;
    seen.add(name);
    add(name, value);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    once(`${prefix}w:${w}`, 1);
    if (pairs && i + 1 < words.length) once(`${prefix}b:${w} ${words[i + 1]}`, 1);
    // Word pieces carry a word's stem across inflections and compounds (Absage, Absagen, Absageschreiben).
    if (pieces && w.length >= 6 && w.charCodeAt(0) !== 0x30) {
      for (let k = 0; k + 5 <= w.length; k += 2) once(`${prefix}c:${w.slice(k, k + 5)}`, 0.5);
    }
  }
}

/** The features of one email, each bucket at most once (values of colliding names are summed). */
export function featuresOf(input: FeatureInput): Feature[] {
  const { email } = input;
  const named = new Map<number, Feature>();
  const add = (name: string, value: number) => {
    const bucket = hashFeature(name);
    const have = named.get(bucket);
    if (have) have.value += value;
    else named.set(bucket, { bucket, value, name });
  };

  const rawSubject = typeof email.subject === 'string' ? email.subject.slice(0, SUBJECT_CAP) : '';
  const isReply = REPLY_PREFIX.test(rawSubject);
  const subject = rawSubject.replace(REPLY_PREFIX, '');
  if (subject.trim() === '') add('s:empty', 1);
  if (isReply) add('s:reply', 1);
  addWords(add, 's', tokenize(subject), true, true);

  const body = ownBody(email);
  const bodyWords = tokenize(body);
  addWords(add, '', bodyWords, true, true);
  const length = bodyWords.length;
  add(length < 25 ? 'len:short' : length < 120 ? 'len:medium' : 'len:long', 1);
  if (CLOCK.test(subject) || CLOCK.test(body.slice(0, 4_000))) add('has:clock', 1);
  if (body.includes('http')) add('has:link', 1);

  const from = email.from ?? { name: '', address: '' };
  const address = typeof from.address === 'string' ? from.address.toLowerCase().slice(0, 200) : '';
  const at = address.lastIndexOf('@');
  if (at > 0) {
    const domain = address.slice(at + 1);
    const parts = domain.split('.');
    // The registrable part and what comes before it: "myworkday", "greenhouse-mail", "linkedin".
    for (const p of parts.slice(0, -1)) if (p.length > 1) add(`fd:${p}`, 1);
    for (const piece of tokenize(address.slice(0, at))) add(`fl:${piece}`, 1);
  } else {
    add('f:none', 1);
  }
  for (const piece of tokenize(typeof from.name === 'string' ? from.name.slice(0, 120) : '')) add(`fn:${piece}`, 0.5);
  if (email.fromUser === true) add('f:user', 1);

  const rules = input.rules;
  if (rules) {
    add(`r:${rules.kind}`, 1);
    add(`r:${rules.kind}:${rules.confidence >= 0.8 ? 'sure' : rules.confidence >= 0.6 ? 'likely' : 'unsure'}`, 1);
    for (const signal of rules.signals.slice(0, 6)) add(`rs:${signal.toLowerCase()}`, 0.5);
  }
  const earlier = input.earlier ?? [];
  for (const kind of new Set(earlier.slice(-THREAD_CAP))) add(`t:${kind}`, 1);
  if (earlier.length > 0) add(`t:last:${earlier[earlier.length - 1]}`, 1);

  // Each group of features is scaled so that a long email does not shout over a short one.
  const features = [...named.values()];
  const norm = Math.sqrt(features.reduce((sum, f) => sum + f.value * f.value, 0)) || 1;
  const scale = Math.sqrt(32) / norm;
  for (const f of features) f.value *= scale;
  return features;
}
