/** The shapes of the knowledge tables (phrases.ts, markers.ts, context.ts, senders.ts). */
import type { EmailKind } from '../detection';
import type { Term } from './cooccurrence';
import type { NegationCue, ProgressPhrase } from './negation';

/**
 * How much one phrase says on its own: 4 decides alone ("we will not be moving forward with your application"),
 * 3 nearly, 2 supports, 1 only tips a balance ("unfortunately").
 */
export type Weight = 1 | 2 | 3 | 4;

/** A phrase that speaks for a kind. */
export interface KindPhrase {
  type: 'phrase';
  text: string;
  kind: EmailKind;
  weight: Weight;
  /**
   * Counts only when the email is about a job (a context word, an application-tracking sender or another job
   * phrase): "leider müssen wir Ihnen mitteilen" cancels taxi rides too.
   */
  needsContext?: boolean;
  /** Counts only when the email talks about an interview (calendar-invite furniture like "joining info"). */
  needsInterview?: boolean;
  /**
   * Counts only when the email talks about employment (a position, salary, start date, offer letter): "we're
   * pleased to offer you 25% off" is a shop's offer, not a job's.
   */
  needsEmployment?: boolean;
  /** Counts only when the email is about hiring, not only about someone whose job title is named. */
  needsHiring?: boolean;
  /** Asks the candidate for a time (availability, slots, a booking page): the time is not fixed yet. */
  ask?: boolean;
  /** Says the candidate's test or take-home arrived: decisive, it sets aside the assessment it names. */
  receipt?: boolean;
  /**
   * Which family an `other` marker belongs to: `footer` (a job board's recommendations under the message) yields
   * to a clear job phrase at the top; `cold` (recruiter outreach) counts only when the email is not about the
   * candidate's own application; `event` (webinars, courses, interview panels) says "interview" is not the
   * candidate's.
   */
  family?: 'footer' | 'cold' | 'event';
}

/**
 * A word that says what the email is about:
 * - `job`: about hiring ("position", "recruiter", "Bewerbung"); `title`: a job title's head noun ("accountant"),
 *   about a job too, but as often about the person one has an appointment with;
 * - `interview`: about an interview ("entretien");
 * - `process`: about the candidate's own application ("your application", "you applied"), which recruiter cold
 *   outreach never is;
 * - `meeting`: about meeting someone ("call", "our office", "Zoom");
 * - `employment`: about the terms of a job ("salary", "start date", "offer letter");
 * - `hire`: a word only hiring uses ("position", "vacancy", "recruiter", "CV"), unlike "applicant" or "selection
 *   process", which scholarships, landlords and admissions offices use too;
 * - `elsewhere`: a decision outside hiring (a scholarship, grant, admission, loan, tenancy, visa, conference talk,
 *   membership): without a `hire` word or a hiring sender, its refusals and offers are not a job's;
 * - `internal`: the vacancy or the application is internal to the employer ("internal vacancy", "interne Bewerbung",
 *   "社内公募": `internalWords` of each pack), counted only near the text's start (region.ts, INTERNAL_REACH).
 */
export type ContextTopic = 'job' | 'title' | 'interview' | 'process' | 'meeting' | 'employment' | 'hire' | 'elsewhere' | 'internal' | 'client';

export interface ContextWord {
  type: 'context';
  text: string;
  topics: readonly ContextTopic[];
  /** The topics as bits (context.ts TOPIC_BIT), for the hot path. */
  mask: number;
}

/**
 * A phrase that cancels the kind phrases near it in the same sentence: "if you are not selected" is not a
 * rejection, "mock interview" is not an interview, "does not constitute an offer" is not an offer.
 * It may also speak for a kind itself (a conditional rejection is the mark of an acknowledgement).
 */
export interface Negator {
  type: 'negator';
  text: string;
  negates: readonly EmailKind[];
  /** Characters before the negator's start and after its end that it reaches (within the sentence). */
  before: number;
  after: number;
  kind?: EmailKind;
  weight?: Weight;
  /** The negator itself says the email is about a job. */
  jobContext?: boolean;
  /** Any interview the email names is not the candidate's fixed one ("mock interview", "if you are selected"). */
  voidsInterview?: boolean;
  /** Counts only at the start of a sentence or clause (after punctuation), as "otherwise" opening a warning. */
  clauseStart?: boolean;
  /** Reaches past sentence ends (a numbered list of steps is a run of short sentences). */
  acrossSentences?: boolean;
}

export type Signal = KindPhrase | ContextWord | Negator | NegationCue | ProgressPhrase | Term;
