/**
 * Classifies one email: one pass of the phrase tables over the subject and the start of the body, negators applied
 * within their sentence, overlaps resolved (heavier, then longer, wins), ambiguous phrases counted only about a
 * job, then a score per kind. The kind with the highest score wins if it beats the `other` markers; ties go to the
 * later stage (a rejection that thanks you for applying is a rejection).
 */
import type { Classification, EmailKind, Evidence, EvidenceWhere, JobKind } from '../detection';
import type { Email } from '../email';
import { CONTEXT_WORDS, TOPIC_BIT } from './context';
import { ADDRESSED, ADDRESSED_OR_US, COOCCURRENCE_REACH, COOCCURRENCE_RULES, COOCCURRENCE_WEIGHT, TERM_SIGNALS, type Term } from './cooccurrence';
import { fixedTimes } from './fixed-time';
import { NEGATORS, OTHER_MARKERS } from './markers';
import { NEGATION_REACH, NEGATION_SIGNALS, type NegationCue, type ProgressPhrase } from './negation';
import { buildMatcher, type MatchHit, type PhraseMatcher } from './phrase-matcher';
import { KIND_PHRASES } from './phrases';
import { bodyText, CLASSIFY_BODY_CAP } from './plain-text';
import { quoteStart } from './quoted';
import { hiringDisplayName, isBulkSender, knownSender } from './senders';
import type { ContextTopic, KindPhrase, Negator, Signal, Weight } from './signal-types';

/** Later stages first: the order ties are broken in. */
export const KIND_PRIORITY: readonly JobKind[] = [
  'rejection',
  'offer',
  'interview_confirmed',
  'interview_request',
  'assessment',
  'application_received',
];

/**
 * A decisive phrase of a kind caps the scores of the kinds it supersedes: a confirmed interview was once an
 * invitation, a rejection may follow any stage, and everything follows the acknowledgement. Assessments and
 * interviews run side by side, so neither caps the other.
 */
const SUPERSEDES: Readonly<Record<JobKind, readonly JobKind[]>> = {
  rejection: ['offer', 'interview_confirmed', 'interview_request', 'assessment', 'application_received'],
  offer: ['interview_confirmed', 'interview_request', 'assessment', 'application_received'],
  interview_confirmed: ['interview_request', 'application_received'],
  interview_request: ['application_received'],
  assessment: ['application_received'],
  application_received: [],
};

/** A job kind needs at least this score to be considered at all. */
const MIN_SCORE = 2;
/** Subjects are short and deliberate: a phrase there says more. */
const SUBJECT_FACTOR = 1.5;
/**
 * Acknowledgement phrases are boilerplate in later-stage mail too ("thank you for your application... unfortunately"),
 * so however many there are they count no more than one decisive phrase.
 */
const ACK_CAP = 4;
/** Partial emails (a list row's subject and snippet) lose this share of confidence unless the signal is strong. */
const PARTIAL_FACTOR = 0.7;
const SUBJECT_CAP = 1_000;
/** Co-occurrence words kept per text: enough for any real email, bounded for a hostile one. */
const MAX_TERMS = 80;
const RAW_SCAN_CAP = 512 * 1024;
/**
 * The top of a message: a clear acknowledgement here is what the message is, whatever recommendations a job board
 * puts below it.
 */
const HEAD = 400;
/** A reply's subject names the thread's first message ("Re: Availability"), so it says less than a fresh one. */
const REPLY_SUBJECT = /^\s*(?:re|aw|sv|rv|antw|réf)\s*:/i;
/** Weight of a fixed date and time in an email about an interview, and in one about hiring and meeting. */
const FIXED_TIME_WEIGHT = 4;
const FIXED_TIME_MEETING_WEIGHT = 3;

let matcher: PhraseMatcher<Signal> | null = null;
function getMatcher(): PhraseMatcher<Signal> {
  matcher ??= buildMatcher<Signal>([...KIND_PHRASES, ...OTHER_MARKERS, ...NEGATORS, ...CONTEXT_WORDS, ...NEGATION_SIGNALS, ...TERM_SIGNALS]);
  return matcher;
}

interface Found {
  phrase: KindPhrase | Negator;
  kind: EmailKind;
  weight: number;
  where: EvidenceWhere;
  /** Where the phrase starts in its text (0 for the broad net's pairs). */
  start: number;
}

