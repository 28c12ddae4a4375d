/**
 * Repositories over the timeline: reading it whole, the user's hand edits (stage, stance, notes, people, manual
 * applications and interviews, merges), classification corrections and the review list.
 */
import type { UserExample } from '../core/classify/user-examples';
import type { EmailKind, JobKind } from '../core/detection';
import type { MailSource } from '../core/email';
import { companyKey } from '../core/timeline/normalise';
import { canonicalMessageId, emailOfReviewItem, messageKey, rowMessageId, type CorrectionUndo, type ReviewItem } from '../core/timeline/review';
import { INTERVIEW_KINDS, settleApplication } from '../core/timeline/stage';
import type { Application, Note, NoteKind, Person, PersonRole, Stage, Stance, Timeline, TimelineEvent } from '../core/timeline/types';
import { allTables, isoNow, randomId, type CallbackDb } from './db';
import { ingestInTransaction, ingestTables, type IngestResult } from './ingest';

export interface WriteOptions {
  now?: Date | string;
  newId?: () => string;
}

const MAX_TEXT = 20_000;

/** The whole timeline (applications, events, people, notes), as plain data for the core. */
export async function loadTimeline(db: CallbackDb): Promise<Timeline> {
  return db.transaction('r', [db.applications, db.events, db.people, db.notes], async () => {
    const [applications, events, people, notes] = await Promise.all([
      db.applications.toArray(),
      db.events.toArray(),
      db.people.toArray(),
      db.notes.toArray(),
    ]);
    return { applications, events, people, notes };
  });
}

/**
 * The part of the timeline a mail thread touches: the applications its events belong to, with all their events,
 * people and notes. Reminders are derived per application, so this gives the thread's reminders without reading
 * the whole store (the in-thread bar asks on every thread open).
 */
export async function loadThreadTimeline(db: CallbackDb, threadId: string): Promise<Timeline> {
  return db.transaction('r', [db.applications, db.events, db.people, db.notes], async () => {
    const threadEvents = await db.events.where('threadId').equals(threadId).toArray();
    const ids = [...new Set(threadEvents.map((e) => e.applicationId))];
    if (ids.length === 0) return { applications: [], events: [], people: [], notes: [] };
    const [applications, events, people, notes] = await Promise.all([
      db.applications.bulkGet(ids),
      db.events.where('applicationId').anyOf(ids).toArray(),
      db.people.where('applicationId').anyOf(ids).toArray(),
      db.notes.where('applicationId').anyOf(ids).toArray(),
    ]);
    return { applications: applications.filter((a): a is NonNullable<typeof a> => !!a), events, people, notes };
  });
}

/** One application's events, oldest first (the detail view). */
export async function eventsOf(db: CallbackDb, applicationId: string): Promise<TimelineEvent[]> {
  const events = await db.events.where('applicationId').equals(applicationId).toArray();
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
}

/** The application a mail thread belongs to, if any (the in-thread bar). */
export async function applicationOfThread(db: CallbackDb, threadId: string): Promise<Application | null> {
  const events = await db.events.where('threadId').equals(threadId).toArray();
  const latest = events.sort((a, b) => (a.at < b.at ? 1 : -1))[0];
  return latest ? ((await db.applications.get(latest.applicationId)) ?? null) : null;
}

/** Recompute stage and round of one application from its events (inside a transaction). */
async function resettle(db: CallbackDb, applicationId: string, now: string): Promise<Application | null> {
  const app = await db.applications.get(applicationId);
  if (!app) return null;
  const events = await db.events.where('applicationId').equals(applicationId).toArray();
  const settled = settleApplication(app, events, now);
  if (settled !== app) await db.applications.put(settled);
  return settled;
}

async function requireApp(db: CallbackDb, id: string): Promise<Application> {
  const app = await db.applications.get(id);
  if (!app) throw new Error(`No application with id ${id}`);
  return app;
}

/**
 * Set the stage by hand: it then wins over every later guess. `'auto'` hands the stage back to the events.
 */
export async function setStage(db: CallbackDb, applicationId: string, stage: Stage | 'auto', options: WriteOptions = {}): Promise<Application> {
  const now = isoNow(options.now);
  return db.transaction('rw', [db.applications, db.events], async () => {
    const app = await requireApp(db, applicationId);
    if (stage === 'auto') {
      const back = { ...app, stageByUser: false };
      await db.applications.put(back);
      return (await resettle(db, applicationId, now)) ?? back;
    }
    const next = { ...app, stage, stageByUser: true, updatedAt: now };
    await db.applications.put(next);
    return next;
  });
}

