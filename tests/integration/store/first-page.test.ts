// The timeline's first screen read straight from IndexedDB (lib/store/first-page.ts) must show what the page's live
// query then shows (lib/store/timeline-pages.ts), and must never create the database before Dexie does.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { addManualApplication, openDb, recentApplications, setArchived } from '../../../lib/store';
import { readFirstPage } from '../../../lib/store/first-page';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 12)).toISOString();

async function seeded(count: number) {
  const factory = new IDBFactory();
  const db = openDb('callback', { indexedDB: factory, IDBKeyRange });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await addManualApplication(db, { company: `Company ${i}`, role: null }, { now: day(i) })).id);
  return { factory, db, ids };
}

describe('the first page read before Dexie opens', () => {
  it('holds the most recently active applications, newest first, as the live query does, with the count', async () => {
    const { factory, db, ids } = await seeded(7);
    // A change makes an old application the most recent one.
    await setArchived(db, ids[1]!, true, { now: day(30) });
    db.close();
    const first = await readFirstPage(3, factory);
    const live = await recentApplications(openDb('callback', { indexedDB: factory, IDBKeyRange }), { limit: 3, records: false });
    expect(first?.applications.map((a) => a.company)).toEqual(['Company 1', 'Company 6', 'Company 5']);
    expect(first?.applications).toEqual(live.timeline.applications);
    expect(first).toMatchObject({ more: true, total: 7 });
    expect(live).toMatchObject({ more: true, total: 7 });
  });

  it('says there is no more when the page holds every application', async () => {
    const { factory, db } = await seeded(3);
    db.close();
    expect(await readFirstPage(3, factory)).toMatchObject({ more: false, total: 3 });
    expect((await readFirstPage(50, factory))?.applications).toHaveLength(3);
  });

  it('leaves a database that does not exist yet to Dexie, which then creates it whole', async () => {
    const factory = new IDBFactory();
    expect(await readFirstPage(50, factory)).toBeNull();
    expect((await factory.databases()).map((d) => d.name)).not.toContain('callback');
    const db = openDb('callback', { indexedDB: factory, IDBKeyRange });
    await addManualApplication(db, { company: 'Acme', role: null }, { now: day(0) });
    expect(await db.applications.count()).toBe(1);
    expect(db.tables.map((t) => t.name)).toContain('importReplies');
  });

  it('closes its connection, so a newer version of the database can open', async () => {
    const { factory, db } = await seeded(2);
    db.close();
    const reading = readFirstPage(50, factory);
    const upgraded = new Promise<number>((resolve, reject) => {
      const request = factory.open('callback', 1000);
      request.onsuccess = () => {
        resolve(request.result.version);
        request.result.close();
      };
      request.onerror = () => reject(request.error);
    });
    await reading;
    expect(await upgraded).toBe(1000);
  });
});
