import { describe, expect, it } from 'vitest';
import { HiringSides, MAX_HIRING_SIDES } from '../../../lib/core/classify/hiring-side';
import { correctClassification, deleteEverything, exportJson, importJson, ingestEmail, listHiringSideRows, listHiringSides, listReviewItems, rememberHiringSides, undoCorrection } from '../../../lib/store';
import { messageKey } from '../../../lib/core/timeline/review';
import { detection, email } from '../../unit/timeline/make';
import { freshDb } from './fresh';

const now = new Date('2026-09-20T10:00:00Z');

describe('the organisations the user hires for or works at, kept between batches of mail', () => {
  it('are kept oldest first, once each, the newest few only', async () => {
    const db = freshDb();
    await rememberHiringSides(db, ['acme.example'], { now: new Date('2026-09-01T10:00:00Z') });
    await rememberHiringSides(db, ['globex.example', 'acme.example'], { now: new Date('2026-09-02T10:00:00Z') });
    expect(await listHiringSides(db)).toEqual(['acme.example', 'globex.example'].sort());
    const many = Array.from({ length: MAX_HIRING_SIDES + 3 }, (_, i) => `org${i}.example`);
    for (const [i, organisation] of many.entries()) await rememberHiringSides(db, [organisation], { now: new Date(Date.UTC(2026, 9, 1, 0, i)) });
    const kept = await listHiringSides(db);
    expect(kept).toHaveLength(MAX_HIRING_SIDES);
    expect(kept.at(-1)).toBe(many.at(-1));
    expect(kept).not.toContain('acme.example');
  });

  it('forget an organisation when the user says mail from it (any of its addresses) is their own search', async () => {
    const db = freshDb();
    await rememberHiringSides(db, ['brightwell.example', 'globex.example'], { now });
    const held = email({ id: 'm1', threadId: 't1', subject: 'Your new role', from: { name: 'Mia Koch', address: 'mia.koch@hr.brightwell.example' } });
    await ingestEmail(db, held, { ...detection('offer'), confidence: 0.59 }, { now });
    expect(await listReviewItems(db)).toHaveLength(1);
    await correctClassification(db, 'm1', 'offer', { now });
    expect(await listHiringSides(db)).toEqual(['globex.example']);
  });

  it('come back, as they were, when the user undoes that correction', async () => {
    const db = freshDb();
    await rememberHiringSides(db, ['brightwell.example', 'globex.example'], { now });
    const before = await listHiringSideRows(db);
    await ingestEmail(db, email({ id: 'm1', threadId: 't1', subject: 'Your new role', from: { name: 'Mia Koch', address: 'mia.koch@brightwell.example' } }), { ...detection('offer'), confidence: 0.59 }, { now });
    await correctClassification(db, 'm1', 'offer', { now });
    expect(await listHiringSides(db)).toEqual(['globex.example']);
    expect(await undoCorrection(db, messageKey('gmail', 'm1'), { now })).toBe(true);
    expect(await listHiringSideRows(db)).toEqual(before);
    expect((await listReviewItems(db)).map((r) => r.subject)).toEqual(['Your new role']);
  });

  it('come back after a backup is restored too: the correction carries what it forgot', async () => {
    const db = freshDb();
    await rememberHiringSides(db, ['brightwell.example'], { now });
    await ingestEmail(db, email({ id: 'm1', threadId: 't1', subject: 'Your new role', from: { name: 'Mia Koch', address: 'mia.koch@brightwell.example' } }), { ...detection('offer'), confidence: 0.59 }, { now });
    await correctClassification(db, 'm1', 'offer', { now });
    const restored = freshDb();
    expect(await importJson(restored, await exportJson(db, { now }))).toMatchObject({ ok: true });
    expect(await undoCorrection(restored, messageKey('gmail', 'm1'), { now })).toBe(true);
    expect(await listHiringSides(restored)).toEqual(['brightwell.example']);
  });

  it('stay when the user says such mail is not theirs', async () => {
    const db = freshDb();
    await rememberHiringSides(db, ['brightwell.example'], { now });
    await ingestEmail(db, email({ id: 'm1', threadId: 't1', subject: 'Approved: Lena Vogt', from: { name: 'HR', address: 'hr@brightwell.example' } }), { ...detection('offer'), confidence: 0.59 }, { now });
    await correctClassification(db, 'm1', 'other', { now });
    expect(await listHiringSides(db)).toEqual(['brightwell.example']);
  });

  it('travel with a backup: export, then import into an empty store, and they are there as they were', async () => {
    const db = freshDb();
    await rememberHiringSides(db, ['brightwell.example', 'globex.example'], { now });
    const restored = freshDb();
    expect(await importJson(restored, await exportJson(db, { now }))).toMatchObject({ ok: true });
    expect(await listHiringSideRows(restored)).toEqual(await listHiringSideRows(db));
    // A file exported before they were kept has none, and restores as before.
    const older = JSON.parse(await exportJson(db, { now })) as { data: Record<string, unknown> };
    delete older.data.hiringSides;
    const again = freshDb();
    expect(await importJson(again, JSON.stringify(older))).toMatchObject({ ok: true });
    expect(await listHiringSides(again)).toEqual([]);
  });

  it('keep why each is on the user’s side, through a correction’s undo and a backup', async () => {
    const db = freshDb();
    await rememberHiringSides(db, [{ organisation: 'nordwerk.example', why: 'works' }, 'globex.example'], { now });
    // As the detector reads them: the stored rows, each with its reason.
    const sides = async (store: typeof db) => new HiringSides(await listHiringSideRows(store));
    expect((await sides(db)).of({ from: { name: '', address: 'hr@globex.example' } })).toEqual({ organisation: 'globex.example', why: 'hires' });
    expect((await sides(db)).of({ from: { name: '', address: 'hr@nordwerk.example' } })).toEqual({ organisation: 'nordwerk.example', why: 'works' });
    // The user says an internal posting's answer is their own search: the employer is forgotten, and Undo brings it
    // back as the place they work, not as one they hire for.
    await ingestEmail(db, email({ id: 'm1', threadId: 't1', subject: 'Internal vacancy: outcome', from: { name: 'HR', address: 'hr@nordwerk.example' } }), { ...detection('rejection'), confidence: 0.59 }, { now });
    await correctClassification(db, 'm1', 'rejection', { now });
    expect(await listHiringSides(db)).toEqual(['globex.example']);
    const restored = freshDb();
    expect(await importJson(restored, await exportJson(db, { now }))).toMatchObject({ ok: true });
    expect(await undoCorrection(restored, messageKey('gmail', 'm1'), { now })).toBe(true);
    expect((await sides(restored)).of({ from: { name: '', address: 'hr@nordwerk.example' } })).toEqual({ organisation: 'nordwerk.example', why: 'works' });
    const copy = freshDb();
    expect(await importJson(copy, await exportJson(restored, { now }))).toMatchObject({ ok: true });
    expect(await listHiringSideRows(copy)).toEqual(await listHiringSideRows(restored));
  });

  it('keep the reason first stored when another tab learns the same organisation again', async () => {
    const db = freshDb();
    await rememberHiringSides(db, [{ organisation: 'acme.example', why: 'works' }], { now });
    await rememberHiringSides(db, ['acme.example', 'globex.example'], { now: new Date('2026-09-21T10:00:00Z') });
    expect(await listHiringSideRows(db)).toEqual([
      { organisation: 'acme.example', at: now.toISOString(), why: 'works' },
      { organisation: 'globex.example', at: '2026-09-21T10:00:00.000Z' },
    ]);
  });

  it('go with "delete everything"', async () => {
    const db = freshDb();
    await rememberHiringSides(db, ['brightwell.example'], { now });
    await deleteEverything(db);
    expect(await listHiringSides(db)).toEqual([]);
  });
});
