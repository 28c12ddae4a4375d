/**
 * Classification corrections and the review list: the user says what a message really is, the timeline follows at
 * once, and the user can undo it. What a correction removes goes through the one cascade (cascade.ts).
 */
import type { EmailKind, JobKind } from '../core/detection';
import type { MailSource } from '../core/email';
import { canonicalMessageId, emailOfReviewItem, messageKey, rowMessageId, type CorrectionUndo, type ReviewItem } from '../core/timeline/review';
import { cascadeTables, removeApplication, removeEvents } from './cascade';
import { isoNow, type CallbackDb } from './db';
import { forgetHiringSideOf } from './hiring-repo';
import { ingestInTransaction, ingestTables } from './ingest';
import { resettle, type WriteOptions } from './repo-helpers';

export type CorrectionOutcome =
  | 'stored'
  | 'event-updated'
  | 'event-removed'
  | 'review-confirmed'
  | 'review-dismissed';

/** Tables a correction or its undo writes: an ingest's, and a cascade's. */
const correctionTables = (db: CallbackDb) => [...new Set([...ingestTables(db), ...cascadeTables(db), db.hiringSides])];

/**
 * The user says what a message really is ("not a rejection", "not job mail"). The correction is kept and wins over
 * the classifier for that message from now on; the timeline follows at once: the event changes kind or goes away
 * (with its application when it was the only event), and an open review item is confirmed or dismissed.
 */
export async function correctClassification(
  db: CallbackDb,
  messageId: string,
  kind: EmailKind,
  options: WriteOptions & { source?: MailSource } = {},
): Promise<CorrectionOutcome> {
  const source = options.source ?? 'gmail';
  const now = isoNow(options.now);
  const key = messageKey(source, messageId);
  return db.transaction('rw', correctionTables(db), async () => {
    // A row's answer and the full message's answer name one event (stored under the message's own id).
    const own = canonicalMessageId(messageId);
    const event = await db.events.where('[source+messageId]').anyOf([[source, own], [source, rowMessageId(own)]]).first();
    const review = await db.reviewItems.where('key').equals(key).first();
    // What the message looked like: later mail like it follows this answer (classify/user-examples.ts).
    const sender = event?.sender ?? review?.from.address ?? '';
    const subject = event?.subject ?? review?.subject ?? '';
    const like = sender !== '' ? { sender: sender.toLowerCase(), subject } : null;
    // Mail from this organisation is the user's own search after all: it no longer waits for review as mail of an
    // organisation they hire for.
    const forgotten = kind !== 'other' && sender !== '' ? await forgetHiringSideOf(db, sender) : [];
    // Undo puts back the timeline as the classifier left it: an earlier correction's snapshot is the older one.
    const earlier = (await db.corrections.get(key))?.undo ?? null;
    const undo: CorrectionUndo = {
      event: earlier?.event ?? event ?? null,
      application: earlier?.application ?? null,
      people: earlier?.people ?? [],
      notes: earlier?.notes ?? [],
      reminderActions: earlier?.reminderActions ?? [],
      reviewId: earlier?.reviewId ?? null,
      addedEventId: earlier?.addedEventId ?? null,
      hiringSides: [...(earlier?.hiringSides ?? []), ...forgotten],
    };
    const save = () => db.corrections.put({ key, source, messageId, kind, at: now, like, undo });
    if (event && event.kind !== 'user_reply') {
      if (kind === 'other') {
        const last = (await db.events.where('applicationId').equals(event.applicationId).count()) === 1;
        // The application goes with its last event; the card this correction answers stays for the undo.
        const whole = last ? await removeApplication(db, event.applicationId, { keepReviewOf: { source, messageId } }) : null;
        const removed = whole ?? (await removeEvents(db, [event]));
        if (whole) {
          undo.application = whole.application;
          undo.notes = whole.notes;
        }
        undo.people = [...undo.people, ...removed.people];
        undo.reminderActions = [...(undo.reminderActions ?? []), ...removed.reminderActions];
        if (!last) await resettle(db, event.applicationId, now);
        await save();
        return 'event-removed';
      }
      await db.events.put({ ...event, kind: kind as JobKind, confidence: 1 });
      await resettle(db, event.applicationId, now);
      await save();
      return 'event-updated';
    }
    if (review && review.status === 'open') {
      undo.reviewId = review.id;
      if (kind === 'other') {
        await db.reviewItems.put({ ...review, status: 'dismissed', resolvedAt: now });
        await save();
        return 'review-dismissed';
      }
      await db.reviewItems.put({ ...review, status: 'confirmed', resolvedAt: now });
      await save();
      const added = await ingestInTransaction(db, emailOfReviewItem(review), review.detection, options);
      if (added.status === 'added') {
        undo.addedEventId = added.eventId;
        await save();
      }
      return 'review-confirmed';
    }
    await save();
    return 'stored';
  });
}

