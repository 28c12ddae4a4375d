/**
 * Applications: reading the timeline whole or a thread's part of it, the user's hand edits (stage, stance,
 * archive, applications added by hand, merges) and deletes, which go through the one cascade (cascade.ts).
 */
import { companyKey } from '../core/timeline/normalise';
import type { Application, Stage, Stance, Timeline } from '../core/timeline/types';
import { messageKey, type ClassificationCorrection } from '../core/timeline/review';
import { cascadeTables, clearStore, everyTable, removeApplication, type Removed } from './cascade';
import { isoNow, randomId, type CallbackDb } from './db';
import { manualEvent, requireApp, resettle, type WriteOptions } from './repo-helpers';

/** The whole timeline (applications, events, people, notes), as plain data for the core. */
export async function loadTimeline(db: CallbackDb): Promise<Timeline> {
  return db.transaction('r', [db.applications, db.events, db.people, db.notes], async () => {
    const [applications, events, people, notes] = await Promise.all([
      db.applications.toArray(),
      db.events.toArray(),
      db.people.toArray(),
      db.notes.toArray(),
    ]);
    return { applications, events, people, notes };
  });
}

/**
 * The part of the timeline a mail thread touches: the applications its events belong to, with all their events,
 * people and notes. Reminders are derived per application, so this gives the thread's reminders without reading
 * the whole store (the in-thread bar asks on every thread open).
 */
export async function loadThreadTimeline(db: CallbackDb, threadId: string): Promise<Timeline> {
  return db.transaction('r', [db.applications, db.events, db.people, db.notes], async () => {
    const threadEvents = await db.events.where('threadId').equals(threadId).toArray();
    const ids = [...new Set(threadEvents.map((e) => e.applicationId))];
    if (ids.length === 0) return { applications: [], events: [], people: [], notes: [] };
    const [applications, events, people, notes] = await Promise.all([
      db.applications.bulkGet(ids),
      db.events.where('applicationId').anyOf(ids).toArray(),
      db.people.where('applicationId').anyOf(ids).toArray(),
      db.notes.where('applicationId').anyOf(ids).toArray(),
    ]);
    return { applications: applications.filter((a): a is NonNullable<typeof a> => !!a), events, people, notes };
  });
}

/** The application a mail thread belongs to, if any (the in-thread bar). */
export async function applicationOfThread(db: CallbackDb, threadId: string): Promise<Application | null> {
  const events = await db.events.where('threadId').equals(threadId).toArray();
  const latest = events.sort((a, b) => (a.at < b.at ? 1 : -1))[0];
  return latest ? ((await db.applications.get(latest.applicationId)) ?? null) : null;
}

/**
 * Set the stage by hand: it then wins over every later guess. `'auto'` hands the stage back to the events.
 */
export async function setStage(db: CallbackDb, applicationId: string, stage: Stage | 'auto', options: WriteOptions = {}): Promise<Application> {
  const now = isoNow(options.now);
  return db.transaction('rw', [db.applications, db.events], async () => {
    const app = await requireApp(db, applicationId);
    if (stage === 'auto') {
      const back = { ...app, stageByUser: false };
      await db.applications.put(back);
      return (await resettle(db, applicationId, now)) ?? back;
    }
    const next = { ...app, stage, stageByUser: true, updatedAt: now };
    await db.applications.put(next);
    return next;
  });
}

/** Change one field the user owns (stance, archived) and the time it changed. */
async function setField(db: CallbackDb, applicationId: string, change: Partial<Pick<Application, 'stance' | 'archived'>>, options: WriteOptions) {
  const now = isoNow(options.now);
  return db.transaction('rw', db.applications, async () => {
    const next = { ...(await requireApp(db, applicationId)), ...change, updatedAt: now };
    await db.applications.put(next);
    return next;
  });
}

/** The stance after a rejection for one application (null: follow the default in settings). */
export async function setStance(db: CallbackDb, applicationId: string, stance: Stance | null, options: WriteOptions = {}): Promise<Application> {
  return setField(db, applicationId, { stance }, options);
}

/** Archive (move on) or bring back an application. */
export async function setArchived(db: CallbackDb, applicationId: string, archived: boolean, options: WriteOptions = {}): Promise<Application> {
  return setField(db, applicationId, { archived }, options);
}

export interface ManualApplicationInput {
  company: string;
  role?: string | null;
  /** When the user applied (default: now). */
  appliedAt?: string;
  /** A stage other than `applied` is a hand-set stage. */
  stage?: Stage;
}

