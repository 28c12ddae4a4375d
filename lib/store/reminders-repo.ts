/**
 * Reminder actions: the only reminder data kept (reminders themselves are derived by core/reminders). One action per
 * reminder; undo removes it, so the reminder is pending again.
 */
import { deriveReminders } from '../core/reminders/derive';
import type { Reminder, ReminderAction, ReminderStatus } from '../core/reminders/types';
import type { Settings } from '../core/settings';
import { isoNow, type CallbackDb } from './db';
import { getSettings } from './settings-repo';
import { loadTimeline } from './applications-repo';

export interface ReminderActionInput {
  status: Exclude<ReminderStatus, 'pending'>;
  /** Required for `snoozed`: when the reminder comes back (see snoozeUntil in core/reminders). */
  snoozedUntil?: string | null;
  /** true when the product completed it by itself. */
  auto?: boolean;
}

/** Mark a reminder done, dismissed or snoozed (replaces an earlier action on it). */
export async function setReminderAction(
  db: CallbackDb,
  reminderId: string,
  input: ReminderActionInput,
  options: { now?: Date | string } = {},
): Promise<ReminderAction> {
  if (input.status === 'snoozed' && !(input.snoozedUntil && Number.isFinite(Date.parse(input.snoozedUntil)))) {
    throw new Error('A snooze needs a valid snoozedUntil time');
  }
  const action: ReminderAction = {
    reminderId,
    status: input.status,
    snoozedUntil: input.status === 'snoozed' ? new Date(input.snoozedUntil!).toISOString() : null,
    auto: input.auto ?? false,
    at: isoNow(options.now),
  };
  await db.reminderActions.put(action);
  return action;
}

/** Undo the user's action on a reminder: it is pending again (or done again if the reply was seen). */
export async function undoReminderAction(db: CallbackDb, reminderId: string): Promise<void> {
  await db.reminderActions.delete(reminderId);
}

/** Every stored action. */
export async function listReminderActions(db: CallbackDb): Promise<ReminderAction[]> {
  return db.reminderActions.toArray();
}

/**
 * The reminders as of `now`: the timeline, the actions and the settings read in one transaction, then derived by
 * core/reminders (reminders are never stored). The popup's and the alarm's query.
 */
export async function loadReminders(db: CallbackDb, now: Date = new Date()): Promise<{ reminders: Reminder[]; settings: Settings }> {
  const { timeline, actions, settings } = await db.transaction(
    'r',
    [db.applications, db.events, db.people, db.notes, db.reminderActions, db.settings],
    async () => ({ timeline: await loadTimeline(db), actions: await db.reminderActions.toArray(), settings: await getSettings(db) }),
  );
  return { reminders: deriveReminders(timeline, actions, settings, now), settings };
}
