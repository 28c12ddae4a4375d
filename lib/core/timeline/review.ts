/**
 * What waits for the user: job-looking emails the classifier was unsure of (below REVIEW_THRESHOLD), and the
 * user's own corrections of a classification, which always win over the classifier for that message.
 */
import type { Detection, EmailKind } from '../detection';
import type { Address, Email, MailSource } from '../email';

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
}

/** Longest snippet kept for a review item. */
export const SNIPPET_CHARS = 600;

/** The key of one message across tables: ingest is idempotent on it. */
export function messageKey(source: MailSource, messageId: string): string {
  return `${source}:${messageId}`;
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
