/**
 * What the learned model reads of an email: hashed words, word pairs and word pieces of the subject and the body,
 * the sender, the shape of the text (clock times, links, length), what the rules concluded, and what the earlier
 * messages of the same conversation were. Each feature has a name ("w:absage", "sb:your application", "r:rejection")
 * and falls in one of a fixed number of buckets, so the model needs no vocabulary and reads any language. A word's or
 * a pair's bucket is mixed from the words' own hashes (which the word reader computes as it finds them) and its
 * prefix's; every other feature's is the hash of its name. `hashFeature` gives any name's bucket, the same way.
 *
 * One left-to-right pass per text with a linear-time word reader; every text is capped first, so a 1 MB email costs
 * what a long ordinary one does.
 */
import { EMAIL_KINDS, type EmailKind } from '../../detection';
import type { Email } from '../../email';
import { isColleague } from '../../mailbox-providers';
import { bodyText } from '../plain-text';
import { quoteStart } from '../quoted';
import { TOPIC_BIT } from '../context';
import { lowerCaseTable } from '../lower-case';
import { Collector, FEATURE_DIM, fnv, fnvLower, OFFSET, pairFeature, prefixHash, wordFeature } from './collector';
import { wordIsJob } from './job-words';
import { CALENDAR_RESPONSE, isForwarded, isInvitation, namesOtherCandidate, ownerNamed, ownerOnPanel, REPLY_PREFIX, sideOf } from './mail-shape';
import { maskOwner, ownerMaskOf } from './owner-mask';
import { readTokens, TokenList } from './tokens';

export { FEATURE_BITS, FEATURE_DIM } from './collector';
export { tokenize } from './tokens';

/**
 * The model reads the head of the body (where the deciding sentences are) and its tail (footers, signatures): 1,000
 * and 150 characters (300 until the thirteenth session; with no tail at all, the wrapped check lost more job mail).
 */
const BODY_HEAD = 1_000;
const BODY_TAIL = 150;
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
  /** What the text talks about, a bit per topic (`TOPIC_BIT` of classify/context.ts). */
  topics?: number;
}

export interface FeatureInput {
  email: Email;
  rules?: RuleView | null;
  /** Kinds of the earlier messages of the same conversation, oldest first. */
  earlier?: readonly EmailKind[];
  /** The sender wrote job mail to this mailbox before (classify/job-senders.ts). */
  knownJobSender?: boolean;
  /**
   * Whether an earlier message of the conversation, the owner's own included, speaks of a job (ThreadContext of
   * classify/thread-context.ts); undefined without earlier messages.
   */
  threadAboutJob?: boolean;
}

/** A feature as the model uses it: its bucket, its value, and the words it stands for (for the evidence). */
export interface Feature {
  readonly bucket: number;
  value: number;
  readonly name: string;
}

/**
 * Where the body's own text ends: the quoted history of a reply says what it answers, not what it is. A long one's
 * head and tail are joined into one new text (`join` writes it out; `+` or a template would make a pair of views into
 * the body, which the engine follows for every character the word reader reads: about 15% slower).
 */
function ownBody(email: Email): string {
  const body = bodyText(email, BODY_HEAD + BODY_TAIL + 20_000);
  const cut = quoteStart(body);
  const own = cut < body.length ? body.slice(0, cut) : body;
  if (own.length <= BODY_HEAD + BODY_TAIL) return own;
  return [own.slice(0, BODY_HEAD), own.slice(own.length - BODY_TAIL)].join('\n');
}

const CLOCK = /\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b|\d{1,2}時/i;

/** An email's features as the model reads them: parallel arrays of buckets and values, names on demand. */
export interface FeatureVector {
  readonly count: number;
  /** The first `count` entries are the email's (the arrays may be longer). */
  readonly buckets: Int32Array;
  readonly values: Float64Array;
  /** The feature's name ("w:absage", "sb:your application"), built only when asked. */
  name(i: number): string;
  /**
   * The email shows the owner on the hiring side of its sender's organisation: it names someone else as the
   * candidate, or the owner among the interviewers or as the meeting's organiser (`cand:other`, `owner:panel`), and
   * is neither a reply nor a calendar's answer to an invitation.
   */
  readonly ownerHires: boolean;
}

