/**
 * Ingest: one classified email into the timeline, in one read-write transaction. Idempotent on (source, messageId):
 * the same message seen twice, or by two tabs at once, is one event (IndexedDB serialises overlapping read-write
 * transactions, and a unique index backs it up).
 */
import type { Detection } from '../core/detection';
import type { Email } from '../core/email';
import { companyKeyOf, type TimelineSlice } from '../core/timeline/match';
import { planIngest } from '../core/timeline/plan-ingest';
import { messageKey } from '../core/timeline/review';
import type { Application, TimelineEvent } from '../core/timeline/types';
import { isoNow, randomId, type CallbackDb } from './db';

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
  | { status: 'ignored'; reason: 'not-job' | 'reply-outside-timeline' };

/** Tables an ingest touches (callers that ingest inside their own transaction must include these). */
export function ingestTables(db: CallbackDb) {
  return [db.applications, db.events, db.people, db.reviewItems, db.corrections];
}

/** Load the part of the timeline planIngest needs: the thread's events and the candidate applications. */
async function loadSlice(db: CallbackDb, email: Email, detection: Detection): Promise<TimelineSlice> {
  const threadEvents: TimelineEvent[] = email.threadId
    ? await db.events.where('threadId').equals(email.threadId).toArray()
    : [];
  const key = companyKeyOf(email, detection);
  const companyApps: Application[] = key ? await db.applications.where('companyKey').equals(key).toArray() : [];
  const ids = [...new Set([...threadEvents.map((e) => e.applicationId), ...companyApps.map((a) => a.id)])];
  if (ids.length === 0) return { applications: [], events: threadEvents, people: [] };
  const [applications, events, people] = await Promise.all([
    db.applications.bulkGet(ids),
    db.events.where('applicationId').anyOf(ids).toArray(),
    db.people.where('applicationId').anyOf(ids).toArray(),
  ]);
  const seen = new Set(events.map((e) => e.id));
  return {
    applications: applications.filter((a): a is Application => !!a),
    events: [...events, ...threadEvents.filter((e) => !seen.has(e.id))],
    people,
  };
}

/** The body of ingestEmail; must run inside a read-write transaction over ingestTables(db). */
export async function ingestInTransaction(
  db: CallbackDb,
  email: Email,
  detection: Detection,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const now = isoNow(options.now);
  const newId = options.newId ?? randomId;
  const existing = await db.events.where('[source+messageId]').equals([email.source, email.id]).first();
  if (existing) return { status: 'duplicate', applicationId: existing.applicationId, eventId: existing.id };
  const key = messageKey(email.source, email.id);
  const review = await db.reviewItems.where('key').equals(key).first();
  if (review && review.status === 'open') return { status: 'duplicate', applicationId: null, eventId: null };
  const correction = await db.corrections.get(key);
  const effective = correction && correction.kind !== 'other' ? { ...detection, kind: correction.kind } : detection;
  const slice = await loadSlice(db, email, effective);
  const plan = planIngest(slice, email, detection, { now, newId, correction: correction?.kind ?? null });
  switch (plan.kind) {
    case 'skip':
      if (plan.reason === 'duplicate') return { status: 'duplicate', applicationId: null, eventId: null };
      return { status: 'ignored', reason: plan.reason };
    case 'review':
      await db.reviewItems.add(plan.item);
      return { status: 'review', reviewId: plan.item.id };
    case 'write':
      await db.applications.put(plan.application);
      await db.events.add(plan.event);
      if (plan.people.length > 0) await db.people.bulkAdd(plan.people);
      return { status: 'added', applicationId: plan.application.id, eventId: plan.event.id, newApplication: plan.isNew };
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
      const existing = await db.events.where('[source+messageId]').equals([email.source, email.id]).first();
      return { status: 'duplicate', applicationId: existing?.applicationId ?? null, eventId: existing?.id ?? null };
    }
    throw error;
  }
}
