/**
 * Hostile timelines: dates that are not dates, zones that do not exist, people that point nowhere. Deriving
 * reminders must never throw (it feeds the popup and the badge), must skip what it cannot read, and must still give
 * every reminder the good events call for, unchanged.
 */
import { describe, expect, it } from 'vitest';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import type { Reminder, ReminderAction } from '../../../lib/core/reminders/types';
import { badgeCount, nextWakeTime } from '../../../lib/core/reminders/when';
import type { Settings } from '../../../lib/core/settings';
import type { Person, Timeline, TimelineEvent } from '../../../lib/core/timeline/types';
import { app, BERLIN, ev, interview, note, person } from '../../support/builders';

/** Wednesday 12 March 2025, 13:00 in Berlin: the good events' reminders are open, none has lapsed. */
const NOW = new Date('2025-03-12T12:00:00Z');

/** Three applications whose reminders are known: an interview yesterday, an invitation, a rejection. */
const GOOD_EVENTS: TimelineEvent[] = [
  interview('i1', '2025-03-11T14:00:00+01:00', '2025-03-11T15:00:00+01:00'),
  ev('q1', 'interview_request', '2025-03-10T09:00:00Z', { applicationId: 'app2', threadId: 'tq' }),
  ev('r1', 'rejection', '2025-03-11T16:00:00Z', { applicationId: 'app3', threadId: 'tr' }),
];
const GOOD_PEOPLE: Person[] = [person('p1', 'Ada Lovelace', 'i1')];
const APPS = [app(), app({ id: 'app2' }), app({ id: 'app3', stage: 'rejected' })];

function good(over: Partial<Timeline> = {}): Timeline {
  return { applications: APPS, events: GOOD_EVENTS, people: GOOD_PEOPLE, notes: [], ...over };
}

const BASELINE = deriveReminders(good(), [], BERLIN, NOW);
const goodIds = new Set(BASELINE.map((r) => r.id));
const ofGoodEvents = (list: Reminder[]) => list.filter((r) => goodIds.has(r.id));

it('the good timeline alone gives the reminders these tests protect', () => {
  expect(BASELINE.map((r) => r.id).sort()).toEqual([
    'follow-up-silence:i1',
    'gracious-reply:r1',
    'keep-door-open:r1',
    'reflect:r1',
    'reply-to-invite:q1',
    'thank-you-email:i1',
    'thank-you-note-post:i1',
  ]);
});

/** Hostile values typed as the timeline allows them to arrive (an import, an old store, a bug elsewhere). */
const bad = <T>(value: unknown) => value as T;
const appX = { applicationId: 'appX', threadId: 'tx' };

describe('an event whose time cannot be read is skipped for reminders; the good events keep theirs', () => {
  it.each<{ name: string; events: TimelineEvent[] }>([
    { name: 'an invitation dated "not a date"', events: [ev('x1', 'interview_request', 'not a date', appX)] },
    { name: 'an offer with an empty date', events: [ev('x1', 'offer', '', appX)] },
    { name: 'an assessment dated "NaN"', events: [ev('x1', 'assessment', 'NaN', appX)] },
    { name: 'a rejection dated "Invalid Date"', events: [ev('x1', 'rejection', 'Invalid Date', appX)] },
    { name: 'a rejection in the year 275760 (the last day a Date can hold)', events: [ev('x1', 'rejection', '+275760-09-13T00:00:00.000Z', appX)] },
    { name: 'an offer in the year 10000', events: [ev('x1', 'offer', '+010000-01-01T00:00:00Z', appX)] },
    { name: 'an invitation whose date is null', events: [ev('x1', 'interview_request', bad<string>(null), appX)] },
    { name: 'an invitation whose date is a number', events: [ev('x1', 'interview_request', bad<string>(Number.NaN), appX)] },
    { name: 'an interview starting in the year 275760', events: [interview('x1', '+275760-09-13T00:00:00.000Z', null, null, appX)] },
    { name: 'an interview starting "tomorrow at ten"', events: [interview('x1', 'tomorrow at ten', null, null, appX)] },
    { name: 'an interview with an empty start', events: [interview('x1', '', null, null, appX)] },
    { name: 'an interview at month 13, day 45, 99:99', events: [interview('x1', '2025-13-45T99:99', null, null, appX)] },
    { name: 'an interview with a good start but an unreadable date of its own', events: [interview('x1', '2025-03-11T10:00:00Z', null, null, { ...appX, at: 'undefined' })] },
    { name: 'an interview whose start is not text', events: [interview('x1', bad<string>(42), null, null, appX)] },
    { name: 'a reply dated "" in the interview thread completes nothing', events: [ev('x1', 'user_reply', '', { threadId: 't1' })] },
    { name: 'a "marked done" with no readable time', events: [ev('x1', 'interview_done', 'soon', appX)] },
    {
      name: 'in the same application: a rejection and an offer with unreadable dates cancel nothing',
      events: [ev('x1', 'rejection', 'NaN', { threadId: 'tx' }), ev('x2', 'offer', '2025-99-01', { threadId: 'ty' })],
    },
  ])('$name', ({ events }) => {
    const timeline = good({ applications: [...APPS, app({ id: 'appX' })], events: [...GOOD_EVENTS, ...events] });
    const list = deriveReminders(timeline, [], BERLIN, NOW);
    expect(ofGoodEvents(list)).toEqual(BASELINE);
    expect(list.filter((r) => events.some((e) => e.id === r.eventId))).toEqual([]);
    // What the popup and the alarm do next with them does not throw either.
    expect(badgeCount(list, BERLIN, NOW)).toBeGreaterThan(0);
    expect(nextWakeTime(list, NOW, BERLIN)).not.toBeNull();
  });
});

