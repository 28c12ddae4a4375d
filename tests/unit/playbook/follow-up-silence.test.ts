/**
 * Follow-ups after silence: "at most two" (playbook, follow-up-silence). The first is due 7 working days after the
 * interview; once it is done and the company is still silent, a second falls due 7 working days after the first was
 * done; never a third.
 */
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { draftForReminder } from '../../../lib/core/drafts/draft';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import type { Reminder, ReminderAction } from '../../../lib/core/reminders/types';
import type { Settings } from '../../../lib/core/settings';
import type { TimelineEvent } from '../../../lib/core/timeline/types';
import { BERLIN, ev, find, interview, NOW as BEFORE_ANY, timeline } from '../../support/builders';

const B = (m: number, d: number, h: number, mi = 0) => new Date(+new TZDate(2025, m - 1, d, h, mi, 'Europe/Berlin')).toISOString();

/** Friday 14 March 2025, 14:00-15:00 Berlin, thread t1. The first follow-up is due Tuesday 25 March. */
const friday = interview('i1', '2025-03-14T14:00:00+01:00', '2025-03-14T15:00:00+01:00');
const FIRST = 'follow-up-silence:i1';
const SECOND = 'follow-up-silence:i1:2';
/** A week after the second follow-up would be due in every case below, before any of them lapses. */
const NOW = new Date(B(4, 10, 12));

const click = (reminderId: string, status: ReminderAction['status'], at: string, snoozedUntil: string | null = null): ReminderAction => ({
  reminderId,
  status,
  snoozedUntil,
  auto: false,
  at,
});
const reply = (id: string, at: string, threadId = 't1') => ev(id, 'user_reply', at, { threadId });
const followUps = (list: Reminder[]) => list.filter((r) => r.ruleId === 'follow-up-silence');

describe('a second follow-up once the first is done and the company is still silent', () => {
  it.each<{ name: string; events?: TimelineEvent[]; actions?: ReminderAction[]; settings?: Settings; now?: Date; first: string; second: { startsAt: string; dueAt: string; overdueAt: string } | null }>([
    { name: 'nothing done yet: only the first', first: 'pending', second: null },
    {
      name: 'the first clicked done on Tuesday 25 March: the second is due 7 working days later, Thursday 3 April',
      actions: [click(FIRST, 'done', B(3, 25, 11))],
      first: 'done',
      second: { startsAt: B(4, 3, 9), dueAt: B(4, 3, 17, 30), overdueAt: B(4, 7, 17, 30) },
    },
    {
      name: 'the first completed by the user\'s reply in the thread on Wednesday 26 March: the second on Friday 4 April',
      events: [reply('u1', B(3, 26, 10))],
      first: 'done',
      second: { startsAt: B(4, 4, 9), dueAt: B(4, 4, 17, 30), overdueAt: B(4, 8, 17, 30) },
    },
    {
      name: 'a reply on Wednesday, then a click on Friday: counted from the reply, the earlier',
      events: [reply('u1', B(3, 26, 10))],
      actions: [click(FIRST, 'done', B(3, 28, 10))],
      first: 'done',
      second: { startsAt: B(4, 4, 9), dueAt: B(4, 4, 17, 30), overdueAt: B(4, 8, 17, 30) },
    },
    {
      name: 'two replies since the first started: counted from the first of them',
      events: [reply('u2', B(3, 31, 10)), reply('u1', B(3, 26, 10))],
      first: 'done',
      second: { startsAt: B(4, 4, 9), dueAt: B(4, 4, 17, 30), overdueAt: B(4, 8, 17, 30) },
    },
    {
      name: 'followUpWorkingDays 3: the first on Wednesday 19 March, done then; the second on Monday 24 March',
      actions: [click(FIRST, 'done', B(3, 19, 12))],
      settings: { ...BERLIN, followUpWorkingDays: 3 },
      now: new Date(B(3, 25, 12)),
      first: 'done',
      second: { startsAt: B(3, 24, 9), dueAt: B(3, 24, 17, 30), overdueAt: B(3, 26, 17, 30) },
    },
    { name: 'a reply in another thread completes nothing', events: [reply('u1', B(3, 26, 10), 'other')], first: 'pending', second: null },
    { name: 'a reply before the first started (a thank-you) completes nothing', events: [reply('u1', B(3, 14, 18))], first: 'pending', second: null },
    { name: 'the first dismissed: no second', actions: [click(FIRST, 'dismissed', B(3, 25, 11))], first: 'dismissed', second: null },
    { name: 'the first snoozed: no second yet', actions: [click(FIRST, 'snoozed', B(3, 25, 11), B(4, 20, 9))], first: 'snoozed', second: null },
    { name: 'the first clicked done at a time that cannot be read: nothing to count from, no second', actions: [click(FIRST, 'done', 'later')], first: 'done', second: null },
  ])('$name', ({ events = [], actions = [], settings = BERLIN, now = NOW, first, second }) => {
    const list = followUps(deriveReminders(timeline([friday, ...events]), actions, settings, now));
    expect(list.find((r) => r.id === FIRST)?.status).toBe(first);
    const got = list.find((r) => r.id === SECOND);
    expect(got ? { startsAt: got.startsAt, dueAt: got.dueAt, overdueAt: got.overdueAt } : null).toEqual(second);
    if (got) expect(got).toMatchObject({ ruleId: 'follow-up-silence', eventId: 'i1', personId: null, threadId: 't1', status: 'pending' });
  });

  it.each([
    ['a rejection', 'rejection'],
    ['an offer', 'offer'],
    ['an invitation to the next round', 'interview_request'],
  ] as const)('no second follow-up once %s arrived, even after the first was done', (_name, kind) => {
    const news = ev('n1', kind, B(3, 31, 10), { threadId: 't9' });
    const list = deriveReminders(timeline([friday, news]), [click(FIRST, 'done', B(3, 25, 11))], BERLIN, NOW);
    expect(followUps(list)).toEqual([]);
  });
});

