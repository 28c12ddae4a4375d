/**
 * A small invented timeline for the draft and playbook letter tests: one application, an interview on Tuesday 4 March
 * 2025 (built with tests/support/builders.ts).
 */
import type { DraftInput } from '../../../lib/core/drafts/types';
import type { Reminder, RuleId } from '../../../lib/core/reminders/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/core/settings';
import type { Application, Note, Person, Timeline, TimelineEvent } from '../../../lib/core/timeline/types';
import { app, ev } from '../../support/builders';

export const settings: Settings = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin' };

export const application: Application = app({
  id: 'app-1',
  company: 'Northwind Labs',
  companyKey: 'northwind labs',
  role: 'Data Engineer',
  stage: 'interviewing',
  round: 1,
  createdAt: '2025-02-20T09:00:00Z',
  updatedAt: '2025-03-04T15:00:00Z',
});

export function event(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return ev('ev-interview', 'interview_confirmed', '2025-02-28T10:00:00Z', {
    applicationId: 'app-1',
    messageId: 'msg-1',
    threadId: 'thread-1',
    subject: 'Interview confirmation',
    // 13:00Z is 14:00 in Berlin, on Tuesday 4 March 2025.
    interview: { start: '2025-03-04T13:00:00Z', end: '2025-03-04T13:45:00Z', timeZone: 'Europe/Berlin' },
    ...overrides,
  });
}

export function person(id: string, name: string, role: Person['role'] = 'interviewer', eventId: string | null = 'ev-interview'): Person {
  return { id, applicationId: 'app-1', name, email: null, title: null, role, eventId };
}

export const ana = person('p-ana', 'Ana Ribeiro');
export const ben = person('p-ben', 'Dr. Ben Okafor');
export const chloe = person('p-chloe', 'Chloe Martin', 'recruiter', null);

export function note(kind: Note['kind'], text: string, id = `n-${kind}`): Note {
  return { id, applicationId: 'app-1', kind, text, question: null, createdAt: '2025-03-04T16:00:00Z' };
}

export const notes: Note[] = [
  note('topic', 'The move from nightly batches to streaming.'),
  note('resource', 'the talk on backfills I mentioned, https://example.org/backfills'),
  note('introduction', 'my former colleague who ran a similar migration'),
];

/** The evening of the interview day in Berlin. */
export const sameEvening = '2025-03-04T18:00:00Z';

export function timeline(extra: Partial<Timeline> = {}): Timeline {
  return {
    applications: [application],
    events: [event(), event({ id: 'ev-rejection', kind: 'rejection', at: '2025-03-12T09:00:00Z', interview: null })],
    people: [ana, ben, chloe],
    notes,
    ...extra,
  };
}

/** A draft's input with every fact known: the rule's person, all three people, notes, a deadline. */
export function fullInput(ruleId: RuleId, overrides: Partial<DraftInput> = {}): DraftInput {
  return {
    ruleId,
    tone: 'warm',
    stance: 'door_open',
    application,
    event: event({ deadline: '2025-03-07T16:00:00Z' }),
    person: ruleId === 'thank-helpers' ? chloe : ana,
    people: [ana, ben, chloe],
    notes,
    settings,
    userName: 'Sam Lee',
    asReply: false,
    now: sameEvening,
    ...overrides,
  };
}

/** The reminder of a rule for the interview of this timeline, pending, as the engine would make it. */
export function reminder(ruleId: RuleId, overrides: Partial<Reminder> = {}): Reminder {
  return {
    id: `${ruleId}:ev-interview`,
    ruleId,
    applicationId: 'app-1',
    eventId: 'ev-interview',
    personId: null,
    threadId: 'thread-1',
    startsAt: '2025-03-04T13:45:00Z',
    dueAt: '2025-03-04T22:59:00Z',
    overdueAt: '2025-03-05T09:00:00Z',
    notifyAt: '2025-03-04T13:45:00Z',
    status: 'pending',
    snoozedUntil: null,
    ...overrides,
  };
}
