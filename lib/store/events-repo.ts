/** An application's events: reading its history, and the interviews the user records by hand. */
import { cleanPerson } from '../core/timeline/people';
import { INTERVIEW_KINDS } from '../core/timeline/stage';
import type { Person, PersonRole, TimelineEvent } from '../core/timeline/types';
import { isoNow, randomId, type CallbackDb } from './db';
import { manualEvent, requireApp, resettle, type WriteOptions } from './repo-helpers';

/** One application's events, oldest first (the detail view). */
export async function eventsOf(db: CallbackDb, applicationId: string): Promise<TimelineEvent[]> {
  const events = await db.events.where('applicationId').equals(applicationId).toArray();
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * How many of the newest events `jobSenders` reads: a bounded read per batch of mail, whatever the timeline's size.
 * The read sits between new mail and its bar: at 2,000 it added about 40 ms to one new email's bar at 10,000 stored
 * events (`npm run bench ingest`: 106 and 123 ms against 78 and 75); 300 cover a busy season's senders (a search
 * writes a few events a week per application).
 */
export const JOB_SENDER_EVENTS = 300;

/**
 * The senders of the timeline's newest email events and of the mail waiting for review, oldest first (lower case):
 * who wrote to the user about their search (core/classify/job-senders.ts). Read from the timeline and the review list
 * themselves, so deleting an application forgets its senders, and dismissing a review item forgets its sender unless
 * other job mail of theirs remains.
 */
export async function jobSenders(db: CallbackDb, limit = JOB_SENDER_EVENTS): Promise<string[]> {
  const [newest, open] = await Promise.all([
    db.events.orderBy('at').reverse().limit(limit).toArray(),
    db.reviewItems.where('status').equals('open').limit(limit).toArray(),
  ]);
  const senders: string[] = [];
  for (let i = newest.length - 1; i >= 0; i--) {
    const sender = newest[i]!.sender;
    if (typeof sender === 'string' && sender !== '') senders.push(sender);
  }
  for (const item of open) {
    const sender = typeof item.from?.address === 'string' ? item.from.address.toLowerCase() : '';
    if (sender !== '') senders.push(sender);
  }
  return senders;
}

export interface ManualInterviewInput {
  /** ISO 8601 with offset, or local wall time in `timeZone`. */
  start: string;
  end?: string | null;
  /** The interview's zone when it differs from the user's (e.g. an interviewer abroad). */
  timeZone?: string | null;
  interviewers?: Array<{ name: string; title?: string | null; email?: string | null }>;
}

/** An interview the user records by hand, with its interviewers (who feed thank-you-each). */
export async function addManualInterview(
  db: CallbackDb,
  applicationId: string,
  input: ManualInterviewInput,
  options: WriteOptions = {},
): Promise<{ event: TimelineEvent; people: Person[] }> {
  const now = isoNow(options.now);
  const newId = options.newId ?? randomId;
  return db.transaction('rw', [db.applications, db.events, db.people], async () => {
    await requireApp(db, applicationId);
    const own = await db.events.where('applicationId').equals(applicationId).toArray();
    const event: TimelineEvent = {
      ...manualEvent(newId(), applicationId, 'manual_interview', now),
      interview: { start: input.start, end: input.end ?? null, timeZone: input.timeZone ?? null },
      replaces: null,
      round: own.filter((e) => INTERVIEW_KINDS.has(e.kind) && !e.replaces).length + 1,
    };
    const people: Person[] = (input.interviewers ?? [])
      .map((p) => cleanPerson(p))
      .filter((p) => p.name)
      .map((p, rank) => ({ id: newId(), rank, applicationId, ...p, role: 'interviewer' as PersonRole, eventId: event.id }));
    await db.events.add(event);
    if (people.length) await db.people.bulkAdd(people);
    await resettle(db, applicationId, now);
    return { event, people };
  });
}

/** The user marks an interview as over (the thank-you reminders start now rather than at its scheduled end). */
export async function markInterviewDone(db: CallbackDb, applicationId: string, options: WriteOptions = {}): Promise<TimelineEvent> {
  const now = isoNow(options.now);
  const event = manualEvent((options.newId ?? randomId)(), applicationId, 'interview_done', now);
  await db.transaction('rw', [db.applications, db.events], async () => {
    await requireApp(db, applicationId);
    await db.events.add(event);
    await resettle(db, applicationId, now);
  });
  return event;
}
