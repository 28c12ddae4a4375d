/**
 * Deleting an application, on every path that does it (the timeline's delete, "Not job mail", undoing a confirmed
 * review card, a restore, "delete everything"), removes exactly that application's records: its events, people,
 * notes, answered review cards and reminder actions; another application stays whole, and an error half-way
 * leaves the store as it was.
 */
import type { DBCore, Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  addManualInterview,
  addNote,
  confirmReview,
  correctClassification,
  deleteApplication,
  deleteEverything,
  exportJson,
  importJson,
  ingestEmail,
  listCorrections,
  listLessons,
  listReviewItems,
  restoreApplication,
  setReminderAction,
  undoCorrection,
  upsertPerson,
  type CallbackDb,
} from '../../../lib/store';
import { cleanPerson } from '../../../lib/core/timeline/people';
import { emptyCounts, writeImportBatch, type ImportCheckpoint } from '../../../lib/store/mail-import';
import { detection, email } from '../../unit/timeline/make';
import { freshDb } from './fresh';

const now = '2026-03-03T10:00:00Z';
const interview = { start: '2026-03-10T14:00:00Z', end: '2026-03-10T15:00:00Z', timeZone: null };

/** Every record of every table, sorted by key: what a user could ever see again. */
async function records(db: CallbackDb) {
  const tables = db.tables.map((t) => t.name).sort();
  const out: Record<string, string[]> = {};
  for (const name of tables) {
    const rows = await db.table(name).toArray();
    out[name] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

/**
 * `before` less the records whose JSON names one of `ids` (random UUIDs: an application's, its events', its review
 * card's; a reminder action names its event inside its id), but
 * the corrections: they stay whatever they name (the user's word on a message, and its lesson).
 */
function without(before: Record<string, string[]>, ids: readonly string[]) {
  const out: Record<string, string[]> = {};
  for (const [table, rows] of Object.entries(before)) out[table] = table === 'corrections' ? rows : rows.filter((r) => !ids.some((id) => r.includes(id)));
  return out;
}

/**
 * An application with an interview (two interviewers), a confirmed review card, a note, a person added by hand and
 * the user's actions on its reminders. Ids are distinct per company, so that a record's JSON names its own.
 */
async function application(db: CallbackDb, company: string) {
  const tag = company.toLowerCase();
  const from = { name: `Marta ${company}`, address: `marta@${tag}.example` };
  const first = await ingestEmail(db, email({ id: `${tag}-m1`, threadId: `${tag}-t1`, from }), detection('application_received', { company }), { now });
  const invite = await ingestEmail(
    db,
    email({ id: `${tag}-m2`, threadId: `${tag}-t1`, from, subject: 'Interview confirmed' }),
    detection('interview_confirmed', { company, interview, people: [{ name: `Ana ${company}`, title: null }, { name: `Bo ${company}`, title: null }] }),
    { now },
  );
  await ingestEmail(db, email({ id: `${tag}-m3`, threadId: `${tag}-t2`, from }), detection('assessment', { company, confidence: 0.4 }), { now });
  const [card] = (await listReviewItems(db)).filter((r) => r.messageId === `${tag}-m3`);
  await confirmReview(db, card!.id, 'assessment', { now });
  if (first.status !== 'added' || invite.status !== 'added') throw new Error('not added');
  const applicationId = first.applicationId;
  await addNote(db, { applicationId, kind: 'topic', text: `${company} dashboards` }, { now });
  await upsertPerson(db, { applicationId, name: `Cy ${company}`, email: null, title: null, role: 'helper', eventId: null });
  await setReminderAction(db, `prepare-day-before:${invite.eventId}`, { status: 'done' }, { now });
  await setReminderAction(db, `thank-you-each:${invite.eventId}:someone`, { status: 'dismissed' }, { now });
  return { applicationId, inviteId: invite.eventId, cardId: card!.id, tag };
}

/** Two applications, an open review card and a lesson of their own, and a stopped import of past mail. */
async function store() {
  const db = freshDb();
  const a = await application(db, 'Bluefin');
  const b = await application(db, 'Harbor');
  await ingestEmail(db, email({ id: 'other-m9', threadId: 'other-t9' }), detection('rejection', { company: 'Quay', confidence: 0.4 }), { now });
  return { db, a, b };
}

/** The ids that name an application's records: its own, its events' and its answered review card's. */
async function idsOf(db: CallbackDb, app: { applicationId: string; cardId: string }) {
  const events = await db.events.where('applicationId').equals(app.applicationId).toArray();
  return [app.applicationId, ...events.map((e) => e.id), app.cardId];
}

/** Fails every delete in `table` while `on.fail` is true: a disk error half-way through a cascade. */
function failDeletesIn(db: CallbackDb, table: string, on: { fail: boolean }) {
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'fail-deletes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== table) return t;
        return { ...t, mutate: (req) => (on.fail && req.type === 'delete' ? Promise.reject(new Error('disk full')) : t.mutate(req)) };
      },
    }),
  };
  db.use(middleware);
}

