import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestEmail, loadTimeline, openDb, type CallbackDb } from '../../../lib/store';
import { detection, email } from '../../unit/timeline/make';

let db: CallbackDb;
let n = 0;
function fresh(): CallbackDb {
  db = openDb(`ingest-${++n}-${Math.random()}`);
  return db;
}
afterEach(async () => {
  await db?.delete();
});

describe('ingest is idempotent and safe under concurrency', () => {
  it('the same message ingested twice is one event', async () => {
    const db = fresh();
    const m = email({ id: 'm1', threadId: 't1' });
    const first = await ingestEmail(db, m, detection('application_received'), { now: '2025-03-03T10:00:00Z' });
    const second = await ingestEmail(db, m, detection('application_received'), { now: '2025-03-03T11:00:00Z' });
    expect(first.status).toBe('added');
    expect(second.status).toBe('duplicate');
    const t = await loadTimeline(db);
    expect(t.events).toHaveLength(1);
    expect(t.applications).toHaveLength(1);
  });

  it('the same message from two tabs at once is one event', async () => {
    const db = fresh();
    const m = email({ id: 'm1', threadId: 't1' });
    const results = await Promise.all(
      [1, 2, 3].map(() => ingestEmail(db, m, detection('application_received'), { now: '2025-03-03T10:00:00Z' })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['added', 'duplicate', 'duplicate']);
    const t = await loadTimeline(db);
    expect(t.events).toHaveLength(1);
    expect(t.applications).toHaveLength(1);
  });

  it('two different messages of one application arriving at once land on one application', async () => {
    const db = fresh();
    await Promise.all([
      ingestEmail(db, email({ id: 'a', threadId: 't1' }), detection('application_received')),
      ingestEmail(db, email({ id: 'b', threadId: 't1', date: '2025-03-10T10:00:00Z' }), detection('rejection')),
    ]);
    const t = await loadTimeline(db);
    expect(t.events).toHaveLength(2);
    expect(t.applications).toHaveLength(1);
    expect(t.applications[0]?.stage).toBe('rejected');
  });
});

describe('out-of-order emails never move the stage back', () => {
  it('a rejection read before its acknowledgement stays a rejection', async () => {
    const db = fresh();
    await ingestEmail(db, email({ id: 'rej', threadId: 't2', date: '2025-03-20T10:00:00Z' }), detection('rejection'));
    await ingestEmail(db, email({ id: 'ack', threadId: 't1', date: '2025-03-01T10:00:00Z' }), detection('application_received'));
    const t = await loadTimeline(db);
    expect(t.applications).toHaveLength(1);
    expect(t.applications[0]?.stage).toBe('rejected');
    expect(t.events.map((e) => e.kind).sort()).toEqual(['application_received', 'rejection']);
  });
});
