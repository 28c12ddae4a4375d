/**
 * The popup's sections (Overdue, Due today, Upcoming) decided from plain data, and the display fields of one
 * reminder. Shared by the popup (live data) and the background (the popup snapshot) so both show the same lists.
 * Pure: the clock is a parameter.
 */
import type { MailAccount } from '../core/email';
import { dueBucket } from '../core/reminders';
import type { Reminder } from '../core/reminders/types';
import type { Settings } from '../core/settings';
import type { Timeline } from '../core/timeline/types';
import { isOpen } from './plan';

/** Upcoming lists what has started or starts within two days: a thank-you for an interview next month is noise. */
export const UPCOMING_WINDOW_MS = 2 * 86_400_000;

export interface Buckets {
  overdue: Reminder[];
  today: Reminder[];
  upcoming: Reminder[];
}

export const SECTION_KEYS = ['overdue', 'today', 'upcoming'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** Open reminders by section, each section most pressing first (earliest deadline). */
export function popupBuckets(reminders: readonly Reminder[], settings: Settings, now: Date): Buckets {
  const buckets: Buckets = { overdue: [], today: [], upcoming: [] };
  const soon = now.getTime() + UPCOMING_WINDOW_MS;
  for (const r of reminders) {
    if (!isOpen(r, now)) continue;
    const bucket = dueBucket(r, settings, now);
    if (bucket === 'upcoming' && Date.parse(r.startsAt) > soon) continue;
    buckets[bucket].push(r);
  }
  // Thousands of overdue reminders in a long search: parse each deadline once, not once per comparison.
  const due = new Map<Reminder, number>();
  const dueOf = (r: Reminder) => {
    let t = due.get(r);
    if (t === undefined) due.set(r, (t = Date.parse(r.dueAt)));
    return t;
  };
  for (const key of SECTION_KEYS) buckets[key].sort((a, b) => dueOf(a) - dueOf(b));
  return buckets;
}

/**
 * The first moment after `now` when a reminder could move between sections (or in or out of them): a deadline,
 * an overdue time, the end of a snooze, a reminder entering the upcoming window, or the end of the local day
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
    if (r.snoozedUntil) consider(Date.parse(r.snoozedUntil));
  }
  if (open) consider(endOfToday + 1);
  return Number.isFinite(best) ? best : null;
}

/** Exactly what the popup shows of one reminder, besides the rule's own words. */
export interface ReminderDisplay {
  id: string;
  ruleId: string;
  dueAt: string;
  overdueAt: string;
  snoozedUntil: string | null;
  status: Reminder['status'];
  /** null when the application is gone. */
  company: string | null;
  role: string | null;
  /** The person the message is for, when there is one. */
  person: string | null;
  threadId: string | null;
  /** The mailbox the thread was seen in (its link opens that account). */
  account?: MailAccount | null;
}

export interface DisplayLookup {
  apps: Map<string, Timeline['applications'][number]>;
  people: Map<string, Timeline['people'][number]>;
  /** People who took part in an event (interviewers of an interview). */
  byEvent: Map<string, Timeline['people']>;
}

export function displayLookup(timeline: Timeline): DisplayLookup {
  const byEvent = new Map<string, Timeline['people']>();
  for (const p of timeline.people) {
    if (!p.eventId) continue;
    const list = byEvent.get(p.eventId);
    if (list) list.push(p);
    else byEvent.set(p.eventId, [p]);
  }
  return {
    apps: new Map(timeline.applications.map((a) => [a.id, a])),
    people: new Map(timeline.people.map((p) => [p.id, p])),
    byEvent,
  };
}

export function reminderDisplay(reminder: Reminder, lookup: DisplayLookup): ReminderDisplay {
  const app = lookup.apps.get(reminder.applicationId);
  // A thank-you for a one-to-one interview names the interviewer even though the reminder is not per person.
  const sole = lookup.byEvent.get(reminder.eventId);
  const person = reminder.personId ? lookup.people.get(reminder.personId) : sole?.length === 1 ? sole[0] : undefined;
  return {
    id: reminder.id,
    ruleId: reminder.ruleId,
    dueAt: reminder.dueAt,
    overdueAt: reminder.overdueAt,
    snoozedUntil: reminder.snoozedUntil,
    status: reminder.status,
    company: app ? app.company : null,
    role: app?.role ?? null,
    person: person ? person.name : null,
    threadId: reminder.threadId,
    account: reminder.account ?? null,
  };
}
