/**
 * Classifies one email by its rules: the subject and the start of the body are read (`region.ts`), then what they
 * found counts only where its context holds (ambiguous phrases only about a job), the sender, a calendar invite and
 * a fixed interview time add their weight, and the scores are ranked (`ranking.ts`). The kind with the highest score
 * wins if it beats the `other` markers.
 */
import type { Classification, EmailKind, Evidence } from '../detection';
import type { Email } from '../email';
import { hasCalendarInvite } from './calendar-invite';
import { TOPIC_BIT } from './context';
import { fixedTimes } from './fixed-time';
import { bodySource, CLASSIFY_BODY_CAP } from './plain-text';
import { quoteStart } from './quoted';
import { rank } from './ranking';
import { readRegion, type Found } from './region';
import { readSender } from './senders';
import { sortSmall } from './small-sort';
import type { ContextTopic } from './signal-types';

/** A job kind needs at least this score to be considered at all. */
const MIN_SCORE = 2;
/** Subjects are short and deliberate: a phrase there says more. */
const SUBJECT_FACTOR = 1.5;
/** Partial emails (a list row's subject and snippet) lose this share of confidence unless the signal is strong. */
const PARTIAL_FACTOR = 0.7;
const SUBJECT_CAP = 1_000;
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

/** Adds a signal's weight to its kind's score and its evidence to the kind's list. */
function addScore(scores: Map<EmailKind, number>, evidence: Map<EmailKind, { e: Evidence; weight: number }[]>, kind: EmailKind, weight: number, e: Evidence): void {
  scores.set(kind, (scores.get(kind) ?? 0) + weight);
  const list = evidence.get(kind) ?? [];
  list.push({ e, weight });
  evidence.set(kind, list);
}

/**
 * Whether a phrase with the same text was scored before in the same place. An email scores a few phrases (four on
 * average over the detection bench), so they are compared where they lie: a key string made per phrase ("body:…")
 * and a set of them, made per email, cost more than the comparisons.
 */
function saidBefore(scored: readonly Found[], f: Found): boolean {
  for (const s of scored) if (s.where === f.where && s.phrase.text === f.phrase.text) return true;
  return false;
}

