/** Reminders are derived, never stored: only the user's actions on them (ReminderAction) are kept. */
import type { MailAccount } from '../email';

export type RuleId =
  | 'thank-you-email'
  | 'thank-you-each'
  | 'thank-helpers'
  | 'thank-you-note-post'
  | 'follow-up-silence'
  | 'gracious-reply'
  | 'be-a-resource'
  | 'keep-door-open'
  | 'reflect'
  | 'move-on'
  | 'reply-to-invite'
  | 'prepare'
  | 'interview-soon'
  | 'missed-call'
  | 'assessment-due'
  | 'answer-offer';

export type ReminderStatus = 'pending' | 'snoozed' | 'done' | 'dismissed';

export interface Reminder {
  /**
   * Deterministic from its inputs: `${ruleId}:${eventId}`, `${ruleId}:${eventId}:${personId}` (one per interviewer),
   * or `follow-up-silence:${eventId}:2` (the second and last follow-up).
   */
  id: string;
  ruleId: RuleId;
  applicationId: string;
  eventId: string;
  personId: string | null;
  threadId: string | null;
  /** The mailbox of the email it answers (its "Open in Gmail" opens that account). */
  account?: MailAccount | null;
  /** When the reminder starts to matter, its deadline, and when it turns overdue (deadline + grace). ISO 8601. */
  startsAt: string;
  dueAt: string;
  overdueAt: string;
  /** When a notification may fire: startsAt moved out of quiet hours (deadlines never move). */
  notifyAt: string;
  status: ReminderStatus;
  snoozedUntil: string | null;
}

/** What the user did to a reminder; the only reminder data the store keeps. */
export interface ReminderAction {
  reminderId: string;
  status: Exclude<ReminderStatus, 'pending'>;
  snoozedUntil: string | null;
  /** true when the product completed it (the user's reply was seen), false for a click. */
  auto: boolean;
  at: string;
}
