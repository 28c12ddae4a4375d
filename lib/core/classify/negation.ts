/**
 * Rejections are mostly a negated step forward: "we won't be moving forward with your application", "we will not
 * be progressing your application", "we are not able to offer you the role". Rather than list every contraction
 * and tense, a negation word followed closely (same sentence, within NEGATION_REACH characters) by a progress
 * phrase reads as a rejection. Without a negation, some progress phrases speak for their own kind.
 * The words of each language live in its folder (`negations`, `voidNegations`, `progress` in
 * lang/<code>/phrases.ts); the lists here are assembled from lang/phrases.ts, English first.
 */
import type { EmailKind } from '../detection';
import { LANGUAGE_PHRASES, type ProgressRow } from '../lang/phrases';
import type { Weight } from './signal-types';

export interface NegationCue {
  type: 'negation';
  text: string;
  /** "can't wait", "not only", "not yet": negation words that negate nothing. */
  void?: boolean;
}

export interface ProgressPhrase {
  type: 'progress';
  text: string;
  /** What the phrase says when nothing negates it ("offer you the role" is an offer). */
  kind?: EmailKind;
  weight?: Weight;
  /** Candidacy is a job word: negated, this phrase needs no other sign that the email is about a job. */
  aboutJob?: boolean;
}

/** Characters between the end of the negation word and the start of the progress phrase. */
export const NEGATION_REACH = 60;

/** Negation words, every language's (`negations` in lang/<code>/phrases.ts). */
const NEGATIONS = LANGUAGE_PHRASES.flatMap((l) => l.negations ?? []);

/** "can't wait", "not only": negation words that negate nothing (`voidNegations` in lang/<code>/phrases.ts). */
const VOID_NEGATIONS = LANGUAGE_PHRASES.flatMap((l) => l.voidNegations ?? []);

/** Progress phrases, each language's (`progress` in lang/<code>/phrases.ts). */
const PROGRESS: readonly ProgressRow[] = LANGUAGE_PHRASES.flatMap((l) => l.progress ?? []);

export const NEGATION_SIGNALS: readonly (NegationCue | ProgressPhrase)[] = [
  ...NEGATIONS.map((text): NegationCue => ({ type: 'negation', text })),
  ...VOID_NEGATIONS.map((text): NegationCue => ({ type: 'negation', text, void: true })),
  ...PROGRESS.map(([text, kind, weight]): ProgressPhrase => ({
    type: 'progress',
    text,
    ...(kind ? { kind, weight } : {}),
    ...(/candidacy|candidatura/.test(text) ? { aboutJob: true } : {}),
  })),
];