describe('deleting an application', () => {
  it('the timeline delete removes its events, people, notes, answered review cards and reminder actions, and nothing else', async () => {
    const { db, a } = await store();
    const before = await records(db);
    const ids = await idsOf(db, a);
    await deleteApplication(db, a.applicationId);
    const after = await records(db);
    // (The corrections are checked below.)
    expect({ ...after, corrections: before.corrections }).toEqual(without(before, ids));
    // What went is what the test meant by "its records", not less.
    expect(before.events!.length - after.events!.length).toBe(3);
    expect(before.people!.length - after.people!.length).toBe(4);
    expect(before.notes!.length - after.notes!.length).toBe(1);
    expect(before.reminderActions!.length - after.reminderActions!.length).toBe(2);
    expect(before.reviewItems!.length - after.reviewItems!.length).toBe(1);
    // The user's corrections stay (the word on a message and its lesson outlive the application), and each of its
    // emails gets a marker that keeps it out of the timeline.
    const markers = (await db.corrections.toArray()).filter((c) => c.deletedWith);
    expect(markers.map((c) => c.messageId).sort()).toEqual([`${a.tag}-m1`, `${a.tag}-m2`, `${a.tag}-m3`]);
    expect(markers.every((c) => c.deletedWith!.application === 'Bluefin · Backend Engineer')).toBe(true);
    const words = (await db.corrections.toArray()).filter((c) => !c.deletedWith).map((c) => JSON.stringify(c)).sort();
    expect(words).toEqual(before.corrections!.filter((c) => !markers.some((m) => c.includes(`"key":"${m.key}"`))));
  });

  it('its emails stay out when they are read again, and Undo puts back every record as it was', async () => {
    const { db, a } = await store();
    const before = await records(db);
    const deleted = await deleteApplication(db, a.applicationId, { now });
    // The thread is opened again: its messages are not job mail to Callback any more, and nothing comes back.
    const from = { name: 'Marta Bluefin', address: 'marta@bluefin.example' };
    const again = await ingestEmail(db, email({ id: `${a.tag}-m1`, threadId: `${a.tag}-t1`, from }), detection('application_received', { company: 'Bluefin' }), { now });
    expect(again).toEqual({ status: 'ignored', reason: 'deleted-by-user' });
    expect((await db.applications.toArray()).map((x) => x.company)).not.toContain('Bluefin');
    // A new email of the same company is a new application: only the deleted one's emails are left out.
    const fresh = await ingestEmail(db, email({ id: `${a.tag}-m9`, threadId: `${a.tag}-t9`, from }), detection('rejection', { company: 'Bluefin' }), { now });
    expect(fresh.status).toBe('added');
    if (fresh.status === 'added') await deleteApplication(db, fresh.applicationId, { now });
    await db.corrections.delete(`gmail:${a.tag}-m9`);

    await restoreApplication(db, deleted);
    expect(await records(db)).toEqual(before);
  });

  it('a lesson the user taught on one of its emails survives the delete, and undoing the marker keeps the lesson', async () => {
    const { db, b } = await store();
    await correctClassification(db, `${b.tag}-m1`, 'interview_request', { now });
    await deleteApplication(db, b.applicationId, { now });
    const listed = (await listCorrections(db)).find((c) => c.key === `gmail:${b.tag}-m1`)!;
    expect(listed).toMatchObject({ kind: 'interview_request', lesson: true, deletedWith: 'Harbor · Backend Engineer' });
    expect((await listLessons(db)).find((l) => l.key === `gmail:${b.tag}-m1`)?.kind).toBe('interview_request');
    // "Undo" in the options page's list: the email is read again, the user's word on it still decides.
    expect(await undoCorrection(db, `gmail:${b.tag}-m1`, { now })).toBe(true);
    expect((await db.corrections.get(`gmail:${b.tag}-m1`))?.deletedWith).toBeNull();
    const again = await ingestEmail(db, email({ id: `${b.tag}-m1`, threadId: `${b.tag}-t1` }), detection('application_received', { company: 'Harbor' }), { now });
    expect(again.status).toBe('added');
    expect((await db.events.toArray()).find((e) => e.messageId === `${b.tag}-m1`)?.kind).toBe('interview_request');
  });

  it('"Not job mail" on its only email removes it the same way, and undo brings every record back', async () => {
    const { db, b } = await store();
    const solo = await ingestEmail(db, email({ id: 'solo-m1', threadId: 'solo-t1', from: { name: 'Pat Solo', address: 'pat@solo.example' } }), detection('interview_confirmed', { company: 'Solo', interview, people: [{ name: 'Ana Solo', title: null }] }), { now });
    if (solo.status !== 'added') throw new Error('not added');
    await addNote(db, { applicationId: solo.applicationId, kind: 'topic', text: 'solo note' }, { now });
    await setReminderAction(db, `prepare-day-before:${solo.eventId}`, { status: 'done' }, { now });
    const before = await records(db);
    expect(await correctClassification(db, 'solo-m1', 'other', { now })).toBe('event-removed');
    const after = await records(db);
    expect({ ...after, corrections: before.corrections }).toEqual(without(before, [solo.applicationId, solo.eventId]));
    expect(after.corrections).toHaveLength(before.corrections!.length + 1);
    // The other application is whole: none of its records named the removed one's ids.
    expect(after.events!.filter((e) => e.includes(b.applicationId))).toHaveLength(3);

    const [key] = (await db.corrections.toArray()).filter((c) => c.messageId === 'solo-m1').map((c) => c.key);
    await undoCorrection(db, key!, { now });
    expect(await records(db)).toEqual(before);
  });

  it('"Not job mail" on one of several emails removes that event with its interviewers and reminder actions only', async () => {
    const { db, a } = await store();
    const before = await records(db);
    await correctClassification(db, `${a.tag}-m2`, 'other', { now });
    const after = await records(db);
    expect(after.applications!.length).toBe(before.applications!.length);
    expect(after.events!.filter((e) => (e as string).includes(a.inviteId))).toEqual([]);
    expect(after.people!.filter((p) => (p as string).includes(a.inviteId))).toEqual([]);
    expect(after.reminderActions).toEqual(before.reminderActions!.filter((r) => !(r as string).includes(a.inviteId)));
    expect(after.notes).toEqual(before.notes);
  });

  it('undoing a confirmed card that created the application removes it with the notes added since (they were left behind)', async () => {
    const { db } = await store();
    await ingestEmail(db, email({ id: 'new-m1', threadId: 'new-t1' }), detection('rejection', { company: 'Newco', confidence: 0.4 }), { now });
    const before = await records(db);
    const [card] = (await listReviewItems(db)).filter((r) => r.messageId === 'new-m1');
    await confirmReview(db, card!.id, 'rejection', { now });
    const app = (await db.applications.toArray()).find((x) => x.company === 'Newco')!;
    await addNote(db, { applicationId: app.id, kind: 'reflection', text: 'what I learned' }, { now });
    await undoCorrection(db, `gmail:new-m1`, { now });
    expect(await records(db)).toEqual(before);
  });

  it('a restore replaces every record, the imports of past mail included; "delete everything" leaves nothing', async () => {
    const { db } = await store();
    const backup = await exportJson(db, { now });
    const checkpoint: ImportCheckpoint = {
      key: 'takeout.mbox:1',
      fileName: 'takeout.mbox',
      size: 1000,
      offset: 500,
      nextIndex: 1,
      counts: emptyCounts(),
      status: 'stopped',
      startedAt: now,
      updatedAt: now,
    };
    await writeImportBatch(db, [{ email: email({ id: 'imp-m1', threadId: 'imp-t1' }), detection: detection('rejection', { company: 'Imported' }) }], checkpoint, new Date(now));
    await db.importReplies.put({ importKey: 'takeout.mbox:1', messageId: 'imp-r1', email: email({ id: 'imp-r1', body: 'my own reply' }) });
    const restored = freshDb();
    expect((await importJson(restored, backup)).ok).toBe(true);
    expect((await importJson(db, backup)).ok).toBe(true);
    expect(await records(db)).toEqual(await records(restored));
    expect(await db.imports.count()).toBe(0);

    await writeImportBatch(db, [], checkpoint, new Date(now));
    await db.importReplies.put({ importKey: 'takeout.mbox:1', messageId: 'imp-r1', email: email({ id: 'imp-r1', body: 'my own reply' }) });
    await deleteEverything(db);
    for (const rows of Object.values(await records(db))) expect(rows).toEqual([]);
  });
});

