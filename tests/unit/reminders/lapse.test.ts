/**
 * Lapse: a reminder overdue for long is noise. From overdueAt + the rule's lapse (days of 24 hours) it is no longer
 * derived, whatever its status, unless the user snoozed it to a time after now.
 */
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import type { ReminderAction, RuleId } from '../../../lib/core/reminders/types';
import { badgeCount, dueBucket, nextWakeTime } from '../../../lib/core/reminders/when';
import type { Timeline, TimelineEvent } from '../../../lib/core/timeline/types';
import { app, BERLIN, ev, interview, note, person, timeline } from '../../support/builders';

const B = (m: number, d: number, h: number, mi = 0) => new Date(+new TZDate(2025, m - 1, d, h, mi, 'Europe/Berlin')).toISOString();
const DAY = 86_400_000;
/** Before anything in these timelines happened. */
const EARLY = new Date('2025-01-05T12:00:00Z');

const tuesday = interview('i1', '2025-03-11T14:00:00+01:00', '2025-03-11T15:00:00+01:00');
const rejection = ev('r1', 'rejection', B(3, 14, 16));

describe('each rule lapses after its own number of days past overdue', () => {
  it.each<{ rule: RuleId; id: string; days: number; timeline: Timeline }>([
    { rule: 'thank-you-email', id: 'thank-you-email:i1', days: 7, timeline: timeline([tuesday]) },
    {
      rule: 'thank-you-each',
      id: 'thank-you-each:i1:p2',
      days: 7,
      timeline: timeline([tuesday], [person('p1', 'Ada Lovelace', 'i1'), person('p2', 'Alan Turing', 'i1')]),
    },
    { rule: 'thank-helpers', id: 'thank-helpers:i1:p3', days: 7, timeline: timeline([tuesday], [person('p3', 'Rita Recruiter', 'i1', 'recruiter')]) },
    { rule: 'thank-you-note-post', id: 'thank-you-note-post:i1', days: 7, timeline: timeline([tuesday]) },
    { rule: 'follow-up-silence', id: 'follow-up-silence:i1', days: 14, timeline: timeline([tuesday]) },
    { rule: 'gracious-reply', id: 'gracious-reply:r1', days: 14, timeline: timeline([rejection]) },
    { rule: 'be-a-resource', id: 'be-a-resource:r1', days: 14, timeline: timeline([rejection], [], [note('n1', 'topic', B(3, 10, 10))]) },
    { rule: 'keep-door-open', id: 'keep-door-open:r1', days: 30, timeline: timeline([rejection]) },
    { rule: 'reflect', id: 'reflect:r1', days: 30, timeline: timeline([rejection]) },
    { rule: 'move-on', id: 'move-on:r1', days: 30, timeline: timeline([rejection], [], [], app({ stance: 'clean_break' })) },
    { rule: 'reply-to-invite', id: 'reply-to-invite:q1', days: 7, timeline: timeline([ev('q1', 'interview_request', B(3, 10, 9))]) },
    { rule: 'assessment-due', id: 'assessment-due:a1', days: 14, timeline: timeline([ev('a1', 'assessment', B(3, 10, 10), { deadline: B(3, 14, 12) })]) },
    { rule: 'answer-offer', id: 'answer-offer:o1', days: 14, timeline: timeline([ev('o1', 'offer', B(3, 10, 10), { deadline: B(3, 14, 12) })]) },
  ])('$rule: $days days after overdue', ({ id, days, timeline: t }) => {
    const overdueAt = Date.parse(deriveReminders(t, [], BERLIN, EARLY).find((r) => r.id === id)!.overdueAt);
    const lapse = overdueAt + days * DAY;
    const ids = (now: number) => deriveReminders(t, [], BERLIN, new Date(now)).map((r) => r.id);
    expect(ids(overdueAt + DAY)).toContain(id);
    expect(ids(lapse - 1)).toContain(id);
    expect(ids(lapse)).not.toContain(id);
    expect(ids(lapse + 300 * DAY)).not.toContain(id);
  });
});

