import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importCheckpoint, loadTimeline, openDb, SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../lib/store';
import { app, ev, interview, note, person } from '../../unit/reminders/build';

/**
 * Version 1 as it was published, frozen here on purpose: if someone edits version 1 in db.ts instead of adding a
 * version, this test opens data written with the old schema and catches it.
 */
const V1_STORES = {
  applications: 'id, companyKey, updatedAt',
  events: 'id, applicationId, threadId, &[source+messageId], kind, at',
  people: 'id, applicationId, eventId',
  notes: 'id, applicationId',
  reminderActions: 'reminderId, at',
  corrections: 'key, messageId',
  reviewItems: 'id, &key, status',
  settings: 'id',
};

describe('schema versions are append-only; old data opens whole', () => {
  it('version 1 in the code is still the published version 1', () => {
    expect(SCHEMA_VERSIONS[0]).toEqual({ version: 1, stores: V1_STORES });
  });

  it('a database written with version 1 opens with the current code and every record is found', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const old = new Dexie('callback', deps);
    old.version(1).stores(V1_STORES);
    const events = [ev('e1', 'application_received', '2025-03-01T10:00:00Z'), interview('e2', '2025-03-11T14:00:00+01:00')];
    await old.table('applications').add(app());
    await old.table('events').bulkAdd(events);
    await old.table('people').add(person('p1', 'Ada Lovelace', 'e2'));
    await old.table('notes').add(note('n1', 'topic', '2025-03-11T16:00:00Z'));
    await old.table('reminderActions').add({ reminderId: 'thank-you-email:e2', status: 'done', snoozedUntil: null, auto: false, at: '2025-03-11T18:00:00Z' });
    await old.table('settings').add({ id: 'user', timeZone: 'Europe/Berlin' });
    old.close();

    const db = openDb('callback', deps);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const t = await loadTimeline(db);
    expect(t).toEqual({ applications: [app()], events, people: [person('p1', 'Ada Lovelace', 'e2')], notes: [note('n1', 'topic', '2025-03-11T16:00:00Z')] });
    expect(await db.reminderActions.get('thank-you-email:e2')).toMatchObject({ status: 'done' });
    expect(await db.events.where('[source+messageId]').equals(['gmail', 'e2']).count()).toBe(1);
    db.close();
  });

  it('version 2 merges the second event version 1 stored for one message (a confirmed row card under row:<id>)', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const old = new Dexie('callback', deps);
    old.version(1).stores(V1_STORES);
    const thread = { ...interview('e1', '2025-03-11T14:00:00+01:00'), messageId: 'm1' };
    const rowTwin = { ...interview('e2', '2025-03-11T14:00:00+01:00'), messageId: 'row:m1' };
    const lone = { ...ev('e3', 'rejection', '2025-04-01T10:00:00Z'), messageId: 'row:m3' };
    const other = { ...ev('e4', 'application_received', '2025-02-01T10:00:00Z'), messageId: 'm4' };
    await old.table('applications').add(app());
    await old.table('events').bulkAdd([thread, rowTwin, lone, other]);
    await old.table('people').bulkAdd([person('p1', 'Ada Lovelace', 'e1'), person('p2', 'Ada Lovelace', 'e2')]);
    old.close();

    const db = openDb('callback', deps);
    const t = await loadTimeline(db);
    expect(t.events.map((e) => [e.id, e.messageId]).sort()).toEqual([['e1', 'm1'], ['e3', 'm3'], ['e4', 'm4']]);
    expect(t.people.map((p) => p.id)).toEqual(['p1']);
    expect(t.applications).toEqual([app()]);
    db.close();
  });

  it("version 4 moves an unfinished import's open threads out of its checkpoint into rows of their own, and keeps the rest", async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const old = new Dexie('callback', deps);
    for (const v of SCHEMA_VERSIONS.filter((x) => x.version <= 3)) {
      const version = old.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    const counts = { messages: 40, byKind: { interview_invite: 2 }, byMonth: { '2025-03': 2 }, applications: 1, skipped: 30, errors: 0 };
    const stopped = { key: 'takeout.mbox:9000', fileName: 'takeout.mbox', size: 9000, offset: 4000, nextIndex: 41, counts, status: 'stopped', startedAt: '2025-03-01T10:00:00Z', updatedAt: '2025-03-01T10:05:00Z' };
    await old.table('imports').bulkAdd([{ ...stopped, threads: ['t1', 't2'] }, { ...stopped, key: 'older.mbox:10', status: 'done' }]);
    await old.table('importReplies').add({ importKey: stopped.key, messageId: 'r1', email: { id: 'r1' } });
    await old.table('applications').add(app());
    old.close();

    const db = openDb('callback', deps);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.imports.get(stopped.key)).toEqual(stopped);
    expect(await db.imports.get('older.mbox:10')).toEqual({ ...stopped, key: 'older.mbox:10', status: 'done' });
    // What a resumed import reads: the checkpoint with its threads, as before.
    expect(await importCheckpoint(db, stopped.key)).toEqual({ ...stopped, threads: ['t1', 't2'] });
    expect(await db.importReplies.count()).toBe(1);
    expect((await loadTimeline(db)).applications).toEqual([app()]);
    db.close();
  });
});

