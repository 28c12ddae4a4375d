/**
 * Who wrote to the user about their search is read from the timeline (store/events-repo.ts `jobSenders`), and the
 * background's detector weighs it (classify/job-senders.ts): a short note from someone the user is in a process with
 * goes on the timeline instead of waiting for review, and deleting the application forgets that sender.
 */
import { describe, expect, it } from 'vitest';
import { loadDetector } from '../../../lib/background/detector';
import { correctClassification, deleteApplication, ingestEmail, jobSenders, loadTimeline } from '../../../lib/store';
import { REVIEW_THRESHOLD } from '../../../lib/core/detection';
import { detection, email } from '../../support/builders';
import { freshDb } from './fresh';

const now = new Date('2026-10-02T10:00:00Z');
const account = { index: 0, address: 'megan.price@mailbox.example' };
const pete = { name: 'Pete Aldridge', address: 'Pete@AldridgeMotors.example' };
/**
 * A garage owner's answers to "could I come by to talk about the job?": no word of hiring in them. Three, not one: a
 * retrained model moves single examples across the review threshold (one such example stopped flipping twice), so
 * the test asks what a user would notice on such mail in general: most of it leaves the review list.
 */
const replies = [
  'Right, Monday at 8. Wear old clothes.',
  'Tuesday 10 it is. Bring your driving licence.',
  'Fine by me, see you Wednesday at half nine.',
].map((body, i) => email({ id: `m${i + 2}`, threadId: `t${i + 2}`, account, from: pete, date: '2026-10-01T18:00:00Z', subject: i === 1 ? '' : 'Re: the phones', body }));

describe('the senders of the timeline', () => {
  it('are read from its email events, each once, in lower case', async () => {
    const db = freshDb();
    expect(await jobSenders(db)).toEqual([]);
    await ingestEmail(db, email({ id: 'm1', threadId: 't1', account, from: pete, subject: 'Phones & paperwork', date: '2026-09-20T09:00:00Z' }), detection('interview_request', { company: 'Aldridge Motors' }), { now: '2026-09-20T09:00:00Z' });
    expect(await jobSenders(db)).toEqual(['pete@aldridgemotors.example']);
  });

  it('include the mail waiting for review, until the user says it is not job mail', async () => {
    const db = freshDb();
    const sue = { name: 'Sue', address: 'Sue@Corner-Cafe.example' };
    await ingestEmail(db, email({ id: 'r1', threadId: 'tr', account, from: sue, subject: 'your note', date: '2026-09-22T09:00:00Z' }), detection('application_received', { confidence: 0.4, company: 'Corner Cafe' }), { now: '2026-09-22T09:00:00Z' });
    expect(await jobSenders(db)).toEqual(['sue@corner-cafe.example']);
    await correctClassification(db, 'r1', 'other', { now: '2026-09-23T09:00:00Z' });
    expect(await jobSenders(db)).toEqual([]);
  });

  it('put most wordless replies from someone in a process with the user on the timeline, where they waited for review', async () => {
    const db = freshDb();
    const before = await Promise.all(replies.map(async (reply) => (await loadDetector(db, now))(reply)));

    await ingestEmail(db, email({ id: 'm1', threadId: 't1', account, from: pete, subject: 'Phones & paperwork', date: '2026-09-20T09:00:00Z' }), detection('interview_request', { company: 'Aldridge Motors' }), { now: '2026-09-20T09:00:00Z' });
    const after = await Promise.all(replies.map(async (reply) => (await loadDetector(db, now))(reply)));
    for (const [i, decision] of after.entries()) {
      expect(decision.kind).toBe('interview_confirmed');
      expect(decision.confidence).toBeGreaterThan(before[i]!.confidence);
    }
    const moved = replies.filter((_, i) => before[i]!.confidence < REVIEW_THRESHOLD && after[i]!.confidence >= REVIEW_THRESHOLD);
    expect(moved.length).toBeGreaterThanOrEqual(2);
    // What moved them is named: the user sees why a note with no word of hiring went on the timeline.
    for (const [i, reply] of replies.entries()) if (moved.includes(reply)) expect(after[i]!.evidence.map((e) => e.code)).toContain('known_job_sender');

    for (const reply of moved) {
      // The same words from someone else still wait for the user's word.
      expect((await loadDetector(db, now))({ ...reply, id: `${reply.id}-sue`, from: { name: 'Sue', address: 'sue@neighbour.example' } }).confidence).toBeLessThan(REVIEW_THRESHOLD);
    }

    // Deleting the application forgets who wrote it.
    const [application] = (await loadTimeline(db)).applications;
    await deleteApplication(db, application!.id);
    expect(await jobSenders(db)).toEqual([]);
    for (const reply of moved) expect((await loadDetector(db, now))(reply).confidence).toBeLessThan(REVIEW_THRESHOLD);
  });
});
