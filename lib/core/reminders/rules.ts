/**
 * The playbook's timing, as a table a reader can scan (../shared/advice/playbook.md). What to do and why lives in
 * advice/sources.ts (RULES); this table says when each rule starts, is due, turns overdue, completes by itself and
 * lapses.
 *
 * Lapse: a reminder overdue for long is noise ("send a thank-you" two months late helps no one, and a year of
 * history would fill the popup and the badge with thousands of items). From overdueAt + lapseDays (days of 24 hours)
 * on, deriveReminders no longer returns it, whatever its status, unless the user snoozed it to a time after now: a
 * snooze is an explicit wish to be reminded. The numbers follow what each step is worth late; the reason is beside
 * each one.
 */
import type { Stance } from '../timeline/types';
import type { RuleId } from './types';

export type Trigger =
  | 'interview-ended'
  | 'interview-confirmed'
  | 'interview-request'
  | 'silence-after-interview'
  | 'rejection'
  | 'reflect-done'
  | 'assessment'
  | 'offer';

export interface RuleTiming {
  trigger: Trigger;
  /** The due time in the playbook's words. */
  due: string;
  /** When it turns overdue. */
  overdue: string;
  /** After a rejection: the stances it belongs to (null: not a rejection rule). */
  stances: readonly Stance[] | null;
  /** The user's own reply in the trigger's thread, at or after the reminder started, completes it. */
  completesByReply: boolean;
  /** Days after overdueAt when the reminder lapses: no longer derived, unless snoozed past now. */
  lapseDays: number;
}

const DAY = 86_400_000;

/** The instant a reminder of this rule lapses (epoch ms), given its overdueAt (epoch ms). */
export function lapsesAt(timing: RuleTiming, overdueAt: number): number {
  return overdueAt + timing.lapseDays * DAY;
}

export const RULE_TIMING: Record<RuleId, RuleTiming> = {
  'thank-you-email': {
    trigger: 'interview-ended',
    due: 'end of the interview day (user zone)',
    overdue: 'early next morning: next working day, start of work + 1 hour',
    stances: null,
    completesByReply: true,
    // 000 wants it by the end of the day or early next day. A week later the decision is usually being made and the
    // follow-up after silence is the next contact; a thank-you then reads as an afterthought.
    lapseDays: 7,
  },
  'thank-you-each': {
    trigger: 'interview-ended',
    due: 'as thank-you-email, one per interviewer (when there are two or more; one interviewer: thank-you-email)',
    overdue: 'early next morning',
    stances: null,
    completesByReply: true,
    // As thank-you-email.
    lapseDays: 7,
  },
  'thank-helpers': {
    trigger: 'interview-ended',
    due: 'same day as thank-you-email, one per recruiter or coordinator of that interview thread',
    overdue: 'early next morning',
    stances: null,
    completesByReply: false,
    // As thank-you-email: thanks for arranging an interview weeks ago is no longer a courtesy that counts.
    lapseDays: 7,
  },
  'thank-you-note-post': {
    trigger: 'interview-ended',
    due: 'end of work on the next working day (posted)',
    overdue: 'end of that day',
    stances: null,
    completesByReply: false,
    // A card is slow already (000's note by post backs the email); one posted two weeks after the interview
    // arrives after the decision.
    lapseDays: 7,
  },
  'follow-up-silence': {
    trigger: 'silence-after-interview',
    due:
      'the decision date they named + 1 working day; else followUpWorkingDays working days after the interview. ' +
      'A second (id suffix :2) once the first is done and they are still silent: followUpWorkingDays working days ' +
      'after the first was done; never a third',
    overdue: 'two working days later, end of work',
    stances: null,
    completesByReply: true,
    // A check-in is still polite a while after it fell due (002: 'polite and appropriate'); after two more weeks of
    // silence the company has answered by not answering, and the next step is moving on.
    lapseDays: 14,
  },
  'gracious-reply': {
    trigger: 'rejection',
    due: 'end of work on the next working day',
    overdue: 'end of the working day after',
    stances: ['door_open'],
    completesByReply: true,
    // Being gracious (002, must-do 1) still lands a couple of weeks after the rejection; later the team has moved on,
    // and keep-door-open's check-in carries the open door from there.
    lapseDays: 14,
  },
  'be-a-resource': {
    trigger: 'rejection',
    due: 'within a week (end of work, 7 days later), when a topic, resource or introduction was noted',
    overdue: 'two days later',
    stances: ['door_open'],
    completesByReply: false,
    // The resource or introduction (002, must-do 2) is still worth sending within a few weeks of the conversation.
    lapseDays: 14,
  },
  'keep-door-open': {
    trigger: 'rejection',
    due: 'check-in after checkInDays: starts that working day, due 5 working days later',
    overdue: '5 more working days',
    stances: ['door_open'],
    completesByReply: true,
    // A check-in three months out (002, must-do 3) has no urgency: a month late it is still a check-in.
    lapseDays: 30,
  },
  reflect: {
    trigger: 'rejection',
    due: 'within two days (end of the second day)',
    overdue: 'two more days',
    stances: ['door_open', 'clean_break'],
    completesByReply: false,
    // A private reflection (004, 000) is still worth writing weeks later; after a month the memory has faded and
    // newer applications have taken its place, which is what moving on means.
    lapseDays: 30,
  },
  'move-on': {
    trigger: 'reflect-done',
    due: 'the day reflect is done (or was due); completes when the application is archived',
    overdue: 'a week later',
    stances: ['clean_break'],
    completesByReply: false,
    // Archiving is bookkeeping, not a message: a month after it is due it has stopped mattering (004: the next
    // application is the next audition).
    lapseDays: 30,
  },
  'reply-to-invite': {
    trigger: 'interview-request',
    due: 'end of work on the next working day',
    overdue: 'end of the working day after',
    stances: null,
    completesByReply: true,
    // Times offered a week ago are gone; an invitation unanswered that long has lapsed for the company too.
    lapseDays: 7,
  },
  prepare: {
    trigger: 'interview-confirmed',
    due: 'end of work on the working day before the interview (never after it starts)',
    overdue: 'the interview start; gone once the interview has started',
    stances: null,
    completesByReply: false,
    // Never reached in practice: it is overdue when the interview starts, and gone from then on.
    lapseDays: 7,
  },
  'assessment-due': {
    trigger: 'assessment',
    due: 'a day before its deadline; else 3 days after it arrived',
    overdue: 'the deadline; else a day later',
    stances: null,
    completesByReply: false,
    // Its deadline (overdueAt) has passed; a late submission is sometimes still accepted when asked within a
    // couple of weeks, rarely after.
    lapseDays: 14,
  },
  'answer-offer': {
    trigger: 'offer',
    due: 'its stated deadline; else end of work 3 working days later',
    overdue: 'the deadline itself; else the end of that day',
    stances: null,
    completesByReply: true,
    // Two weeks past its deadline an offer has been decided, by the user or by the company withdrawing it.
    lapseDays: 14,
  },
};
