import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import type { Reminder, ReminderAction } from '../../../lib/core/reminders/types';
import type { Settings } from '../../../lib/core/settings';
import { app, BERLIN, ev, interview, NEW_YORK, note, person, timeline } from './build';

/** A wall time in a zone as a UTC ISO string, computed by TZDate (independent of the engine's clock). */
function wall(zone: string, y: number, m: number, d: number, h: number, mi = 0, s = 0, ms = 0): string {
  return new Date(+new TZDate(y, m - 1, d, h, mi, s, ms, zone)).toISOString();
}
const B = (m: number, d: number, h: number, mi = 0, s = 0, ms = 0) => wall('Europe/Berlin', 2025, m, d, h, mi, s, ms);
const EOD_B = (m: number, d: number) => B(m, d, 23, 59, 59, 999);
const NOW = new Date('2025-01-05T12:00:00Z');

function find(list: Reminder[], ruleId: string): Reminder {
  const r = list.find((x) => x.ruleId === ruleId);
  if (!r) throw new Error(`no ${ruleId} in ${list.map((x) => x.ruleId).join(', ')}`);
  return r;
}

describe('the thank-you email is due by the end of the interview day, overdue early next working morning', () => {
  it.each<{ name: string; settings: Settings; start: string; end: string | null; zone: string | null; startsAt: string; dueAt: string; overdueAt: string; notifyAt: string }>([
    {
      name: 'an afternoon interview on a Tuesday',
      settings: BERLIN,
      start: '2025-03-11T14:00:00+01:00',
      end: '2025-03-11T15:00:00+01:00',
      zone: null,
      startsAt: B(3, 11, 15),
      dueAt: EOD_B(3, 11),
      overdueAt: B(3, 12, 10),
      notifyAt: B(3, 11, 15),
    },
    {
      name: 'an evening interview ending in quiet hours: the notification waits for the morning, the deadline does not move',
      settings: BERLIN,
      start: '2025-03-11T20:30:00+01:00',
      end: '2025-03-11T21:15:00+01:00',
      zone: null,
      startsAt: B(3, 11, 21, 15),
      dueAt: EOD_B(3, 11),
      overdueAt: B(3, 12, 10),
      notifyAt: B(3, 12, 8),
    },
    {
      name: 'a Friday interview is not overdue before Monday 10:00',
      settings: BERLIN,
      start: '2025-03-14T14:00:00+01:00',
      end: '2025-03-14T15:00:00+01:00',
      zone: null,
      startsAt: B(3, 14, 15),
      dueAt: EOD_B(3, 14),
      overdueAt: B(3, 17, 10),
      notifyAt: B(3, 14, 15),
    },
    {
      name: 'a Friday interview before Berlin leaves summer time: Monday 10:00 is 09:00 UTC, not 08:00',
      settings: BERLIN,
      start: '2025-10-24T14:00:00+02:00',
      end: null,
      zone: null,
      startsAt: '2025-10-24T12:45:00.000Z',
      dueAt: '2025-10-24T21:59:59.999Z',
      overdueAt: '2025-10-27T09:00:00.000Z',
      notifyAt: '2025-10-24T12:45:00.000Z',
    },
    {
      name: 'a Friday interview before New York enters summer time: Monday 10:00 is 14:00 UTC',
      settings: NEW_YORK,
      start: '2025-03-07T14:00:00-05:00',
      end: null,
      zone: null,
      startsAt: '2025-03-07T19:45:00.000Z',
      dueAt: '2025-03-08T04:59:59.999Z',
      overdueAt: '2025-03-10T14:00:00.000Z',
      notifyAt: '2025-03-07T19:45:00.000Z',
    },
    {
      name: 'an interviewer in Los Angeles, 10:00 their time, is 18:00 to 18:45 for a user in Berlin',
      settings: BERLIN,
      start: '2025-03-12T10:00:00',
      end: null,
      zone: 'America/Los_Angeles',
      startsAt: B(3, 12, 18, 45),
      dueAt: EOD_B(3, 12),
      overdueAt: B(3, 13, 10),
      notifyAt: B(3, 12, 18, 45),
    },
    {
      name: 'an interviewer in New York at 16:00 their time ends at 21:45 in Berlin: notified next morning',
      settings: BERLIN,
      start: '2025-03-12T16:00:00',
      end: null,
      zone: 'America/New_York',
      startsAt: B(3, 12, 21, 45),
      dueAt: EOD_B(3, 12),
      overdueAt: B(3, 13, 10),
      notifyAt: B(3, 13, 8),
    },
  ])('$name', ({ settings, start, end, zone, startsAt, dueAt, overdueAt, notifyAt }) => {
    const list = deriveReminders(timeline([interview('i1', start, end, zone)]), [], settings, NOW);
    const r = find(list, 'thank-you-email');
    expect({ startsAt: r.startsAt, dueAt: r.dueAt, overdueAt: r.overdueAt, notifyAt: r.notifyAt }).toEqual({ startsAt, dueAt, overdueAt, notifyAt });
    expect(r.id).toBe('thank-you-email:i1');
  });
});

