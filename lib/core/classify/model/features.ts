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
import { isColleague } from '../../mailbox-providers';
import { bodyText } from '../plain-text';
import { quoteStart } from '../quoted';

/** Number of hash buckets: 2^18. */
export const FEATURE_BITS = 18;
export const FEATURE_DIM = 1 << FEATURE_BITS;

/** The model reads the head of the body (where the deciding sentences are) and its tail (footers, signatures). */
const BODY_HEAD = 1_000;
const BODY_TAIL = 300;
const SUBJECT_CAP = 300;
const THREAD_CAP = 3;

/** What the rules concluded, as the model sees it. */
export interface RuleView {
  kind: EmailKind;
  confidence: number;
  /** The rule signals that counted (phrases, sender roles). */
  signals: readonly string[];
  /** The email speaks of a job at all (a job, hiring or interview word of a language pack, or a hiring sender). */
  aboutJob?: boolean;
}

export interface FeatureInput {
  email: Email;
  rules?: RuleView | null;
  /** Kinds of the earlier messages of the same conversation, oldest first. */
  earlier?: readonly EmailKind[];
}

/** A feature as the model uses it: its bucket, its value, and the words it stands for (for the evidence). */
export interface Feature {
  readonly bucket: number;
  value: number;
  readonly name: string;
}

function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || // hiragana, katakana
    (code >= 0x3400 && code <= 0x9fff) || // CJK ideographs
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff66 && code <= 0xff9f) // half-width katakana
  );
}


/**
 * Words of a text: lower case, NFKC (full-width digits and letters become ASCII), digits folded to `0` so that
 * "14:30" and "09:15" read alike. Runs of Japanese or Chinese script become overlapping character pairs, since
 * those languages do not put spaces between words. Linear in the text's length.
 */
/** Characters NFKC changes in mail: combining accents and full-width forms. Normalising only then saves time. */
const NEEDS_NFKC = /[\u0300-\u036f\uff01-\uff5e]/;

/** 1 for the ASCII characters of a word (a-z, 0-9 after lower-casing), 2 for digits. */
const ASCII = new Uint8Array(128);
for (let c = 0x61; c <= 0x7a; c++) ASCII[c] = 1;
for (let c = 0x30; c <= 0x39; c++) ASCII[c] = 2;

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

export function tokenize(text: string): string[] {
  const s = (NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text).toLowerCase();
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    const kind = c < 128 ? ASCII[c]! : isOtherLetter(c) ? 1 : 0;
    if (kind === 0) {
      i++;
      continue;
    }
    let j = i;
    let digits = false;
    let cjk = false;
    while (j < n) {
      c = s.charCodeAt(j);
      if (c < 128) {
        const k = ASCII[c]!;
        if (k === 0) break;
        if (k === 2) digits = true;
      } else if (!isOtherLetter(c)) break;
      else if (!cjk && isCjk(c)) cjk = true;
      j++;
    }
    const word = s.slice(i, j);
    if (cjk) cjkPairs(word, out);
    else if (j - i <= 40) out.push(digits ? word.replace(/[0-9]+/g, '0') : word);
    i = j;
  }
  return out;
}