/** The stance after a rejection for one application (null: follow the default in settings). */
export async function setStance(db: CallbackDb, applicationId: string, stance: Stance | null, options: WriteOptions = {}): Promise<Application> {
  const now = isoNow(options.now);
  return db.transaction('rw', db.applications, async () => {
    const next = { ...(await requireApp(db, applicationId)), stance, updatedAt: now };
    await db.applications.put(next);
    return next;
  });
}

/** Archive (move on) or bring back an application. */
export async function setArchived(db: CallbackDb, applicationId: string, archived: boolean, options: WriteOptions = {}): Promise<Application> {
  const now = isoNow(options.now);
  return db.transaction('rw', db.applications, async () => {
    const next = { ...(await requireApp(db, applicationId)), archived, updatedAt: now };
    await db.applications.put(next);
    return next;
  });
}

export interface NoteInput {
  applicationId: string;
  kind: NoteKind;
  text: string;
  question?: string | null;
}

/** Keep a note (topic discussed, resource to send, introduction, reflection answer). */
export async function addNote(db: CallbackDb, input: NoteInput, options: WriteOptions = {}): Promise<Note> {
  const note: Note = {
    id: (options.newId ?? randomId)(),
    applicationId: input.applicationId,
    kind: input.kind,
    text: input.text.slice(0, MAX_TEXT),
    question: input.question ?? null,
    createdAt: isoNow(options.now),
  };
  await db.transaction('rw', [db.applications, db.notes], async () => {
    await requireApp(db, input.applicationId);
    await db.notes.add(note);
  });
  return note;
}

/** Delete a note. */
export async function deleteNote(db: CallbackDb, noteId: string): Promise<void> {
  await db.notes.delete(noteId);
}

export type PersonInput = Omit<Person, 'id'> & { id?: string };

/** Add a person (interviewer, recruiter, helper) or update one by id. */
export async function upsertPerson(db: CallbackDb, input: PersonInput, options: WriteOptions = {}): Promise<Person> {
  const person: Person = {
    id: input.id ?? (options.newId ?? randomId)(),
    applicationId: input.applicationId,
    name: input.name.trim().slice(0, 120),
    email: input.email ? input.email.trim().toLowerCase().slice(0, 320) : null,
    title: input.title ? input.title.slice(0, 200) : null,
    role: input.role,
    eventId: input.eventId ?? null,
  };
  await db.transaction('rw', [db.applications, db.people], async () => {
    await requireApp(db, person.applicationId);
    await db.people.put(person);
  });
  return person;
}

/** Remove a person (e.g. an interviewer the extractor got wrong). */
export async function deletePerson(db: CallbackDb, personId: string): Promise<void> {
  await db.people.delete(personId);
}

export interface ManualApplicationInput {
  company: string;
  role?: string | null;
  /** When the user applied (default: now). */
  appliedAt?: string;
  /** A stage other than `applied` is a hand-set stage. */
  stage?: Stage;
}

/** An application the user adds by hand, with its `application_received` event (source `manual`). */
export async function addManualApplication(db: CallbackDb, input: ManualApplicationInput, options: WriteOptions = {}): Promise<Application> {
  const now = isoNow(options.now);
  const newId = options.newId ?? randomId;
  const company = input.company.trim().slice(0, 200) || 'Unknown company';
  const app: Application = {
    id: newId(),
    company,
    companyKey: companyKey(company),
    companyFrom: 'user',
    role: input.role?.trim().slice(0, 200) || null,
    stage: input.stage ?? 'applied',
    round: 0,
    stance: null,
    archived: false,
    stageByUser: !!input.stage && input.stage !== 'applied',
    createdAt: now,
    updatedAt: now,
  };
  const event = manualEvent(newId(), app.id, 'application_received', input.appliedAt ? isoNow(input.appliedAt) : now);
  await db.transaction('rw', [db.applications, db.events], async () => {
    await db.applications.add(app);
    await db.events.add(event);
  });
  return app;
}

