/**
 * The popup's views: what each section lists, worded for the components, from either source of data. The live data
 * (a store read and the reminders derived from it) or the popup snapshot the background left (its first view). Pure
 * but for the wording (lib/ui-text): the clock is a parameter.
 */
import { calendarEventIds } from '../core/calendar/interview-entry';
import { REFLECTION_QUESTIONS } from '../core/drafts';
import { mailHostOf, type MailAccount } from '../core/email';
import { RULES } from '../core/playbook';
import type { Reminder, RuleId } from '../core/reminders/types';
import type { Settings } from '../core/settings';
import type { ReviewItem } from '../core/timeline/review';
import type { Timeline } from '../core/timeline/types';
import { dueText, type DueText } from '../ui-text/due-phrase';
import { evidenceText } from '../ui-text/evidence';
import { t } from '../ui-text/i18n';
import { ruleAction, ruleWhy, sourceLabel } from '../ui-text/labels';
import { displayLookup, reminderDisplay, reviewDisplay, type ReminderDisplay, type ReviewDisplay } from './display';
import type { Sections } from './sections';
import { POPUP_SHOWN, type PopupSnapshot, type SnapshotReminder } from './snapshot';

/** One reminder as the popup's components show it: already worded. */
export interface ReminderView {
  id: string;
  /** "Send a thank-you email" */
  action: string;
  /** "Ana Pérez, Acme (Backend Engineer)" */
  forWhom: string;
  due: DueText;
  /** One line naming the advice, and its source. */
  why: string;
  source: string;
  /** The rule calls for a message: offer a draft. */
  hasDraft: boolean;
  /**
   * The popup shows a stored first view and the store is still being read: the draft needs the full timeline, so
   * its button waits (disabled) until it is there. Done, snooze and dismiss need only the id and work at once.
   */
  draftPending?: boolean;
  threadId: string | null;
  /** The mailbox the thread was seen in, on its host: the thread's link opens that account there. */
  account?: MailAccount | null;
  /** The thread link's words, naming the host the mail was seen on: "Open in Gmail", "Open in Outlook". */
  openLabel: string;
  /** A confirmed interview still ahead: offer "Add to calendar" (an .ics file). */
  calendar?: boolean;
  /** "Reflect on the fit": the questions it asks, shown on demand. */
  questions?: readonly { id: string; question: string; hint: string }[];
}

/** What the popup's live data holds: a store read (lib/store/store-read.ts) as far as the views need it. */
export interface LiveData {
  timeline: Timeline;
  settings: Pick<Settings, 'timeZone'>;
  review: readonly ReviewItem[];
}

/** What the page shows, from either source. */
export interface Views {
  source: 'live' | 'snapshot';
  overdue: ReminderView[];
  today: ReminderView[];
  upcoming: ReminderView[];
  /** Items beyond the first POPUP_SHOWN of each section, behind "Show N more". */
  hidden: number;
  totals: Record<'overdue' | 'today' | 'upcoming' | 'review', number>;
  review: ReviewView[];
  hasApplications: boolean;
}

/** One reminder in words; `due` is its "by when" (dueText at the popup's clock, or the snapshot's). */
export function reminderView(reminder: ReminderDisplay, due: DueText): ReminderView {
  const rule = RULES[reminder.ruleId as RuleId] as (typeof RULES)[RuleId] | undefined;
  const where = reminder.company !== null ? `${reminder.company}${reminder.role ? `, ${reminder.role}` : ''}` : t('reminder_an_application');
  const account = reminder.account ?? null;
  return {
    id: reminder.id,
    action: ruleAction(reminder.ruleId),
    forWhom: reminder.person !== null ? `${reminder.person} · ${where}` : where,
    due,
    why: ruleWhy(reminder.ruleId),
    source: sourceLabel(rule?.source ?? 'practice'),
    hasDraft: rule?.message ?? false,
    threadId: reminder.threadId,
    account,
    openLabel: mailHostOf(account) === 'outlook' ? t('reminder_open_outlook') : t('reminder_open_mail'),
    ...(reminder.ruleId === 'reflect' ? { questions: REFLECTION_QUESTIONS } : {}),
  };
}

const WHERE = { subject: 'bar_where_subject', body: 'bar_where_body', sender: 'bar_where_sender' } as const;

/** A review card's fields, with its evidence worded under "Why?" (the snapshot, read before the store, has none). */
export interface ReviewView extends ReviewDisplay {
  why?: string[];
}

/** A review item in words, with its evidence under "Why?". */
export function reviewView(item: ReviewItem): ReviewView {
  const why = (item.detection.evidence ?? []).slice(0, 8).map((e) => t('bar_evidence', { signal: evidenceText(e), where: t(WHERE[e.where]) }));
  return { ...reviewDisplay(item), why };
}

/**
 * The live data's views: every section's reminders (popupSections at `now`), cut to the first POPUP_SHOWN unless
 * the user asked for all, worded at `now` in the user's zone.
 */
export function liveViews(live: LiveData, sections: Sections, now: Date, showAll: boolean): Views {
  const lookup = displayLookup(live.timeline);
  const zone = live.settings.timeZone;
  const { overdue, today, upcoming } = sections;
  const cut = <T>(list: readonly T[]) => (showAll ? [...list] : list.slice(0, POPUP_SHOWN));
  // Interviews still ahead can go into the user's calendar (the snapshot has no events: live data only).
  const among = new Set([overdue, today, upcoming].flatMap((list) => cut(list).map((r) => r.eventId)));
  const calendar = calendarEventIds(live.timeline.events, zone, { after: now.getTime(), among });
  const view = (list: Reminder[]) =>
    cut(list).map((r) => {
      const shown = reminderView(reminderDisplay(r, lookup), dueText(r, now, zone));
      return calendar.has(r.eventId) ? { ...shown, calendar: true } : shown;
    });
  return {
    source: 'live',
    overdue: view(overdue),
    today: view(today),
    upcoming: view(upcoming),
    hidden: showAll ? 0 : [overdue, today, upcoming].reduce((n, list) => n + Math.max(0, list.length - POPUP_SHOWN), 0),
    totals: { overdue: overdue.length, today: today.length, upcoming: upcoming.length, review: live.review.length },
    review: cut(live.review).map(reviewView),
    hasApplications: live.timeline.applications.length > 0,
  };
}

/**
 * The stored first view: the lists and words the background computed from the same store (still valid). What the
 * user already acted on here (`settled`: done, snoozed, dismissed, reviewed) leaves it at once; the live data that
 * replaces it reads those actions from the store.
 */
export function snapshotViews(stored: PopupSnapshot, settled: ReadonlySet<string>): Views {
  const { sections, totals } = stored;
  const keep = <T extends { id: string }>(list: T[]) => list.filter((item) => !settled.has(item.id));
  const view = (list: SnapshotReminder[]) => keep(list).map((r) => ({ ...reminderView(r, r.due), draftPending: true }));
  const overdue = view(sections.overdue);
  const today = view(sections.today);
  const upcoming = view(sections.upcoming);
  const review = keep(stored.review);
  const shown = sections.overdue.length + sections.today.length + sections.upcoming.length;
  return {
    source: 'snapshot',
    overdue,
    today,
    upcoming,
    hidden: Math.max(0, totals.overdue + totals.today + totals.upcoming - shown),
    totals: {
      overdue: totals.overdue - (sections.overdue.length - overdue.length),
      today: totals.today - (sections.today.length - today.length),
      upcoming: totals.upcoming - (sections.upcoming.length - upcoming.length),
      review: totals.review - (stored.review.length - review.length),
    },
    review,
    hasApplications: stored.applications > 0,
  };
}
