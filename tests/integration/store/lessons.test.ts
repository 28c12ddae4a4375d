import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/core/detect';
import { correctClassification, exportJson, forgetLesson, importJson, ingestEmail, listLessons, loadTimeline } from '../../../lib/store';
import { detection, email } from '../../unit/timeline/make';
import { freshDb } from './fresh';

const now = '2026-03-03T10:00:00Z';
const ats = { name: 'Northwind Careers', address: 'no-reply@northwind-jobs.example' };

describe('learning from the user', () => {
  it('a correction teaches: later mail from the same sender with a similar subject follows it', async () => {
    const db = freshDb();
    await ingestEmail(db, email({ id: 'm1', threadId: 't1', subject: 'Update on your application: Data Analyst', from: ats }), detection('application_received'), { now });
    await correctClassification(db, 'm1', 'rejection', { now });
    const lessons = await listLessons(db);
    expect(lessons).toMatchObject([{ sender: 'no-reply@northwind-jobs.example', subject: 'Update on your application: Data Analyst', kind: 'rejection' }]);

    const later = email({ id: 'm2', subject: 'Update on your application: BI Analyst', from: ats, body: 'Thank you for your patience.' });
    const followed = detect(later, { lessons });
    expect(followed.kind).toBe('rejection');
    expect(followed.evidence[0]?.signal).toContain('you marked similar mail');
    // Mail from someone else, or on another matter, does not follow it.
    expect(detect({ ...later, from: { name: '', address: 'hr@elsewhere.example' } }, { lessons }).evidence[0]?.signal ?? '').not.toContain('you marked');
    expect(detect({ ...later, subject: 'Your March newsletter' }, { lessons }).evidence[0]?.signal ?? '').not.toContain('you marked');
  });

  it('the user can forget a lesson; the corrected message itself stays corrected', async () => {
    const db = freshDb();
    await ingestEmail(db, email({ id: 'm1', threadId: 't1', subject: 'Your application', from: ats }), detection('rejection'), { now });
    await correctClassification(db, 'm1', 'interview_request', { now });
    const [lesson] = await listLessons(db);
    await forgetLesson(db, lesson!.key);
    expect(await listLessons(db)).toEqual([]);
    expect((await loadTimeline(db)).events.map((e) => e.kind)).toEqual(['interview_request']);
  });

  it('export and import carry what was learned', async () => {
    const db = freshDb();
    await ingestEmail(db, email({ id: 'm1', threadId: 't1', subject: 'Your application', from: ats }), detection('rejection'), { now });
    await correctClassification(db, 'm1', 'other', { now });
    const backup = await exportJson(db);
    const restored = freshDb();
    expect((await importJson(restored, backup)).ok).toBe(true);
    expect(await listLessons(restored)).toMatchObject([{ sender: ats.address, kind: 'other' }]);
  });
});
