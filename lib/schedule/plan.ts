/**
 * What the background should show, decided from plain data: badge text and colour, when to wake next, and which
 * reminders to announce. Pure (the clock is a parameter), so it is tested without a browser.
 */
import { isOpen } from '../core/reminders';
import type { Reminder } from '../core/reminders/types';
import type { Settings } from '../core/settings';

/** A calm colour for "things due", a strong one when something is overdue. */
export const BADGE_COLOURS = { due: '#3b5bdb', overdue: '#c92a2a' } as const;

/** At most this many separate notifications at once; the rest are summed up in one. */
/** Reminders named in the one notification that sums up what became due (the rest are counted). */
export const MAX_NOTIFICATIONS = 3;

/** A reminder that fell due longer ago than this is not announced any more (the popup still lists it). */
export const STALE_MS = 24 * 3_600_000;

export interface PlanInput {
  reminders: readonly Reminder[];
  settings: Settings;
  now: Date;
  /** The reminder engine's badge number. */
  count: number;
  /** The reminder engine's next wake time (ms since 1970), null when nothing is ahead. */
  nextWake: number | null;
  /** Keys of reminders already announced (see notifyKey). */
  notified: ReadonlySet<string>;
}

export interface Plan {
  badgeText: string;
  badgeColour: string;
  /** When the one "due" alarm should fire (ms since 1970), null for none. */
  alarmAt: number | null;
  /** Reminders to announce now. */
  notify: Reminder[];
  /** How many more were due but not announced separately (one summary notification). */
  more: number;
}

/** A reminder back from a snooze is announced again: the key includes the snooze. */
export function notifyKey(reminder: Pick<Reminder, 'id' | 'snoozedUntil'>): string {
  return reminder.snoozedUntil ? `${reminder.id}@${reminder.snoozedUntil}` : reminder.id;
}

function minutesOf(hhmm: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Minutes since midnight of `now` on the wall clock of the zone. */
function wallMinutes(now: Date, timeZone: string): number {
  let zone = timeZone;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
  } catch {
    zone = 'UTC';
  }
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  return get('hour') * 60 + get('minute');
}

/** Inside quiet hours (which may wrap midnight, e.g. 21:00-08:00)? Equal start and end: no quiet hours. */
export function inQuietHours(now: Date, settings: Pick<Settings, 'quietStart' | 'quietEnd' | 'timeZone'>): boolean {
  const start = minutesOf(settings.quietStart);
  const end = minutesOf(settings.quietEnd);
  if (start === null || end === null || start === end) return false;
  const m = wallMinutes(now, settings.timeZone);
  return start < end ? m >= start && m < end : m >= start || m < end;
}

/** When quiet hours end, as ms since 1970 (at most a day ahead; minute precision is enough for an alarm). */
export function quietEndsAt(now: Date, settings: Pick<Settings, 'quietEnd' | 'timeZone'>): number {
  const end = minutesOf(settings.quietEnd) ?? 0;
  const m = wallMinutes(now, settings.timeZone);
  const ahead = (end - m + 1440) % 1440 || 1440;
  const startOfMinute = Math.floor(now.getTime() / 60_000) * 60_000;
  return startOfMinute + ahead * 60_000;
}

/** The moment a reminder becomes worth announcing: its notify time, or the end of its snooze. */
function announceAt(reminder: Reminder): number {
  const notify = Date.parse(reminder.notifyAt);
  const snooze = reminder.snoozedUntil ? Date.parse(reminder.snoozedUntil) : Number.NaN;
  return Number.isFinite(snooze) ? Math.max(notify, snooze) : notify;
}

export function planSchedule(input: PlanInput): Plan {
  const { reminders, settings, now, count, nextWake, notified } = input;
  const t = now.getTime();
  const open = reminders.filter((r) => isOpen(r, now));
  const overdue = open.some((r) => Date.parse(r.overdueAt) <= t);
  const badgeText = count > 0 ? (count > 99 ? '99+' : String(count)) : '';
  const badgeColour = overdue ? BADGE_COLOURS.overdue : BADGE_COLOURS.due;

  // Only what is due by the end of the user's day (or overdue): a note to post tomorrow waits until tomorrow.
  const endOfToday = Math.floor(t / 60_000) * 60_000 + (1440 - wallMinutes(now, settings.timeZone)) * 60_000 - 1;
  const ready = settings.notifications
    ? open
        .filter((r) => announceAt(r) <= t && Date.parse(r.dueAt) <= endOfToday && Date.parse(r.overdueAt) + STALE_MS > t && !notified.has(notifyKey(r)))
        .sort((a, b) => announceAt(a) - announceAt(b))
    : [];
  const quiet = ready.length > 0 && inQuietHours(now, settings);

  let alarmAt = nextWake !== null && Number.isFinite(nextWake) ? Math.max(nextWake, t + 1000) : null;
  // Held back by quiet hours: wake when they end to announce them.
  if (quiet) {
    const end = quietEndsAt(now, settings);
    alarmAt = alarmAt === null ? end : Math.min(alarmAt, end);
  }
  // Everything that became due goes into one notification (announce sums several up); none in quiet hours.
  const notify = quiet ? [] : ready;
  return { badgeText, badgeColour, alarmAt, notify, more: 0 };
}
