import { describe, expect, it } from 'vitest';
import {
  addManualApplication,
  addManualInterview,
  addNote,
  applicationOfThread,
  confirmReview,
  correctClassification,
  deleteEverything,
  getSettings,
  ingestEmail,
  listReviewItems,
  loadReminders,
  loadTimeline,
  mergeApplications,
  saveSettings,
  setReminderAction,
  setStage,
  undoReminderAction,
} from '../../../lib/store';
import { DEFAULT_SETTINGS } from '../../../lib/core/settings';
import { detection, email } from '../../unit/timeline/make';
import { freshDb } from './fresh';

const now = '2025-03-03T10:00:00Z';

describe('the review list and corrections', () => {
  it('an unsure job email waits for review instead of changing the timeline; confirming adds it', async () => {
    const db = freshDb();
    const r = await ingestEmail(db, email({ id: 'm1', threadId: 't1' }), detection('rejection', { confidence: 0.4 }), { now });
    expect(r.status).toBe('review');
    expect((await loadTimeline(db)).events).toHaveLength(0);
    const [item] = await listReviewItems(db);
    expect(item?.detection.kind).toBe('rejection');
    expect(await ingestEmail(db, email({ id: 'm1', threadId: 't1' }), detection('rejection', { confidence: 0.4 }))).toMatchObject({ status: 'duplicate' });
    expect(await confirmReview(db, item!.id, undefined, { now })).toBe('review-confirmed');
    const t = await loadTimeline(db);
    expect(t.events.map((e) => [e.kind, e.confidence])).toEqual([['rejection', 1]]);
    expect(t.applications[0]?.stage).toBe('rejected');
    expect(await listReviewItems(db)).toEqual([]);
  });

  it('"this is not a rejection": the event becomes what the user says, and the stage follows', async () => {
    const db = freshDb();
    await ingestEmail(db, email({ id: 'a', threadId: 't1' }), detection('application_received'), { now });
    await ingestEmail(db, email({ id: 'b', threadId: 't1', date: '2025-03-05T10:00:00Z' }), detection('rejection'), { now });
    expect((await loadTimeline(db)).applications[0]?.stage).toBe('rejected');
    expect(await correctClassification(db, 'b', 'interview_request', { now })).toBe('event-updated');
    expect((await loadTimeline(db)).applications[0]?.stage).toBe('interviewing');
  });

  it('"not job mail": the event and its now-empty application go, and the message stays out when seen again', async () => {
    const db = freshDb();
    await ingestEmail(db, email({ id: 'x', threadId: 't1' }), detection('application_received', { company: 'Newsletter Co' }), { now });
    expect(await correctClassification(db, 'x', 'other', { now })).toBe('event-removed');
    expect(await loadTimeline(db)).toEqual({ applications: [], events: [], people: [], notes: [] });
    expect(await ingestEmail(db, email({ id: 'x', threadId: 't1' }), detection('application_received'), { now })).toMatchObject({ status: 'ignored', reason: 'not-job' });
  });

  it('a correction made before the email is ingested wins over the classifier', async () => {
    const db = freshDb();
    await correctClassification(db, 'y', 'offer', { now });
    await ingestEmail(db, email({ id: 'y' }), detection('rejection', { confidence: 0.99 }), { now });
    expect((await loadTimeline(db)).events.map((e) => e.kind)).toEqual(['offer']);
  });
});