const LOWER = lowerCaseTable();

/** One email at a time: the words and the features of the email being read, reused for the next. */
const tokens = new TokenList();
const into = new Collector(tokens);
/** Counts the emails read, so that a vector asked for names after the next email knows to read its own again. */
let epoch = 0;

/** Whether a word read so far (the subject's, then the body's) is a job word of some language (`job-words.ts`). */
let jobWordSeen = false;
/** Whether the email being read shows the owner on the hiring side (`FeatureVector.ownerHires`). */
let ownerHiresSeen = false;

/**
 * Words `from` to `to` of the list, the pairs they form, and pieces of the longer ones (of the first `piecesFor`),
 * in the order word, pair, pieces. A word's and a pair's features are made from the words' hashes, which the reader
 * computed as it found them; only pieces read characters again. Until a job word is found, each word is looked up.
 */
function addWords(group: WordGroup, from: number, to: number, piecesFor: number): void {
  const { wPrefix, bPrefix, cPrefix, w, b, c } = group;
  // Local copies: in a CommonJS build (tsx, the command line) an import is a getter call, several per word here.
  const isJobWord = wordIsJob;
  const ofWord = wordFeature;
  const ofPair = pairFeature;
  const hashPiece = fnvLower;
  const lower = LOWER;
  const { sources, source, starts, ends, hashes, keys, folded } = tokens;
  for (let i = from; i < to; i++) {
    const text = sources[source[i]!]!;
    const start = starts[i]!;
    const end = ends[i]!;
    const hash = hashes[i]!;
    if (!jobWordSeen) jobWordSeen = isJobWord(text, start, end, keys[i]!, hash);
    into.word(ofWord(hash, w), 1, wPrefix, i);
    if (i + 1 < to) into.pair(ofPair(hash, hashes[i + 1]!, b), bPrefix, i, i + 1);
    // Word pieces carry a word's stem across inflections and compounds (Absage, Absagen, Absageschreiben).
    const length = end - start;
    if (i - from < piecesFor && length >= 6 && folded[i] === 0) {
      for (let k = 0; k + 5 <= length; k += 2) into.piece(hashPiece(c, text, start + k, start + k + 5, lower), cPrefix, i, k);
    }
  }
}

/**
 * The prefixes of one text's word, pair and piece features ("sw:", "sb:", "sc:" for the subject), and their hashes:
 * made once, not per email (a prefix written anew per email is a new string, and every feature keeps its prefix).
 */
interface WordGroup {
  wPrefix: string;
  bPrefix: string;
  cPrefix: string;
  w: number;
  b: number;
  c: number;
}
function wordGroup(group: string): WordGroup {
  const [wPrefix, bPrefix, cPrefix] = [`${group}w:`, `${group}b:`, `${group}c:`];
  return { wPrefix, bPrefix, cPrefix, w: prefixHash(wPrefix), b: prefixHash(bPrefix), c: prefixHash(cPrefix) };
}
const SUBJECT_WORDS = wordGroup('s');
const BODY_WORDS = wordGroup('');

/** Words of a text, each a feature of its own (`fl:`, `fn:`). */
function addEach(prefix: string, text: string, value: number): void {
  const from = tokens.count;
  readTokens(text, tokens);
  const p = prefixHash(prefix);
  for (let i = from; i < tokens.count; i++) into.word(wordFeature(tokens.hashes[i]!, p), value, prefix, i);
}

/** Word pieces are read for the first words only: they help most where the deciding sentences are. */
const PIECES_FOR = 40;

/** The features of one email, each bucket at most once (values of colliding names are summed). */
export function featuresOf(input: FeatureInput): Feature[] {
  const v = vectorOf(input);
  return Array.from({ length: v.count }, (_, i) => ({ bucket: v.buckets[i]!, value: v.values[i]!, name: v.name(i) }));
}