describe('the other interview rules', () => {
  const friday = interview('i1', '2025-03-14T14:00:00+01:00', '2025-03-14T15:00:00+01:00');

  it('the note by post is due at the end of work on the next working day (Monday after a Friday)', () => {
    const r = find(deriveReminders(timeline([friday]), [], BERLIN, NOW), 'thank-you-note-post');
    expect([r.dueAt, r.overdueAt]).toEqual([B(3, 17, 17, 30), EOD_B(3, 17)]);
  });

  it('after silence, a follow-up is due 7 working days after the interview', () => {
    const r = find(deriveReminders(timeline([friday]), [], BERLIN, NOW), 'follow-up-silence');
    expect([r.startsAt, r.dueAt]).toEqual([B(3, 25, 9), B(3, 25, 17, 30)]);
  });

  it('when they named a decision date, the follow-up is due one working day after it', () => {
    const withDate = { ...friday, decisionBy: '2025-03-21' };
    const r = find(deriveReminders(timeline([withDate]), [], BERLIN, NOW), 'follow-up-silence');
    expect(r.dueAt).toBe(B(3, 24, 17, 30));
  });

  it.each([
    ['a rejection', 'rejection'],
    ['an offer', 'offer'],
    ['an invitation to the next round', 'interview_request'],
  ] as const)('no follow-up once %s arrived after the interview', (_name, kind) => {
    const list = deriveReminders(timeline([friday, ev('n1', kind, '2025-03-18T10:00:00Z', { threadId: 't9' })]), [], BERLIN, NOW);
    expect(list.map((r) => r.ruleId)).not.toContain('follow-up-silence');
  });

  it('preparing is due at the end of the working day before (Friday before a Monday interview), gone once it starts', () => {
    const monday = interview('i1', '2025-03-17T10:00:00+01:00');
    const before = deriveReminders(timeline([monday]), [], BERLIN, NOW);
    expect(find(before, 'prepare').dueAt).toBe(B(3, 14, 17, 30));
    expect(find(before, 'prepare').overdueAt).toBe(B(3, 17, 10));
    const after = deriveReminders(timeline([monday]), [], BERLIN, new Date(B(3, 17, 10, 5)));
    expect(after.map((r) => r.ruleId)).not.toContain('prepare');
  });

  it('two interviewers get one thank-you each (and no single thank-you email)', () => {
    const people = [person('p1', 'Ada Lovelace', 'i1'), person('p2', 'Alan Turing', 'i1')];
    const list = deriveReminders(timeline([friday], people), [], BERLIN, NOW);
    expect(list.filter((r) => r.ruleId === 'thank-you-each').map((r) => r.id).sort()).toEqual([
      'thank-you-each:i1:p1',
      'thank-you-each:i1:p2',
    ]);
    expect(list.map((r) => r.ruleId)).not.toContain('thank-you-email');
  });

  it('one interviewer gets the thank-you email; a recruiter in the thread gets a thank-helpers reminder', () => {
    const people = [person('p1', 'Ada Lovelace', 'i1'), person('p3', 'Rita Recruiter', 'i1', 'recruiter')];
    const list = deriveReminders(timeline([friday], people), [], BERLIN, NOW);
    expect(list.map((r) => r.id)).toEqual(expect.arrayContaining(['thank-you-email:i1', 'thank-helpers:i1:p3']));
  });

  it('a rescheduled interview reminds for the new time only', () => {
    const first = interview('i1', '2025-03-14T14:00:00+01:00');
    const moved = interview('i2', '2025-03-18T14:00:00+01:00', null, null, { at: '2025-03-10T09:00:00Z', replaces: 'i1' });
    const list = deriveReminders(timeline([first, moved]), [], BERLIN, NOW);
    expect(list.filter((r) => r.ruleId === 'thank-you-email').map((r) => r.id)).toEqual(['thank-you-email:i2']);
  });
});

