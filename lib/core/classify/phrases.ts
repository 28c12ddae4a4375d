/**
 * Phrase families per kind, assembled from every language's rows (`lang/<code>/phrases.ts`, listed in
 * `lang/phrases.ts`): for each kind, the languages in the order of that list, English first.
 * Each row: the phrase (lower case, plain apostrophes), its kind and weight (see signal-types.ts and PhraseRow in
 * lang/types.ts). Where two phrases overlap in the text the heavier, then the longer, wins: "we are unable to offer
 * you the position" is a rejection although it contains "offer you the position".
 * No phrase names a company or a person.
 */
import type { EmailKind } from '../detection';
import { LANGUAGE_PHRASES, type PhraseKind, type PhraseRow } from '../lang/phrases';
import type { KindPhrase } from './signal-types';

/** Calendar-invite furniture: it says "confirmed" only about an interview, never about a team lunch. */
const NEEDS_INTERVIEW = new Set(LANGUAGE_PHRASES.flatMap((l) => l.needsInterview ?? []));

/**
 * Request phrases that ask the candidate for a time (availability, slots, a booking page): while one stands, a
 * date in the email is a proposal, not a fixed interview.
 */
const ASKS = new Set(LANGUAGE_PHRASES.flatMap((l) => l.asks ?? []));

function family(kind: EmailKind, rows: readonly PhraseRow[]): KindPhrase[] {
  return rows.map(([text, weight, flag]) => ({
    type: 'phrase',
    text,
    kind,
    weight,
    needsContext: flag === 'ctx' || flag === 'hire',
    ...(flag === 'emp' ? { needsEmployment: true } : {}),
    ...(flag === 'hire' ? { needsHiring: true } : {}),
    ...(NEEDS_INTERVIEW.has(text) ? { needsInterview: true } : {}),
    ...(ASKS.has(text) ? { ask: true } : {}),
  }));
}

/** One kind's rows in every language, in the order of LANGUAGE_PHRASES. */
const rows = (key: PhraseKind): PhraseRow[] =>
  LANGUAGE_PHRASES.flatMap((l) => l[key]);

export const KIND_PHRASES: readonly KindPhrase[] = [
  ...family('rejection', rows('rejection')),
  ...family('offer', rows('offer')),
  ...family('interview_confirmed', rows('interview_confirmed')),
  ...family('interview_request', rows('interview_request')),
  ...family('assessment', rows('assessment')),
  ...family('application_received', rows('application_received')),
  ...family('application_received', rows('receipt')).map((p) => ({ ...p, receipt: true as const })),
];