/**
 * The features of one email in the reader's own arrays, without a copy: valid only until the next email is read
 * (the pipeline scores an email and names its evidence before reading another). Asked for a name after that, it
 * throws rather than name another email's feature.
 */
export function readFeatures(input: FeatureInput): FeatureVector {
  collect(input);
  const mine = ++epoch;
  return {
    count: into.count,
    buckets: into.buckets,
    values: into.values,
    ownerHires: ownerHiresSeen,
    name(i) {
      if (epoch !== mine) throw new Error('features: read again since');
      return into.name(i);
    },
  };
}

/** The same, as the arrays the model reads (no object per feature), copied so that they outlive the next email. */
export function vectorOf(input: FeatureInput): FeatureVector {
  collect(input);
  const count = into.count;
  const mine = ++epoch;
  let names: string[] | null = null;
  return {
    count,
    buckets: into.buckets.slice(0, count),
    values: into.values.slice(0, count),
    ownerHires: ownerHiresSeen,
    name(i) {
      if (epoch === mine) return into.name(i);
      // Another email has been read since: read this one again (the same input gives the same features).
      if (!names) {
        collect(input);
        epoch++;
        names = Array.from({ length: count }, (_, k) => into.name(k));
      }
      return names[i]!;
    },
  };
}

/** Adds a named feature ("has:link") to the email being read. */
function named(name: string, value: number): void {
  into.named(name, value);
}

/**
 * Names made of a few fixed words ("r:rejection:sure", "fo:org>personal"), written once at load from the fixed lists
 * they come from (kinds, sides, confidence bands): a name written anew for each email is a new string, flattened and
 * hashed whole before its hash can be looked up. A word outside the lists (stored data of another version) is
 * written out as before.
 */
const SIDES = ['personal', 'org', 'none'] as const;
const BANDS = ['sure', 'likely', 'unsure'] as const;
function namesBy<K extends string>(keys: readonly K[], name: (key: K) => string): ReadonlyMap<string, string> {
  return new Map(keys.map((key) => [key, name(key)]));
}
const RELATION = new Map(SIDES.map((from) => [from, namesBy(SIDES, (to) => `fo:${from}>${to}`)]));
const RELATION_REPLY = new Map(SIDES.map((from) => [from, namesBy(SIDES, (to) => `fo:${from}>${to}:reply`)]));
const FORWARD_FROM = namesBy(SIDES, (side) => `fwd:${side}`);
const RULE_KIND = namesBy(EMAIL_KINDS, (kind) => `r:${kind}`);
const RULE_BAND = new Map(EMAIL_KINDS.map((kind) => [kind, namesBy(BANDS, (band) => `r:${kind}:${band}`)]));
const THREAD_KIND = namesBy(EMAIL_KINDS, (kind) => `t:${kind}`);
const THREAD_LAST = namesBy(EMAIL_KINDS, (kind) => `t:last:${kind}`);
const TOPIC_BITS: readonly number[] = Object.values(TOPIC_BIT);
const TOPIC_NAMES: readonly string[] = Object.keys(TOPIC_BIT).map((topic) => `tp:${topic}`);