describe('a correction about a deleted application', () => {
  it('keeps its lesson, and its undo no longer brings back an email of an application that is gone', async () => {
    const { db, b } = await store();
    await correctClassification(db, `${b.tag}-m1`, 'interview_request', { now });
    await deleteApplication(db, b.applicationId);
    expect((await listLessons(db)).map((l) => l.key)).toContain(`gmail:${b.tag}-m1`);
    expect(await undoCorrection(db, `gmail:${b.tag}-m1`, { now })).toBe(true);
    const events = await db.events.toArray();
    const applications = new Set((await db.applications.toArray()).map((a) => a.id));
    expect(events.filter((e) => !applications.has(e.applicationId))).toEqual([]);
  });
});

describe('a cascade interrupted by an error', () => {
  it('the timeline delete leaves every record in place', async () => {
    const db = freshDb();
    const on = { fail: false };
    failDeletesIn(db, 'notes', on);
    const { applicationId } = await application(db, 'Bluefin');
    const before = await records(db);
    on.fail = true;
    await expect(deleteApplication(db, applicationId)).rejects.toThrow('disk full');
    expect(await records(db)).toEqual(before);
  });

  it('"Not job mail" leaves the application, its event and the correction unwritten', async () => {
    const db = freshDb();
    const on = { fail: false };
    failDeletesIn(db, 'reminderActions', on);
    const solo = await ingestEmail(db, email({ id: 'solo-m1', threadId: 'solo-t1' }), detection('interview_confirmed', { company: 'Solo', interview, people: [{ name: 'Ana Solo', title: null }] }), { now });
    if (solo.status !== 'added') throw new Error('not added');
    await setReminderAction(db, `prepare-day-before:${solo.eventId}`, { status: 'done' }, { now });
    const before = await records(db);
    on.fail = true;
    await expect(correctClassification(db, 'solo-m1', 'other', { now })).rejects.toThrow('disk full');
    expect(await records(db)).toEqual(before);
  });
});

