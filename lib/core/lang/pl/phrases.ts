/**
 * Polish rows of the rule classifier's phrase tables, per kind (see PhraseRow in ../types.ts).
 * lib/core/classify/phrases.ts assembles every language's rows, in the order of lang/phrases.ts.
 * No phrase names a company or a person.
 */
import type { LanguagePhrases } from '../types';

export const plPhrases: LanguagePhrases = {
  code: 'pl',
  /** Request phrases that ask the candidate for a time (see `asks` in ../types.ts). */
  asks: [
    'dogodny termin',
  ],
  rejection: [
    ['innego kandydata', 3, 'ctx'],
    ['nie możemy zaproponować', 3, 'ctx'],
    ['dalszego udziału w procesie', 4, 'ctx'],
    ['dalszego udziału w rekrutacji', 4],
    ['zdecydowaliśmy się na kandydatów', 4, 'ctx'],
    ['zdecydowaliśmy się na innego', 4, 'ctx'],
    ['zdecydowaliśmy się na inną', 4, 'ctx'],
    ['wybraliśmy innego', 4, 'ctx'],
    ['wybraliśmy inną', 4, 'ctx'],
    ['nie zakwalifikował*', 4, 'ctx'],
    ['nie będziemy kontynuować', 4, 'ctx'],
    ['innych kandydatów', 3, 'ctx'],
    ['z innymi kandydatami', 4, 'ctx'],
    ['z innymi kandydatkami', 4, 'ctx'],
    ['niestety', 1, 'ctx'],
  ],
  offer: [],
  interview_confirmed: [],
  interview_request: [
    ['rozmowę rekrutacyjną', 4],
    ['zaprosić cię na rozmowę', 4],
    ['kolejnego etapu rekrutacji', 3],
    ['rozmowę online', 2, 'ctx'],
    ['dogodny termin', 2, 'ctx'],
  ],
  assessment: [],
  application_received: [],
  receipt: [
    ['dziękujemy za przesłanie aplikacji', 4],
    ['otrzymaliśmy twoją aplikację', 4],
    ['dziękujemy za aplikację', 4],
  ],
};