describe('after a rejection, both stances', () => {
  const rejection = ev('r1', 'rejection', B(3, 14, 16));
  const rules = (list: Reminder[]) => list.map((r) => r.ruleId).sort();

  it.each<{ name: string; stance: 'door_open' | 'clean_break' | null; settings: Settings; expected: string[] }>([
    { name: 'door open by default: gracious reply, later check-in, reflect', stance: null, settings: BERLIN, expected: ['gracious-reply', 'keep-door-open', 'reflect'] },
    { name: 'clean break as the default: reflect, then move on; no letter', stance: null, settings: { ...BERLIN, defaultStance: 'clean_break' }, expected: ['move-on', 'reflect'] },
    { name: 'the application\'s own stance wins over the default', stance: 'clean_break', settings: BERLIN, expected: ['move-on', 'reflect'] },
    { name: 'door open for this one though the default is clean break', stance: 'door_open', settings: { ...BERLIN, defaultStance: 'clean_break' }, expected: ['gracious-reply', 'keep-door-open', 'reflect'] },
  ])('$name', ({ stance, settings, expected }) => {
    const list = deriveReminders(timeline([rejection], [], [], app({ stance, stage: 'rejected' })), [], settings, NOW);
    expect(rules(list)).toEqual(expected);
  });

  it('a topic noted for the interviewer adds be-a-resource, due within a week', () => {
    const list = deriveReminders(timeline([rejection], [], [note('n1', 'topic', '2025-03-10T10:00:00Z')]), [], BERLIN, NOW);
    expect(find(list, 'be-a-resource').dueAt).toBe(B(3, 21, 17, 30));
  });

  it('a Friday rejection: the gracious reply is due Monday at the end of work; reflection within two days', () => {
    const list = deriveReminders(timeline([rejection]), [], BERLIN, NOW);
    expect(find(list, 'gracious-reply').dueAt).toBe(B(3, 17, 17, 30));
    expect(find(list, 'reflect').dueAt).toBe(EOD_B(3, 16));
    expect(find(list, 'keep-door-open').startsAt).toBe(B(6, 12, 9));
  });

  it('writing a reflection completes reflect, and move-on starts then; archiving completes move-on', () => {
    const notes = [note('n1', 'reflection', B(3, 15, 11))];
    const list = deriveReminders(timeline([rejection], [], notes, app({ stance: 'clean_break' })), [], BERLIN, NOW);
    expect(find(list, 'reflect').status).toBe('done');
    expect(find(list, 'move-on')).toMatchObject({ status: 'pending', startsAt: B(3, 15, 11) });
    const archived = deriveReminders(timeline([rejection], [], notes, app({ stance: 'clean_break', archived: true })), [], BERLIN, NOW);
    expect(archived.map((r) => [r.ruleId, r.status])).toEqual([['move-on', 'done']]);
  });

  it('the user marked it "not a rejection" by hand: no rejection reminders', () => {
    const list = deriveReminders(timeline([rejection], [], [], app({ stage: 'interviewing', stageByUser: true })), [], BERLIN, NOW);
    expect(list).toEqual([]);
  });
});

describe('a reminder completes by itself when the user replies in the thread after it started', () => {
  const i1 = interview('i1', '2025-03-11T14:00:00+01:00', '2025-03-11T15:00:00+01:00');
  it.each([
    { name: 'a reply after the interview ended', reply: ev('u1', 'user_reply', B(3, 11, 18)), status: 'done' },
    { name: 'a reply exactly when it started', reply: ev('u1', 'user_reply', B(3, 11, 15)), status: 'done' },
    { name: 'a reply before the interview (confirming the slot)', reply: ev('u1', 'user_reply', B(3, 10, 9)), status: 'pending' },
    { name: 'a reply in another thread', reply: ev('u1', 'user_reply', B(3, 11, 18), { threadId: 'other' }), status: 'pending' },
  ])('$name: $status', ({ reply, status }) => {
    const r = find(deriveReminders(timeline([i1, reply]), [], BERLIN, NOW), 'thank-you-email');
    expect(r.status).toBe(status);
  });

  it('a reply does not tick off the note by post', () => {
    const list = deriveReminders(timeline([i1, ev('u1', 'user_reply', B(3, 11, 18))]), [], BERLIN, NOW);
    expect(find(list, 'thank-you-note-post').status).toBe('pending');
  });

  it('an invitation is answered once the interview is confirmed', () => {
    const request = ev('q1', 'interview_request', '2025-03-03T09:00:00Z');
    const confirmed = interview('i2', '2025-03-12T10:00:00+01:00', null, null, { at: '2025-03-04T09:00:00Z' });
    expect(find(deriveReminders(timeline([request]), [], BERLIN, NOW), 'reply-to-invite').status).toBe('pending');
    expect(find(deriveReminders(timeline([request, confirmed]), [], BERLIN, NOW), 'reply-to-invite').status).toBe('done');
  });
});

