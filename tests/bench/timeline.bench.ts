/**
 * Timeline and reminders: deriving reminders for 1,000 applications and 10,000 events (aim < 20 ms), ingesting
 * 10,000 emails into the store (fake-indexeddb, so slower than a browser's IndexedDB), and the due-reminders query
 * (load everything + derive + badge) on that full store.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Detection, EmailKind } from '../../lib/core/detection';
import type { Email } from '../../lib/core/email';
import { deriveReminders } from '../../lib/core/reminders/derive';
import { badgeCount } from '../../lib/core/reminders/when';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import type { Timeline, TimelineEvent } from '../../lib/core/timeline/types';
import { ingestEmail, loadReminders, openDb, saveSettings } from '../../lib/store';
import { percentile, type BenchRow } from './harness';

const SETTINGS = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin' };
const NOW = new Date('2025-06-15T10:00:00Z');
const DAY = 86_400_000;
/** Ten emails per application: the life of a typical application. */
const LIFE: EmailKind[] = [
  'application_received',
  'assessment',
  'interview_request',
  'interview_confirmed',
  'interview_request',
  'interview_confirmed',
  'interview_confirmed',
  'offer',
  'rejection',
  'application_received',
];

function detectionFor(kind: EmailKind, company: string, start: number): Detection {
  return {
    kind,
    confidence: 0.9,
    evidence: [{ signal: kind, where: 'subject' }],
    company,
    role: 'Engineer',
    people: kind === 'interview_confirmed' ? [{ name: 'Ada Lovelace', title: null }, { name: 'Alan Turing', title: null }] : [],
    interview: kind === 'interview_confirmed' ? { start: new Date(start).toISOString(), end: null, timeZone: null } : null,
    links: [],
    deadline: null,
    decisionBy: null,
  };
}

/** 1,000 applications x 10 emails, spread over the half year before NOW. */
function* emails(apps: number): Generator<[Email, Detection]> {
  for (let a = 0; a < apps; a++) {
    const base = NOW.getTime() - 180 * DAY + (a % 170) * DAY;
    const lastKind = a % 3 === 0 ? 'rejection' : a % 3 === 1 ? 'offer' : 'user_reply';
    for (let i = 0; i < 10; i++) {
      let kind = LIFE[i]!;
      if (i === 7) kind = lastKind === 'user_reply' ? 'interview_request' : (lastKind as EmailKind);
      if (i === 8) kind = 'interview_request';
      const at = base + i * DAY + 3_600_000;
      const email: Email = {
        id: `m-${a}-${i}`,
        threadId: `t-${a}-${i < 4 ? 0 : 1}`,
        source: 'gmail',
        subject: `Subject ${i}`,
        from: { name: 'Hiring Team', address: 'no-reply@greenhouse.io' },
        date: new Date(at).toISOString(),
        body: '',
        fromUser: i === 9 && a % 2 === 0,
      };
      yield [email, detectionFor(kind, `Company ${a}`, at + 2 * DAY)];
    }
  }
}

/** The same timeline built in memory (for the pure derivation). */
export function buildTimeline(apps: number): Timeline {
  const t: Timeline = { applications: [], events: [], people: [], notes: [] };
  let n = 0;
  for (const [email, d] of emails(apps)) {
    const a = Number(email.id.split('-')[1]);
    const appId = `app${a}`;
    if (!t.applications[a]) {
      t.applications[a] = {
        id: appId, company: d.company!, companyKey: d.company!.toLowerCase(), role: 'Engineer', stage: 'applied', round: 0,
        stance: a % 4 === 0 ? 'clean_break' : null, archived: false, stageByUser: false, createdAt: email.date!, updatedAt: email.date!,
      };
    }
    const event: TimelineEvent = {
      id: `e${++n}`, applicationId: appId, kind: email.fromUser ? 'user_reply' : (d.kind as TimelineEvent['kind']), at: email.date!, source: 'gmail',
      messageId: email.id, threadId: email.threadId ?? null, subject: email.subject, confidence: 0.9, evidence: [], interview: d.interview,
      deadline: null, decisionBy: null, links: [],
    };
    t.events.push(event);
    for (const p of d.people) t.people.push({ id: `p${++n}`, applicationId: appId, name: p.name, email: null, title: null, role: 'interviewer', eventId: event.id });
  }
  return t;
}

export default async (): Promise<BenchRow[]> => {
  const rows: BenchRow[] = [];
  const timeline = buildTimeline(1000);
  let count = 0;
  for (let i = 0; i < 5; i++) count = deriveReminders(timeline, [], SETTINGS, NOW).length; // warm up
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    deriveReminders(timeline, [], SETTINGS, NOW);
    times.push(performance.now() - t0);
  }
  const median = percentile(times, 50);
  rows.push({ name: `derive reminders, 1,000 apps / ${timeline.events.length.toLocaleString('en')} events (median)`, value: median, unit: 'ms', aim: '< 20 ms', met: median < 20 });
  rows.push({ name: 'derive reminders, p95', value: percentile(times, 95), unit: 'ms' });
  // The fastest run: least disturbed by other work on a shared machine.
  rows.push({ name: 'derive reminders, fastest run', value: Math.min(...times), unit: 'ms' });
  rows.push({ name: 'reminders derived', value: count, unit: 'reminders' });

  const db = openDb('bench', { indexedDB: new IDBFactory(), IDBKeyRange });
  await saveSettings(db, { timeZone: 'Europe/Berlin' });
  const ingestTimes: number[] = [];
  const t0 = performance.now();
  for (const [email, d] of emails(1000)) {
    const s = performance.now();
    await ingestEmail(db, email, d, { now: NOW });
    ingestTimes.push(performance.now() - s);
  }
  const total = performance.now() - t0;
  rows.push({ name: 'ingest 10,000 emails (fake-indexeddb), total', value: total / 1000, unit: 's' });
  rows.push({ name: 'ingest, per email p50', value: percentile(ingestTimes, 50), unit: 'ms' });
  rows.push({ name: 'ingest, per email p99', value: percentile(ingestTimes, 99), unit: 'ms' });
  const dupStart = performance.now();
  let dup = 0;
  for (const [email, d] of emails(100)) if ((await ingestEmail(db, email, d, { now: NOW })).status === 'duplicate') dup++;
  rows.push({ name: `re-ingest 1,000 seen emails (${dup} duplicates), per email`, value: (performance.now() - dupStart) / 1000, unit: 'ms' });

  const queryTimes: number[] = [];
  let badge = 0;
  for (let i = 0; i < 10; i++) {
    const s = performance.now();
    const { reminders, settings } = await loadReminders(db, NOW);
    badge = badgeCount(reminders, settings, NOW);
    queryTimes.push(performance.now() - s);
  }
  rows.push({ name: 'due-reminders query on the full store (load + derive + badge), median', value: percentile(queryTimes, 50), unit: 'ms' });
  rows.push({ name: 'badge on that store', value: badge, unit: 'due' });
  db.close();
  return rows;
};