describe('a thank-you for a Tuesday interview (overdue Wednesday 10:00) lapses a week later', () => {
  const t = timeline([tuesday]);
  const thanks = (now: string, actions: ReminderAction[] = []) =>
    deriveReminders(t, actions, BERLIN, new Date(now)).find((r) => r.ruleId === 'thank-you-email');
  const act = (status: ReminderAction['status'], snoozedUntil: string | null = null): ReminderAction => ({
    reminderId: 'thank-you-email:i1',
    status,
    snoozedUntil,
    auto: false,
    at: B(3, 12, 9),
  });

  it.each<{ name: string; now: string; actions: ReminderAction[]; status: string | null }>([
    { name: 'the next Wednesday at 09:59: still there, overdue', now: B(3, 19, 9, 59), actions: [], status: 'pending' },
    { name: 'the next Wednesday at 10:00: lapsed', now: B(3, 19, 10), actions: [], status: null },
    { name: 'two months later: lapsed', now: B(5, 12, 10), actions: [], status: null },
    { name: 'snoozed to a time past the lapse: still there when asked before it', now: B(3, 19, 9), actions: [act('snoozed', B(3, 21, 9))], status: 'snoozed' },
    { name: 'snoozed to a time past the lapse: kept after the lapse, while snoozed', now: B(3, 20, 9), actions: [act('snoozed', B(3, 21, 9))], status: 'snoozed' },
    { name: 'a snooze that ran out after the lapse: gone', now: B(3, 21, 10), actions: [act('snoozed', B(3, 21, 9))], status: null },
    { name: 'a snooze that ran out before the lapse: pending until the lapse', now: B(3, 18, 10), actions: [act('snoozed', B(3, 14, 9))], status: 'pending' },
    { name: 'done, after the lapse: gone as well', now: B(3, 19, 10), actions: [act('done')], status: null },
    { name: 'dismissed, after the lapse: gone as well', now: B(3, 19, 10), actions: [act('dismissed')], status: null },
    { name: 'done, before the lapse: still listed as done', now: B(3, 19, 9, 59), actions: [act('done')], status: 'done' },
  ])('$name', ({ now, actions, status }) => {
    expect(thanks(now, actions)?.status ?? null).toBe(status);
  });

  it('the alarm wakes when an overdue thank-you lapses, so the badge drops then (not at some later wake)', () => {
    const now = new Date(B(3, 12, 11));
    const list = deriveReminders(t, [], BERLIN, now).filter((r) => r.ruleId === 'thank-you-email');
    expect(nextWakeTime(list, now)).toBe(B(3, 19, 10));
    expect(nextWakeTime([{ ...list[0]!, status: 'done' }], now)).toBeNull();
  });

  it('a snoozed reminder kept past its lapse is overdue in the popup and not in the badge while snoozed', () => {
    const now = new Date(B(3, 20, 9));
    const list = deriveReminders(t, [act('snoozed', B(3, 21, 9))], BERLIN, now).filter((r) => r.ruleId === 'thank-you-email');
    expect(dueBucket(list[0]!, BERLIN, now)).toBe('overdue');
    expect(badgeCount(list, BERLIN, now)).toBe(0);
  });
});

describe('the badge does not count lapsed reminders', () => {
  /**
   * A year of interviews, one a week until two weeks ago (the last on Tuesday 25 February 2025), never thanked,
   * never followed up: a heavy user's history (51 thank-yous and 51 notes by post, all long overdue).
   */
  function yearOfHistory(): TimelineEvent[] {
    const events: TimelineEvent[] = [];
    for (let w = 0; w < 51; w++) {
      const start = Date.parse('2024-03-12T10:00:00Z') + w * 7 * DAY;
      events.push(interview(`old${w}`, new Date(start).toISOString(), null, null, { at: new Date(start - 3 * DAY).toISOString(), threadId: `t${w}` }));
    }
    return events;
  }
  const now = new Date(B(3, 12, 11));

  it.each<{ name: string; events: TimelineEvent[]; badge: number }>([
    { name: 'yesterday\'s interview alone: its thank-you and its note by post', events: [tuesday], badge: 2 },
    { name: 'the same with a year of unanswered interviews before it: still 2', events: [...yearOfHistory(), tuesday], badge: 2 },
    { name: 'a year of history alone: only the follow-up of the last interview, overdue for two days', events: yearOfHistory(), badge: 1 },
  ])('$name', ({ events, badge }) => {
    const list = deriveReminders(timeline(events), [], BERLIN, now);
    expect(badgeCount(list, BERLIN, now)).toBe(badge);
  });

  it('a year of history leaves only what has not lapsed: the follow-up after the last interview', () => {
    const list = deriveReminders(timeline(yearOfHistory()), [], BERLIN, now);
    // Due Thursday 6 March, overdue Monday 10 March 17:30, lapses 14 days later.
    expect(list.map((r) => [r.id, r.overdueAt])).toEqual([['follow-up-silence:old50', B(3, 10, 17, 30)]]);
  });
});