interface RegionResult {
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

const SENTENCE_ENDS = new Set(['.', '!', '?', ';', '|']);

function sentenceStart(text: string, from: number, limit: number): number {
  for (let i = from - 1; i >= limit; i--) if (SENTENCE_ENDS.has(text[i]!)) return i + 1;
  return limit;
}

function sentenceEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (SENTENCE_ENDS.has(text[i]!)) return i;
  return limit;
}

/** Is `at` the start of a sentence or clause: nothing but white space since punctuation or the text's start? */
function opensClause(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i < 40; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    return c === '.' || c === ',' || c === ';' || c === ':' || c === '!' || c === '?' || c === '-' || c === '(';
  }
  return true;
}

/**
 * Reads one text. Past `quoteFrom` (the quoted thread of a reply) only what the text is about counts: the older
 * message's phrases were about an earlier step.
 */
function readRegion(text: string, where: EvidenceWhere, quoteFrom = text.length): RegionResult {
  // The matcher reads a fresh lower-case copy: the capped body is a slice of a longer string, whose characters the
  // engine reads markedly slower in the hot loop. Lower case keeps every position (the one character whose lower
  // case is longer, dotted capital I, keeps the original).
  const lower = text.toLowerCase();
  const hits = getMatcher().scan(lower.length === text.length ? lower : text);
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
      topics |= entry.mask;
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
  alive.sort((a, b) => b.entry.weight - a.entry.weight || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: MatchHit<KindPhrase>[] = [];
  for (const hit of alive) {
    if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }

  // The broad net: two kinds of word in one sentence.
  const together = (a: MatchHit<Term>, b: MatchHit<Term>) => {
    const from = Math.min(a.end, b.end);
    const to = Math.max(a.start, b.start);
    return Math.abs(a.start - b.start) <= COOCCURRENCE_REACH && (to <= from || sentenceEnd(text, from, to) === to);
  };
  const byGroup = new Map<string, MatchHit<Term>[]>();
  for (const t of terms) {
    const list = byGroup.get(t.entry.group);
    if (list) list.push(t);
    else byGroup.set(t.entry.group, [t]);
  }
  for (const rule of COOCCURRENCE_RULES) {
    // A net, not a vote: a kind the phrases already speak for clearly gets nothing more.
    if (kept.reduce((sum, k) => sum + (k.entry.kind === rule.kind ? k.entry.weight : 0), 0) >= 3) continue;
    const firsts = byGroup.get(rule.groups[0]);
    const seconds = byGroup.get(rule.groups[1]);
    if (!firsts || !seconds) continue;
    const pair = firsts.some((a) =>
      seconds.some((b) => {
        if (!together(a, b)) return false;
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

  const found: Found[] = kept.map((hit) => ({ phrase: hit.entry, kind: hit.entry.kind, weight: hit.entry.weight, where, start: hit.start }));
  for (const neg of negators) {
    if (neg.entry.kind && neg.entry.weight) found.push({ phrase: neg.entry, kind: neg.entry.kind, weight: neg.entry.weight, where, start: neg.start });
  }
  return { found, topics, jobNegator, interviewNegator };
}

function hasCalendarInvite(email: Email): boolean {
  const raw = typeof email.raw === 'string' ? email.raw : '';
  const body = typeof email.body === 'string' ? email.body : '';
  const scan = (s: string) => {
    const head = s.length > RAW_SCAN_CAP ? s.slice(0, RAW_SCAN_CAP) : s;
    return head.includes('BEGIN:VEVENT') || head.includes('begin:vevent');
  };
  // A base64 invite hides its BEGIN:VEVENT; its part header still says what it is. A plain body that carries an
  // invite's text has it as calendar software writes it, in capitals: one search, not two, on every interview email.
  const head = body.length > RAW_SCAN_CAP ? body.slice(0, RAW_SCAN_CAP) : body;
  return (
    (raw !== '' && (scan(raw) || /content-type:\s*text\/calendar/i.test(raw.slice(0, RAW_SCAN_CAP)))) ||
    head.includes('BEGIN:VEVENT') ||
    CALENDAR_TEXT.some((marker) => head.includes(marker)) ||
    GOING_ROW.test(head)
  );
}

/**
 * A calendar's own words in the text of its invitation mail: Google Calendar's footer and its reply row. They say
 * an event was booked, as an attached invite would.
 */
const CALENDAR_TEXT = ['Invitation from Google Calendar', 'This event has been changed', 'Updated invitation with note'];
const GOING_ROW = /Going\?[ \t]{0,8}Yes[ \t]{0,8}-[ \t]{0,8}Maybe[ \t]{0,8}-[ \t]{0,8}No/;

function hasTopic(topics: number, topic: ContextTopic): boolean {
  return (topics & TOPIC_BIT[topic]) !== 0;
}

/** Whether a phrase's own requirements hold: an interview named, or the terms of a job. */
function ownsRequirements(f: Found, interviewContext: boolean, employmentContext: boolean): boolean {
  return (
    f.phrase.type !== 'phrase' ||
    ((!f.phrase.needsInterview || interviewContext) && (!f.phrase.needsEmployment || employmentContext))
  );
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** What the rules conclude, and whether the email is about a job at all. */
export interface RulesReading extends Classification {
  /**
   * The email speaks of a job: a job, hiring or interview word in any language pack, a job phrase that needs no
   * context, or a hiring sender (an applicant-tracking system, a job board, a "talent" mailbox).
   */
  aboutJob: boolean;
}

/** The rules alone: phrase tables, markers, negators and sender knowledge (the pipeline's first step). */
export function classifyByRules(email: Email): RulesReading {
  try {
    return classifyUnsafe(email);
  } catch {
    // Hostile input must never break the caller; an email we cannot read is `other`, for the review list to show.
    return { kind: 'other', confidence: 0, evidence: [], aboutJob: false };
  }
}

function classifyUnsafe(email: Email): RulesReading {
  const subject = typeof email.subject === 'string' ? email.subject.slice(0, SUBJECT_CAP) : '';
  const body = bodyText(email, CLASSIFY_BODY_CAP);
  const reply = REPLY_SUBJECT.test(subject);
  const inSubject = readRegion(subject, 'subject');
  // A quoted thread comes with a reply's subject (or none, when the host gave only the text).
  const quoteFrom = reply || subject === '' ? quoteStart(body) : body.length;
  const inBody = readRegion(body, 'body', quoteFrom);

  const sender = knownSender(email.from);
  const hiringName = hiringDisplayName(email.from);
  const bulk = isBulkSender(email.from);
  const senderEvidence: Evidence[] = [];
  if (sender && (sender.role === 'ats' || sender.role === 'job_board')) senderEvidence.push({ signal: `${sender.name} (${sender.role === 'ats' ? 'applicant tracking' : 'job board'})`, where: 'sender', code: sender.role === 'ats' ? 'sender_ats' : 'sender_job_board', values: { name: sender.name } });
  if (hiringName) senderEvidence.push({ signal: hiringName, where: 'sender' });

  const topics = inSubject.topics | inBody.topics;
  const about = (topic: ContextTopic) => hasTopic(topics, topic);
  const found = [...inSubject.found, ...inBody.found];
  const interviewContext = about('interview');
  const employmentContext = about('employment');
  // A job phrase that needs no context says the email is about a job; a decisive one (an invitation to the
  // company's own interview) says it is a step in the candidate's process, whatever compliments come with it.
  let selfJob = false;
  let selfProcess = false;
  for (const f of found) {
    if (f.kind === 'other' || f.phrase.type !== 'phrase' || f.phrase.needsContext || !ownsRequirements(f, interviewContext, employmentContext)) continue;
    selfJob = true;
    if (f.weight >= 4) selfProcess = true;
  }
  // An application-tracking system writes about an application; a job board also relays recruiters' outreach.
  const processContext = about('process') || sender?.role === 'ats' || selfProcess;
  const jobContext =
    about('job') || about('title') || interviewContext || inSubject.jobNegator || inBody.jobNegator || senderEvidence.length > 0 || selfJob;
  /** About hiring, not only about someone whose job title is named ("your meeting with the accountant"). */
  const hiringContext = about('job') || interviewContext || senderEvidence.length > 0;

  // Which phrases count, and what the counted ones say about the email as a whole.
  const counted: boolean[] = [];
  // A clear acknowledgement (or any decisive phrase) in the subject or the first lines is what the message is; the
  // job board's "similar jobs" under it are furniture.
  let headClaim = false;
  let cold = false;
  let eventLike = false;
  for (const f of found) {
    let ok = true;
    if (f.phrase.type === 'phrase') {
      const p = f.phrase;
      ok =
        (!p.needsContext || jobContext) &&
        ownsRequirements(f, interviewContext, employmentContext) &&
        (!p.needsHiring || hiringContext) &&
        // Recruiter outreach phrasing ("would you be interested") is ordinary in a reply to one's own application.
        !(p.family === 'cold' && processContext);
      if (ok && p.family === 'cold') cold = true;
      if (ok && p.family === 'event') eventLike = true;
    }
    if (ok && f.kind !== 'other' && (f.where === 'subject' || f.start < HEAD) && (f.weight >= 4 || (f.kind === 'application_received' && f.weight >= 3))) {
      headClaim = true;
    }
    counted.push(ok);
  }

  const scores = new Map<EmailKind, number>();
  const evidence = new Map<EmailKind, { e: Evidence; weight: number }[]>();
  const seen = new Set<string>();
  const add = (kind: EmailKind, weight: number, e: Evidence) => {
    scores.set(kind, (scores.get(kind) ?? 0) + weight);
    const list = evidence.get(kind) ?? [];
    list.push({ e, weight });
    evidence.set(kind, list);
  };
  let asks = false;
  let receipt = false;
  const decisive = new Set<EmailKind>();
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (!counted[i]) continue;
    if (f.weight >= 4) decisive.add(f.kind);
    if (f.weight >= 4 && f.phrase.type === 'phrase' && f.phrase.receipt) receipt = true;
    if (f.phrase.type === 'phrase' && f.phrase.family === 'footer' && headClaim && f.where === 'body') continue;
    const key = `${f.where}:${f.phrase.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const inReplySubject = reply && f.where === 'subject';
    if (f.phrase.type === 'phrase' && f.phrase.ask && !inReplySubject) asks = true;
    const factor = f.where === 'subject' && !reply ? SUBJECT_FACTOR : 1;
    add(f.kind, f.weight * factor, { signal: f.phrase.text.replace(/\*$/, ''), where: f.where });
  }

  // A confirmation its own words already decide needs neither the invite search nor the clock check below: they
  // would only add to a decided kind.
  const confirmedAlready = decisive.has('interview_confirmed');
  if (interviewContext && !confirmedAlready && hasCalendarInvite(email)) {
    add('interview_confirmed', 4, { signal: 'calendar invite', where: 'body', code: 'calendar_invite' });
    decisive.add('interview_confirmed');
  }
  // One fixed date and time in an email about an interview, nobody asked for availability: the slot is set.
  // The clock check runs only here, so mail that is not about an interview never pays for it.
  const notTheCandidates = eventLike || bulk || (cold && !processContext) || inSubject.interviewNegator || inBody.interviewNegator;
  // A meeting without the word interview is the candidate's only when it is about their application or a role: a
  // networking coffee that says "we're hiring" or a review that names a hiring plan fixes no interview. (Research
  // sessions, press and marketing are `event` markers, which void the clock check above.)
  const jobMeeting = hiringContext && about('meeting') && (processContext || about('hire'));
  if (!confirmedAlready && !asks && !notTheCandidates && (interviewContext || jobMeeting)) {
    const inSubjectTimes = fixedTimes(subject);
    const inBodyTimes = fixedTimes(quoteFrom < body.length ? body.slice(0, quoteFrom) : body);
    const weekdays = new Set([...inSubjectTimes.weekdays, ...inBodyTimes.weekdays]);
    if (inSubjectTimes.count + inBodyTimes.count > 0 && weekdays.size <= 1) {
      const weight = interviewContext ? FIXED_TIME_WEIGHT : FIXED_TIME_MEETING_WEIGHT;
      add('interview_confirmed', weight, { signal: 'interview at a fixed date and time', where: inBodyTimes.count > 0 ? 'body' : 'subject', code: 'fixed_time' });
      if (weight >= 4) decisive.add('interview_confirmed');
    }
  }
  if (sender?.role === 'scheduler' && interviewContext) add('interview_confirmed', 2, { signal: `${sender.name} (scheduling)`, where: 'sender', code: 'sender_scheduler', values: { name: sender.name } });
  // An interview among research, press or event words, in mail that names no job, role or hiring sender, is a
  // study's session or a show's guest spot: nobody's job interview. ("Your interview" alone proves nothing here.)
  const jobless = !about('job') && !about('title') && !about('hire') && !about('employment') && senderEvidence.length === 0;
  if (eventLike && jobless) {
    scores.delete('interview_confirmed');
    scores.delete('interview_request');
    decisive.delete('interview_confirmed');
    decisive.delete('interview_request');
  }
  if (bulk) add('other', 3, { signal: 'bulk sender (alerts, newsletter)', where: 'sender', code: 'bulk_sender' });
  // Recruiter outreach asks for a call and a resume like an invitation or an application would: without any sign
  // that the candidate applied, those are outreach.
  if (cold && !processContext) {
    scores.delete('interview_request');
    scores.delete('application_received');
    decisive.delete('interview_request');
    decisive.delete('application_received');
  }

  if ((scores.get('application_received') ?? 0) > ACK_CAP) scores.set('application_received', ACK_CAP);
  const superseded = new Set<EmailKind>();
  // "We received your take-home": the test it names is done. It stays a rival, below the acknowledgement.
  if (receipt && (scores.get('assessment') ?? 0) >= (scores.get('application_received') ?? 0)) {
    scores.set('assessment', (scores.get('application_received') ?? 0) - 1);
    superseded.add('assessment');
    decisive.delete('assessment');
  }
  KIND_PRIORITY.forEach((kind) => {
    if (!decisive.has(kind)) return;
    const cap = scores.get(kind) ?? 0;
    for (const earlier of SUPERSEDES[kind]) {
      if ((scores.get(earlier) ?? 0) >= cap) {
        scores.set(earlier, cap);
        superseded.add(earlier);
      }
    }
  });

  let best: JobKind | null = null;
  let bestScore = 0;
  let second = 0;
  for (const kind of KIND_PRIORITY) {
    const score = scores.get(kind) ?? 0;
    // A superseded kind (the invitation behind a confirmation) is no rival to the kind that superseded it.
    if (superseded.has(kind) && best !== null) continue;
    if (score > bestScore) {
      second = bestScore;
      best = kind;
      bestScore = score;
    } else if (score > second) {
      second = score;
    }
  }
  const otherScore = scores.get('other') ?? 0;
  const strongest = Math.max(0, ...found.filter((f) => f.kind === best).map((f) => f.weight));

  // A scholarship's refusal, a landlord's "another applicant", a grant's "pleased to offer you": decisions
  // outside hiring read like job mail. Without a word only hiring uses or a hiring sender, they are not a job's.
  const elsewhere = about('elsewhere') && !about('hire') && senderEvidence.length === 0;
  if (best !== null && elsewhere) {
    return { kind: 'other', confidence: 0.8, evidence: [{ signal: 'a decision outside hiring (admission, grant, tenancy, conference…)', where: 'body', code: 'outside_hiring' }], aboutJob: jobContext };
  }

  if (best === null || bestScore < MIN_SCORE || otherScore >= bestScore) {
    const confidence = best === null ? 0.95 : Math.min(0.95, Math.max(0.5, 0.9 - 0.08 * bestScore + 0.04 * otherScore));
    return {
      kind: 'other',
      confidence: round(confidence),
      evidence: topEvidence(evidence.get('other') ?? []),
      aboutJob: jobContext,
    };
  }

  const rival = Math.max(second, otherScore);
  const base = 1 - Math.exp(-bestScore / 3);
  const margin = (bestScore - rival) / bestScore;
  let confidence = base * (0.6 + 0.4 * margin);
  if (!jobContext) confidence *= 0.8;
  if (email.partial === true && strongest < 4) confidence *= PARTIAL_FACTOR;
  return {
    kind: best,
    confidence: round(Math.min(0.99, Math.max(0.05, confidence))),
    evidence: [...topEvidence(evidence.get(best) ?? []), ...senderEvidence].slice(0, 6),
    aboutJob: jobContext,
  };
}

function topEvidence(list: { e: Evidence; weight: number }[]): Evidence[] {
  return [...list].sort((a, b) => b.weight - a.weight).slice(0, 5).map((x) => x.e);
}
