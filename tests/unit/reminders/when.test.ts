import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import type { Reminder } from '../../../lib/core/reminders/types';
import { badgeCount, dueBucket, nextWakeTime, snoozeUntil, toNotify, type SnoozeOption } from '../../../lib/core/reminders/when';
import { BERLIN, interview, NEW_YORK, timeline } from '../../support/builders';

const B = (m: number, d: number, h: number, mi = 0) => new Date(+new TZDate(2025, m - 1, d, h, mi, 'Europe/Berlin')).toISOString();

describe('snooze choices land where a user expects, out of quiet hours', () => {
  it.each<{ name: string; option: SnoozeOption; now: string; expected: string }>([
    { name: 'later today at 14:00 is 17:00', option: 'later-today', now: B(3, 11, 14), expected: B(3, 11, 17) },
    { name: 'later today at 19:30 would be 22:30, in quiet hours: 08:00 next morning', option: 'later-today', now: B(3, 11, 19, 30), expected: B(3, 12, 8) },
    { name: 'tomorrow morning is tomorrow at the start of work', option: 'tomorrow-morning', now: B(3, 11, 22), expected: B(3, 12, 9) },
    { name: 'tomorrow morning across the October change is 09:00 winter time', option: 'tomorrow-morning', now: B(10, 25, 20), expected: '2025-10-26T08:00:00.000Z' },
    { name: 'next working day from a Friday is Monday', option: 'next-working-day', now: B(3, 14, 11), expected: B(3, 17, 9) },
    { name: 'next week from a Wednesday is Monday', option: 'next-week', now: B(3, 12, 11), expected: B(3, 17, 9) },
    { name: 'next week from a Sunday is the next day, Monday', option: 'next-week', now: B(3, 16, 11), expected: B(3, 17, 9) },
    { name: 'a chosen time is kept, even at night', option: { at: B(3, 11, 23) }, now: B(3, 11, 14), expected: B(3, 11, 23) },
    { name: 'a chosen time in the past becomes an hour from now', option: { at: B(3, 1, 10) }, now: B(3, 11, 14), expected: B(3, 11, 15) },
  ])('$name', ({ option, now, expected }) => {
    expect(snoozeUntil(option, BERLIN, new Date(now))).toBe(expected);
  });

  it('quiet hours from 22:00 to 07:00 and work from 06:30: tomorrow morning waits until 07:00', () => {
    const early = { ...BERLIN, workStart: '06:30', quietStart: '22:00', quietEnd: '07:00' };
    expect(snoozeUntil('tomorrow-morning', early, new Date(B(3, 11, 12)))).toBe(B(3, 12, 7));
  });
});

describe('the badge counts reminders due today or overdue, pending, already started', () => {
  // Thank-you for a Tuesday 14:00-15:00 interview: starts 15:00, due 23:59, overdue Wednesday 10:00.
  const t = timeline([interview('i1', '2025-03-11T14:00:00+01:00', '2025-03-11T15:00:00+01:00')]);
  const thanks = (now: string, actions = []) =>
    deriveReminders(t, actions, BERLIN, new Date(now)).filter((r) => r.ruleId === 'thank-you-email');

  it.each([
    { name: 'during the interview: not yet', now: B(3, 11, 14, 30), count: 0, bucket: 'today' },
    { name: 'right after it: due today', now: B(3, 11, 15, 5), count: 1, bucket: 'today' },
    { name: 'next morning before 10: still counted (in its grace)', now: B(3, 12, 9), count: 1, bucket: 'today' },
    { name: 'next morning after 10: overdue', now: B(3, 12, 10, 1), count: 1, bucket: 'overdue' },
  ])('$name', ({ now, count, bucket }) => {
    const list = thanks(now);
    expect(badgeCount(list, BERLIN, new Date(now))).toBe(count);
    expect(dueBucket(list[0]!, BERLIN, new Date(now))).toBe(bucket);
  });

  it.each(['done', 'dismissed', 'snoozed'] as const)('a %s reminder is not counted', (status) => {
    const now = B(3, 11, 16);
    const action = { reminderId: 'thank-you-email:i1', status, snoozedUntil: status === 'snoozed' ? B(3, 11, 19) : null, auto: false, at: now };
    const list = deriveReminders(t, [action], BERLIN, new Date(now));
    expect(badgeCount(list, BERLIN, new Date(now))).toBe(0);
  });

  it('past its deadline but on time until a later day: upcoming in the popup, and not on the badge either', () => {
    // A Friday thank-you on time until Monday 10:00, seen on Saturday: the item reads "by Monday 10:00".
    const friday = timeline([interview('i2', '2025-03-14T14:00:00+01:00', '2025-03-14T15:00:00+01:00')]);
    const now = new Date(B(3, 15, 11));
    const list = deriveReminders(friday, [], BERLIN, now).filter((r) => r.ruleId === 'thank-you-email');
    expect(dueBucket(list[0]!, BERLIN, now)).toBe('upcoming');
    expect(badgeCount(list, BERLIN, now)).toBe(0);
  });

  it('a reminder due next week is upcoming and not counted', () => {
    const now = new Date(B(3, 11, 16));
    const followUp = deriveReminders(t, [], BERLIN, now).find((r) => r.ruleId === 'follow-up-silence')!;
    expect(dueBucket(followUp, BERLIN, now)).toBe('upcoming');
  });

  it('"today" is the user\'s day: at 23:30 in New York a reminder due 23:59 New York time is today', () => {
    const r = { dueAt: '2025-03-12T03:59:59.999Z', overdueAt: '2025-03-12T14:00:00.000Z' } as Reminder;
    expect(dueBucket(r, NEW_YORK, new Date('2025-03-12T03:30:00Z'))).toBe('today');
    expect(dueBucket(r, BERLIN, new Date('2025-03-11T21:30:00Z'))).toBe('upcoming');
  });
});