describe('odd fields on readable events fall back to what the rule does without them', () => {
  it.each<{ name: string; event: TimelineEvent; rule: string; dueAt: string }>([
    {
      name: 'an offer whose deadline is "NaN" is due 3 working days later, as with none',
      event: ev('x1', 'offer', '2025-03-10T09:00:00Z', { ...appX, deadline: 'NaN' }),
      rule: 'answer-offer',
      dueAt: '2025-03-13T16:30:00.000Z',
    },
    {
      name: 'an assessment whose deadline is in the year 275760 is due 3 days after it came, as with none',
      event: ev('x1', 'assessment', '2025-03-10T09:00:00Z', { ...appX, deadline: '+275760-09-13T00:00:00Z' }),
      rule: 'assessment-due',
      dueAt: '2025-03-13T22:59:59.999Z',
    },
    {
      name: 'an interview whose decision date is "soon": the follow-up comes 7 working days after it',
      event: interview('x1', '2025-03-11T10:00:00Z', null, null, { ...appX, decisionBy: 'soon' }),
      rule: 'follow-up-silence',
      dueAt: '2025-03-20T16:30:00.000Z',
    },
    {
      name: 'an interview whose end is before its start lasts the usual 45 minutes',
      event: interview('x1', '2025-03-11T10:00:00Z', '2025-03-11T09:00:00Z', null, appX),
      rule: 'thank-you-email',
      dueAt: '2025-03-11T22:59:59.999Z',
    },
    {
      name: 'an interview in an unknown zone ("Mars/Olympus") is read as UTC',
      event: interview('x1', '2025-03-11T22:30:00', null, 'Mars/Olympus', appX),
      // Ends 23:15 UTC, which is already Wednesday in Berlin: due at the end of Wednesday.
      rule: 'thank-you-email',
      dueAt: '2025-03-12T22:59:59.999Z',
    },
    {
      name: 'an interview whose zone is a number is read as UTC',
      event: interview('x1', '2025-03-11T10:00:00', null, bad<string>(7), appX),
      rule: 'thank-you-email',
      dueAt: '2025-03-11T22:59:59.999Z',
    },
  ])('$name', ({ event, rule, dueAt }) => {
    const timeline = good({ applications: [...APPS, app({ id: 'appX' })], events: [...GOOD_EVENTS, event] });
    const list = deriveReminders(timeline, [], BERLIN, NOW);
    expect(ofGoodEvents(list)).toEqual(BASELINE);
    expect(list.find((r) => r.eventId === 'x1' && r.ruleId === rule)?.dueAt).toBe(dueAt);
  });
});

