/**
 * What no single rule owns: both stances after a rejection, completion by reply, the user's actions, purity. Each
 * rule's own timing and letters are in tests/unit/playbook/<rule>.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import type { Reminder, ReminderAction } from '../../../lib/core/reminders/types';
import type { Settings } from '../../../lib/core/settings';
import { app, B, BERLIN, ev, find, interview, NOW, person, timeline } from '../../support/builders';

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
