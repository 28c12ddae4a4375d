/**
 * The playbook's timing, as a table a reader can scan (../shared/advice/playbook.md). What to do and why lives in
 * advice/sources.ts (RULES); this table says when each rule starts, is due, turns overdue and completes by itself.
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
}

export const RULE_TIMING: Record<RuleId, RuleTiming> = {
  'thank-you-email': {
    trigger: 'interview-ended',
    due: 'end of the interview day (user zone)',
    overdue: 'early next morning: next working day, start of work + 1 hour',
    stances: null,
    completesByReply: true,
  },
  'thank-you-each': {
    trigger: 'interview-ended',
    due: 'as thank-you-email, one per interviewer (when there are two or more; one interviewer: thank-you-email)',
    overdue: 'early next morning',
    stances: null,
    completesByReply: true,
  },
  'thank-helpers': {
    trigger: 'interview-ended',
    due: 'same day as thank-you-email, one per recruiter or coordinator of that interview thread',
    overdue: 'early next morning',
    stances: null,
    completesByReply: false,
  },
  'thank-you-note-post': {
    trigger: 'interview-ended',
    due: 'end of work on the next working day (posted)',
    overdue: 'end of that day',
    stances: null,
    completesByReply: false,
  },
  'follow-up-silence': {
    trigger: 'silence-after-interview',
    due: 'the decision date they named + 1 working day; else followUpWorkingDays working days after the interview',
    overdue: 'two working days later, end of work',
    stances: null,
    completesByReply: true,
  },
  'gracious-reply': {
    trigger: 'rejection',
    due: 'end of work on the next working day',
    overdue: 'end of the working day after',
    stances: ['door_open'],
    completesByReply: true,
  },
  'be-a-resource': {
    trigger: 'rejection',
    due: 'within a week (end of work, 7 days later), when a topic, resource or introduction was noted',
    overdue: 'two days later',
    stances: ['door_open'],
    completesByReply: false,
  },
  'keep-door-open': {
    trigger: 'rejection',
    due: 'check-in after checkInDays: starts that working day, due 5 working days later',
    overdue: '5 more working days',
    stances: ['door_open'],
    completesByReply: true,
  },
  reflect: {
    trigger: 'rejection',
    due: 'within two days (end of the second day)',
    overdue: 'two more days',
    stances: ['door_open', 'clean_break'],
    completesByReply: false,
  },
  'move-on': {
    trigger: 'reflect-done',
    due: 'the day reflect is done (or was due); completes when the application is archived',
    overdue: 'a week later',
    stances: ['clean_break'],
    completesByReply: false,
  },
  'reply-to-invite': {
    trigger: 'interview-request',
    due: 'end of work on the next working day',
    overdue: 'end of the working day after',
    stances: null,
    completesByReply: true,
  },
  prepare: {
    trigger: 'interview-confirmed',
    due: 'end of work on the working day before the interview (never after it starts)',
    overdue: 'the interview start; gone once the interview has started',
    stances: null,
    completesByReply: false,
  },
  'assessment-due': {
    trigger: 'assessment',
    due: 'a day before its deadline; else 3 days after it arrived',
    overdue: 'the deadline; else a day later',
    stances: null,
    completesByReply: false,
  },
  'answer-offer': {
    trigger: 'offer',
    due: 'its stated deadline; else end of work 3 working days later',
    overdue: 'the deadline itself; else the end of that day',
    stances: null,
    completesByReply: true,
  },
};
