/**
 * The builders every test folder shares: emails and detections (what a mail source and the classifier hand over),
 * and a small timeline (one application `app1`, events added in order, fixed ids) with the settings and clock the
 * reminder tests read. Each builder fills every field with a plain default; a test overrides only what it is about.
 */
import { TZDate } from '@date-fns/tz';
import type { Detection, EmailKind } from '../../lib/core/detection';
import type { Email } from '../../lib/core/email';
import type { Reminder } from '../../lib/core/reminders/types';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/core/settings';
import type { Application, EventKind, Note, Person, Timeline, TimelineEvent } from '../../lib/core/timeline/types';

export const BERLIN: Settings = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin' };
export const NEW_YORK: Settings = { ...DEFAULT_SETTINGS, timeZone: 'America/New_York' };

export function app(over: Partial<Application> = {}): Application {
  return {
    id: 'app1',
    company: 'Acme',
    companyKey: 'acme',
    role: 'Engineer',
    stage: 'applied',
    round: 0,
    stance: null,
    archived: false,
    stageByUser: false,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...over,
  };
}

export function ev(id: string, kind: EventKind, at: string, over: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    applicationId: 'app1',
    kind,
    at,
    source: 'gmail',
    messageId: id,
    threadId: 't1',
    subject: null,
    confidence: 0.95,
    evidence: [],
    interview: null,
    deadline: null,
    decisionBy: null,
    links: [],
    ...over,
  };
}

/** An interview confirmed the week before, at the given start (and optional end / zone). */
export function interview(id: string, start: string, end: string | null = null, timeZone: string | null = null, over: Partial<TimelineEvent> = {}): TimelineEvent {
  return ev(id, 'interview_confirmed', '2025-01-02T09:00:00Z', { interview: { start, end, timeZone }, round: 1, ...over });
}

export function person(id: string, name: string, eventId: string, role: Person['role'] = 'interviewer'): Person {
  return { id, applicationId: 'app1', name, email: null, title: null, role, eventId };
}

export function note(id: string, kind: Note['kind'], createdAt: string): Note {
  return { id, applicationId: 'app1', kind, text: 'x', question: null, createdAt };
}

export function timeline(events: TimelineEvent[], people: Person[] = [], notes: Note[] = [], application: Application = app()): Timeline {
  return { applications: [application], events, people, notes };
}

/** A wall time in a zone as a UTC ISO string, computed by TZDate (independent of the engine's clock). */
export function wall(zone: string, y: number, m: number, d: number, h: number, mi = 0, s = 0, ms = 0): string {
  return new Date(+new TZDate(y, m - 1, d, h, mi, s, ms, zone)).toISOString();
}
/** A wall time in Berlin in 2025, and the last millisecond of a day there. */
export const B = (m: number, d: number, h: number, mi = 0, s = 0, ms = 0) => wall('Europe/Berlin', 2025, m, d, h, mi, s, ms);
export const EOD_B = (m: number, d: number) => B(m, d, 23, 59, 59, 999);
/** Sunday 5 January 2025, noon UTC: before every interview of these tests. */
export const NOW = new Date('2025-01-05T12:00:00Z');

/** The reminder of a rule in a list, or a failure that names the rules there are. */
export function find(list: Reminder[], ruleId: string): Reminder {
  const r = list.find((x) => x.ruleId === ruleId);
  if (!r) throw new Error(`no ${ruleId} in ${list.map((x) => x.ruleId).join(', ')}`);
  return r;
}

/** A short email for detection tests: subject, body and an optional "Name <address>" sender. */
export function mail(subject: string, body: string, from = '', extra: Partial<Email> = {}): Email {
  const m = /^(.*?)\s*<([^>]+)>$/.exec(from);
  return {
    id: 'test',
    source: 'manual',
    subject,
    from: m ? { name: m[1]!, address: m[2]!.toLowerCase() } : { name: '', address: from.toLowerCase() },
    date: '2026-03-05T10:00:00+00:00',
    body,
    ...extra,
  };
}

/** An email as the Gmail reader hands it over, for timeline and store tests: an ATS acknowledgement by default. */
export function email(over: Partial<Email> & { id: string }): Email {
  return {
    threadId: null,
    source: 'gmail',
    subject: 'Your application',
    from: { name: 'Acme Hiring Team', address: 'no-reply@greenhouse.io' },
    date: '2025-03-03T10:00:00Z',
    body: '',
    ...over,
  };
}

/** What the detector concluded about an email, built by hand so that timeline tests do not depend on the classifier. */
export function detection(kind: EmailKind, over: Partial<Detection> = {}): Detection {
  return {
    kind,
    confidence: 0.9,
    evidence: [{ signal: kind, where: 'subject' }],
    company: 'Acme',
    role: 'Backend Engineer',
    people: [],
    interview: null,
    links: [],
    deadline: null,
    decisionBy: null,
    ...over,
  };
}

/** Deterministic ids: `id1`, `id2`, ... */
export function idFactory(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}