/** Reads one email into the shared collector. */
function collect(input: FeatureInput): void {
  const { email } = input;
  tokens.clear();
  into.reset();
  jobWordSeen = false;
  ownerHiresSeen = false;
  // Named features go straight to the collector (no closure per email: the command line's build names each one).
  const add = named;

  const rawSubject = typeof email.subject === 'string' ? email.subject.slice(0, SUBJECT_CAP) : '';
  const isReply = REPLY_PREFIX.test(rawSubject);
  const subject = rawSubject.replace(REPLY_PREFIX, '');
  const owner = typeof email.account?.address === 'string' ? email.account.address.toLowerCase().slice(0, 200) : '';
  const mask = ownerMaskOf(owner);
  const ownSubject = mask ? maskOwner(subject, mask) : subject;
  readTokens(ownSubject, tokens);
  const subjectWords = tokens.count;
  addWords(SUBJECT_WORDS, 0, subjectWords, PIECES_FOR);

  const body = ownBody(email);
  const ownBodyText = mask ? maskOwner(body, mask) : body;
  readTokens(ownBodyText, tokens);
  addWords(BODY_WORDS, subjectWords, tokens.count, PIECES_FOR);
  // Everything before this index is the text's words; what follows is the email's shape, sender, rules and thread.
  const wordsEnd = into.count;
  if (subject.trim() === '') add('s:empty', 1);
  if (isReply) add('s:reply', 1);
  const length = tokens.count - subjectWords;
  add(length < 25 ? 'len:short' : length < 120 ? 'len:medium' : 'len:long', 1);
  if (CLOCK.test(subject) || CLOCK.test(body)) add('has:clock', 1);
  if (body.includes('http')) add('has:link', 1);
  // The shape of a meeting invitation, in any language: a calendar's subject line or a meeting service's link. With
  // no job word anywhere, such an invitation is rarely an interview (a team's review, a client's call).
  const invitation = isInvitation(subject, body);
  if (invitation) add('inv', 1);
  if (!jobWordSeen) {
    add('jw:none', 1);
    if (invitation) add('inv:jw:none', 1);
  }
  const forwarded = isForwarded(rawSubject, body);
  if (forwarded) add('fwd', 1);

  const from = email.from ?? { name: '', address: '' };
  const address = typeof from.address === 'string' ? from.address.toLowerCase().slice(0, 200) : '';
  const at = address.lastIndexOf('@');
  if (at > 0) {
    // The registrable part and what comes before it: "myworkday", "greenhouse-mail", "linkedin" (every part of the
    // domain but the last, read where it lies in the address).
    for (let from = at + 1, dot = address.indexOf('.', from); dot !== -1; from = dot + 1, dot = address.indexOf('.', from)) {
      if (dot - from > 1) into.joinedName('fd:', address, 1, from, dot);
    }
    addEach('fl:', address.slice(0, at), 1);
  } else {
    add('f:none', 1);
  }
  addEach('fn:', typeof from.name === 'string' ? from.name.slice(0, 120) : '', 0.5);
  if (email.fromUser === true) add('f:user', 1);
  // Mail from the owner's own organisation is mostly their current job's (its meetings, interviews they run).
  if (isColleague(address, email.account?.address)) add('f:colleague', 1);
  // A sender who wrote to this mailbox about the owner's search before: most of their later mail is job mail too,
  // though it may say so in no word of hiring ("Saturday 9 is fine, the gate will be open").
  if (input.knownJobSender === true) add('snd:job', 1);
  // Who writes to whom: an organisation writing to a personal address is how a candidate hears from employers; a
  // personal address writing to an organisation's is how a recruiter hears from candidates.
  const senderSide = sideOf(address);
  const ownerSide = sideOf(owner);
  const relation = RELATION.get(senderSide)?.get(ownerSide) ?? `fo:${senderSide}>${ownerSide}`;
  add(relation, 1);
  // A reply from a personal address to an organisation's is a candidate answering a recruiter; a forward from
  // someone else's personal address is someone else's mail, passed on for advice.
  if (isReply) add(RELATION_REPLY.get(senderSide)?.get(ownerSide) ?? `${relation}:reply`, 1);
  // An interview's invitation names the candidate ("Interview: Ravi Menon / Kitewire"); a team's meeting names the
  // team. The owner's name is read from their address ("ravi.menon@…").
  if (ownerNamed(ownSubject)) add(invitation ? 'inv:owner-named' : 's:owner-named', 1);
  // A schedule or an invitation that names someone else as the candidate is an interview the owner runs. Either
  // shows the owner hiring for the sender's organisation, but not in a reply or a calendar's answer, which repeat
  // what the owner sent (a recruiter accepting the owner's invitation to a call names the owner as its organiser).
  // (Read only when one of them fires: most mail never pays for the test.)
  const candidateOther = namesOtherCandidate(ownSubject, ownBodyText, mask?.parts);
  if (candidateOther) add('cand:other', 1);
  // An interview whose list of interviewers (or whose organiser) names the owner is one the owner runs.
  const onPanel = mask !== null && ownerOnPanel(ownSubject, ownBodyText);
  if (onPanel) add('owner:panel', 1);
  ownerHiresSeen = (candidateOther || onPanel) && !isReply && !CALENDAR_RESPONSE.test(rawSubject);
  if (forwarded) add(owner !== '' && address === owner ? 'fwd:self' : FORWARD_FROM.get(senderSide) ?? `fwd:${senderSide}`, 1);

  const rules = input.rules;
  if (rules) {
    const band = rules.confidence >= 0.8 ? 'sure' : rules.confidence >= 0.6 ? 'likely' : 'unsure';
    add(RULE_KIND.get(rules.kind) ?? `r:${rules.kind}`, 1);
    add(RULE_BAND.get(rules.kind)?.get(band) ?? `r:${rules.kind}:${band}`, 1);
    const signals = rules.signals;
    for (let i = 0; i < signals.length && i < 6; i++) into.joinedName('rs:', signals[i]!.toLowerCase(), 0.5);
    if (rules.aboutJob === false) add('r:no-job-words', 1);
    // What the text talks about, pooled over the languages: a client's quote in Polish weighs what one in English
    // taught, where a word of its own would need examples in every language.
    const topics = rules.topics ?? 0;
    if (topics !== 0) for (let t = 0; t < TOPIC_BITS.length; t++) if ((topics & TOPIC_BITS[t]!) !== 0) add(TOPIC_NAMES[t]!, 1);
  }
  const earlier = input.earlier ?? [];
  if (earlier.length > 0) {
    for (const kind of new Set(earlier.slice(-THREAD_CAP))) add(THREAD_KIND.get(kind) ?? `t:${kind}`, 1);
    const last = earlier[earlier.length - 1]!;
    add(THREAD_LAST.get(last) ?? `t:last:${last}`, 1);
  }
  // A conversation that speaks of a job, the owner's own messages included: the owner's "I saw your sign, could I come
  // by?" is what a baker's "Tuesday 10 then" answers, though the owner's mail has no kind of its own (`earlier` leaves
  // it out). Most telling where the email itself has no job word.
  if (input.threadAboutJob === true) add(jobWordSeen ? 'tj:job' : 'tj:job:jw:none', 1);
  else if (input.threadAboutJob === false) add('tj:none', 1);

  // The words are scaled so that a long email does not shout over a short one; the shape, the sender, the rules
  // and the thread keep one weight whatever the length, or a long calendar template's words would drown them.
  const values = into.values;
  let sum = 0;
  for (let i = 0; i < wordsEnd; i++) sum += values[i]! * values[i]!;
  const scale = Math.sqrt(32) / (Math.sqrt(sum) || 1);
  for (let i = 0; i < wordsEnd; i++) values[i]! *= scale;
  for (let i = wordsEnd; i < into.count; i++) values[i]! *= STRUCTURE_VALUE;
}

/** The value of a feature of shape, sender, rules or thread (a word's is scaled by its text's length). */
const STRUCTURE_VALUE = 0.5;

/** Prefixes of features made from one word's hash, and from two words' (`addWords`, `addEach`). */
const WORD_PREFIXES = new Set(['w:', 'sw:', 'fl:', 'fn:']);
const PAIR_PREFIXES = new Set(['b:', 'sb:']);

/** The bucket of a named feature ("w:absage", "sb:your application", "has:link"), as featuresOf files it. */
export function hashFeature(name: string): number {
  const colon = name.indexOf(':');
  const prefix = name.slice(0, colon + 1);
  const rest = name.slice(colon + 1);
  let hash: number;
  if (WORD_PREFIXES.has(prefix)) hash = wordFeature(fnv(OFFSET, rest), prefixHash(prefix));
  else if (PAIR_PREFIXES.has(prefix) && rest.includes(' ')) {
    const space = rest.indexOf(' ');
    hash = pairFeature(fnv(OFFSET, rest.slice(0, space)), fnv(OFFSET, rest.slice(space + 1)), prefixHash(prefix));
  } else hash = fnv(OFFSET, name);
  return (hash >>> 0) & (FEATURE_DIM - 1);
}
