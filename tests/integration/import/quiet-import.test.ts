import { Dexie, type ObservabilitySet } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { MailFileSource } from '../../../lib/import/read-mail';
import { runImport } from '../../../lib/import/run-import';
import { dexieImportSink, loadTimeline, openDb, openQuietDb, quietImportSink, type ImportCheckpoint } from '../../../lib/store';
import { generateMailbox } from '../../support/mailbox-gen';

function source(text: string): MailFileSource {
  const bytes = new TextEncoder().encode(text);
  return { name: 'takeout.mbox', size: bytes.length, open: (start) => new Blob([bytes.subarray(start)]).stream() };
}

function mailbox(): string {
  let text = '';
  generateMailbox({ seed: 4, messages: 600 }, (t) => (text += t));
  return text;
}

const seen: ObservabilitySet[] = [];
const listener = (parts: ObservabilitySet) => void seen.push(parts);
afterEach(() => {
  Dexie.on('storagemutated').unsubscribe(listener);
  seen.length = 0;
});

describe("the import worker's quiet connection", () => {
  it('stores what the plain one stores, and tells the pages which tables changed once a second and at the end instead of every key of every batch', async () => {
    const text = mailbox();
    const deps = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });
    Dexie.on('storagemutated', listener);
    const plainDb = openDb('plain', deps());
    const plain = await runImport(source(text), dexieImportSink(plainDb, () => new Date()), { now: () => new Date(), model: null });
    const plainSignals = seen.splice(0);
    const quietDb = openQuietDb('quiet', deps());
    await quietDb.open();
    seen.length = 0;
    // A clock that never moves: only the first batch and the end may speak.
    const quiet = await runImport(source(text), quietImportSink(quietDb, () => new Date(), () => 0), { now: () => new Date(), model: null });
    expect(quiet.counts).toEqual(plain.counts);
    expect(quiet.counts.applications).toBeGreaterThan(5);
    const timeline = async (db: typeof plainDb) => (await loadTimeline(db)).applications.map((a) => [a.company, a.role, a.stage]).sort();
    expect(await timeline(quietDb)).toEqual(await timeline(plainDb));
    expect(plainSignals.length).toBeGreaterThan(1);
    expect(plainSignals.some((p) => Object.keys(p).some((k) => k.includes('/events/')))).toBe(true);
    expect(seen).toHaveLength(2);
    const tables = (p: ObservabilitySet) => new Set(Object.keys(p).map((k) => k.split('/')[3]));
    // The tables the import wrote, whole; not the ones it only read (the options page's settings and corrections).
    expect([...tables(seen[0]!)].sort()).toEqual(expect.arrayContaining(['applications', 'events', 'imports']));
    expect(Object.keys(seen[0]!)).toContain('idb://quiet/events/');
    for (const parts of seen) {
      expect(tables(parts).has('corrections')).toBe(false);
      expect(tables(parts).has('settings')).toBe(false);
      expect(parts.all).toBeUndefined();
    }
  }, 120_000);

  it('names only the tables written since it last spoke', async () => {
    const db = openQuietDb('since', { indexedDB: new IDBFactory(), IDBKeyRange });
    let now = 0;
    const sink = quietImportSink(db, () => new Date(), () => now);
    await db.open();
    const checkpoint: ImportCheckpoint = { key: 'k', fileName: 'f', size: 1, offset: 0, nextIndex: 1, counts: { messages: 0, byKind: {}, byMonth: {}, applications: 0, skipped: 0, errors: 0 }, status: 'running', startedAt: '', updatedAt: '' };
    Dexie.on('storagemutated', listener);
    await sink.store([], checkpoint);
    expect(Object.keys(seen[0]!).filter((k) => !k.startsWith('idb://since/imports/'))).toEqual([]);
    now = 2000;
    await sink.stop('k');
    expect(Object.keys(seen[1]!)).toContain('idb://since/imports/');
  });

  it('speaks at most once a second while batches come, and always at the end', async () => {
    const db = openQuietDb('throttle', { indexedDB: new IDBFactory(), IDBKeyRange });
    let now = 0;
    const sink = quietImportSink(db, () => new Date(), () => now);
    await db.open();
    const checkpoint: ImportCheckpoint = { key: 'k', fileName: 'f', size: 1, offset: 0, nextIndex: 1, counts: { messages: 0, byKind: {}, byMonth: {}, applications: 0, skipped: 0, errors: 0 }, status: 'running', startedAt: '', updatedAt: '' };
    Dexie.on('storagemutated', listener);
    for (const t of [0, 300, 600, 900, 1200, 1500]) {
      now = t;
      await sink.store([], checkpoint);
    }
    expect(seen).toHaveLength(2);
    await sink.finish(checkpoint);
    expect(seen).toHaveLength(3);
  });
});
