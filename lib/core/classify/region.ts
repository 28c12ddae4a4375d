/**
 * Reads one text (a subject or a body): one pass of the phrase tables, negations before progress phrases, negators
 * within their sentence, overlaps resolved (heavier, then longer, wins), then the broad net of co-occurring words.
 */
import type { EmailKind, EvidenceWhere } from '../detection';
import { CONTEXT_WORDS, TOPIC_BIT } from './context';
import { ADDRESSED, ADDRESSED_OR_US, COOCCURRENCE_REACH, COOCCURRENCE_RULES, COOCCURRENCE_WEIGHT, TERM_SIGNALS, type Term } from './cooccurrence';
import { OTHER_MARKERS } from './markers';
import { NEGATORS } from './negators';
import { NEGATION_REACH, NEGATION_SIGNALS, type NegationCue, type ProgressPhrase } from './negation';
import { buildMatcher, type MatchHit, type PhraseMatcher } from './phrase-matcher';
import { KIND_PHRASES } from './phrases';
import { opensClause, sentenceEnd, sentenceStart } from './sentences';
import { sortSmall } from './small-sort';
import type { KindPhrase, Negator, Signal, Weight } from './signal-types';

/**
 * An internal vacancy or application is named in the subject or the opening lines; further down a long letter
 * ("internal candidates will be considered first") it says less.
 */
export const INTERNAL_REACH = 300;
const INTERNAL_BIT = TOPIC_BIT.internal;

/** Co-occurrence words kept per text: enough for any real email, bounded for a hostile one. */
const MAX_TERMS = 80;

let matcher: PhraseMatcher<Signal> | null = null;
function getMatcher(): PhraseMatcher<Signal> {
  matcher ??= buildMatcher<Signal>([...KIND_PHRASES, ...OTHER_MARKERS, ...NEGATORS, ...CONTEXT_WORDS, ...NEGATION_SIGNALS, ...TERM_SIGNALS], (entry) => entry.type === 'context');
  return matcher;
}

export interface Found {
  phrase: KindPhrase | Negator;
  kind: EmailKind;
  weight: number;
  where: EvidenceWhere;
  /** Where the phrase starts in its text (0 for the broad net's pairs). */
  start: number;
}

export interface RegionResult {
  found: Found[];
  /** What the text talks about: a bit per ContextTopic. */
  topics: number;
  /** A negator that says the email is about a job. */
  jobNegator: boolean;
  /**
   * A negator that says an interview named here is not the candidate's fixed one ("if you are selected for an
   * interview", "an interview with our CEO", "mock interview").
   */
  interviewNegator: boolean;
}

/**
 * Reads one text. Past `quoteFrom` (the quoted thread of a reply) only what the text is about counts: the older
 * message's phrases were about an earlier step. `source`, when given, is a longer text `text` is the start of (the
 * body it was cut from): the phrases are scanned there, up to `text`'s length, which reads faster than the cut.
 */
