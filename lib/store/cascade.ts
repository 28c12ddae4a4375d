/**
 * What goes when an application or an event goes, written once. Every path that removes timeline records comes
 * here: the timeline's delete, "not job mail" (a correction that removes an email's event, and its application when
 * it was the last), undoing a correction that had added an event, and the restore and "delete everything" that
 * empty the store. Each runs inside its caller's read-write transaction, so an error anywhere leaves nothing half
 * removed (the transaction rolls back whole).
 */
import { eventIdsOfReminder } from '../core/reminders/context';
import type { ReminderAction } from '../core/reminders/types';
import { canonicalMessageId, messageKey, rowMessageId, type ReviewItem } from '../core/timeline/review';
import type { Application, Note, Person, TimelineEvent } from '../core/timeline/types';
import { allTables, type CallbackDb } from './db';

/** The tables a cascade writes: a transaction that calls one must include them. */
export function cascadeTables(db: CallbackDb) {
  return [db.applications, db.events, db.people, db.notes, db.reviewItems, db.reminderActions, db.corrections];
}

/** What a cascade removed, so that a correction can put it back when the user undoes it. */
export interface Removed {
  application: Application | null;
  events: TimelineEvent[];
  people: Person[];
  notes: Note[];
  reviewItems: ReviewItem[];
  reminderActions: ReminderAction[];
}

/**
 * Remove events with what hangs on them alone: the people met at them (an interview's interviewers) and the user's
 * actions on their reminders (reminder ids name events, see core/reminders/context.ts).
 */
export async function removeEvents(db: CallbackDb, events: readonly TimelineEvent[]): Promise<Pick<Removed, 'people' | 'reminderActions'>> {
  if (events.length === 0) return { people: [], reminderActions: [] };
  const ids = events.map((e) => e.id);
  const own = new Set(ids);
  const [people, actionIds] = await Promise.all([
    db.people.where('eventId').anyOf(ids).toArray(),
    db.reminderActions.toCollection().primaryKeys(),
  ]);
  const named = actionIds.filter((id) => eventIdsOfReminder(id).some((e) => own.has(e)));
  const reminderActions = (await db.reminderActions.bulkGet(named)).filter((a): a is ReminderAction => !!a);
  await Promise.all([db.events.bulkDelete(ids), db.people.bulkDelete(people.map((p) => p.id)), db.reminderActions.bulkDelete(named)]);
  return { people, reminderActions };
}

/** The review keys of a message: its own, and its list row's. */
function reviewKeysOf(e: Pick<TimelineEvent, 'source' | 'messageId'>): string[] {
  if (!e.messageId) return [];
  const own = canonicalMessageId(e.messageId);
  return [messageKey(e.source, own), messageKey(e.source, rowMessageId(own))];
}

/**
 * Remove an application and everything of it: its events (with their people and reminder actions), its people and
 * notes, and the review cards of its messages (answered cards keep the email's sender and opening lines).
 * `keepReviewOf`: the cards of the message a correction is answering stay, as a list row's or in full (the
 * correction settles them, and its undo puts the card back in the list). Corrections stay: they are the user's word on a
 * message, and its lesson; but one whose undo would put back an event of this application loses its undo (the event
 * would come back without its application).
 */
export async function removeApplication(db: CallbackDb, applicationId: string, options: { keepReviewOf?: Pick<TimelineEvent, 'source' | 'messageId'> } = {}): Promise<Removed> {
  const [application, events, notes] = await Promise.all([
    db.applications.get(applicationId),
    db.events.where('applicationId').equals(applicationId).toArray(),
    db.notes.where('applicationId').equals(applicationId).toArray(),
  ]);
  const kept = new Set(options.keepReviewOf ? reviewKeysOf(options.keepReviewOf) : []);
  const keys = events.flatMap(reviewKeysOf).filter((k) => !kept.has(k));
  const reviewItems = keys.length ? await db.reviewItems.where('key').anyOf(keys).toArray() : [];
  const ofEvents = await removeEvents(db, events);
  const people = await db.people.where('applicationId').equals(applicationId).toArray();
  const stale = (await db.corrections.toArray()).filter((c) => c.undo?.event?.applicationId === applicationId || c.undo?.application?.id === applicationId);
  await Promise.all([
    db.corrections.bulkPut(stale.map((c) => ({ ...c, undo: null }))),
    db.people.bulkDelete(people.map((p) => p.id)),
    db.notes.bulkDelete(notes.map((n) => n.id)),
    db.reviewItems.bulkDelete(reviewItems.map((r) => r.id)),
    db.applications.delete(applicationId),
  ]);
  return {
    application: application ?? null,
    events,
    people: [...ofEvents.people, ...people],
    notes,
    reviewItems,
    reminderActions: ofEvents.reminderActions,
  };
}

/**
 * Every table a restore or "delete everything" empties: the data tables, and the imports of past mail, whose
 * checkpoints would otherwise say messages are stored that no longer are (choosing the file again would skip them)
 * and whose waiting replies keep the text of the user's own emails (and their open threads go with them).
 */
export function everyTable(db: CallbackDb) {
  return [...allTables(db), db.imports, db.importReplies, db.importThreads];
}

/** Empty the store; inside a read-write transaction over everyTable(db). */
export async function clearStore(db: CallbackDb): Promise<void> {
  await Promise.all(everyTable(db).map((t) => t.clear()));
}
