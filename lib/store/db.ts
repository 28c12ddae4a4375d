/**
 * The one module that owns the database. Dexie 4 over IndexedDB in the extension's origin (pages and the service
 * worker); the instance is created lazily so importing the store costs nothing until it is used.
 *
 * Schema versions are append-only history: never edit a published version's stores, add a new version with an
 * upgrade and a test in tests/integration/store/ that opens old data and finds it whole.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { ReminderAction } from '../core/reminders/types';
import type { Settings } from '../core/settings';
import { rowEventRepairs, type ClassificationCorrection, type ReviewItem } from '../core/timeline/review';
import type { Application, Note, Person, TimelineEvent } from '../core/timeline/types';
import { DB_NAME } from './db-name';
import type { ImportCheckpoint, OpenThread, PendingReply } from './mail-import';

/** An organisation the user hires for, as their mail showed it: its sender's domain, and when it was learned. */
export interface HiringSide {
  organisation: string;
  at: string;
  /** Absent: the user hires for it; 'works': they work there (core/classify/hiring-side.ts, OwnSide). */
  why?: 'works';
}

/** The single settings row: only what the user changed is stored; defaults fill the rest on read. */
export interface StoredSettings extends Partial<Settings> {
  id: 'user';
}

export { DB_NAME };

/**
 * Every schema version, oldest first. Indexes serve what the UI asks:
 * - events by applicationId (an application's history), by threadId (a thread's application), by
 *   [source+messageId] (unique: idempotent ingest; manual events have no messageId and are not indexed);
 * - applications by companyKey (matching); people and notes by applicationId; people by eventId (interviewers);
 * - reminderActions keyed by reminderId (reminders are derived: only the user's action is stored);
 * - corrections keyed by `${source}:${messageId}`; reviewItems by status and by that key (unique).
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}> = [
  {
    version: 1,
    stores: {
      applications: 'id, companyKey, updatedAt',
      events: 'id, applicationId, threadId, &[source+messageId], kind, at',
      people: 'id, applicationId, eventId',
      notes: 'id, applicationId',
      reminderActions: 'reminderId, at',
      corrections: 'key, messageId',
      reviewItems: 'id, &key, status',
      settings: 'id',
    },
  },
  {
    // Same tables. Version 1 stored a confirmed list-row card under `row:<id>`, beside the message's own event when
    // the thread had been opened first: one message, two events. Keep one, under the message's own id.
    version: 2,
    stores: {},
    upgrade: async (tx) => {
      const events = tx.table<{ id: string; source: string; messageId: string | null }, string>('events');
      const rows = await events.filter((e) => !!e.messageId?.startsWith('row:')).toArray();
      if (rows.length === 0) return;
      const owners = await events.where('[source+messageId]').anyOf(rows.map((e) => [e.source, e.messageId!.slice(4)])).toArray();
      const { rename, drop } = rowEventRepairs([...owners, ...rows]);
      if (drop.length) {
        await events.bulkDelete(drop);
        await tx.table('people').where('eventId').anyOf(drop).delete();
      }
      for (const r of rename) await events.update(r.id, { messageId: r.messageId });
    },
  },
  {
    // Import of past mail (lib/import): where an import of a file stands, so a closed page can resume it, and the
    // user's own replies whose thread had no application yet when they were read (they are tried again at the end).
    version: 3,
    stores: { imports: 'key', importReplies: '[importKey+messageId], importKey' },
  },
  {
    // The threads an import's triage opened (mail of a job thread is read whatever it says), a row each, written as
    // they open: they were a list in the import's checkpoint row, rewritten whole with every batch.
    version: 4,
    stores: { importThreads: '[importKey+thread]' },
    upgrade: async (tx) => {
      const imports = tx.table<{ key: string; threads?: string[] }, string>('imports');
      for (const row of await imports.toArray()) {
        if (!row.threads) continue;
        await tx.table('importThreads').bulkPut(row.threads.map((thread) => ({ importKey: row.key, thread })));
        const { threads: _threads, ...rest } = row;
        await imports.put(rest);
      }
    },
  },
  {
    // The organisations the user's mail showed them hiring for, or (since the eighteenth session, in the same rows with
    // `why: 'works'`, no new index) working at (core/classify/hiring-side.ts): a job decision in mail from one waits
    // in the review list. Learned as mail is read; forgotten when the user says such mail is theirs.
    version: 5,
    stores: { hiringSides: 'organisation' },
  },
];

export const SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export class CallbackDb extends Dexie {
  applications!: EntityTable<Application, 'id'>;
  events!: EntityTable<TimelineEvent, 'id'>;
  people!: EntityTable<Person, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  reminderActions!: EntityTable<ReminderAction, 'reminderId'>;
  corrections!: EntityTable<ClassificationCorrection, 'key'>;
  reviewItems!: EntityTable<ReviewItem, 'id'>;
  settings!: EntityTable<StoredSettings, 'id'>;
  imports!: EntityTable<ImportCheckpoint, 'key'>;
  importReplies!: Dexie.Table<PendingReply, [string, string]>;
  importThreads!: Dexie.Table<OpenThread, [string, string]>;
  hiringSides!: EntityTable<HiringSide, 'organisation'>;

  constructor(name: string, deps?: DbDeps) {
    super(name, deps ? { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange } : undefined);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
  }
}

/**
 * An IndexedDB implementation to use instead of the global one (tests: `new IDBFactory()` and `IDBKeyRange` from
 * fake-indexeddb, whose types are the DOM's). Only the members Dexie calls are required.
 */
export interface DbDeps {
  indexedDB: Pick<IDBFactory, 'open'>;
  IDBKeyRange: Pick<typeof IDBKeyRange, 'bound' | 'lowerBound' | 'upperBound'>;
}

/**
 * Every data table, for whole-store transactions (import, delete everything, merge): what a JSON backup carries,
 * the organisations the user hires for included.
 */
export function allTables(db: CallbackDb) {
  return [
    db.applications,
    db.events,
    db.people,
    db.notes,
    db.reminderActions,
    db.corrections,
    db.reviewItems,
    db.settings,
    db.hiringSides,
  ];
}

/** A new database handle (opens on first use). Tests pass a unique name and, optionally, their own IDBFactory. */
export function openDb(name: string = DB_NAME, deps?: DbDeps): CallbackDb {
  return new CallbackDb(name, deps);
}

let shared: CallbackDb | null = null;

/** The extension's database, created on first call and shared by every caller in this context. */
export function getDb(): CallbackDb {
  shared ??= openDb(DB_NAME);
  return shared;
}

/** A fresh id for records the store creates (ids are parameters in the core; the store picks them). */
export function randomId(): string {
  return crypto.randomUUID();
}

/** `now` as an ISO string; the store takes the clock as an option so tests can fix it. */
export function isoNow(now?: Date | string): string {
  if (now === undefined) return new Date().toISOString();
  return typeof now === 'string' ? new Date(now).toISOString() : now.toISOString();
}
