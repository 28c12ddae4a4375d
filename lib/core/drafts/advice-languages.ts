/**
 * The advice check's phrase families in every language it reads, merged by family: one compiled set, so a letter is
 * checked whatever language it is written in (and a letter that mixes two is checked in both). English is
 * advice-phrases.ts; each other language is `advice-phrases-<code>.ts`. The four warnings of the "what not to
 * write" list (the late better answer, explaining what went wrong, begging, apologising for a slip) exist in every
 * language; outside troubles and the feedback request are English only for now.
 */
import { ADVICE_DE } from './advice-phrases-de';
import { ADVICE_ES } from './advice-phrases-es';
import { ADVICE_FR } from './advice-phrases-fr';
import { ADVICE_IT } from './advice-phrases-it';
import { ADVICE_NL } from './advice-phrases-nl';
import { ADVICE_PT } from './advice-phrases-pt';
import { DOOR_OPEN_PHRASES, ENTHUSIASM_PHRASES, NEGATION, WARNING_PHRASES, type WarningFamily } from './advice-phrases';
import type { PhraseRule } from './phrase-matcher';

export interface LanguageAdvice {
  warnings: ReadonlyArray<{ key: Extract<WarningFamily, 'late-answer' | 'explain-failure' | 'begging' | 'apology-trivial'>; phrases: readonly PhraseRule[] }>;
  /** What counts as saying you want the job, unless a negation (of any language) comes a few words before. */
  enthusiasm: readonly PhraseRule[];
  negation: string;
  /** What counts as keeping the door open. */
  doorOpen: readonly PhraseRule[];
}

export const OTHER_LANGUAGES: readonly LanguageAdvice[] = [ADVICE_DE, ADVICE_FR, ADVICE_ES, ADVICE_PT, ADVICE_IT, ADVICE_NL];

export type AdviceFamily = WarningFamily | 'enthusiasm' | 'door-open';

/** Every language's families, merged by key (English first). */
export function allFamilies(): Array<{ key: AdviceFamily; phrases: PhraseRule[] }> {
  const byKey = new Map<AdviceFamily, PhraseRule[]>();
  const add = (key: AdviceFamily, phrases: readonly PhraseRule[]) => byKey.set(key, [...(byKey.get(key) ?? []), ...phrases]);
  for (const f of WARNING_PHRASES) add(f.key, f.phrases);
  // Any language's negation cancels an enthusiasm phrase: languages share words ("Interesse", "interesse").
  const negation = [NEGATION, ...OTHER_LANGUAGES.map((l) => l.negation)].join('|');
  add('enthusiasm', ENTHUSIASM_PHRASES.map((p) => ({ notBefore: negation, guard: 5, ...p })));
  add('door-open', DOOR_OPEN_PHRASES);
  for (const lang of OTHER_LANGUAGES) {
    for (const f of lang.warnings) add(f.key, f.phrases);
    add('enthusiasm', lang.enthusiasm.map((p) => ({ notBefore: negation, guard: 5, ...p })));
    add('door-open', lang.doorOpen);
  }
  return [...byKey].map(([key, phrases]) => ({ key, phrases }));
}
