/**
 * Reminder actions: the only reminder data kept (reminders themselves are derived by core/reminders). One action per
 * reminder; undo removes it, so the reminder is pending again.
 */
import type { ReminderAction, ReminderStatus } from '../core/reminders/types';
import { isoNow, type CallbackDb } from './db';

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