describe("the user's actions", () => {
  const i1 = interview('i1', '2025-03-11T14:00:00+01:00', '2025-03-11T15:00:00+01:00');
  const at = '2025-03-11T15:00:00Z';
  const now = new Date(B(3, 11, 16));
  it.each<{ name: string; action: ReminderAction | null; status: string }>([
    { name: 'no action: pending', action: null, status: 'pending' },
    { name: 'done by click', action: { reminderId: 'thank-you-email:i1', status: 'done', snoozedUntil: null, auto: false, at }, status: 'done' },
    { name: 'dismissed', action: { reminderId: 'thank-you-email:i1', status: 'dismissed', snoozedUntil: null, auto: false, at }, status: 'dismissed' },
    { name: 'snoozed until later', action: { reminderId: 'thank-you-email:i1', status: 'snoozed', snoozedUntil: B(3, 11, 19), auto: false, at }, status: 'snoozed' },
    { name: 'a snooze that ran out is pending again', action: { reminderId: 'thank-you-email:i1', status: 'snoozed', snoozedUntil: B(3, 11, 15, 30), auto: false, at }, status: 'pending' },
  ])('$name', ({ action, status }) => {
    const r = find(deriveReminders(timeline([i1]), action ? [action] : [], BERLIN, now), 'thank-you-email');
    expect(r.status).toBe(status);
  });
});

describe('offers and assessments', () => {
  it.each([
    { name: 'an offer with a deadline is due at the deadline', e: ev('o1', 'offer', B(3, 10, 10), { deadline: B(3, 14, 12) }), rule: 'answer-offer', due: B(3, 14, 12) },
    { name: 'an offer without one: 3 working days, end of work', e: ev('o1', 'offer', B(3, 14, 10)), rule: 'answer-offer', due: B(3, 19, 17, 30) },
    { name: 'an assessment with a deadline is due a day before it', e: ev('a1', 'assessment', B(3, 10, 10), { deadline: B(3, 14, 12) }), rule: 'assessment-due', due: B(3, 13, 12) },
    { name: 'an assessment without one: 3 days after it came', e: ev('a1', 'assessment', B(3, 10, 10)), rule: 'assessment-due', due: EOD_B(3, 13) },
  ])('$name', ({ e, rule, due }) => {
    expect(find(deriveReminders(timeline([e]), [], BERLIN, NOW), rule).dueAt).toBe(due);
  });
});

describe('derivation is a pure function', () => {
  it('the same inputs give the same reminders, sorted by due time', () => {
    const t = timeline(
      [
        interview('i1', '2025-03-14T14:00:00+01:00'),
        ev('q1', 'interview_request', '2025-03-03T09:00:00Z', { threadId: 't2' }),
        ev('o1', 'offer', '2025-03-20T09:00:00Z', { threadId: 't3' }),
      ],
      [person('p1', 'Ada', 'i1'), person('p2', 'Alan', 'i1')],
    );
    const a = deriveReminders(t, [], BERLIN, NOW);
    const b = deriveReminders(structuredClone(t), [], BERLIN, NOW);
    expect(a).toEqual(b);
    expect(a.map((r) => r.dueAt)).toEqual([...a.map((r) => r.dueAt)].sort());
  });

  it('a time zone that does not exist falls back to UTC instead of failing', () => {
    const list = deriveReminders(timeline([interview('i1', '2025-03-11T14:00:00Z')]), [], { ...BERLIN, timeZone: 'Mars/Olympus' }, NOW);
    expect(find(list, 'thank-you-email').dueAt).toBe('2025-03-11T23:59:59.999Z');
  });
});
