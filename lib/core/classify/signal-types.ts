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
}

/** A word that says the email is about a job ("position", "Bewerbung") or about an interview ("entretien"). */
export interface ContextWord {
  type: 'context';
  text: string;
  topic: 'job' | 'interview';
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
}

export type Signal = KindPhrase | ContextWord | Negator | NegationCue | ProgressPhrase | Term;
