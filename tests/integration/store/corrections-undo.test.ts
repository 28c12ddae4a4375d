/** Issue #15: every correction can be undone, "Not job mail" included, and undoing one forgets its lesson. */
import { describe, expect, it } from 'vitest';
import {
  addNote,
  confirmReview,
  correctClassification,
  exportJson,
  importJson,
  ingestEmail,
  listCorrections,
  listLessons,
  listReviewItems,
  loadTimeline,
  undoCorrection,
  upsertPerson,
} from '../../../lib/store';
import { detection, email } from '../../unit/timeline/make';
import { freshDb } from './fresh';

const now = '2026-03-03T10:00:00Z';
const marta = { name: 'Marta Lindqvist', address: 'marta@bluefin.example' };

describe('undoing a correction', () => {
  it('"Not job mail" removed the application; undo brings it back whole, with its people and notes', async () => {
    const db = freshDb();
    const added = await ingestEmail(db, email({ id: 'm1', threadId: 't1', subject: 'Your application', from: marta }), detection('rejection', { company: 'Bluefin' }), { now });
    if (added.status !== 'added') throw new Error('not added');
    await addNote(db, { applicationId: added.applicationId, kind: 'topic', text: 'dashboards' }, { now });
    await upsertPerson(db, { applicationId: added.applicationId, name: 'Ana', email: null, title: null, role: 'interviewer', eventId: null });
    const before = await loadTimeline(db);
    await correctClassification(db, 'm1', 'other', { now });
    expect((await loadTimeline(db)).applications).toEqual([]);

    const [listed] = await listCorrections(db);
    expect(listed).toMatchObject({ kind: 'other', subject: 'Your application', sender: 'marta@bluefin.example' });
    expect(await undoCorrection(db, listed!.key, { now })).toBe(true);
    const after = await loadTimeline(db);
    expect(after.applications.map((a) => a.company)).toEqual(['Bluefin']);
    expect(after.events.map((e) => e.kind)).toEqual(['rejection']);
    expect(after.notes.map((n) => n.text)).toEqual(['dashboards']);
    expect(after.people.map((p) => p.name).sort()).toEqual(before.people.map((p) => p.name).sort());
    // The correction and its lesson are gone: later mail like it is classified afresh.
    expect(await listCorrections(db)).toEqual([]);
    expect(await listLessons(db)).toEqual([]);
  });

  it('"Not a rejection" then another answer: undo goes back to what the classifier said', async () => {
    const db = freshDb();
    await ingestEmail(db, email({ id: 'm1', threadId: 't1', from: marta }), detection('rejection'), { now });
    await correctClassification(db, 'm1', 'application_received', { now });
    await correctClassification(db, 'm1', 'interview_request', { now });
    const [c] = await listCorrections(db);
    await undoCorrection(db, c!.key, { now });
    const t = await loadTimeline(db);
    expect(t.events.map((e) => e.kind)).toEqual(['rejection']);
    expect(t.applications[0]?.stage).toBe('rejected');
  });

  it('a confirmed review card goes back to the review list, and its event leaves the timeline', async () => {
    const db = freshDb();
    await ingestEmail(db, email({ id: 'm1', threadId: 't1', from: marta }), detection('rejection', { confidence: 0.4 }), { now });
    const [card] = await listReviewItems(db);
    await confirmReview(db, card!.id, 'rejection', { now });
    expect((await loadTimeline(db)).events).toHaveLength(1);
    const [c] = await listCorrections(db);
    await undoCorrection(db, c!.key, { now });
    expect((await loadTimeline(db)).events).toEqual([]);
    expect((await listReviewItems(db)).map((r) => r.id)).toEqual([card!.id]);
  });

  it('a backup carries what undo needs', async () => {
    const db = freshDb();
    await ingestEmail(db, email({ id: 'm1', threadId: 't1', from: marta }), detection('rejection'), { now });
    await correctClassification(db, 'm1', 'other', { now });
    const restored = freshDb();
    expect((await importJson(restored, await exportJson(db))).ok).toBe(true);
    const [c] = await listCorrections(restored);
    await undoCorrection(restored, c!.key, { now });
    expect((await loadTimeline(restored)).events.map((e) => e.kind)).toEqual(['rejection']);
  });
});

describe('one application, one name, whichever path', () => {
  const priya = { name: 'Priya Natarajan', address: 'priya.natarajan@northwindlabs.example' };
  it('a name guessed from the domain on a list row gives way to the full message\'s; a typed name never does', async () => {
    const db = freshDb();
    // The inbox row: a snippet names no company, so the domain does ("Northwindlabs").
    await ingestEmail(db, email({ id: 'row:m1', threadId: 't1', from: priya, subject: 'Interview' }), detection('rejection', { company: null, confidence: 0.4 }), { now });
    const [card] = await listReviewItems(db);
    await confirmReview(db, card!.id, 'application_received', { now });
    expect((await loadTimeline(db)).applications.map((a) => a.company)).toEqual(['Northwindlabs']);
    // The thread opened later: the full message names the company.
    await ingestEmail(db, email({ id: 'm2', threadId: 't1', from: priya }), detection('interview_request', { company: 'Northwind Labs' }), { now });
    const apps = (await loadTimeline(db)).applications;
    expect(apps.map((a) => a.company)).toEqual(['Northwind Labs']);

    await db.applications.update(apps[0]!.id, { company: 'NWL (my name)', companyFrom: 'user' });
    await ingestEmail(db, email({ id: 'm3', threadId: 't1', from: priya }), detection('interview_request', { company: 'Northwind Labs' }), { now });
    expect((await loadTimeline(db)).applications.map((a) => a.company)).toEqual(['NWL (my name)']);
  });
});
