/**
 * The rule classifier's phrases, one file per language (`lang/<code>/phrases.ts`), listed once here in the order of
 * LANGUAGES in `lang/index.ts` (a test holds the two lists equal). A list of its own, so that the classifier does
 * not load the date parsers that the language packs carry.
 */
import { dePhrases } from './de/phrases';
import { enPhrases } from './en/phrases';
import { esPhrases } from './es/phrases';
import { frPhrases } from './fr/phrases';
import { itPhrases } from './it/phrases';
import { jaPhrases } from './ja/phrases';
import { nlPhrases } from './nl/phrases';
import { plPhrases } from './pl/phrases';
import { ptPhrases } from './pt/phrases';
import { svPhrases } from './sv/phrases';
import type { LanguagePhrases } from './types';

export const LANGUAGE_PHRASES: readonly LanguagePhrases[] = [
  enPhrases, dePhrases, frPhrases, esPhrases, ptPhrases, itPhrases, nlPhrases, plPhrases, svPhrases, jaPhrases,
];

export type { LanguagePhrases, PhraseKind, PhraseRow, ProgressRow } from './types';
