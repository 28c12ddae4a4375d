/**
 * How one classified email changes the timeline, as a plan of records to write. Pure: the store loads a slice,
 * calls planIngest and writes what it returns in the same transaction.
 */
import { REVIEW_THRESHOLD, type Detection, type EmailKind, type PersonMention } from '../detection';
import type { Email } from '../email';
import { companyKeyOf, companyNameOf, companySourceOf, matchApplication, type MatchedBy, type TimelineSlice } from './match';
import { companyFromAddress } from './normalise';
import { isRelayName } from './normalise';
import { reviewItemFor, type ReviewItem } from './review';
import { INTERVIEW_KINDS, settleApplication } from './stage';
import { cleanPerson } from './people';
import type { Application, EventKind, Person, PersonRole, TimelineEvent } from './types';

export interface IngestContext {
  now: Date | string;
  newId: () => string;
  /** The user's correction for this message, if any: it wins over the detection. */
  correction?: EmailKind | null;
}

export type IngestPlan =
  | { kind: 'skip'; reason: 'duplicate' | 'not-job' | 'reply-outside-timeline' }
  | { kind: 'review'; item: ReviewItem }
  | {
      kind: 'write';
      application: Application;
      isNew: boolean;
      matchedBy: MatchedBy | null;
      event: TimelineEvent;
      people: Person[];
    };

/** Titles that make a person a recruiter or coordinator (thank-helpers), not an interviewer. */
const RECRUITER_TITLE = /recruit|talent|sourc|coordinat|people partner|human resources|\bhr\b|hiring partner|scheduler/i;
/** Addresses no human reads. */
const ROBOT_ADDRESS = /no-?reply|do-?not-?reply|notifications?@|mailer|bounce/i;
/** Words in a display name that say it is not a person. */
const NOT_A_PERSON = /team|recruit|talent|careers|jobs|hiring|hr\b|noreply|no-reply|notification|support|info|\bvia\b/i;
const MAX = { subject: 500, role: 200, evidence: 20, links: 20, people: 20 };

function iso(value: Date | string): string {
  const t = typeof value === 'string' ? Date.parse(value) : value.getTime();
  return Number.isFinite(t) ? new Date(t).toISOString() : new Date(0).toISOString();
}

/** The email's date as ISO when it is a real date, else the time it was seen. */
export function eventTime(email: Email, now: string): string {
  if (email.date) {
    const t = Date.parse(email.date);
    if (Number.isFinite(t)) return new Date(t).toISOString();
  }
  return now;
}

/** Stored before companyFrom was kept: the name is exactly what the sender's domain gives ("Northwindlabs"). */
function isDomainGuess(company: string, email: Pick<Email, 'from'>): boolean {
  const domain = companyFromAddress(email.from?.address);
  return !!domain && company === domain.charAt(0).toUpperCase() + domain.slice(1);
}

function nameKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

