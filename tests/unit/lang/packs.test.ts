/**
 * One home per language: every language Callback reads has its folder, with its extraction pack
 * (`lang/<code>/index.ts`, listed in LANGUAGES) and its classifier phrases (`lang/<code>/phrases.ts`, listed in
 * LANGUAGE_PHRASES), and the two lists name the same languages in the same order.
 */
import { describe, expect, it } from 'vitest';
import { NEGATION_SIGNALS } from '../../../lib/core/classify/negation';
import { KIND_PHRASES } from '../../../lib/core/classify/phrases';
import { LANGUAGES } from '../../../lib/core/lang/index';
import { LANGUAGE_PHRASES, type PhraseKind } from '../../../lib/core/lang/phrases';

const KINDS: readonly PhraseKind[] = ['rejection', 'offer', 'interview_confirmed', 'interview_request', 'assessment', 'application_received', 'receipt'];

/**
 * Rows per language and kind, as moved out of the single table (issue 11). A recorded count: adding or removing a phrase
 * updates it on purpose. Gaps today: Japanese has no phrases at all; Portuguese, Italian, Dutch and Swedish have no
 * interview_request rows; no language but English has application_received rows of its own, their acknowledgements
 * of an application being `receipt` rows (read as application_received, flagged receipt).
 */
const COUNTS: Record<string, Record<PhraseKind, number>> = {
  en: { rejection: 282, offer: 68, interview_confirmed: 61, interview_request: 171, assessment: 126, application_received: 84, receipt: 55 },
  de: { rejection: 31, offer: 5, interview_confirmed: 7, interview_request: 8, assessment: 6, application_received: 0, receipt: 11 },
  fr: { rejection: 18, offer: 9, interview_confirmed: 6, interview_request: 8, assessment: 5, application_received: 0, receipt: 9 },
  es: { rejection: 45, offer: 15, interview_confirmed: 5, interview_request: 12, assessment: 3, application_received: 0, receipt: 9 },
  pt: { rejection: 17, offer: 0, interview_confirmed: 0, interview_request: 0, assessment: 0, application_received: 0, receipt: 6 },
  it: { rejection: 14, offer: 0, interview_confirmed: 7, interview_request: 0, assessment: 0, application_received: 0, receipt: 2 },
  nl: { rejection: 14, offer: 0, interview_confirmed: 0, interview_request: 0, assessment: 0, application_received: 0, receipt: 4 },
  pl: { rejection: 15, offer: 0, interview_confirmed: 0, interview_request: 5, assessment: 0, application_received: 0, receipt: 3 },
  sv: { rejection: 9, offer: 0, interview_confirmed: 0, interview_request: 0, assessment: 0, application_received: 0, receipt: 2 },
  ja: { rejection: 0, offer: 0, interview_confirmed: 0, interview_request: 0, assessment: 0, application_received: 0, receipt: 0 },
};

/** Languages that have no rows yet for a kind every language should have (see COUNTS). */
const GAPS: Record<string, readonly string[]> = {
  ja: ['rejection', 'application_received', 'interview_request'],
  pt: ['interview_request'],
  it: ['interview_request'],
  nl: ['interview_request'],
  sv: ['interview_request'],
};

describe('language folders', () => {
  it('list the same languages, in the same order, for extraction and for the classifier', () => {
    expect(LANGUAGE_PHRASES.map((l) => l.code)).toEqual(LANGUAGES.map((l) => l.code));
  });

  it('hold the rows counted here, and the assembled table holds all of them', () => {
    const counts = Object.fromEntries(LANGUAGE_PHRASES.map((l) => [l.code, Object.fromEntries(KINDS.map((k) => [k, l[k].length]))]));
    expect(counts).toEqual(COUNTS);
    const total = LANGUAGE_PHRASES.reduce((n, l) => n + KINDS.reduce((m, k) => m + l[k].length, 0), 0);
    expect(KIND_PHRASES).toHaveLength(total);
    expect(total).toBe(1157);
  });

  it('hold the negation words and progress phrases, English first, then German, French and Spanish ones', () => {
    const counts = LANGUAGE_PHRASES.filter((l) => l.negations || l.progress).map((l) => [
      l.code, l.negations?.length, l.voidNegations?.length ?? 0, l.progress?.length,
    ]);
    expect(counts).toEqual([['en', 20, 10, 76], ['de', 4, 0, 4], ['fr', 2, 0, 3], ['es', 9, 0, 2]]);
    expect(NEGATION_SIGNALS).toHaveLength(130);
  });

  it.each(LANGUAGE_PHRASES.map((l) => [l.code, l] as const))(
    '%s has rows for rejection, application_received and interview_request, bar its documented gaps',
    (code, l) => {
      const has = {
        rejection: l.rejection.length > 0,
        application_received: l.application_received.length + l.receipt.length > 0,
        interview_request: l.interview_request.length > 0,
      };
      const missing = Object.entries(has).filter(([, yes]) => !yes).map(([k]) => k);
      expect(missing.sort()).toEqual([...(GAPS[code] ?? [])].sort());
    },
  );

  it('mark as asks and as needing an interview only phrases of their own language', () => {
    const stray = LANGUAGE_PHRASES.flatMap((l) => {
      const texts = new Set(KINDS.flatMap((k) => l[k].map(([text]) => text)));
      return [...(l.asks ?? []), ...(l.needsInterview ?? [])].filter((t) => !texts.has(t)).map((t) => `${l.code}: ${t}`);
    });
    // "ihre verfügbarkeit" was in the single table's ask list with no row of its own; it was moved as it stood.
    expect(stray).toEqual(['de: ihre verfügbarkeit']);
  });
});
