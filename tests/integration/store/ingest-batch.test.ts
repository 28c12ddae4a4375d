/**
 * A page's batch (a thread's messages, a screen of rows) is ingested in one transaction that reads the thread and its
 * application once and keeps that copy in step with its own writes (lib/store/ingest-reads.ts). Whatever the batch,
 * the timeline must be exactly the one that message-by-message ingest gives.
 */
import { describe, expect, it } from 'vitest';
import type { Detection } from '../../../lib/core/detection';
import type { Email } from '../../../lib/core/email';
import { ingestBatch, ingestEmail, loadTimeline, listReviewItems, type CallbackDb, type IngestResult } from '../../../lib/store';
import { detection, email, idFactory } from '../../unit/timeline/make';
import { freshDb } from './fresh';

const NOW = '2025-04-01T09:00:00Z';
const ME = { name: 'Sam Rivera', address: 'sam@example.org' };

/** An application's life in two threads: acknowledgement, invitation, the user's answer, confirmation, a reschedule, rejection. */
function life(): Array<{ email: Email; detection: Detection }> {
  const at = (d: number) => `2025-03-${String(d).padStart(2, '0')}T10:00:00Z`;
  const interview = (start: string) => ({ start, end: null, timeZone: null });
  return [
    { email: email({ id: 'a1', threadId: 't1', date: at(1) }), detection: detection('application_received') },
    { email: email({ id: 'a2', threadId: 't2', date: at(5) }), detection: detection('interview_request') },
    { email: email({ id: 'a3', threadId: 't2', date: at(6), from: ME, fromUser: true }), detection: detection('other') },
    {
      email: email({ id: 'a4', threadId: 't2', date: at(7) }),
      detection: detection('interview_confirmed', { interview: interview('2025-03-12T14:00:00Z'), people: [{ name: 'Dana Reyes', title: null }] }),
    },
    {
      email: email({ id: 'a5', threadId: 't2', date: at(8) }),
      detection: detection('interview_confirmed', { interview: interview('2025-03-13T14:00:00Z'), people: [{ name: 'Dana Reyes', title: null }] }),
    },
    { email: email({ id: 'a6', threadId: 't2', date: at(8), from: ME, fromUser: true }), detection: detection('other') },
    // A message the page read twice in one batch (two renders of one thread): still one event.
    { email: email({ id: 'a6', threadId: 't2', date: at(8), from: ME, fromUser: true }), detection: detection('other') },
    { email: email({ id: 'a7', threadId: 't2', date: at(20) }), detection: detection('rejection') },
    // Another company's unsure email, for the review list.
    { email: email({ id: 'b1', threadId: 't9', date: at(21) }), detection: detection('interview_request', { company: 'Globex', confidence: 0.4 }) },
  ];
}

async function oneByOne(db: CallbackDb): Promise<IngestResult[]> {
  const newId = idFactory();
  const results: IngestResult[] = [];
  for (const item of life()) results.push(await ingestEmail(db, item.email, item.detection, { now: NOW, newId }));
  return results;
}

describe('a batch in one transaction', () => {
  it('gives exactly the timeline, results and review list of ingesting its messages one by one', async () => {
    const single = freshDb('single');
    const batch = freshDb('batch');
    const expected = await oneByOne(single);
    const results = await ingestBatch(batch, life(), { now: NOW, newId: idFactory() });
    expect(results).toEqual(expected);
    expect(results.map((r) => r.status)).toEqual(['added', 'added', 'added', 'added', 'added', 'added', 'duplicate', 'added', 'review']);
    const got = await loadTimeline(batch);
    expect(got).toEqual(await loadTimeline(single));
    // What the user sees: one application, rejected after one round (the reschedule kept its round).
    expect(got.applications).toHaveLength(1);
    expect(got.applications[0]).toMatchObject({ stage: 'rejected', round: 1 });
    expect(got.events.find((e) => e.messageId === 'a5')).toMatchObject({ round: 1, replaces: got.events.find((e) => e.messageId === 'a4')?.id });
    expect(await listReviewItems(batch)).toEqual(await listReviewItems(single));
  });

  it('a thread sent again, whole or in part, adds nothing', async () => {
    const db = freshDb('again');
    await ingestBatch(db, life(), { now: NOW });
    const before = await loadTimeline(db);
    const again = await ingestBatch(db, [...life().slice(3), ...life().slice(0, 2)], { now: NOW });
    expect(again.every((r) => r.status === 'duplicate')).toBe(true);
    expect(await loadTimeline(db)).toEqual(before);
  });

  it("a list row waiting for review is settled when its message arrives in the same batch, and the message is one event", async () => {
    const db = freshDb('row');
    const unsure = detection('assessment', { confidence: 0.4 });
    const row = email({ id: 'row:c1', threadId: 't5', date: '2025-03-03T10:00:00Z' });
    const full = email({ id: 'c1', threadId: 't5', date: '2025-03-03T10:00:00Z' });
    const [first, second] = await ingestBatch(db, [{ email: row, detection: unsure }, { email: full, detection: detection('assessment') }], { now: NOW });
    expect(first?.status).toBe('review');
    expect(second?.status).toBe('added');
    expect(await listReviewItems(db)).toEqual([]);
    const t = await loadTimeline(db);
    expect(t.events.map((e) => [e.kind, e.messageId])).toEqual([['assessment', 'c1']]);
    // The row seen again later is the same message: nothing new.
    expect((await ingestBatch(db, [{ email: row, detection: unsure }], { now: NOW }))[0]?.status).toBe('duplicate');
  });
});