describe('one alarm: the next moment something changes', () => {
  const t = timeline([interview('i1', '2025-03-11T14:00:00+01:00', '2025-03-11T15:00:00+01:00')]);

  it('before the interview, the alarm is the earliest future time of any open reminder', () => {
    const now = new Date(B(3, 10, 12));
    const list = deriveReminders(t, [], BERLIN, now);
    // prepare is due Monday 17:30 (the working day before).
    expect(nextWakeTime(list, now)).toBe(B(3, 10, 17, 30));
  });

  it('a snooze end is a wake time; done and dismissed reminders are not', () => {
    const now = new Date(B(3, 12, 10, 30));
    const list = deriveReminders(t, [], BERLIN, now).filter((r) => r.ruleId === 'thank-you-email');
    const snoozed = [{ ...list[0]!, status: 'snoozed' as const, snoozedUntil: B(3, 12, 11) }];
    expect(nextWakeTime(snoozed, now)).toBe(B(3, 12, 11));
    expect(nextWakeTime([{ ...list[0]!, status: 'done' }], now)).toBeNull();
  });

  it('with settings, local midnight is a wake time while anything is open (the badge changes at midnight)', () => {
    const now = new Date(B(3, 12, 10, 30));
    const r = { status: 'pending', startsAt: B(3, 1, 1), notifyAt: B(3, 1, 1), dueAt: B(3, 20, 1), overdueAt: B(3, 21, 1), snoozedUntil: null } as Reminder;
    expect(nextWakeTime([r], now, BERLIN)).toBe(B(3, 13, 0));
  });

  it('notifications fire for reminders whose notify time passed since the last check', () => {
    const list = deriveReminders(t, [], BERLIN, new Date(B(3, 11, 15, 1)));
    const fired = toNotify(list, new Date(B(3, 11, 14, 59)), new Date(B(3, 11, 15, 1))).map((r) => r.ruleId).sort();
    expect(fired).toEqual(['thank-you-email', 'thank-you-note-post']);
  });
});

describe('the popup section and the item\'s wording agree', () => {
  it('a Friday thank-you, on time until Monday 10:00, is not "Due today" on Saturday', async () => {
    const { dueBucket } = await import('../../../lib/core/reminders/when');
    const { dueText } = await import('../../../lib/ui-text/due-phrase');
    const friday = interview('i1', '2025-03-14T14:00:00+01:00', '2025-03-14T15:00:00+01:00');
    const saturday = new Date('2025-03-15T11:00:00Z');
    const thanks = deriveReminders(timeline([friday]), [], BERLIN, saturday).find((r) => r.ruleId === 'thank-you-email')!;
    expect(dueText(thanks, saturday, BERLIN.timeZone).text).toMatch(/^by Monday/);
    expect(dueBucket(thanks, BERLIN, saturday)).toBe('upcoming');
    // Friday evening it reads "by tonight" and is due today.
    const evening = new Date('2025-03-14T18:00:00Z');
    expect(dueText(thanks, evening, BERLIN.timeZone).text).toBe('by tonight');
    expect(dueBucket(thanks, BERLIN, evening)).toBe('today');
  });
});
