/**
 * Dutch rows of the rule classifier's phrase tables, per kind (see PhraseRow in ../types.ts).
 * lib/core/classify/phrases.ts assembles every language's rows, in the order of lang/phrases.ts.
 * No phrase names a company or a person.
 */
import type { LanguagePhrases } from '../types';

export const nlPhrases: LanguagePhrases = {
  code: 'nl',
  rejection: [
    ['gekozen voor een andere kandidaat', 4],
    ['andere kandidaat', 3, 'ctx'],
    ['andere kandidaten', 3, 'ctx'],
    ['niet verder in behandeling', 4, 'ctx'],
    ['niet geselecteerd', 4, 'ctx'],
    ['helaas', 1, 'ctx'],
    ['niet verder te gaan met', 4, 'ctx'],
    ['niet door te gaan met', 4, 'ctx'],
    ['andere kandidaat gekozen', 4, 'ctx'],
    ['niet voor jou gekozen', 4, 'ctx'],
    ['niet voor u gekozen', 4, 'ctx'],
    ['vacature is vervuld', 4],
    ['functie is vervuld', 4],
    ['inmiddels vervuld', 4, 'ctx'],
  ],
  offer: [],
  interview_confirmed: [],
  interview_request: [],
  assessment: [],
  application_received: [],
  receipt: [
    ['bedankt voor je sollicitatie', 3],
    ['bedankt voor uw sollicitatie', 3],
    ['je sollicitatie ontvangen', 4],
    ['uw sollicitatie ontvangen', 4],
  ],
};