/** An application the user adds by hand, with its `application_received` event (source `manual`). */
export async function addManualApplication(db: CallbackDb, input: ManualApplicationInput, options: WriteOptions = {}): Promise<Application> {
  const now = isoNow(options.now);
  const newId = options.newId ?? randomId;
  const company = input.company.trim().slice(0, 200) || 'Unknown company';
  const app: Application = {
    id: newId(),
    company,
    companyKey: companyKey(company),
    companyFrom: 'user',
    role: input.role?.trim().slice(0, 200) || null,
    stage: input.stage ?? 'applied',
    round: 0,
    stance: null,
    archived: false,
    stageByUser: !!input.stage && input.stage !== 'applied',
    createdAt: now,
    updatedAt: now,
  };
  const event = manualEvent(newId(), app.id, 'application_received', input.appliedAt ? isoNow(input.appliedAt) : now);
  await db.transaction('rw', [db.applications, db.events], async () => {
    await db.applications.add(app);
    await db.events.add(event);
  });
  return app;
}

/**
 * Merge `mergeId` into `keepId` (the same application seen twice): events, people and notes move, the stage is
 * recomputed, `mergeId` is deleted. Reminder actions stay valid (reminder ids name events, not applications).
 */
export async function mergeApplications(db: CallbackDb, keepId: string, mergeId: string, options: WriteOptions = {}): Promise<Application> {
  const now = isoNow(options.now);
  if (keepId === mergeId) throw new Error('Cannot merge an application into itself');
  return db.transaction('rw', [db.applications, db.events, db.people, db.notes], async () => {
    const keep = await requireApp(db, keepId);
    const merge = await requireApp(db, mergeId);
    await db.events.where('applicationId').equals(mergeId).modify({ applicationId: keepId });
    await db.people.where('applicationId').equals(mergeId).modify({ applicationId: keepId });
    await db.notes.where('applicationId').equals(mergeId).modify({ applicationId: keepId });
    await db.applications.delete(mergeId);
    await db.applications.put({
      ...keep,
      role: keep.role ?? merge.role,
      stance: keep.stance ?? merge.stance,
      archived: keep.archived && merge.archived,
      createdAt: keep.createdAt < merge.createdAt ? keep.createdAt : merge.createdAt,
      updatedAt: now,
    });
    return (await resettle(db, keepId, now)) ?? keep;
  });
}

/** What deleting an application removed and wrote, enough to put it all back (the page keeps it for its Undo). */
export interface DeletedApplication {
  removed: Removed;
  /** The user's corrections as they were before the delete (of its messages, or that could undo into it). */
  corrections: ClassificationCorrection[];
  /** The keys of the markers that keep its messages out of the timeline. */
  markers: string[];
}

/**
 * Delete one application with everything of it (see removeApplication), all or nothing. Its emails stay out of the
 * timeline afterwards: each gets a marker (a correction that says "deleted with this application", teaching
 * nothing), or the next look at the thread would add the application again. Returns what the undo needs.
 */
export async function deleteApplication(db: CallbackDb, applicationId: string, options: WriteOptions = {}): Promise<DeletedApplication> {
  const now = isoNow(options.now);
  return db.transaction('rw', cascadeTables(db), async () => {
    const app = await requireApp(db, applicationId);
    const label = app.role ? `${app.company} · ${app.role}` : app.company;
    const emails = (await db.events.where('applicationId').equals(applicationId).toArray()).filter((e) => !!e.messageId);
    const markers = emails.map((e) => messageKey(e.source, e.messageId!));
    const before = await db.corrections.toArray();
    const corrections = before.filter((c) => markers.includes(c.key) || c.undo?.event?.applicationId === applicationId || c.undo?.application?.id === applicationId);
    const removed = await removeApplication(db, applicationId);
    // The user's own word on an email (and its lesson) stays under the marker; otherwise the marker teaches nothing.
    const words = await db.corrections.bulkGet(markers);
    await db.corrections.bulkPut(
      emails.map((e, i): ClassificationCorrection => {
        const deletedWith = { application: label, subject: e.subject ?? '', sender: e.sender ?? '' };
        const word = words[i];
        if (word) return { ...word, deletedWith };
        return { key: markers[i]!, source: e.source, messageId: e.messageId!, kind: 'other', at: now, like: null, undo: null, deletedWith };
      }),
    );
    return { removed, corrections, markers };
  });
}

/** Undo deleteApplication: every record comes back as it was, and its emails are read again. */
export async function restoreApplication(db: CallbackDb, deleted: DeletedApplication): Promise<void> {
  const { removed } = deleted;
  await db.transaction('rw', cascadeTables(db), async () => {
    await db.corrections.bulkDelete(deleted.markers);
    await db.corrections.bulkPut(deleted.corrections);
    if (removed.application) await db.applications.put(removed.application);
    await Promise.all([
      db.events.bulkPut(removed.events),
      db.people.bulkPut(removed.people),
      db.notes.bulkPut(removed.notes),
      db.reviewItems.bulkPut(removed.reviewItems),
      db.reminderActions.bulkPut(removed.reminderActions),
    ]);
  });
}

/** Delete every record in every table (the UI asks the user first). */
export async function deleteEverything(db: CallbackDb): Promise<void> {
  await db.transaction('rw', everyTable(db), () => clearStore(db));
}
