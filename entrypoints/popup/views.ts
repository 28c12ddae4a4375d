/** Turns the store's data, the engine's reminders or the stored snapshot into the worded views the popup shows. */
import type { ReviewView } from '../../components/popup/ReviewCard';
import type { ReminderView } from '../../components/popup/types';
import { calendarEventIds } from '../../lib/core/calendar';
import { REFLECTION_QUESTIONS } from '../../lib/core/drafts';
import { RULES } from '../../lib/core/playbook';
import type { Reminder, RuleId } from '../../lib/core/reminders/types';
import type { ReviewItem } from '../../lib/core/timeline/review';
import { displayLookup, reminderDisplay, type ReminderDisplay } from '../../lib/schedule/popup-sections';
import { POPUP_SHOWN, reviewDisplay, type PopupSnapshot, type SnapshotReminder } from '../../lib/schedule/popup-snapshot';
import { dueText, type DueText } from '../../lib/ui-text/due-phrase';
import { ruleAction, ruleWhy, sourceLabel } from '../../lib/ui-text/labels';
import { evidenceText } from '../../lib/ui-text/evidence';
import { t } from '../../lib/ui-text/i18n';
import type { usePopupData } from './usePopupData';

type LiveData = NonNullable<ReturnType<typeof usePopupData>['snapshot']>;
type Derived = NonNullable<ReturnType<typeof usePopupData>['derived']>;

/** A section can be long (months of unanswered reminders); the popup shows the most pressing ones first. */
const SHOWN = POPUP_SHOWN;

/** One reminder in words; `due` is its "by when" (dueText at the popup's clock, or the snapshot's). */
export function reminderView(reminder: ReminderDisplay, due: DueText): ReminderView {
  const rule = RULES[reminder.ruleId as RuleId] as (typeof RULES)[RuleId] | undefined;
  const where = reminder.company !== null ? `${reminder.company}${reminder.role ? `, ${reminder.role}` : ''}` : t('reminder_an_application');
  return {
    id: reminder.id,
    action: ruleAction(reminder.ruleId),
    forWhom: reminder.person !== null ? `${reminder.person} · ${where}` : where,
    due,
    why: ruleWhy(reminder.ruleId),
    source: sourceLabel(rule?.source ?? 'practice'),
    hasDraft: rule?.message ?? false,
    threadId: reminder.threadId,
    account: reminder.account ?? null,
    ...(reminder.ruleId === 'reflect' ? { questions: REFLECTION_QUESTIONS } : {}),
  };
}

const WHERE = { subject: 'bar_where_subject', body: 'bar_where_body', sender: 'bar_where_sender' } as const;

/** A review item in words, with its evidence under "Why?" (the snapshot, read before the store, has none). */
export function reviewView(item: ReviewItem): ReviewView {
  const why = (item.detection.evidence ?? []).slice(0, 8).map((e) => t('bar_evidence', { signal: evidenceText(e), where: t(WHERE[e.where]) }));
  return { ...reviewDisplay(item), why };
}

/** What the page shows, from either source. */
export interface Views {
  source: 'live' | 'snapshot';
  overdue: ReminderView[];
  today: ReminderView[];
  upcoming: ReminderView[];
  /** Items beyond the first SHOWN of each section, behind "Show N more". */
  hidden: number;
  totals: Record<'overdue' | 'today' | 'upcoming' | 'review', number>;
  review: ReviewView[];
  hasApplications: boolean;
}

/** The live data's views: every list from the engine, cut to the first SHOWN unless the user asked for all. */
export function liveViews(live: LiveData, derived: Derived, now: Date, showAll: boolean): Views {
  const lookup = displayLookup(live.timeline);
  const zone = live.settings.timeZone;
  const { overdue, today, upcoming } = derived.buckets;
  const cut = (list: Reminder[]) => (showAll ? list : list.slice(0, SHOWN));
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
    hidden: showAll ? 0 : [overdue, today, upcoming].reduce((n, list) => n + Math.max(0, list.length - SHOWN), 0),
    totals: { overdue: overdue.length, today: today.length, upcoming: upcoming.length, review: live.review.length },
    review: (showAll ? live.review : live.review.slice(0, SHOWN)).map(reviewView),
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
