/**
 * A store export, relative to `now`, for the pages' browser tests and the bench: built with the real store on
 * fake-indexeddb in Node, so the file is exactly what the options page's import expects.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { reviewItemFor } from '../../lib/core/timeline/review';
import type { TimelineEvent } from '../../lib/core/timeline/types';
import { ev } from './builders';
import { addManualApplication, addManualInterview, exportJson, openDb, saveSettings } from '../../lib/store';

const H = 3_600_000;
const D = 24 * H;
let dbCount = 0;

function gmailEvent(id: string, applicationId: string, kind: TimelineEvent['kind'], at: string, subject: string): TimelineEvent {
  return ev(id, kind, at, { applicationId, messageId: `msg-${id}`, threadId: `thread-${id}`, subject });
}

/**
 * Three applications: an interview three days ago (its thank-you overdue), one an hour ago (thank-you due today),
 * one in ten days (prepare: upcoming), a rejection with a Gmail thread, and one email waiting for review.
 */
export async function buildSeed(now: Date = new Date()): Promise<string> {
  const db = openDb(`pages-seed-${dbCount++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const t = now.getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  const at = { now: iso(t - 20 * D) };
  // Every day a working day: the tests run on any weekday, and a weekend would hold a thank-you back until Monday.
  await saveSettings(db, { timeZone: 'UTC', notifications: false, workingDays: [1, 2, 3, 4, 5, 6, 7] });

  const past = await addManualApplication(db, { company: 'Northwind Labs', role: 'Backend Engineer', appliedAt: iso(t - 20 * D) }, at);
  await addManualInterview(db, past.id, { start: iso(t - 3 * D), end: iso(t - 3 * D + H), interviewers: [{ name: 'Dana Reyes', email: 'dana@northwind.test' }] }, at);

  const today = await addManualApplication(db, { company: 'Bluefin Health', role: 'Data Analyst', appliedAt: iso(t - 15 * D) }, at);
  // Ended an hour ago, or, just after midnight (UTC), earlier today: its thank-you is due today at any hour.
  const dayStart = Math.floor(t / D) * D;
  const todayEnd = Math.max(t - H, dayStart + Math.floor((t - dayStart) / 2));
  await addManualInterview(db, today.id, { start: iso(todayEnd - H), end: iso(todayEnd), interviewers: [{ name: 'Sam Okafor', email: 'sam@bluefin.test' }] }, at);

  const later = await addManualApplication(db, { company: 'Quarry Robotics', role: 'Platform Engineer', appliedAt: iso(t - 10 * D) }, at);
  // 36 hours ahead: its "prepare" reminder (from the working day before) is within the popup's upcoming window.
  await addManualInterview(db, later.id, { start: iso(t + 36 * H), end: iso(t + 37 * H) }, at);

  const rejected = await addManualApplication(db, { company: 'Harbor Finance', role: 'SRE', appliedAt: iso(t - 30 * D) }, at);
  await db.events.add(gmailEvent('rej1', rejected.id, 'rejection', iso(t - 2 * H), 'Your application to Harbor Finance'));
  await db.applications.update(rejected.id, { stage: 'rejected' });

  await db.reviewItems.add(
    reviewItemFor(
      {
        id: 'msg-review-1',
        threadId: 'thread-review-1',
        source: 'gmail',
        subject: 'Next steps for your application',
        from: { name: 'Talent Team', address: 'jobs@kestrel.test' },
        date: iso(t - 5 * H),
        body: 'Thanks for your interest. We would like to learn more about your availability next week.',
      },
      { kind: 'interview_request', confidence: 0.45, evidence: [], company: 'Kestrel', role: null, people: [], interview: null, links: [], deadline: null, decisionBy: null },
      'review-1',
      iso(t - 5 * H),
    ),
  );
  const text = await exportJson(db, { now });
  db.close();
  return text;
}

/** A large store for the bench: `apps` applications with `eventsPerApp` events each, spread over the past year. */
export async function buildLargeSeed(apps: number, eventsPerApp: number, now: Date = new Date()): Promise<string> {
  const db = openDb(`pages-large-${dbCount++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const t = now.getTime();
  await saveSettings(db, { timeZone: 'UTC', notifications: false });
  const kinds: TimelineEvent['kind'][] = ['application_received', 'interview_request', 'interview_confirmed', 'user_reply', 'assessment', 'interview_request', 'user_reply', 'interview_confirmed', 'user_reply', 'rejection'];
  const applications = [];
  const events: TimelineEvent[] = [];
  for (let a = 0; a < apps; a++) {
    const id = `app-${a}`;
    const start = t - ((a * 7919) % 365) * D;
    applications.push({
      id,
      company: `Company ${a}`,
      companyKey: `company ${a}`,
      role: `Role ${a % 17}`,
      stage: a % 5 === 0 ? ('rejected' as const) : ('interviewing' as const),
      round: 1,
      stance: null,
      archived: false,
      stageByUser: false,
      createdAt: new Date(start).toISOString(),
      updatedAt: new Date(start).toISOString(),
    });
    for (let e = 0; e < eventsPerApp; e++) {
      const listed = kinds[e % kinds.length]!;
      // Only every fifth application ends in a rejection; the others get one more reply of the user's.
      const kind = listed === 'rejection' && a % 5 !== 0 ? 'user_reply' : listed;
      const when = start + e * 2 * D;
      const ev = gmailEvent(`ev-${a}-${e}`, id, kind, new Date(Math.min(when, t)).toISOString(), `Subject ${a}-${e}`);
      if (kind === 'interview_confirmed') ev.interview = { start: new Date(when).toISOString(), end: null, timeZone: null };
      events.push(ev);
    }
  }
  await db.applications.bulkAdd(applications);
  await db.events.bulkAdd(events);
  const text = await exportJson(db, { now });
  db.close();
  return text;
}
