/**
 * Ingest: classified emails into the timeline, a page's batch in one read-write transaction. Idempotent on
 * (source, messageId): the same message seen twice, by two tabs at once, or once as a list row (`row:<id>`) and once
 * in full, is one event (IndexedDB serialises overlapping read-write transactions, and a unique index backs it up).
 */
import type { Detection } from '../core/detection';
import type { Email } from '../core/email';
import { planIngest } from '../core/timeline/plan-ingest';
import { canonicalMessageId, type ReviewItem } from '../core/timeline/review';
import type { TimelineEvent } from '../core/timeline/types';
import { isoNow, randomId, type CallbackDb } from './db';
import { IngestReads, reviewKeys } from './ingest-reads';

export interface IngestOptions {
  /** The clock (default: the real one). */
  now?: Date | string;
  /** Id factory for new records (default: crypto.randomUUID). */
  newId?: () => string;
}

export type IngestResult =
  | { status: 'added'; applicationId: string; eventId: string; newApplication: boolean }
  | { status: 'duplicate'; applicationId: string | null; eventId: string | null }
  | { status: 'review'; reviewId: string }
  | { status: 'ignored'; reason: 'not-job' | 'reply-outside-timeline' | 'deleted-by-user' };

/** Tables an ingest touches (callers that ingest inside their own transaction must include these). */
export function ingestTables(db: CallbackDb) {
  return [db.applications, db.events, db.people, db.reviewItems, db.corrections];
}

/** The event of a message, stored under its own id or (before this was kept canonical) under its row's id. */
function eventOfMessage(db: CallbackDb, source: Email['source'], messageId: string): Promise<TimelineEvent | undefined> {
  return new IngestReads(db).eventOfMessage(source, messageId);
}

/** The body of ingestEmail; must run inside a read-write transaction over ingestTables(db). */
export async function ingestInTransaction(
  db: CallbackDb,
  email: Email,
  detection: Detection,
  options: IngestOptions = {},
  reads: IngestReads = new IngestReads(db),
): Promise<IngestResult> {
  const now = isoNow(options.now);
  const newId = options.newId ?? randomId;
  const messageId = canonicalMessageId(email.id);
  const isRow = messageId !== email.id;
  const existing = await reads.eventOfMessage(email.source, email.id);
  if (existing) return { status: 'duplicate', applicationId: existing.applicationId, eventId: existing.id };
  // The message's own key, and its row's (a full message) or its message's (a row).
  const [key, otherKey] = reviewKeys(email) as [string, string];
  const [review, other] = await Promise.all([reads.review(key), reads.review(otherKey)]);
  if (review && review.status === 'open') return { status: 'duplicate', applicationId: null, eventId: null };
  // A row of a message the full text already decided on (it waits for review, or the user answered): nothing new.
  if (isRow && other) return { status: 'duplicate', applicationId: null, eventId: null };
  // The full message decides now: the row that waited for it is settled, whatever the message turns out to be.
  if (!isRow && other && other.status === 'open') {
    const settled: ReviewItem = { ...other, status: 'dismissed', resolvedAt: now };
    await db.reviewItems.put(settled);
    reads.wroteReview(settled);
  }
  // The user's word on the message, given on its row or in full, wins over the classifier.
  const correction = (await reads.correction(key)) ?? (await reads.correction(otherKey));
  // The user deleted the application this message belonged to: it stays out, whatever it is.
  if (correction?.deletedWith) return { status: 'ignored', reason: 'deleted-by-user' };
  const effective = correction && correction.kind !== 'other' ? { ...detection, kind: correction.kind } : detection;
  const slice = await reads.slice(email, effective);
  const plan = planIngest(slice, email, detection, { now, newId, correction: correction?.kind ?? null });
  switch (plan.kind) {
    case 'skip':
      if (plan.reason === 'duplicate') return { status: 'duplicate', applicationId: null, eventId: null };
      return { status: 'ignored', reason: plan.reason };
    case 'review':
      await db.reviewItems.add(plan.item);
      reads.wroteReview(plan.item);
      return { status: 'review', reviewId: plan.item.id };
    case 'write': {
      await db.applications.put(plan.application);
      reads.wroteApplication(plan.application, plan.isNew);
      // Always under the message's own id: a confirmed row and the opened thread are one event.
      const event = isRow ? { ...plan.event, messageId } : plan.event;
      await db.events.add(event);
      if (plan.people.length > 0) await db.people.bulkAdd(plan.people);
      reads.wroteEvent(event, plan.people);
      return { status: 'added', applicationId: plan.application.id, eventId: plan.event.id, newApplication: plan.isNew };
    }
  }
}

/** One email of a batch and its detection. */
export interface IngestItem {
  email: Email;
  detection: Detection;
}

/**
 * A page's batch (a thread's messages, a screen of list rows) in one read-write transaction, in order: one commit
 * instead of one per email, and all or nothing, so a worker stopped mid-batch leaves nothing half-stored (the
 * content script sends the batch again with the same ids).
 */
export async function ingestBatch(db: CallbackDb, items: readonly IngestItem[], options: IngestOptions = {}): Promise<IngestResult[]> {
  if (items.length === 0) return [];
  try {
    return await db.transaction('rw', ingestTables(db), async () => {
      // What the batch reads is read once and kept in step with its writes (ingest-reads.ts).
      const reads = new IngestReads(db);
      await reads.prefetch(items.map((i) => i.email));
      const results: IngestResult[] = [];
      for (const { email, detection } of items) results.push(await ingestInTransaction(db, email, detection, options, reads));
      return results;
    });
  } catch (error) {
    // Another tab stored one of these messages between our reads and writes: the batch rolled back whole, so
    // take the messages one by one (each now finds the other tab's event).
    if (error instanceof Error && error.name === 'ConstraintError') {
      const results: IngestResult[] = [];
      for (const { email, detection } of items) results.push(await ingestEmail(db, email, detection, options));
      return results;
    }
    throw error;
  }
}

/**
 * Add one classified email to the timeline (see planIngest for the rules). Safe to call again with the same
 * message, and from several pages at once: the result is then `duplicate`.
 */
export async function ingestEmail(
  db: CallbackDb,
  email: Email,
  detection: Detection,
  options: IngestOptions = {},
): Promise<IngestResult> {
  try {
    return await db.transaction('rw', ingestTables(db), () => ingestInTransaction(db, email, detection, options));
  } catch (error) {
    // The unique index caught a race the transaction order did not: still one event.
    if (error instanceof Error && error.name === 'ConstraintError') {
      const existing = await eventOfMessage(db, email.source, email.id);
      return { status: 'duplicate', applicationId: existing?.applicationId ?? null, eventId: existing?.id ?? null };
    }
    throw error;
  }
}
