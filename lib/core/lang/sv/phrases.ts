/**
 * Swedish rows of the rule classifier's phrase tables, per kind (see PhraseRow in ../types.ts).
 * lib/core/classify/phrases.ts assembles every language's rows, in the order of lang/phrases.ts.
 * No phrase names a company or a person.
 */
import type { LanguagePhrases } from '../types';

export const svPhrases: LanguagePhrases = {
  code: 'sv',
  rejection: [
    ['gått vidare med en annan', 4, 'ctx'],
    ['valt en annan kandidat', 4, 'ctx'],
    ['annan kandidat', 3, 'ctx'],
    ['andra kandidater', 3, 'ctx'],
    ['inte gå vidare', 4, 'ctx'],
    ['tyvärr', 1, 'ctx'],
    ['tjänsten är tillsatt', 4],
    ['tjänsten har tillsatts', 4],
    ['inte gå vidare med din ansökan', 4],
  ],
  offer: [],
  interview_confirmed: [],
  interview_request: [],
  assessment: [],
  application_received: [],
  receipt: [
    ['tack för din ansökan', 3],
    ['tagit emot din ansökan', 4],
  ],
};