describe('hand edits', () => {
  it('a stage set by hand wins over a later rejection; "auto" hands it back', async () => {
    const db = freshDb();
    const r = await ingestEmail(db, email({ id: 'a', threadId: 't1' }), detection('application_received'), { now });
    const id = r.status === 'added' ? r.applicationId : '';
    await setStage(db, id, 'offer', { now });
    await ingestEmail(db, email({ id: 'b', threadId: 't1', date: '2025-03-09T10:00:00Z' }), detection('rejection'), { now });
    expect((await loadTimeline(db)).applications[0]).toMatchObject({ stage: 'offer', stageByUser: true });
    await setStage(db, id, 'auto', { now });
    expect((await loadTimeline(db)).applications[0]).toMatchObject({ stage: 'rejected', stageByUser: false });
  });

  it('a manual application and interview with two interviewers give one thank-you each', async () => {
    const db = freshDb();
    const a = await addManualApplication(db, { company: 'Hand GmbH', role: 'Designer' }, { now });
    await addManualInterview(db, a.id, { start: '2025-03-04T10:00:00+01:00', interviewers: [{ name: 'Ada' }, { name: 'Alan' }] }, { now });
    const { reminders } = await loadReminders(db, new Date('2025-03-04T12:00:00Z'));
    expect(reminders.filter((r) => r.ruleId === 'thank-you-each')).toHaveLength(2);
    expect((await loadTimeline(db)).applications[0]).toMatchObject({ stage: 'interviewing', round: 1, companyKey: 'hand' });
  });

  it('merging two applications keeps every event, person and note on one', async () => {
    const db = freshDb();
    const a = await addManualApplication(db, { company: 'Acme' }, { now });
    const b = await addManualApplication(db, { company: 'Acme Corp', role: 'Engineer' }, { now });
    await addNote(db, { applicationId: b.id, kind: 'general', text: 'hi' }, { now });
    const merged = await mergeApplications(db, a.id, b.id, { now });
    const t = await loadTimeline(db);
    expect(t.applications).toHaveLength(1);
    expect(merged.role).toBe('Engineer');
    expect(t.events.every((e) => e.applicationId === a.id) && t.notes.every((n) => n.applicationId === a.id)).toBe(true);
    expect(t.events).toHaveLength(2);
  });

  it('a thread finds its application', async () => {
    const db = freshDb();
    await ingestEmail(db, email({ id: 'a', threadId: 'thread-9' }), detection('application_received'), { now });
    expect((await applicationOfThread(db, 'thread-9'))?.company).toBe('Acme');
    expect(await applicationOfThread(db, 'nope')).toBeNull();
  });
});

describe('reminder actions and settings', () => {
  it('dismiss, then undo: the reminder is pending again; the user\'s reply completes it', async () => {
    const db = freshDb();
    await ingestEmail(db, email({ id: 'i', threadId: 't1' }), detection('interview_confirmed', { interview: { start: '2025-03-04T10:00:00Z', end: null, timeZone: null } }), { now });
    const at = new Date('2025-03-04T12:00:00Z');
    const thanks = async () => (await loadReminders(db, at)).reminders.find((r) => r.ruleId === 'thank-you-email')!;
    const id = (await thanks()).id;
    await setReminderAction(db, id, { status: 'dismissed' }, { now: at });
    expect((await thanks()).status).toBe('dismissed');
    await undoReminderAction(db, id);
    expect((await thanks()).status).toBe('pending');
    await ingestEmail(db, email({ id: 'reply', threadId: 't1', fromUser: true, date: '2025-03-04T11:30:00Z' }), detection('other'), { now: at });
    expect((await thanks()).status).toBe('done');
  });

  it('settings default to the playbook with the given zone, save validated values, refuse bad ones', async () => {
    const db = freshDb();
    expect(await getSettings(db, 'Asia/Tokyo')).toEqual({ ...DEFAULT_SETTINGS, timeZone: 'Asia/Tokyo' });
    await saveSettings(db, { timeZone: 'Europe/Berlin', quietStart: '22:00' });
    expect(await getSettings(db)).toMatchObject({ timeZone: 'Europe/Berlin', quietStart: '22:00', workStart: '09:00' });
    await expect(saveSettings(db, { timeZone: 'Mars/Base' })).rejects.toThrow('The time zone “Mars/Base” does not exist');
    await expect(saveSettings(db, { workStart: '9am' })).rejects.toThrow(/workStart/);
    expect((await getSettings(db)).timeZone).toBe('Europe/Berlin');
  });

  it('delete everything leaves an empty store', async () => {
    const db = freshDb();
    await ingestEmail(db, email({ id: 'a' }), detection('application_received'), { now });
    await saveSettings(db, { timeZone: 'Europe/Berlin' });
    await deleteEverything(db);
    expect(await loadTimeline(db)).toEqual({ applications: [], events: [], people: [], notes: [] });
    expect(await db.settings.count()).toBe(0);
  });
});
