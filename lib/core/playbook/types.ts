/**
 * The shape of one rule of the playbook (one file per rule in this folder): when it starts, is due, turns overdue
 * and lapses; what to do and why, with the article it follows; how its reminders are derived from an application's
 * timeline; and its letters in each tone, when it calls for a message.
 */
import type { SourceId } from '../advice/sources';
import type { Recipient } from '../drafts/facts';
import type { LetterLang } from '../drafts/locale';
import type { Template } from '../drafts/render';
import type { OfferAnswer, Tone } from '../drafts/types';
import type { RuleContext } from '../reminders/context';
import type { RuleId } from '../reminders/types';
import type { Stance } from '../timeline/types';

export type Trigger =
  | 'interview-ended'
  | 'interview-confirmed'
  | 'interview-missed'
  | 'interview-request'
  | 'silence-after-interview'
  | 'rejection'
  | 'reflect-done'
  | 'assessment'
  | 'offer';

export interface RuleTiming {
  trigger: Trigger;
  /** The due time in the playbook's words (the code is the rule's derive). */
  due: string;
  /** When it turns overdue, in words. */
  overdue: string;
  /** After a rejection: the stances it belongs to (null: not a rejection rule). */
  stances: readonly Stance[] | null;
  /** The user's own reply in the trigger's thread, at or after the reminder started, completes it. */
  completesByReply: boolean;
  /**
   * Days (of 24 hours) after overdueAt when the reminder lapses: it is no longer derived, whatever its status, unless
   * the user snoozed it to a time after now (a snooze is an explicit wish to be reminded). A reminder overdue for long
   * is noise: a year of history would fill the popup and the badge with thousands of items.
   */
  lapseDays: number;
  /** Why the lapse is that long, in a line. */
  lapseWhy: string;
}

export interface DraftRuleMeta {
  /** Whom the letter goes to when no person is given. */
  recipient: Recipient;
  /** The event's day is an interview day worth naming ("thank you for your time today"). */
  interviewDay: boolean;
  /** One letter per interviewer: only their own noted topic is used. */
  personal: boolean;
  /** Only written in the door-open stance; the clean break sends no letter (004). */
  doorOpenOnly: boolean;
  /** A card by post: no subject, fits about 60 words, read days later (so no "yesterday"). */
  card: boolean;
}

export type ToneTemplates = Record<Tone, Template>;

/** A rule's letters in one language: one per tone (and per answer, for an offer). */
export interface LangLetters {
  /** The letter in each tone. */
  tones: ToneTemplates;
  /** Rules with several answers (an offer: accept, discuss, ask for time): the letter per answer and tone. */
  byAnswer?: Record<OfferAnswer, ToneTemplates>;
}

/** The languages other than English a rule's letters are written in: every one of them, for every rule. */
export type OtherLetters = Record<Exclude<LetterLang, 'en'>, LangLetters>;

export interface Letters extends LangLetters {
  meta: DraftRuleMeta;
  /** The same letters written natively in the other languages (`<rule>.letters.ts`, beside the rule). */
  langs: OtherLetters;
}

export interface PlaybookRule {
  id: RuleId;
  /** What to do, as a short imperative the popup can show. */
  action: string;
  /** Why, in one line, in our own words. */
  why: string;
  /** The article it follows (advice/sources.ts), or 'practice' for common job-search practice. */
  source: SourceId;
  timing: RuleTiming;
  /** Its letters; null for a rule that calls for an action, not a message. */
  letters: Letters | null;
  /** An archived application keeps this rule's reminder (moving on is what archiving means). */
  keptWhenArchived?: boolean;
  /** Derives the rule's reminders for one application (see reminders/emit.ts). */
  derive(c: RuleContext): void;
}
