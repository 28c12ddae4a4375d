/**
 * When things happen for the user: snooze times, the popup's due buckets, the badge number and the next alarm.
 * All in the user's zone (time/clock.ts); `now` is always a parameter.
 */
import type { Settings } from '../settings';
import { PLAYBOOK } from '../playbook';
import { UserClock } from '../time/clock';
import { localTime } from '../time/zone';
import { lapsesAt } from './emit';
import type { Reminder } from './types';

/** Snooze choices offered by the UI; `{ at }` is a time the user picked (ISO 8601). */
export type SnoozeOption = 'later-today' | 'tomorrow-morning' | 'next-working-day' | 'next-week' | { at: string };

export const SNOOZE_PRESETS = ['later-today', 'tomorrow-morning', 'next-working-day', 'next-week'] as const;

/** "Later today" is this many hours from now. */
const LATER_TODAY_HOURS = 3;

/**
 * When a snoozed reminder comes back (ISO 8601).
 * - later-today: in 3 hours; tomorrow-morning: tomorrow at the start of work; next-working-day: the next working
 *   day at the start of work; next-week: the first working day of next week (ISO, Monday-based) at the start of work.
 * - Presets landing in quiet hours move to the end of them (a snooze is a notification, and quiet hours delay
 *   notifications). A time the user picked is kept as chosen; one in the past or unreadable becomes an hour from now.
 */
export function snoozeUntil(option: SnoozeOption, settings: Settings, now: Date): string {
  const clock = new UserClock(settings);
  const ms = now.getTime();
  const today = clock.dayOf(ms);
  if (typeof option === 'object') {
    const t = Date.parse(option?.at ?? '');
    return new Date(Number.isFinite(t) && t > ms ? t : ms + 60 * 60_000).toISOString();
  }
  let t: number;
  switch (option) {
    case 'later-today':
      t = ms + LATER_TODAY_HOURS * 60 * 60_000;
      break;
    case 'tomorrow-morning':
      t = clock.at(today + 1, clock.workStart);
      break;
    case 'next-working-day':
      t = clock.at(clock.workingDayAfter(today, 1), clock.workStart);
      break;
    case 'next-week': {
      const weekday = localTime(clock.zone, ms).weekday;
      const monday = today + 8 - weekday;
      t = clock.at(clock.workingDayAfter(monday, 0), clock.workStart);
      break;
    }
    default:
      t = ms + 60 * 60_000;
  }
  return new Date(clock.outOfQuiet(t)).toISOString();
}

export type DueBucket = 'overdue' | 'today' | 'upcoming';

/** Open at `now`: not done, not dismissed, not snoozed into the future (the popup lists it, the badge may count it). */
export function isOpen(reminder: Reminder, now: Date): boolean {
  if (reminder.status === 'done' || reminder.status === 'dismissed') return false;
  if (reminder.snoozedUntil && Date.parse(reminder.snoozedUntil) > now.getTime()) return false;
  return true;
}

/**
 * The popup's group for a reminder: overdue once past overdueAt; today when due before the end of today in the
 * user's zone (or already past due, still in its grace); upcoming otherwise.
 */
export function dueBucket(reminder: Reminder, settings: Settings, now: Date): DueBucket {
  const clock = new UserClock(settings);
  return bucketOf(reminder, now.getTime(), clock.endOfDay(clock.dayOf(now.getTime())));
}

function bucketOf(reminder: Reminder, ms: number, endOfToday: number): DueBucket {
  if (Date.parse(reminder.overdueAt) <= ms) return 'overdue';
  // The section says what the item says (ui-text/due-phrase): past its deadline but still in its grace, the item
  // reads "by <overdue time>", so that time decides: a Friday thank-you on time until Monday 10:00 is not "due today"
  // on Saturday.
  const due = Date.parse(reminder.dueAt);
  const limit = ms >= due ? Date.parse(reminder.overdueAt) : due;
  return limit <= endOfToday ? 'today' : 'upcoming';
}

/**
 * The badge number: reminders that have started and are pending (not snoozed, done or dismissed), in the popup's
 * Overdue or Due today section (dueBucket: one rule for both, so the badge counts what those sections list). A
 * thank-you for an interview still running does not count until it ends.
 */
export function badgeCount(reminders: readonly Reminder[], settings: Settings, now: Date): number {
  const clock = new UserClock(settings);
  const ms = now.getTime();
  const endOfToday = clock.endOfDay(clock.dayOf(ms));
  let count = 0;
  for (const r of reminders) {
    if (r.status !== 'pending' || Date.parse(r.startsAt) > ms) continue;
    if (bucketOf(r, ms, endOfToday) !== 'upcoming') count++;
  }
  return count;
}

/**
 * The one alarm to set: the earliest moment after `now` when a reminder of an open status starts, notifies, falls
 * due, turns overdue, comes back from a snooze or lapses (it leaves the list and the badge then; each rule's lapseDays). With
 * settings, also the next local midnight while any reminder is open (the badge counts "due today", which changes at
 * midnight). null when nothing is ahead.
 */
export function nextWakeTime(reminders: readonly Reminder[], now: Date, settings?: Settings): string | null {
  const ms = now.getTime();
  let best = Number.POSITIVE_INFINITY;
  let open = false;
  const consider = (iso: string | null) => {
    if (!iso) return;
    const t = Date.parse(iso);
    if (t > ms && t < best) best = t;
  };
  for (const r of reminders) {
    if (r.status === 'done' || r.status === 'dismissed') continue;
    open = true;
    consider(r.startsAt);
    consider(r.notifyAt);
    consider(r.dueAt);
    consider(r.overdueAt);
    consider(r.snoozedUntil);
    const rule = PLAYBOOK[r.ruleId];
    if (rule) {
      const lapse = lapsesAt(rule, Date.parse(r.overdueAt));
      if (lapse > ms && lapse < best) best = lapse;
    }
  }
  if (settings && open) {
    const clock = new UserClock(settings);
    consider(new Date(clock.endOfDay(clock.dayOf(ms)) + 1).toISOString());
  }
  return Number.isFinite(best) ? new Date(best).toISOString() : null;
}

/** Reminders a notification may fire for now: pending, notifyAt reached, not yet notified (after `since`). */
export function toNotify(reminders: readonly Reminder[], since: Date, now: Date): Reminder[] {
  const from = since.getTime();
  const to = now.getTime();
  return reminders.filter((r) => {
    // A snooze that has run out notifies at its end; snoozed ones wait.
    const at = Date.parse(r.snoozedUntil ?? r.notifyAt);
    return r.status === 'pending' && at > from && at <= to;
  });
}