describe('people are kept the same way on every path that writes them', () => {
  const messy = { name: `  Ana ${'Pereira'.repeat(30)}  `, email: '  Ana@Bluefin.EXAMPLE ', title: ` Head of Data${' and more'.repeat(30)} ` };

  it('an email naming them, a manual interview and the people editor store the same name, address and title', async () => {
    const db = freshDb();
    const added = await ingestEmail(
      db,
      email({ id: 'm1', threadId: 't1' }),
      detection('interview_confirmed', { company: 'Bluefin', interview, people: [{ name: messy.name, title: messy.title, email: messy.email }] }),
      { now },
    );
    if (added.status !== 'added') throw new Error('not added');
    const manual = await addManualInterview(db, added.applicationId, { start: interview.start, interviewers: [messy] }, { now });
    const edited = await upsertPerson(db, { applicationId: added.applicationId, ...messy, role: 'interviewer', eventId: null });
    const fromEmail = (await db.people.where('eventId').equals(added.eventId).toArray())[0]!;
    const fields = (p: { name: string; email: string | null; title: string | null }) => ({ name: p.name, email: p.email, title: p.title });
    expect(fields(fromEmail)).toEqual(fields(edited));
    expect(fields(manual.people[0]!)).toEqual(fields(edited));
    expect(fields(edited)).toEqual(cleanPerson(messy));
    expect(fields(edited)).toMatchObject({ email: 'ana@bluefin.example' });
  });
});
