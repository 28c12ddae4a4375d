/** What the timeline's repositories share: the clock and id options, and the few steps every hand edit takes. */
import { settleApplication } from '../core/timeline/stage';
import type { Application, TimelineEvent } from '../core/timeline/types';
import type { EntityTable } from 'dexie';
import type { CallbackDb } from './db';

export interface WriteOptions {
  now?: Date | string;
  newId?: () => string;
}

/** The application, or an error naming the id (a page that shows a deleted application). */
export async function requireApp(db: CallbackDb, id: string): Promise<Application> {
  const app = await db.applications.get(id);
  if (!app) throw new Error(`No application with id ${id}`);
  return app;
}

/** Store a record of an application (a note, a person), checking in the same transaction that the application exists. */
export async function putOwned<T extends { id: string; applicationId: string }>(db: CallbackDb, table: EntityTable<T, 'id'>, record: T): Promise<T> {
  await db.transaction('rw', [db.applications, table], async () => {
    await requireApp(db, record.applicationId);
    await table.put(record);
  });
  return record;
}

/** Recompute stage and round of one application from its events (inside a transaction). */
export async function resettle(db: CallbackDb, applicationId: string, now: string): Promise<Application | null> {
  const app = await db.applications.get(applicationId);
  if (!app) return null;
  const events = await db.events.where('applicationId').equals(applicationId).toArray();
  const settled = settleApplication(app, events, now);
  if (settled !== app) await db.applications.put(settled);
  return settled;
}

/** An event the user records by hand (source `manual`: no message, full confidence). */
export function manualEvent(id: string, applicationId: string, kind: TimelineEvent['kind'], at: string): TimelineEvent {
  return {
    id,
    applicationId,
    kind,
    at,
    source: 'manual',
    messageId: null,
    threadId: null,
    subject: null,
    confidence: 1,
    evidence: [],
    interview: null,
    deadline: null,
    decisionBy: null,
    links: [],
  };
}
