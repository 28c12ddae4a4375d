/**
 * The timeline page a page at a time: the most recently active applications first, read by the `updatedAt` index
 * with everything that belongs to them, so the first screen does not wait for 10,000 events. The rest comes as the
 * user scrolls or searches (a bigger `limit`), and one application's records by id (a link to it).
 */
import { Dexie } from 'dexie';
import type { Application, Timeline } from '../core/timeline/types';
import type { CallbackDb } from './db';

export interface TimelinePage {
  /** The applications of the page, most recent activity first, with their events, people and notes. */
  timeline: Timeline;
  /** More applications match beyond the page. */
  more: boolean;
  /** How many applications the store holds (read in the same transaction as the page). */
  total: number;
}

/**
 * Everything of these applications, in the order given, inside the caller's read transaction. A Dexie promise, not a
 * native async function: Dexie follows its transaction through only a few native steps (see ingest-reads.ts).
 */
function recordsOf(db: CallbackDb, applications: Application[]): Promise<Timeline> {
  const ids = applications.map((a) => a.id);
  if (ids.length === 0) return Dexie.Promise.resolve({ applications, events: [], people: [], notes: [] });
  return Dexie.Promise.all([
    db.events.where('applicationId').anyOf(ids).toArray(),
    db.people.where('applicationId').anyOf(ids).toArray(),
    db.notes.where('applicationId').anyOf(ids).toArray(),
  ]).then(([events, people, notes]) => ({ applications, events, people, notes }));
}

/**
 * The first `limit` applications that `keep` accepts (all of them without it), most recent activity first, with
 * their records unless `records` is false. The index is walked newest first and stops once the page is full.
 */
export async function recentApplications(
  db: CallbackDb,
  options: { limit: number; keep?: (application: Application) => boolean; records?: boolean },
): Promise<TimelinePage> {
  const limit = Math.max(1, Math.floor(options.limit));
  // A list needs the applications alone (their records are read for the one the user opens, applicationTimeline):
  // then the transaction holds that table only, and no write to the events waits for it.
  const tables = options.records === false ? [db.applications] : [db.applications, db.events, db.people, db.notes];
  return db.transaction('r', tables, async () => {
    let newest = db.applications.orderBy('updatedAt').reverse();
    if (options.keep) newest = newest.filter(options.keep);
    const [found, total] = await Dexie.Promise.all([newest.limit(limit + 1).toArray(), db.applications.count()]);
    const page = found.slice(0, limit);
    const timeline = options.records === false ? { applications: page, events: [], people: [], notes: [] } : await recordsOf(db, page);
    return { timeline, more: found.length > limit, total };
  });
}

/** One application with its records, or null when there is no such application. */
export async function applicationTimeline(db: CallbackDb, applicationId: string): Promise<Timeline | null> {
  return db.transaction('r', [db.applications, db.events, db.people, db.notes], async () => {
    const application = await db.applications.get(applicationId);
    return application ? recordsOf(db, [application]) : null;
  });
}