/** Japanese and Chinese put no spaces between words: their runs become overlapping character pairs. */
function cjkPairs(word: string, out: string[]): void {
  let i = 0;
  const n = word.length;
  while (i < n) {
    const cjk = isCjk(word.charCodeAt(i));
    let j = i;
    while (j < n && isCjk(word.charCodeAt(j)) === cjk) j++;
    if (cjk) {
      if (j - i === 1) out.push(word[i]!);
      for (let k = i; k + 1 < j; k++) out.push(word.slice(k, k + 2));
    } else if (j - i <= 40) {
      const part = word.slice(i, j);
      out.push(/[0-9]/.test(part) ? part.replace(/[0-9]+/g, '0') : part);
    }
    i = j;
  }
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

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

function fnv(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
  return h;
}

function fnvRange(h: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
  return h;
}

/**
 * Collects features without building their names: each is hashed as it is read, and only its recipe (a prefix and
 * a word, with a second word or a piece's offset) is kept, so the evidence can name the few that matter. A bucket
 * seen twice in one email sums its values. The slot table is stamped with a generation per email instead of being
 * cleared, and nothing is allocated per feature but its place in a few arrays.
 */
const slotOf = new Int32Array(FEATURE_DIM);
const stampOf = new Int32Array(FEATURE_DIM);
let generation = 0;

/** An email's features as the model reads them: parallel arrays of buckets and values, names on demand. */
export interface FeatureVector {
  readonly count: number;
  readonly buckets: Int32Array;
  readonly values: Float64Array;
  /** The feature's name ("w:absage", "sb:your application"), built only when asked. */
  name(i: number): string;
}

class Collector {
  count = 0;
  buckets = new Int32Array(512);
  values = new Float64Array(512);
  readonly prefixes: string[] = [];
  readonly firsts: string[] = [];
  readonly seconds: (string | number | undefined)[] = [];
  constructor() {
    generation = (generation + 1) | 0;
    if (generation === 0) {
      stampOf.fill(0);
      generation = 1;
    }
  }
  /** Adds a feature. `second` is a second word, or the offset of a five-letter piece of `first`. */
  add(hash: number, value: number, prefix: string, first: string, second?: string | number): void {
    const bucket = (hash >>> 0) & (FEATURE_DIM - 1);
    if (stampOf[bucket] === generation) {
      this.values[slotOf[bucket]!]! += value;
      return;
    }
    if (this.count === this.buckets.length) {
      const buckets = new Int32Array(this.count * 2);
      buckets.set(this.buckets);
      this.buckets = buckets;
      const values = new Float64Array(this.count * 2);
      values.set(this.values);
      this.values = values;
    }
    stampOf[bucket] = generation;
    slotOf[bucket] = this.count;
    this.buckets[this.count] = bucket;
    this.values[this.count] = value;
    this.prefixes.push(prefix);
    this.firsts.push(first);
    this.seconds.push(second);
    this.count++;
  }
  named(name: string, value: number): void {
    const colon = name.indexOf(':') + 1;
    this.add(fnv(OFFSET, name), value, name.slice(0, colon), name.slice(colon));
  }
  vector(): FeatureVector {
    const { prefixes, firsts, seconds } = this;
    return {
      count: this.count,
      buckets: this.buckets.slice(0, this.count),
      values: this.values.slice(0, this.count),
      name(i) {
        const second = seconds[i];
        const first = firsts[i]!;
        if (second === undefined) return `${prefixes[i]}${first}`;
        return typeof second === 'number' ? `${prefixes[i]}${first.slice(second, second + 5)}` : `${prefixes[i]}${first} ${second}`;
      },
    };
  }
}

const PREFIX_HASH = new Map<string, number>();
function prefixHash(prefix: string): number {
  let h = PREFIX_HASH.get(prefix);
  if (h === undefined) {
    h = fnv(OFFSET, prefix);
    PREFIX_HASH.set(prefix, h);
  }
  return h;
}

/** Words, the pairs they form, and pieces of the longer ones (for the first `piecesFor` words). */
function addWords(into: Collector, group: string, words: readonly string[], piecesFor: number): void {
  const w = prefixHash(`${group}w:`);
  const b = prefixHash(`${group}b:`);
  const c = prefixHash(`${group}c:`);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    into.add(fnv(w, word), 1, `${group}w:`, word);
    if (i + 1 < words.length) {
      const next = words[i + 1]!;
      into.add(fnv(Math.imul(fnv(b, word) ^ 32, PRIME), next), 1, `${group}b:`, word, next);
    }
    // Word pieces carry a word's stem across inflections and compounds (Absage, Absagen, Absageschreiben).
    if (i < piecesFor && word.length >= 6 && word.charCodeAt(0) !== 0x30) {
      for (let k = 0; k + 5 <= word.length; k += 2) into.add(fnvRange(c, word, k, k + 5), 0.5, `${group}c:`, word, k);
    }
  }
}

/** Word pieces are read for the first words only: they help most where the deciding sentences are. */
const PIECES_FOR = 40;

/** The features of one email, each bucket at most once (values of colliding names are summed). */
export function featuresOf(input: FeatureInput): Feature[] {
  const v = vectorOf(input);
  return Array.from({ length: v.count }, (_, i) => ({ bucket: v.buckets[i]!, value: v.values[i]!, name: v.name(i) }));
}

/** The same, as the arrays the model reads (no object per feature). */
export function vectorOf(input: FeatureInput): FeatureVector {
  const { email } = input;
  const into = new Collector();
  const add = (name: string, value: number) => into.named(name, value);

  const rawSubject = typeof email.subject === 'string' ? email.subject.slice(0, SUBJECT_CAP) : '';
  const isReply = REPLY_PREFIX.test(rawSubject);
  const subject = rawSubject.replace(REPLY_PREFIX, '');
  if (subject.trim() === '') add('s:empty', 1);
  if (isReply) add('s:reply', 1);
  addWords(into, 's', tokenize(subject), PIECES_FOR);

  const body = ownBody(email);
  const bodyWords = tokenize(body);
  addWords(into, '', bodyWords, PIECES_FOR);
  const length = bodyWords.length;
  add(length < 25 ? 'len:short' : length < 120 ? 'len:medium' : 'len:long', 1);
  if (CLOCK.test(subject) || CLOCK.test(body)) add('has:clock', 1);
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
  // Mail from the owner's own organisation is mostly their current job's (its meetings, interviews they run).
  if (isColleague(address, email.account?.address)) add('f:colleague', 1);

  const rules = input.rules;
  if (rules) {
    add(`r:${rules.kind}`, 1);
    add(`r:${rules.kind}:${rules.confidence >= 0.8 ? 'sure' : rules.confidence >= 0.6 ? 'likely' : 'unsure'}`, 1);
    for (const signal of rules.signals.slice(0, 6)) add(`rs:${signal.toLowerCase()}`, 0.5);
    if (rules.aboutJob === false) add('r:no-job-words', 1);
  }
  const earlier = input.earlier ?? [];
  for (const kind of new Set(earlier.slice(-THREAD_CAP))) add(`t:${kind}`, 1);
  if (earlier.length > 0) add(`t:last:${earlier[earlier.length - 1]}`, 1);

  // Scaled so that a long email does not shout over a short one.
  const values = into.values;
  let sum = 0;
  for (let i = 0; i < into.count; i++) sum += values[i]! * values[i]!;
  const scale = Math.sqrt(32) / (Math.sqrt(sum) || 1);
  for (let i = 0; i < into.count; i++) values[i]! *= scale;
  return into.vector();
}

/** The bucket of a named feature ("w:absage"), as featuresOf files it. */
export function hashFeature(name: string): number {
  return (fnv(OFFSET, name) >>> 0) & (FEATURE_DIM - 1);
}