export function readRegion(text: string, where: EvidenceWhere, quoteFrom = text.length, source = text): RegionResult {
  // The text is read as its lower case would be, without writing that copy (an allocation the size of the text,
  // for every email). A text with the one character whose lower case is longer, dotted capital I, is read as it is.
  const hits = text.includes('\u0130') ? getMatcher().scan(text) : getMatcher().scanLowerCase(source, text.length);
  let topics = 0;
  let jobNegator = false;
  let interviewNegator = false;
  const phrases: MatchHit<KindPhrase>[] = [];
  const negators: MatchHit<Negator>[] = [];
  const negations: MatchHit<NegationCue>[] = [];
  const progress: MatchHit<ProgressPhrase>[] = [];
  const terms: MatchHit<Term>[] = [];
  for (const hit of hits) {
    const entry = hit.entry;
    if (entry.type === 'context') {
      topics |= hit.start < INTERNAL_REACH ? entry.mask : entry.mask & ~INTERNAL_BIT;
      continue;
    }
    if (hit.start >= quoteFrom) continue;
    if (entry.type === 'term') {
      if (terms.length < MAX_TERMS) terms.push(hit as MatchHit<Term>);
    } else if (entry.type === 'negation') {
      negations.push(hit as MatchHit<NegationCue>);
    } else if (entry.type === 'progress') {
      progress.push(hit as MatchHit<ProgressPhrase>);
    } else if (entry.type === 'negator') {
      if (entry.clauseStart && !opensClause(text, hit.start)) continue;
      negators.push(hit as MatchHit<Negator>);
      if (entry.jobContext) jobNegator = true;
      if (entry.voidsInterview) interviewNegator = true;
    } else {
      phrases.push(hit as MatchHit<KindPhrase>);
    }
  }

  // A negation word shortly before a progress phrase, in the same sentence, is a rejection ("we won't be moving
  // forward with your application"); a progress phrase with a kind of its own and no negation speaks for that kind.
  for (const step of progress) {
    const negation = negations.find(
      (n) =>
        n.end <= step.start &&
        step.start - n.end <= NEGATION_REACH &&
        sentenceEnd(text, n.end, step.start) === step.start &&
        !negations.some((v) => v.entry.void && v.start <= n.start && v.end >= n.end),
    );
    if (negation) {
      const phrase: KindPhrase = {
        type: 'phrase',
        text: `${negation.entry.text} … ${step.entry.text}`,
        kind: 'rejection',
        weight: 4,
        needsContext: step.entry.aboutJob !== true,
      };
      phrases.push({ entry: phrase, start: negation.start, end: step.end });
    } else if (step.entry.kind && step.entry.weight) {
      phrases.push({ entry: { type: 'phrase', text: step.entry.text, kind: step.entry.kind, weight: step.entry.weight, needsContext: true }, start: step.start, end: step.end });
    }
  }

  // Negators cancel the kind phrases they reach, within their sentence.
  let alive = phrases;
  for (const neg of negators) {
    const from = sentenceStart(text, neg.start, Math.max(0, neg.start - neg.entry.before));
    const reach = Math.min(text.length, neg.end + neg.entry.after);
    const to = neg.entry.acrossSentences ? reach : sentenceEnd(text, neg.end, reach);
    alive = alive.filter(
      (hit) => !(hit.start >= from && hit.start <= to && hit !== (neg as unknown) && neg.entry.negates.includes(hit.entry.kind)),
    );
  }

  // Overlapping phrases: the heavier, then the longer, wins.
  if (alive.length > 1) sortSmall(alive, byWeightThenLength);
  const kept: MatchHit<KindPhrase>[] = [];
  for (const hit of alive) {
    if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }

  // The broad net: two kinds of word in one sentence. A rule's weights are summed only when both its kinds are there.
  // Every rule pairs two different groups, so a text with fewer than two of the net's words (two texts in three of
  // the detection bench's) skips it, and the map of groups is not made.
  if (terms.length >= 2) broadNet(text, terms, kept);

  const found: Found[] = kept.map((hit) => ({ phrase: hit.entry, kind: hit.entry.kind, weight: hit.entry.weight, where, start: hit.start }));
  for (const neg of negators) {
    if (neg.entry.kind && neg.entry.weight) found.push({ phrase: neg.entry, kind: neg.entry.kind, weight: neg.entry.weight, where, start: neg.start });
  }
  return { found, topics, jobNegator, interviewNegator };
}

/**
 * The broad net's rules over a text's words of the net (two or more), each pair that fires added to `kept` as a
 * phrase of its own.
 */
function broadNet(text: string, terms: readonly MatchHit<Term>[], kept: MatchHit<KindPhrase>[]): void {
  const byGroup = new Map<string, MatchHit<Term>[]>();
  for (const t of terms) {
    const list = byGroup.get(t.entry.group);
    if (list) list.push(t);
    else byGroup.set(t.entry.group, [t]);
  }
  for (const rule of COOCCURRENCE_RULES) {
    const firsts = byGroup.get(rule.groups[0]);
    const seconds = byGroup.get(rule.groups[1]);
    if (!firsts || !seconds) continue;
    // A net, not a vote: a kind the phrases already speak for clearly gets nothing more.
    if (kept.reduce((sum, k) => sum + (k.entry.kind === rule.kind ? k.entry.weight : 0), 0) >= 3) continue;
    const pair = firsts.some((a) =>
      seconds.some((b) => {
        if (!together(text, a, b)) return false;
        if (!rule.addressed) return true;
        const lo = Math.min(a.start, b.start);
        const hi = Math.max(a.end, b.end);
        const from = sentenceStart(text, lo, Math.max(0, lo - COOCCURRENCE_REACH));
        const to = sentenceEnd(text, hi, Math.min(text.length, hi + COOCCURRENCE_REACH));
        return (rule.orUs ? ADDRESSED_OR_US : ADDRESSED).test(text.slice(from, to));
      }),
    );
    if (pair) {
      kept.push({
        entry: { type: 'phrase', text: rule.label, kind: rule.kind, weight: COOCCURRENCE_WEIGHT as Weight, needsContext: true, ...(rule.hiring ? { needsHiring: true } : {}) },
        start: 0,
        end: 0,
      });
    }
  }
}
// `readRegion` skips the net for a text with fewer than two of its words: that holds only while no rule pairs a group
// with itself.
if (COOCCURRENCE_RULES.some((rule) => rule.groups[0] === rule.groups[1])) throw new Error('co-occurrence rules: a rule pairs a group with itself');

/** Overlapping phrases: the heavier, then the longer, then the earlier first. */
function byWeightThenLength(a: MatchHit<KindPhrase>, b: MatchHit<KindPhrase>): number {
  return b.entry.weight - a.entry.weight || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

/** Two words of the broad net within reach of each other and in one sentence. */
function together(text: string, a: MatchHit<Term>, b: MatchHit<Term>): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  return Math.abs(a.start - b.start) <= COOCCURRENCE_REACH && (to <= from || sentenceEnd(text, from, to) === to);
}
