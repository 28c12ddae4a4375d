/**
 * The popup's sections (Overdue, Due today, Upcoming) decided from plain data: which open reminders each lists, most
 * pressing first, and until when that holds. The popup (live data) and the background (the popup snapshot) both call
 * this, so both show the same lists. Pure: the clock is a parameter.
 */
import { dueBucket, isOpen } from '../core/reminders';
import type { Reminder } from '../core/reminders/types';
import type { Settings } from '../core/settings';

/** Upcoming lists what has started or starts within two days: a thank-you for an interview next month is noise. */
export const UPCOMING_WINDOW_MS = 2 * 86_400_000;

export const SECTION_KEYS = ['overdue', 'today', 'upcoming'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** The reminders each section lists, in the order it lists them. */
export type Sections = Record<SectionKey, Reminder[]>;

/** Open reminders by section, each section most pressing first (earliest deadline). */
export function popupSections(reminders: readonly Reminder[], settings: Settings, now: Date): Sections {
  const sections: Sections = { overdue: [], today: [], upcoming: [] };
  const soon = now.getTime() + UPCOMING_WINDOW_MS;
  for (const r of reminders) {
    if (!isOpen(r, now)) continue;
    // Not started yet (a thank-you for an interview still running, a "prepare" from 09:00): upcoming, as the badge
    // counts it, until it starts.
    const key = Date.parse(r.startsAt) > now.getTime() ? 'upcoming' : dueBucket(r, settings, now);
    if (key === 'upcoming' && Date.parse(r.startsAt) > soon) continue;
    sections[key].push(r);
  }
  // Thousands of overdue reminders in a long search: parse each deadline once, not once per comparison.
  const due = new Map<Reminder, number>();
  const dueOf = (r: Reminder) => {
    let t = due.get(r);
    if (t === undefined) due.set(r, (t = Date.parse(r.dueAt)));
    return t;
  };
  for (const key of SECTION_KEYS) sections[key].sort((a, b) => dueOf(a) - dueOf(b));
  return sections;
}

/**
 * The first moment after `now` when a reminder could move between sections (or in or out of them): a deadline,
 * an overdue time, the end of a snooze, a reminder entering the upcoming window or starting, or the end of the local day
 * (`endOfToday`, the last millisecond of today in the user's zone). Until then the sections computed at `now`
 * hold. null when nothing is ahead.
 */
export function sectionsChangeAt(reminders: readonly Reminder[], endOfToday: number, now: Date): number | null {
  const ms = now.getTime();
  let best = Number.POSITIVE_INFINITY;
  let open = false;
  const consider = (t: number) => {
    if (t > ms && t < best) best = t;
  };
  for (const r of reminders) {
    if (r.status === 'done' || r.status === 'dismissed') continue;
    open = true;
    consider(Date.parse(r.dueAt));
    consider(Date.parse(r.overdueAt));
    consider(Date.parse(r.startsAt) - UPCOMING_WINDOW_MS);
    consider(Date.parse(r.startsAt));
    if (r.snoozedUntil) consider(Date.parse(r.snoozedUntil));
  }
  if (open) consider(endOfToday + 1);
  return Number.isFinite(best) ? best : null;
}