/** A phrase as evidence names it: a stem's closing `*` dropped ("bewerb*" is shown as "bewerb"). */
function withoutStem(text: string): string {
  return text.endsWith('*') ? text.slice(0, -1) : text;
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
  /**
   * Where the subject or the opening lines name the vacancy or the application internal (`internalWords`), the
   * subject first, or undefined: a step at the owner's current employer, which the pipeline holds for review.
   */
  internalPost?: 'subject' | 'body';
  /**
   * A word only hiring uses ("position", "vacancy", "recruiter", "CV"): a job advert or a recruiter's message, which
   * may speak of rotas and payslips, never teaches where the owner works (pipeline.ts).
   */
  hiringWords?: boolean;
  /** What the subject and the body talk about, a bit per topic (`TOPIC_BIT`): the learned model weighs each. */
  topics?: number;
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
  const source = bodySource(email);
  const body = source.length > CLASSIFY_BODY_CAP ? source.slice(0, CLASSIFY_BODY_CAP) : source;
  const reply = REPLY_SUBJECT.test(subject);
  const inSubject = readRegion(subject, 'subject');
  // A quoted thread comes with a reply's subject (or none, when the host gave only the text).
  const quoteFrom = reply || subject === '' ? quoteStart(body) : body.length;
  const inBody = readRegion(body, 'body', quoteFrom, source);

  const { known: sender, hiringName, bulk } = readSender(email.from);
  const senderEvidence: Evidence[] = [];
  if (sender && (sender.role === 'ats' || sender.role === 'job_board')) senderEvidence.push({ signal: `${sender.name} (${sender.role === 'ats' ? 'applicant tracking' : 'job board'})`, where: 'sender', code: sender.role === 'ats' ? 'sender_ats' : 'sender_job_board', values: { name: sender.name } });
  if (hiringName) senderEvidence.push({ signal: hiringName, where: 'sender' });

  const topics = inSubject.topics | inBody.topics;
  const found = [...inSubject.found, ...inBody.found];
  const interviewContext = hasTopic(topics, 'interview');
  const employmentContext = hasTopic(topics, 'employment');
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
  const processContext = hasTopic(topics, 'process') || sender?.role === 'ats' || selfProcess;
  const jobContext =
    hasTopic(topics, 'job') || hasTopic(topics, 'title') || interviewContext || inSubject.jobNegator || inBody.jobNegator || senderEvidence.length > 0 || selfJob;
  /** About hiring, not only about someone whose job title is named ("your meeting with the accountant"). */
  const hiringContext = hasTopic(topics, 'job') || interviewContext || senderEvidence.length > 0;

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
  /** The phrases scored so far: one said twice in the same place counts once. */
  const scored: Found[] = [];
  let asks = false;
  let receipt = false;
  const decisive = new Set<EmailKind>();
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (!counted[i]) continue;
    if (f.weight >= 4) decisive.add(f.kind);
    if (f.weight >= 4 && f.phrase.type === 'phrase' && f.phrase.receipt) receipt = true;
    if (f.phrase.type === 'phrase' && f.phrase.family === 'footer' && headClaim && f.where === 'body') continue;
    if (saidBefore(scored, f)) continue;
    scored.push(f);
    const inReplySubject = reply && f.where === 'subject';
    if (f.phrase.type === 'phrase' && f.phrase.ask && !inReplySubject) asks = true;
    const factor = f.where === 'subject' && !reply ? SUBJECT_FACTOR : 1;
    addScore(scores, evidence, f.kind, f.weight * factor, { signal: withoutStem(f.phrase.text), where: f.where });
  }

  // A confirmation its own words already decide needs neither the invite search nor the clock check below: they
  // would only add to a decided kind.
  const confirmedAlready = decisive.has('interview_confirmed');
  if (interviewContext && !confirmedAlready && hasCalendarInvite(email)) {
    addScore(scores, evidence, 'interview_confirmed', 4, { signal: 'calendar invite', where: 'body', code: 'calendar_invite' });
    decisive.add('interview_confirmed');
  }
  // One fixed date and time in an email about an interview, nobody asked for availability: the slot is set.
  // The clock check runs only here, so mail that is not about an interview never pays for it.
  const notTheCandidates = eventLike || bulk || (cold && !processContext) || inSubject.interviewNegator || inBody.interviewNegator;
  // A meeting without the word interview is the candidate's only when it is about their application or a role: a
  // networking coffee that says "we're hiring" or a review that names a hiring plan fixes no interview. (Research
  // sessions, press and marketing are `event` markers, which void the clock check above.)
  const jobMeeting = hiringContext && hasTopic(topics, 'meeting') && (processContext || hasTopic(topics, 'hire'));
  if (!confirmedAlready && !asks && !notTheCandidates && (interviewContext || jobMeeting)) {
    const inSubjectTimes = fixedTimes(subject);
    const inBodyTimes = fixedTimes(quoteFrom < body.length ? body.slice(0, quoteFrom) : body);
    const weekdays = new Set([...inSubjectTimes.weekdays, ...inBodyTimes.weekdays]);
    if (inSubjectTimes.count + inBodyTimes.count > 0 && weekdays.size <= 1) {
      const weight = interviewContext ? FIXED_TIME_WEIGHT : FIXED_TIME_MEETING_WEIGHT;
      addScore(scores, evidence, 'interview_confirmed', weight, { signal: 'interview at a fixed date and time', where: inBodyTimes.count > 0 ? 'body' : 'subject', code: 'fixed_time' });
      if (weight >= 4) decisive.add('interview_confirmed');
    }
  }
  if (sender?.role === 'scheduler' && interviewContext) addScore(scores, evidence, 'interview_confirmed', 2, { signal: `${sender.name} (scheduling)`, where: 'sender', code: 'sender_scheduler', values: { name: sender.name } });
  // An interview among research, press or event words, in mail that names no job, role or hiring sender, is a
  // study's session or a show's guest spot: nobody's job interview. ("Your interview" alone proves nothing here.)
  const jobless = !hasTopic(topics, 'job') && !hasTopic(topics, 'title') && !hasTopic(topics, 'hire') && !hasTopic(topics, 'employment') && senderEvidence.length === 0;
  if (eventLike && jobless) {
    scores.delete('interview_confirmed');
    scores.delete('interview_request');
    decisive.delete('interview_confirmed');
    decisive.delete('interview_request');
  }
  if (bulk) addScore(scores, evidence, 'other', 3, { signal: 'bulk sender (alerts, newsletter)', where: 'sender', code: 'bulk_sender' });
  // Recruiter outreach asks for a call and a resume like an invitation or an application would: without any sign
  // that the candidate applied, those are outreach.
  if (cold && !processContext) {
    scores.delete('interview_request');
    scores.delete('application_received');
    decisive.delete('interview_request');
    decisive.delete('application_received');
  }

  const { best, bestScore, second } = rank(scores, decisive, receipt);
  const otherScore = scores.get('other') ?? 0;
  let strongest = 0;
  for (const f of found) if (f.kind === best && f.weight > strongest) strongest = f.weight;

  // A scholarship's refusal, a landlord's "another applicant", a grant's "pleased to offer you": decisions
  // outside hiring read like job mail. Without a word only hiring uses or a hiring sender, they are not a job's.
  const elsewhere = hasTopic(topics, 'elsewhere') && !hasTopic(topics, 'hire') && senderEvidence.length === 0;
  // What the pipeline reads beside the kind: the same on every conclusion below.
  const reading = {
    aboutJob: jobContext,
    internalPost: hasTopic(inSubject.topics, 'internal') ? ('subject' as const) : hasTopic(inBody.topics, 'internal') ? ('body' as const) : undefined,
    hiringWords: hasTopic(topics, 'hire'),
    topics,
  };
  if (best !== null && elsewhere) {
    return { kind: 'other', confidence: 0.8, evidence: [{ signal: 'a decision outside hiring (admission, grant, tenancy, conference…)', where: 'body', code: 'outside_hiring' }], ...reading };
  }

  if (best === null || bestScore < MIN_SCORE || otherScore >= bestScore) {
    const confidence = best === null ? 0.95 : Math.min(0.95, Math.max(0.5, 0.9 - 0.08 * bestScore + 0.04 * otherScore));
    return {
      kind: 'other',
      confidence: round(confidence),
      evidence: topEvidence(evidence.get('other') ?? []),
      ...reading,
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
    ...reading,
  };
}

function topEvidence(list: { e: Evidence; weight: number }[]): Evidence[] {
  if (list.length <= 1) return list.map((x) => x.e);
  return sortSmall(list.slice(), byWeight).slice(0, 5).map((x) => x.e);
}

function byWeight(a: { weight: number }, b: { weight: number }): number {
  return b.weight - a.weight;
}
