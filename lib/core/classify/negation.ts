/**
 * Rejections are mostly a negated step forward: "we won't be moving forward with your application", "we will not
 * be progressing your application", "we are not able to offer you the role". Rather than list every contraction
 * and tense, a negation word followed closely (same sentence, within NEGATION_REACH characters) by a progress
 * phrase reads as a rejection. Without a negation, some progress phrases speak for their own kind.
 */
import type { EmailKind } from '../detection';
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

const NEGATIONS = [
  'not', "won't", "can't", 'cannot', "don't", "didn't", "isn't", "aren't", "wasn't", "weren't", "wouldn't",
  "couldn't", "haven't", "hasn't", 'unable', 'no longer', 'never', 'neither', 'decline', 'declined',
  // French, German, Spanish.
  'pas', 'ne', 'nicht', 'kein', 'keine', 'keinen', 'no podemos', 'no vamos', 'no continuar', 'no seguir', 'no avanzar', 'no seguiremos', 'no continuaremos',
  'no avanzaremos', 'no podremos',
];

const VOID_NEGATIONS = ["can't wait", 'cannot wait', 'not only', 'not yet', 'not hesitate', "don't hesitate", 'do not hesitate', 'not forget', "don't forget", 'no longer need to'];

const PROGRESS: readonly (readonly [string, EmailKind?, Weight?])[] = [
  ['moving forward with your'],
  ['move forward with your'],
  ['move forward with you'],
  ['moving forward with you'],
  ['move forward at this time'],
  ['move forward on our end'],
  ['moving forward on our end'],
  ['move forward on our side'],
  ['proceed further'],
  ['moving forward at this time'],
  ['moving forward in the process'],
  ['move forward in the process'],
  ['move forward in the hiring process'],
  ['select your application'],
  ['selected your application'],
  ['chosen for'],
  ['further consideration'],
  ['mutual fit'],
  ['strong fit'],
  ['good fit'],
  ['move ahead with your'],
  ['moving ahead at this time'],
  ['move ahead at this time'],
  ['proceeding with any applications'],
  ['proceed with any applications'],
  ['the right match'],
  ['a good match'],
  ['moving ahead with your'],
  ['proceed with your'],
  ['proceeding with your'],
  ['progress your'],
  ['progressing your'],
  ['progress with your'],
  ['taking your application'],
  ['take your application'],
  // A recruiter's "they won't be taking things further".
  ['taking things further'],
  ['take things further'],
  ['taking this further'],
  ['take this further'],
  ['taking it further'],
  ['take it further'],
  ['continue with your'],
  ['continuing with your'],
  ['consider your application'],
  ['considering your application'],
  ['pursue your candidacy'],
  ['pursuing your candidacy'],
  ['advance your application'],
  ['advancing further'],
  ['advance further'],
  ['advancing you'],
  ['advance you'],
  ['advance your candidacy'],
  ['been selected'],
  ['selected for'],
  ['successful'],
  ['shortlisted'],
  ['the right fit'],
  ['correspond'],
  ['match our'],
  ['matches our'],
  ['meet our'],
  ['proceed to the next'],
  ['progressing to'],
  ['progress to the next'],
  ['move on to the next'],
  ['a match for'],
  ['a fit for'],
  ['invite you', 'interview_request', 1],
  ['offer you the', 'offer', 3],
  ['offer you a position', 'offer', 4],
  ['offer you an interview', 'interview_request', 3],
  ['offer you a'],
  ['offer you employment', 'offer', 4],
  ['extend an offer', 'offer', 4],
  ['extend you an offer', 'offer', 4],
  // French, German, Spanish.
  ['donner suite'],
  ['retenu'],
  ['retenue'],
  ['berücksichtigen'],
  ['zusage'],
  ['weiterverfolgen'],
  ['in betracht'],
  ['con tu candidatura'],
  ['con su candidatura'],
];

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
