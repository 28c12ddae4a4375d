/** A small timeline builder for reminder tests: one application, events added in order, fixed ids. */
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/core/settings';
import type { Application, EventKind, Note, Person, Timeline, TimelineEvent } from '../../../lib/core/timeline/types';

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
