/**
 * The store's side of an import of past mail (lib/import/run-import.ts): each batch of job mail is ingested with the
 * import's checkpoint in one read-write transaction, so a closed page, a cancel or a failure leaves whole batches
 * and a checkpoint that says exactly where they end. The user's own replies whose thread has no application yet (the
 * reply came first in the file) wait in `importReplies` and are tried again when the file is done.
 */
import { Dexie } from 'dexie';
import { USER_REPLY_DETECTION } from '../core/detection';
import { gmailIdForms } from '../core/timeline/gmail-ids';
import type { Checkpoint, Counts, OpenedThreads } from '../import/run-import';
import type { Email } from '../core/email';
import type { IngestResult } from './ingest';
import { ingestInTransaction, ingestTables, type IngestItem } from './ingest';
import type { CallbackDb } from './db';
import { IngestReads } from './ingest-reads';

/** The import's own shapes (lib/import/run-import.ts): the store implements its sink and keeps its checkpoint. */
export type ImportCounts = Counts;
export type ImportCheckpoint = Checkpoint;
export type ImportStatus = Checkpoint['status'];

/** A thread an import's triage opened (lib/import/to-email.ts): its later mail is read whatever it says. */
export interface OpenThread {
  importKey: string;
  thread: string;
}

export interface PendingReply {
  importKey: string;
  messageId: string;
  email: Email;
}


export function emptyCounts(): ImportCounts {
  return { messages: 0, byKind: {}, byMonth: {}, applications: 0, skipped: 0, errors: 0 };
}

/** An import's open threads, by their key [importKey+thread]. */
function threadsOf(db: CallbackDb, key: string) {
  return db.importThreads.where('[importKey+thread]').between([key, Dexie.minKey], [key, Dexie.maxKey]);
}

/** Where an import of this file stands, with the threads its triage opened. */
export async function importCheckpoint(db: CallbackDb, key: string): Promise<ImportCheckpoint | undefined> {
  return db.transaction('r', [db.imports, db.importThreads], async () => {
    const row = await db.imports.get(key);
    if (!row) return undefined;
    const threads = (await threadsOf(db, key).primaryKeys()).map(([, thread]) => thread);
    return { ...row, threads };
  });
}

/** Ingest a batch and move the checkpoint, with the threads opened meanwhile, all or nothing. */
export async function writeImportBatch(
  db: CallbackDb,
  items: readonly IngestItem[],
  checkpoint: ImportCheckpoint,
  now: Date,
  threads: OpenedThreads = { opened: [], fresh: false },
): Promise<IngestResult[]> {
  return db.transaction('rw', [...ingestTables(db), db.imports, db.importReplies, db.importThreads], async () => {
    // The batch's reads once, kept in step with its writes (ingest-reads.ts).
    const reads = new IngestReads(db);
    await reads.prefetch(items.map((i) => i.email));
    const results: IngestResult[] = [];
    for (const item of items) {
      const result = await ingestInTransaction(db, item.email, item.detection, { now }, reads);
      if (result.status === 'ignored' && result.reason === 'reply-outside-timeline' && item.email.threadId) {
        await db.importReplies.put({ importKey: checkpoint.key, messageId: item.email.id, email: item.email });
      }
      results.push(result);
    }
    // A new import of a file read before starts with no open threads of that one.
    if (threads.fresh) await threadsOf(db, checkpoint.key).delete();
    if (threads.opened.length) await db.importThreads.bulkPut(threads.opened.map((thread) => ({ importKey: checkpoint.key, thread })));
    const { threads: _threads, ...row } = checkpoint;
    await db.imports.put(row);
    return results;
  });
}

/** Waiting replies read and tried at a time at the end of a file: an import of many messages may leave thousands. */
const REPLY_PAGE = 500;

/**
 * The end of a file: the waiting replies are tried again (their thread may have an application now), then dropped.
 * A page at a time, each page dropped once tried, in the one transaction: the worker never holds them all. Only those
 * whose thread has an event now are ingested (a reply joins an application by its thread alone); the rest, most of
 * them in a mailbox (replies to friends), would be refused one request at a time.
 */
export async function finishImport(db: CallbackDb, checkpoint: ImportCheckpoint, now: Date, page = REPLY_PAGE): Promise<IngestResult[]> {
  return db.transaction('rw', [...ingestTables(db), db.imports, db.importReplies, db.importThreads], async () => {
    const results: IngestResult[] = [];
    const threads = new Set((await db.events.orderBy('threadId').uniqueKeys()).map(String));
    const inTimeline = (threadId: string | null | undefined) => !!threadId && gmailIdForms(threadId, 'thread').some((form) => threads.has(form));
    for (;;) {
      const waiting = await db.importReplies.where('importKey').equals(checkpoint.key).limit(page).toArray();
      if (waiting.length === 0) break;
      const tried = waiting.filter((w) => inTimeline(w.email.threadId));
      // One set of reads for the page, as a batch has (a thousand replies each read alone took a minute in Node).
      const reads = new IngestReads(db);
      await reads.prefetch(tried.map((w) => w.email));
      for (const w of tried) results.push(await ingestInTransaction(db, w.email, USER_REPLY_DETECTION, { now }, reads));
      await db.importReplies.bulkDelete(waiting.map((w): [string, string] => [w.importKey, w.messageId]));
    }
    // Done: a file chosen again is read from its start, with no open threads.
    await threadsOf(db, checkpoint.key).delete();
    const { threads: _threads, ...row } = checkpoint;
    await db.imports.put({ ...row, status: 'done' });
    return results;
  });
}

export async function stopImport(db: CallbackDb, key: string, now: Date): Promise<void> {
  await db.imports.update(key, { status: 'stopped', updatedAt: now.toISOString() });
}

/** The sink lib/import/run-import.ts writes to: this database, the clock passed in. */
export function dexieImportSink(db: CallbackDb, now: () => Date) {
  return {
    checkpoint: (key: string) => importCheckpoint(db, key),
    store: (items: IngestItem[], checkpoint: ImportCheckpoint, threads?: OpenedThreads) => writeImportBatch(db, items, checkpoint, now(), threads),
    finish: (checkpoint: ImportCheckpoint) => finishImport(db, checkpoint, now()),
    stop: (key: string) => stopImport(db, key, now()),
  };
}

/** Imports that stopped before the end (a closed page, a cancel): the same file chosen again offers to resume. */
export async function unfinishedImports(db: CallbackDb): Promise<ImportCheckpoint[]> {
  return (await db.imports.toArray()).filter((c) => c.status !== 'done');
}