describe('never a third follow-up', () => {
  it.each<{ name: string; events: TimelineEvent[]; actions: ReminderAction[] }>([
    { name: 'both clicked done', events: [], actions: [click(FIRST, 'done', B(3, 25, 11)), click(SECOND, 'done', B(4, 3, 11))] },
    { name: 'both completed by replies', events: [reply('u1', B(3, 26, 10)), reply('u2', B(4, 4, 10))], actions: [] },
  ])('$name: two follow-ups, both done, nothing more', ({ events, actions }) => {
    // Before the first lapses (Thursday 10 April 17:30), after the second was done.
    const list = followUps(deriveReminders(timeline([friday, ...events]), actions, BERLIN, new Date(B(4, 8, 12))));
    expect(list.map((r) => [r.id, r.status])).toEqual([
      [FIRST, 'done'],
      [SECOND, 'done'],
    ]);
  });
});

describe('the second follow-up in the list, the lapse and the drafts', () => {
  const actions = [click(FIRST, 'done', B(3, 25, 11))];

  it('comes after the first, sorted by due time', () => {
    const list = deriveReminders(timeline([friday]), actions, BERLIN, NOW);
    const ids = list.map((r) => r.id);
    expect(ids.indexOf(FIRST)).toBeLessThan(ids.indexOf(SECOND));
    expect(list.map((r) => r.dueAt)).toEqual([...list.map((r) => r.dueAt)].sort());
  });

  it('done on the day of the interview, both fall due the same day: the first still comes first', () => {
    const early = [click(FIRST, 'done', B(3, 14, 16))];
    const list = followUps(deriveReminders(timeline([friday]), early, BERLIN, new Date(B(3, 20, 12))));
    expect(list.map((r) => [r.id, r.dueAt])).toEqual([
      [FIRST, B(3, 25, 17, 30)],
      [SECOND, B(3, 25, 17, 30)],
    ]);
  });

  it('lapses 14 days after its overdue time (Monday 7 April 17:30), unless snoozed past then', () => {
    const ids = (now: string, extra: ReminderAction[] = []) =>
      deriveReminders(timeline([friday]), [...actions, ...extra], BERLIN, new Date(now)).map((r) => r.id);
    expect(ids(B(4, 21, 17, 29))).toContain(SECOND);
    expect(ids(B(4, 21, 17, 30))).not.toContain(SECOND);
    expect(ids(B(4, 22, 9), [click(SECOND, 'snoozed', B(4, 10, 9), B(4, 23, 9))])).toContain(SECOND);
  });

  it('drafts a polite check-in for the second as for the first, naming the role and the interview day', () => {
    const t = timeline([friday]);
    const list = deriveReminders(t, actions, BERLIN, NOW);
    const draft = (id: string) => draftForReminder(list.find((r) => r.id === id)!, t, BERLIN, { tone: 'warm', now: NOW.toISOString() });
    const second = draft(SECOND);
    expect(second).toMatchObject({ kind: 'draft', ruleId: 'follow-up-silence' });
    if (second.kind !== 'draft') throw new Error('no draft');
    expect(second.body).toContain('Engineer');
    expect(second.body).toMatch(/still very excited/);
    expect(second).toEqual(draft(FIRST));
  });
});

describe('the first follow-up', () => {
  it('after silence, a follow-up is due 7 working days after the interview', () => {
    const r = find(deriveReminders(timeline([friday]), [], BERLIN, BEFORE_ANY), 'follow-up-silence');
    expect([r.startsAt, r.dueAt]).toEqual([B(3, 25, 9), B(3, 25, 17, 30)]);
  });

  it('when they named a decision date, the follow-up is due one working day after it', () => {
    const withDate = { ...friday, decisionBy: '2025-03-21' };
    const r = find(deriveReminders(timeline([withDate]), [], BERLIN, BEFORE_ANY), 'follow-up-silence');
    expect(r.dueAt).toBe(B(3, 24, 17, 30));
  });

  it.each([
    ['a rejection', 'rejection'],
    ['an offer', 'offer'],
    ['an invitation to the next round', 'interview_request'],
  ] as const)('no follow-up once %s arrived after the interview', (_name, kind) => {
    const list = deriveReminders(timeline([friday, ev('n1', kind, '2025-03-18T10:00:00Z', { threadId: 't9' })]), [], BERLIN, BEFORE_ANY);
    expect(list.map((r) => r.ruleId)).not.toContain('follow-up-silence');
  });
});
