/**
 * The popup snapshot: the one thing called a snapshot in Callback. The popup's first view, computed by the background
 * after every recompute and kept in the browser's storage (snapshot-storage.ts), so the popup can render at once
 * instead of waiting for the store (reading 10,000 events and deriving reminders takes a few hundred ms). Compact: per
 * section only the first items the popup shows, with exactly their display fields, their words, and the totals. The
 * popup swaps in its live data (a store read) as soon as that arrives; the snapshot is only ever a first view.
 *
 * Pure but for the wording of due times: the clock is a parameter.
 */
import { z } from 'zod';
import { EMAIL_KINDS } from '../core/detection';
import type { Reminder } from '../core/reminders/types';
import type { ReviewItem } from '../core/timeline/review';
import type { Timeline } from '../core/timeline/types';
import type { Settings } from '../core/settings';
import { UserClock } from '../core/reminders';
import { dueText } from '../ui-text/due-phrase';
import { displayLookup, reminderDisplay, reviewDisplay, SNIPPET_CHARS } from './display';
import { popupSections, sectionsChangeAt, type SectionKey } from './sections';

/**
 * Bumped when the shape changes: a snapshot of another version is ignored (an update between write and read). 2: the
 * account keeps the mail host's origin (version 1 dropped it, and a reminder from Outlook opened Gmail).
 */
export const POPUP_SNAPSHOT_VERSION = 2;

/** How many items per section the popup shows before "Show N more" (and so how many the snapshot keeps). */
export const POPUP_SHOWN = 15;

/**
 * Older than this, a snapshot is not trusted even if no reminder changed section since: the safety alarm recomputes
 * every 30 minutes while the browser runs, so an older one means the worker missed its wake-ups (a sleeping laptop).
 */
export const SNAPSHOT_MAX_AGE_MS = 60 * 60_000;

const iso = z.string().refine((s) => Number.isFinite(Date.parse(s)), 'not a date');
const count = z.number().int().nonnegative();

const reminderSchema = z.object({
  id: z.string().min(1),
  ruleId: z.string().min(1),
  dueAt: iso,
  overdueAt: iso,
  snoozedUntil: iso.nullable(),
  status: z.enum(['pending', 'snoozed', 'done', 'dismissed']),
  company: z.string().nullable(),
  role: z.string().nullable(),
  person: z.string().nullable(),
  threadId: z.string().nullable(),
  account: z
    .object({
      index: z.number().int().min(0).max(99).nullable(),
      address: z.string().max(320).nullable(),
      // Checked where it is used (threadUrl, mailHostOf): only Outlook's own origins make an Outlook link.
      origin: z.string().max(80).nullable().optional(),
    })
    .nullable()
    .optional(),
  /**
   * "by tonight", "overdue since 10:00", worded at computedAt. Every moment these words change (a deadline, an
   * overdue time, the end of a snooze, midnight) is also a moment the sections may change, so they hold until
   * validUntil, and the popup need not word 45 deadlines before its first paint.
   */
  due: z.object({ state: z.enum(['snoozed', 'overdue', 'due']), text: z.string().max(80) }),
});

const reviewSchema = z.object({
  id: z.string().min(1),
  subject: z.string(),
  from: z.string(),
  snippet: z.string().max(SNIPPET_CHARS),
  kind: z.enum(EMAIL_KINDS),
  confidence: z.number().min(0).max(1),
});

const list = <T extends z.ZodType>(item: T) => z.array(item).max(POPUP_SHOWN);

export const popupSnapshotSchema = z.object({
  version: z.literal(POPUP_SNAPSHOT_VERSION),
  /** When the background computed it. */
  computedAt: iso,
  /** The first moment a reminder may change section; null when nothing is ahead. */
  validUntil: iso.nullable(),
  /** The user's zone, for the "by tonight" words the popup builds with its own clock. */
  timeZone: z.string().min(1),
  /** Applications in the store: the empty state tells a new user what to do first. */
  applications: count,
  badge: z.object({ text: z.string(), colour: z.string() }),
  sections: z.object({ overdue: list(reminderSchema), today: list(reminderSchema), upcoming: list(reminderSchema) }),
  review: list(reviewSchema),
  totals: z.object({ overdue: count, today: count, upcoming: count, review: count }),
});

export type PopupSnapshot = z.infer<typeof popupSnapshotSchema>;
export type SnapshotReminder = PopupSnapshot['sections']['today'][number];
export type SnapshotReview = PopupSnapshot['review'][number];

export interface SnapshotInput {
  reminders: readonly Reminder[];
  timeline: Timeline;
  settings: Settings;
  /** The open review items, newest first (as the store lists them). */
  review: readonly ReviewItem[];
  badge: { text: string; colour: string };
  now: Date;
  /** How many applications the store holds, when `timeline` is not all of them (a wake-up reads only the live ones). */
  applications?: number;
}

export function buildPopupSnapshot(input: SnapshotInput): PopupSnapshot {
  const { reminders, timeline, settings, review, badge, now } = input;
  const sections = popupSections(reminders, settings, now);
  const lookup = displayLookup(timeline);
  const first = (key: SectionKey) =>
    sections[key].slice(0, POPUP_SHOWN).map((r) => ({ ...reminderDisplay(r, lookup), due: dueText(r, now, settings.timeZone) }));
  const clock = new UserClock(settings);
  const validUntil = sectionsChangeAt(reminders, clock.endOfDay(clock.dayOf(now.getTime())), now);
  return {
    version: POPUP_SNAPSHOT_VERSION,
    computedAt: now.toISOString(),
    validUntil: validUntil === null ? null : new Date(validUntil).toISOString(),
    timeZone: clock.zone,
    applications: input.applications ?? timeline.applications.length,
    badge: { text: badge.text, colour: badge.colour },
    sections: { overdue: first('overdue'), today: first('today'), upcoming: first('upcoming') },
    review: review.slice(0, POPUP_SHOWN).map(reviewDisplay),
    totals: {
      overdue: sections.overdue.length,
      today: sections.today.length,
      upcoming: sections.upcoming.length,
      review: review.length,
    },
  };
}

/**
 * A stored value as a snapshot the popup may show at `now`, or null: missing, malformed, of another version,
 * from the future (a clock change), too old, or past the moment its sections could have changed.
 */
export function usableSnapshot(value: unknown, now: Date): PopupSnapshot | null {
  const parsed = popupSnapshotSchema.safeParse(value);
  if (!parsed.success) return null;
  const snapshot = parsed.data;
  const t = now.getTime();
  const computed = Date.parse(snapshot.computedAt);
  if (computed > t + 60_000 || t - computed > SNAPSHOT_MAX_AGE_MS) return null;
  if (snapshot.validUntil !== null && Date.parse(snapshot.validUntil) <= t) return null;
  return snapshot;
}