describe('odd settings never break every reminder', () => {
  const UTC_BASE = deriveReminders(good(), [], { ...BERLIN, timeZone: 'UTC' }, NOW);
  it.each<{ name: string; settings: Partial<Record<keyof Settings, unknown>>; same: Reminder[] }>([
    { name: 'an unknown zone is UTC', settings: { timeZone: 'Mars/Olympus' }, same: UTC_BASE },
    { name: 'an empty zone is UTC', settings: { timeZone: '' }, same: UTC_BASE },
    { name: 'a zone that is a number is UTC', settings: { timeZone: 42 }, same: UTC_BASE },
    { name: 'a zone named like an object key is UTC', settings: { timeZone: '__proto__' }, same: UTC_BASE },
    { name: 'a zone of ten thousand letters is UTC', settings: { timeZone: 'A'.repeat(10_000) }, same: UTC_BASE },
    { name: 'working days that are not a list: every day works', settings: { workingDays: 'weekdays' }, same: deriveReminders(good(), [], { ...BERLIN, workingDays: [] }, NOW) },
    { name: 'a work start of "noon" is 09:00', settings: { workStart: 'noon' }, same: BASELINE },
    { name: 'an interview length of NaN is 45 minutes', settings: { interviewMinutes: Number.NaN }, same: BASELINE },
    { name: 'a follow-up after NaN working days is after 7', settings: { followUpWorkingDays: Number.NaN }, same: BASELINE },
    { name: 'a check-in after null days is after 90', settings: { checkInDays: null }, same: BASELINE },
  ])('$name', ({ settings, same }) => {
    const list = deriveReminders(good(), [], { ...BERLIN, ...settings } as Settings, NOW);
    expect(list).toEqual(same);
  });

  it.each<{ name: string; settings: Partial<Record<keyof Settings, unknown>> }>([
    { name: 'a follow-up after a trillion working days', settings: { followUpWorkingDays: 1e12 } },
    { name: 'a check-in after Infinity days', settings: { checkInDays: Number.POSITIVE_INFINITY } },
    { name: 'an interview of minus an hour', settings: { interviewMinutes: -60 } },
  ])('$name: the good events still get their thank-you and reflection', ({ settings }) => {
    const list = deriveReminders(good(), [], { ...BERLIN, ...settings } as Settings, NOW);
    expect(list.map((r) => r.id)).toEqual(expect.arrayContaining(['thank-you-email:i1', 'reflect:r1', 'reply-to-invite:q1']));
  });
});

describe('missing or odd people, notes and actions', () => {
  it.each<{ name: string; over: Partial<Timeline>; actions?: ReminderAction[] }>([
    { name: 'no people list at all (an old store)', over: { people: bad<Person[]>(undefined) } },
    { name: 'no notes list at all', over: { notes: bad<Timeline['notes']>(undefined) } },
    { name: 'a person of an application that does not exist', over: { people: [...GOOD_PEOPLE, { ...person('p9', 'Ghost', 'i1'), applicationId: 'nowhere' }] } },
    { name: 'a person at an event that does not exist', over: { people: [...GOOD_PEOPLE, person('p9', 'Grace Hopper', 'no-such-event')] } },
    { name: 'a reflection written at an unreadable time', over: { notes: [note('n1', 'reflection', 'yesterday')] } },
    { name: 'events of an application that does not exist', over: { events: [...GOOD_EVENTS, ev('x1', 'offer', '2025-03-10T09:00:00Z', { applicationId: 'gone' })] } },
    {
      name: 'actions that are null, without an id, or snoozed until "later"',
      over: {},
      actions: bad<ReminderAction[]>([null, { status: 'done' }, { reminderId: 'nope:1', status: 'snoozed', snoozedUntil: 'later', auto: false, at: '' }]),
    },
  ])('$name', ({ over, actions = [] }) => {
    expect(deriveReminders(good(over), actions, BERLIN, NOW)).toEqual(BASELINE);
  });

  it('a person whose name is missing still gets the thank-you of the interview (one, not one per nameless person)', () => {
    const nameless = { ...person('p2', 'x', 'i1'), name: bad<string>(null) };
    const list = deriveReminders(good({ people: [...GOOD_PEOPLE, nameless] }), [], BERLIN, NOW);
    expect(list.filter((r) => r.ruleId === 'thank-you-each').map((r) => r.id)).toEqual(['thank-you-each:i1:p1', 'thank-you-each:i1:p2']);
  });

  it('a "done" click at an unreadable time still completes the reflection', () => {
    const action: ReminderAction = { reminderId: 'reflect:r1', status: 'done', snoozedUntil: null, auto: false, at: 'NaN' };
    const list = deriveReminders(good(), [action], BERLIN, NOW);
    expect(list.find((r) => r.id === 'reflect:r1')?.status).toBe('done');
  });
});
