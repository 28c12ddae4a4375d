/**
 * What waits for the user: job-looking emails the classifier was unsure of (below REVIEW_THRESHOLD), and the
 * user's own corrections of a classification, which always win over the classifier for that message.
 */
import type { Detection, EmailKind } from '../detection';
import type { Address, Email, MailSource } from '../email';
import type { ReminderAction } from '../reminders/types';
import type { Application, Note, Person, TimelineEvent } from './types';

export type ReviewStatus = 'open' | 'confirmed' | 'dismissed';

export interface ReviewItem {
  id: string;
  /** `${source}:${messageId}`: one review item per message. */
  key: string;
  source: MailSource;
  messageId: string;
  threadId: string | null;
  subject: string;
  from: Address;
  date: string | null;
  /** The start of the body, to show the user what the email said (text only). */
  snippet: string;
  detection: Detection;
  status: ReviewStatus;
  createdAt: string;
  resolvedAt: string | null;
}

/** "This is not a rejection", "this is not job mail": kept forever, wins over any later classification. */
export interface ClassificationCorrection {
  /** `${source}:${messageId}` */
  key: string;
  source: MailSource;
  messageId: string;
  kind: EmailKind;
  at: string;
  /**
   * What the corrected message looked like, so that later mail like it follows the user's answer (see
   * `classify/user-examples.ts`). Absent on corrections made before Callback learned from them, and after the user
   * asked Callback to forget the lesson (the message's own correction stays).
   */
  like?: { sender: string; subject: string } | null;
  /** What the correction changed, to put back if the user undoes it. Absent on corrections made before undo. */
  undo?: CorrectionUndo | null;
  /**
   * Set when the user deleted the application this message belonged to: the message stays out of the timeline
   * (`kind` is `other`, and nothing is learned from it: `like` is null). Undoing it lets Callback read it again.
   */
  deletedWith?: { application: string; subject: string; sender: string } | null;
}

/** The timeline as it was before a correction: enough to undo it whole. */
export interface CorrectionUndo {
  /** The message's event before the correction (its kind changed, or it was removed), or null when it had none. */
  event: TimelineEvent | null;
  /** Removed with the event when it was the application's last: the application, and its people and notes. */
  application: Application | null;
  people: Person[];
  notes: Note[];
  /** The user's actions on the removed event's reminders (done, snoozed): absent on corrections made before. */
  reminderActions?: ReminderAction[];
  /** The review item the correction answered (it goes back to the list), and the event that answer added. */
  reviewId: string | null;
  addedEventId: string | null;
  /**
   * Organisations the user hires for that the correction forgot (its sender's, when it said the mail is their own
   * search), with when each was learned: absent on corrections made before.
   */
  hiringSides?: { organisation: string; at: string; why?: 'works' }[];
}

/** Longest snippet kept for a review item. */
export const SNIPPET_CHARS = 600;

/** The key of one message across tables: ingest is idempotent on it. */
export function messageKey(source: MailSource, messageId: string): string {
  return `${source}:${messageId}`;
}

/**
 * A list row that cannot decide on its own waits in the review list under `row:<message id>`, a key of its own, so
 * it never blocks the full message from deciding. Both name one message: its event is always stored under the
 * message's own id (canonicalMessageId), whichever of the row, the thread or the user's answer came first.
 */
export const ROW_PREFIX = 'row:';

/** The review key of a message's list row. */
export function rowMessageId(messageId: string): string {
  return messageId.startsWith(ROW_PREFIX) ? messageId : `${ROW_PREFIX}${messageId}`;
}

/** The message a row id or a message id names. */
export function canonicalMessageId(messageId: string): string {
  return messageId.startsWith(ROW_PREFIX) ? messageId.slice(ROW_PREFIX.length) : messageId;
}

/**
 * Events stored under a row's id by earlier versions (a confirmed review card): the one to keep under the message's
 * own id, and the ones to drop because the message already has an event (the second event of one message).
 */
export function rowEventRepairs(events: ReadonlyArray<{ id: string; source: string; messageId: string | null }>): {
  rename: Array<{ id: string; messageId: string }>;
  drop: string[];
} {
  const taken = new Set(events.filter((e) => e.messageId && !e.messageId.startsWith(ROW_PREFIX)).map((e) => `${e.source}:${e.messageId}`));
  const rename: Array<{ id: string; messageId: string }> = [];
  const drop: string[] = [];
  for (const e of events) {
    if (!e.messageId?.startsWith(ROW_PREFIX)) continue;
    const own = canonicalMessageId(e.messageId);
    const key = `${e.source}:${own}`;
    if (taken.has(key)) drop.push(e.id);
    else {
      taken.add(key);
      rename.push({ id: e.id, messageId: own });
    }
  }
  return { rename, drop };
}

/** A review item for an email the classifier was unsure of. */
export function reviewItemFor(email: Email, detection: Detection, id: string, now: string): ReviewItem {
  return {
    id,
    key: messageKey(email.source, email.id),
    source: email.source,
    messageId: email.id,
    threadId: email.threadId ?? null,
    subject: (email.subject ?? '').slice(0, 500),
    from: { name: (email.from?.name ?? '').slice(0, 200), address: (email.from?.address ?? '').slice(0, 320) },
    date: email.date ?? null,
    snippet: (email.body ?? '').slice(0, SNIPPET_CHARS),
    detection,
    status: 'open',
    createdAt: now,
    resolvedAt: null,
  };
}

/** The email a review item was made from, enough to ingest it once the user confirmed its kind. */
export function emailOfReviewItem(item: ReviewItem): Email {
  return {
    id: item.messageId,
    threadId: item.threadId,
    source: item.source,
    subject: item.subject,
    from: item.from,
    date: item.date,
    body: item.snippet,
  };
}