/**
 * Undo a correction: the timeline goes back to what it was before it (the event's kind, or the event, its
 * application, people, notes and reminder actions when "not job mail" removed them; the review card back in the
 * list), and the correction and its lesson are forgotten. False when there is no such correction.
 */
export async function undoCorrection(db: CallbackDb, key: string, options: WriteOptions = {}): Promise<boolean> {
  const now = isoNow(options.now);
  return db.transaction('rw', correctionTables(db), async () => {
    const correction = await db.corrections.get(key);
    if (!correction) return false;
    if (correction.deletedWith) {
      // "Deleted with an application": Callback reads the email again; the user's own word on it, if any, stays.
      if (correction.undo || correction.like || correction.kind !== 'other') await db.corrections.put({ ...correction, deletedWith: null });
      else await db.corrections.delete(key);
      return true;
    }
    const undo = correction.undo;
    await db.corrections.delete(key);
    if (!undo) return true;
    const added = undo.addedEventId ? await db.events.get(undo.addedEventId) : undefined;
    if (added) {
      // The event the answer added goes, with its application when it was the last (the card comes back below).
      const last = (await db.events.where('applicationId').equals(added.applicationId).count()) === 1;
      if (last) await removeApplication(db, added.applicationId, { keepReviewOf: correction });
      else await removeEvents(db, [added]);
    }
    if (undo.application && !(await db.applications.get(undo.application.id))) await db.applications.put(undo.application);
    if (undo.event) await db.events.put(undo.event);
    if (undo.people.length) await db.people.bulkPut(undo.people);
    if (undo.notes.length) await db.notes.bulkPut(undo.notes);
    if (undo.reminderActions?.length) await db.reminderActions.bulkPut(undo.reminderActions);
    if (undo.reviewId) {
      const review = await db.reviewItems.get(undo.reviewId);
      if (review) await db.reviewItems.put({ ...review, status: 'open', resolvedAt: null });
    }
    // The organisations the correction forgot are the user's hiring again (unless something learned them since).
    const sides = (undo.hiringSides ?? []).filter((r) => typeof r?.organisation === 'string' && typeof r.at === 'string');
    for (const side of sides) if (!(await db.hiringSides.get(side.organisation))) await db.hiringSides.put(side);
    if (undo.event) await resettle(db, undo.event.applicationId, now);
    return true;
  });
}

/** The user confirms a review item, as the classifier guessed or as another kind (`other`: not job mail). */
export async function confirmReview(
  db: CallbackDb,
  reviewId: string,
  kind?: EmailKind,
  options: WriteOptions = {},
): Promise<CorrectionOutcome> {
  const item = await db.reviewItems.get(reviewId);
  if (!item) throw new Error(`No review item with id ${reviewId}`);
  return correctClassification(db, item.messageId, kind ?? item.detection.kind, { ...options, source: item.source });
}

/** The open review items, newest first. */
export async function listReviewItems(db: CallbackDb): Promise<ReviewItem[]> {
  const items = await db.reviewItems.where('status').equals('open').toArray();
  return items.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