function personLike(name: string): boolean {
  const parts = name.trim().split(/\s+/);
  return parts.length >= 1 && parts.length <= 4 && /^[\p{L}' .-]+$/u.test(name) && !NOT_A_PERSON.test(name) && !isRelayName(name);
}

function roleOf(mention: PersonMention, kind: EventKind): PersonRole | null {
  if (mention.title && RECRUITER_TITLE.test(mention.title)) return 'recruiter';
  if (kind === 'interview_confirmed' || kind === 'interview_request' || kind === 'manual_interview') return 'interviewer';
  return null;
}

/**
 * People to add: the interviewers and recruiters the detection named, and for an interview the sender when they
 * are a person (the one who arranged it). Known people of the same application are not added twice.
 */
export function peopleFor(
  mentions: readonly PersonMention[],
  email: Pick<Email, 'from'>,
  event: TimelineEvent,
  existing: readonly Person[],
  newId: () => string,
): Person[] {
  const out: Person[] = [];
  const seen = new Set<string>();
  for (const p of existing) {
    if (p.applicationId !== event.applicationId) continue;
    // Recruiters are one per application; interviewers one per interview.
    seen.add(p.role === 'interviewer' ? `i:${p.eventId}:${nameKey(p.name)}` : `r:${nameKey(p.name)}`);
  }
  const add = (name: string, title: string | null, mail: string | null, role: PersonRole) => {
    const person = cleanPerson({ name, email: mail, title });
    const clean = person.name;
    if (!clean) return;
    const key = role === 'interviewer' ? `i:${event.id}:${nameKey(clean)}` : `r:${nameKey(clean)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      id: newId(),
      applicationId: event.applicationId,
      name: clean,
      email: person.email && !ROBOT_ADDRESS.test(person.email) ? person.email : null,
      title: person.title,
      role,
      eventId: event.id,
      rank: out.length,
    });
  };
  const senderName = email.from?.name ?? '';
  const senderMail = email.from?.address || null;
  for (const mention of mentions.slice(0, MAX.people)) {
    if (!mention?.name) continue;
    const role = roleOf(mention, event.kind);
    if (!role) continue;
    const mail = mention.email ?? (nameKey(mention.name) === nameKey(senderName) ? senderMail : null);
    add(mention.name, mention.title ?? null, mail, role);
  }
  // The sender of any job email is a person of the application (the recruiter who arranged the interview, the
  // manager who wrote the rejection): letters answering their email address them. Someone already known by that
  // name (an interviewer who now writes) is not added again.
  if (senderName && personLike(senderName) && senderMail && !ROBOT_ADDRESS.test(senderMail)) {
    const key = nameKey(senderName);
    const named = mentions.some((m) => m?.name && nameKey(m.name) === key);
    const known = existing.some((p) => p.applicationId === event.applicationId && nameKey(p.name) === key);
    if (!named && !known) add(senderName, null, senderMail, 'recruiter');
  }
  return out;
}

/**
 * For a confirmed interview: the earlier interview it reschedules, if any. A second invitation in the same thread
 * that arrived before the first interview's time (or names the same time) is the same round, moved.
 */
function rescheduled(event: TimelineEvent, events: readonly TimelineEvent[]): TimelineEvent | null {
  if (!INTERVIEW_KINDS.has(event.kind) || !event.interview) return null;
  const replaced = new Set(events.map((e) => e.replaces).filter((id): id is string => !!id));
  let best: TimelineEvent | null = null;
  for (const e of events) {
    if (e.applicationId !== event.applicationId || !INTERVIEW_KINDS.has(e.kind) || !e.interview) continue;
    if (replaced.has(e.id)) continue;
    const sameTime = Date.parse(e.interview.start) === Date.parse(event.interview.start);
    const sameThread = !!event.threadId && e.threadId === event.threadId;
    const stillAhead = Date.parse(e.interview.start) > Date.parse(event.at) && e.at <= event.at;
    if (sameTime || (sameThread && stillAhead)) if (!best || e.at > best.at) best = e;
  }
  return best;
}

/**
 * Plan the records one email writes.
 * - a message already on the timeline: skip (ingest is idempotent on source and message id);
 * - the user's own reply: an event on the thread's application (ignored outside the timeline);
 * - `other`, or corrected to `other`: skip; a job kind below REVIEW_THRESHOLD: a review item;
 * - otherwise an event on the matched (or a new) application, its stage and round settled, its people added.
 */
export function planIngest(slice: TimelineSlice, email: Email, detection: Detection, ctx: IngestContext): IngestPlan {
  const now = iso(ctx.now);
  if (slice.events.some((e) => e.messageId === email.id && e.source === email.source)) {
    return { kind: 'skip', reason: 'duplicate' };
  }
  let kind: EventKind;
  let confidence = detection.confidence;
  let det = detection;
  if (email.fromUser) {
    kind = 'user_reply';
    confidence = 1;
  } else if (ctx.correction) {
    if (ctx.correction === 'other') return { kind: 'skip', reason: 'not-job' };
    kind = ctx.correction;
    confidence = 1;
    det = { ...detection, kind: ctx.correction, confidence: 1 };
  } else {
    if (detection.kind === 'other') return { kind: 'skip', reason: 'not-job' };
    if (!(detection.confidence >= REVIEW_THRESHOLD)) {
      return { kind: 'review', item: reviewItemFor(email, detection, ctx.newId(), now) };
    }
    kind = detection.kind;
  }

  const match = kind === 'user_reply' ? null : matchApplication(slice, email, det);
  let application: Application;
  let isNew = false;
  if (kind === 'user_reply') {
    const threadApp = matchApplication(slice, email, { ...det, company: null })?.application;
    if (!threadApp || !email.threadId) return { kind: 'skip', reason: 'reply-outside-timeline' };
    application = threadApp;
  } else if (match) {
    application = match.application;
    if (!application.role && det.role) application = { ...application, role: det.role.trim().slice(0, MAX.role), updatedAt: now };
    // A name guessed from a domain ("Northwindlabs", from a list row) gives way to the name the full message gives;
    // a name the user typed never does.
    const source = companySourceOf(email, det);
    const guessed = application.companyFrom === 'domain' || (application.companyFrom === undefined && isDomainGuess(application.company, email));
    if (guessed && (source === 'email' || source === 'sender')) {
      const better = companyNameOf(email, det);
      if (better) application = { ...application, company: better, companyKey: companyKeyOf(email, det), companyFrom: source, updatedAt: now };
    }
  } else {
    isNew = true;
    const company = companyNameOf(email, det);
    application = {
      id: ctx.newId(),
      company: company ?? 'Unknown company',
      companyKey: companyKeyOf(email, det),
      ...(company ? { companyFrom: companySourceOf(email, det) ?? 'email' } : {}),
      role: det.role ? det.role.trim().slice(0, MAX.role) : null,
      stage: 'applied',
      round: 0,
      stance: null,
      archived: false,
      stageByUser: false,
      createdAt: now,
      updatedAt: now,
    };
  }

  const event: TimelineEvent = {
    id: ctx.newId(),
    applicationId: application.id,
    kind,
    at: eventTime(email, now),
    source: email.source,
    messageId: email.id,
    threadId: email.threadId ?? null,
    ...(email.account ? { account: { ...email.account } } : {}),
    subject: (email.subject ?? '').slice(0, MAX.subject) || null,
    confidence,
    evidence: (det.evidence ?? []).slice(0, MAX.evidence),
    interview: kind === 'user_reply' ? null : det.interview ?? null,
    deadline: det.deadline ?? null,
    decisionBy: det.decisionBy ?? null,
    links: (det.links ?? []).slice(0, MAX.links),
    sender: typeof email.from?.address === 'string' && email.from.address !== '' ? email.from.address.toLowerCase().slice(0, 500) : null,
    ...(det.lang ? { lang: det.lang } : {}),
  };
  const own = slice.events.filter((e) => e.applicationId === application.id);
  const replaced = rescheduled(event, own);
  if (INTERVIEW_KINDS.has(event.kind)) {
    event.replaces = replaced?.id ?? null;
    event.round = replaced?.round ?? own.filter((e) => INTERVIEW_KINDS.has(e.kind) && !e.replaces).length + 1;
  }
  const settled = settleApplication(application, [...own, event], now);
  const people = kind === 'user_reply' ? [] : peopleFor(det.people ?? [], email, event, slice.people, ctx.newId);
  return {
    kind: 'write',
    // Touched by new mail: the most recently active application wins a role-less company match.
    application: { ...settled, updatedAt: now, ...(email.account ? { account: { ...email.account } } : {}) },
    isNew,
    matchedBy: isNew ? null : match?.by ?? 'thread',
    event,
    people,
  };
}
