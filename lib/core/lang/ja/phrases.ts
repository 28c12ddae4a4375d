/**
 * Japanese rows of the rule classifier's phrase tables, per kind (see PhraseRow in ../types.ts).
 * lib/core/classify/phrases.ts assembles every language's rows, in the order of lang/phrases.ts.
 * No phrase names a company or a person.
 * Japanese has no phrases yet: the learned model reads it through its hashed words.
 */
import type { LanguagePhrases } from '../types';

export const jaPhrases: LanguagePhrases = {
  code: 'ja',
  rejection: [],
  offer: [],
  interview_confirmed: [],
  interview_request: [],
  assessment: [],
  application_received: [],
  receipt: [],
};