function manualEvent(id: string, applicationId: string, kind: TimelineEvent['kind'], at: string): TimelineEvent {
  return {
    id,
    applicationId,
    kind,
    at,
    source: 'manual',
    messageId: null,
    threadId: null,
    subject: null,
    confidence: 1,
    evidence: [],
    interview: null,
    deadline: null,
    decisionBy: null,
    links: [],
  };
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
      .filter((p) => p.name.trim())
      .map((p, rank) => ({
        id: newId(),
        rank,
        applicationId,
        name: p.name.trim().slice(0, 120),
        email: p.email?.trim().toLowerCase() || null,
        title: p.title ?? null,
        role: 'interviewer' as PersonRole,
        eventId: event.id,
      }));
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

/**
 * Merge `mergeId` into `keepId` (the same application seen twice): events, people and notes move, the stage is
 * recomputed, `mergeId` is deleted. Reminder actions stay valid (reminder ids name events, not applications).
 */
export async function mergeApplications(db: CallbackDb, keepId: string, mergeId: string, options: WriteOptions = {}): Promise<Application> {
  const now = isoNow(options.now);
  if (keepId === mergeId) throw new Error('Cannot merge an application into itself');
  return db.transaction('rw', [db.applications, db.events, db.people, db.notes], async () => {
    const keep = await requireApp(db, keepId);
    const merge = await requireApp(db, mergeId);
    await db.events.where('applicationId').equals(mergeId).modify({ applicationId: keepId });
    await db.people.where('applicationId').equals(mergeId).modify({ applicationId: keepId });
    await db.notes.where('applicationId').equals(mergeId).modify({ applicationId: keepId });
    await db.applications.delete(mergeId);
    await db.applications.put({
      ...keep,
      role: keep.role ?? merge.role,
      stance: keep.stance ?? merge.stance,
      archived: keep.archived && merge.archived,
      createdAt: keep.createdAt < merge.createdAt ? keep.createdAt : merge.createdAt,
      updatedAt: now,
    });
    return (await resettle(db, keepId, now)) ?? keep;
  });
}

/** Delete one application with its events, people and notes. */
export async function deleteApplication(db: CallbackDb, applicationId: string): Promise<void> {
  await db.transaction('rw', [db.applications, db.events, db.people, db.notes], async () => {
    await db.events.where('applicationId').equals(applicationId).delete();
    await db.people.where('applicationId').equals(applicationId).delete();
    await db.notes.where('applicationId').equals(applicationId).delete();
    await db.applications.delete(applicationId);
  });
}

export type CorrectionOutcome =
  | 'stored'
  | 'event-updated'
  | 'event-removed'
  | 'review-confirmed'
  | 'review-dismissed';

/**
 * The user says what a message really is ("not a rejection", "not job mail"). The correction is kept and wins over
 * the classifier for that message from now on; the timeline follows at once: the event changes kind or goes away
 * (with its application when it was the only event), and an open review item is confirmed or dismissed.
 */
export async function correctClassification(
  db: CallbackDb,
  messageId: string,
  kind: EmailKind,
  options: WriteOptions & { source?: MailSource } = {},
): Promise<CorrectionOutcome> {
  const source = options.source ?? 'gmail';
  const now = isoNow(options.now);
  const key = messageKey(source, messageId);
  return db.transaction('rw', [...ingestTables(db), db.notes], async () => {
    // A row's answer and the full message's answer name one event (stored under the message's own id).
    const own = canonicalMessageId(messageId);
    const event = await db.events.where('[source+messageId]').anyOf([[source, own], [source, rowMessageId(own)]]).first();
    const review = await db.reviewItems.where('key').equals(key).first();
    // What the message looked like: later mail like it follows this answer (classify/user-examples.ts).
    const sender = event?.sender ?? review?.from.address ?? '';
    const subject = event?.subject ?? review?.subject ?? '';
    const like = sender !== '' ? { sender: sender.toLowerCase(), subject } : null;
    // Undo puts back the timeline as the classifier left it: an earlier correction's snapshot is the older one.
    const earlier = (await db.corrections.get(key))?.undo ?? null;
    const undo: CorrectionUndo = {
      event: earlier?.event ?? event ?? null,
      application: earlier?.application ?? null,
      people: earlier?.people ?? [],
      notes: earlier?.notes ?? [],
      reviewId: earlier?.reviewId ?? null,
      addedEventId: earlier?.addedEventId ?? null,
    };
    const save = () => db.corrections.put({ key, source, messageId, kind, at: now, like, undo });
    if (event && event.kind !== 'user_reply') {
      if (kind === 'other') {
        undo.people = [...undo.people, ...(await db.people.where('eventId').equals(event.id).toArray())];
        await db.events.delete(event.id);
        await db.people.where('eventId').equals(event.id).delete();
        const left = await db.events.where('applicationId').equals(event.applicationId).count();
        if (left === 0) {
          undo.application = (await db.applications.get(event.applicationId)) ?? null;
          undo.people = [...undo.people, ...(await db.people.where('applicationId').equals(event.applicationId).toArray())];
          undo.notes = await db.notes.where('applicationId').equals(event.applicationId).toArray();
          await db.people.where('applicationId').equals(event.applicationId).delete();
          await db.notes.where('applicationId').equals(event.applicationId).delete();
          await db.applications.delete(event.applicationId);
        } else await resettle(db, event.applicationId, now);
        await save();
        return 'event-removed';
      }
      await db.events.put({ ...event, kind: kind as JobKind, confidence: 1 });
      await resettle(db, event.applicationId, now);
      await save();
      return 'event-updated';
    }
    if (review && review.status === 'open') {
      undo.reviewId = review.id;
      if (kind === 'other') {
        await db.reviewItems.put({ ...review, status: 'dismissed', resolvedAt: now });
        await save();
        return 'review-dismissed';
      }
      await db.reviewItems.put({ ...review, status: 'confirmed', resolvedAt: now });
      await save();
      const added = await ingestInTransaction(db, emailOfReviewItem(review), review.detection, options);
      if (added.status === 'added') {
        undo.addedEventId = added.eventId;
        await save();
      }
      return 'review-confirmed';
    }
    await save();
    return 'stored';
  });
}

/**
 * Undo a correction: the timeline goes back to what it was before it (the event's kind, or the event, its
 * application, people and notes when "not job mail" removed them; the review card back in the list), and the
 * correction and its lesson are forgotten. False when there is no such correction.
 */
export async function undoCorrection(db: CallbackDb, key: string, options: WriteOptions = {}): Promise<boolean> {
  const now = isoNow(options.now);
  return db.transaction('rw', [...ingestTables(db), db.notes], async () => {
    const correction = await db.corrections.get(key);
    if (!correction) return false;
    const undo = correction.undo;
    await db.corrections.delete(key);
    if (!undo) return true;
    if (undo.addedEventId) {
      const added = await db.events.get(undo.addedEventId);
      await db.events.delete(undo.addedEventId);
      await db.people.where('eventId').equals(undo.addedEventId).delete();
      if (added && (await db.events.where('applicationId').equals(added.applicationId).count()) === 0) {
        await db.people.where('applicationId').equals(added.applicationId).delete();
        await db.applications.delete(added.applicationId);
      }
    }
    if (undo.application && !(await db.applications.get(undo.application.id))) await db.applications.put(undo.application);
    if (undo.event) await db.events.put(undo.event);
    if (undo.people.length) await db.people.bulkPut(undo.people);
    if (undo.notes.length) await db.notes.bulkPut(undo.notes);
    if (undo.reviewId) {
      const review = await db.reviewItems.get(undo.reviewId);
      if (review) await db.reviewItems.put({ ...review, status: 'open', resolvedAt: null });
    }
    if (undo.event) await resettle(db, undo.event.applicationId, now);
    return true;
  });
}

/** Every correction the user made, newest first, with what it was about (the options page lists them to undo). */
export async function listCorrections(db: CallbackDb): Promise<Array<{ key: string; kind: EmailKind; at: string; subject: string; sender: string; lesson: boolean }>> {
  const corrections = await db.corrections.toArray();
  return corrections
    .map((c) => ({
      key: c.key,
      kind: c.kind,
      at: c.at,
      subject: c.undo?.event?.subject ?? c.like?.subject ?? '',
      sender: c.undo?.event?.sender ?? c.like?.sender ?? '',
      lesson: !!c.like && c.like.sender !== '',
    }))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** The user confirms a review item, as the classifier guessed or as another kind (`other`: not job mail). */
export async function confirmReview(
  db: CallbackDb,
  reviewId: string,
  kind?: EmailKind,
  options: WriteOptions = {},
): Promise<CorrectionOutcome> {
  const item = await db.reviewItems.get(reviewId);
  if (!item) throw new Error(`No review item with id ${reviewId}`);
  return correctClassification(db, item.messageId, kind ?? item.detection.kind, { ...options, source: item.source });
}

/** The open review items, newest first. */
export async function listReviewItems(db: CallbackDb): Promise<ReviewItem[]> {
  const items = await db.reviewItems.where('status').equals('open').toArray();
  return items.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** Delete every record in every table (the UI asks the user first). */
export async function deleteEverything(db: CallbackDb): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    await Promise.all(allTables(db).map((t) => t.clear()));
  });
}

export type { IngestResult };

/** What Callback learned from the user's corrections: one example per corrected message that still teaches. */
export async function listLessons(db: CallbackDb): Promise<(UserExample & { key: string })[]> {
  const corrections = await db.corrections.toArray();
  return corrections
    .filter((c) => c.like && c.like.sender !== '')
    .map((c) => ({ key: c.key, sender: c.like!.sender, subject: c.like!.subject, kind: c.kind, at: c.at }))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** Forget what one correction taught: later mail no longer follows it (the message's own correction stays). */
export async function forgetLesson(db: CallbackDb, key: string): Promise<void> {
  const correction = await db.corrections.get(key);
  if (correction) await db.corrections.put({ ...correction, like: null });
}
