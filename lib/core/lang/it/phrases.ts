/**
 * Italian rows of the rule classifier's phrase tables, per kind (see PhraseRow in ../types.ts).
 * lib/core/classify/phrases.ts assembles every language's rows, in the order of lang/phrases.ts.
 * No phrase names a company or a person.
 */
import type { LanguagePhrases } from '../types';

export const itPhrases: LanguagePhrases = {
  code: 'it',
  rejection: [
    ['la nostra scelta è ricaduta', 4, 'ctx'],
    ['ricaduta su un altro', 4, 'ctx'],
    ['un altro candidato', 3, 'ctx'],
    ["un'altra candidata", 3, 'ctx'],
    ['altri candidati', 3, 'ctx'],
    ['non è stata selezionata', 4, 'ctx'],
    ['non è stato selezionato', 4, 'ctx'],
    ['non è stata accolta', 4, 'ctx'],
    ['purtroppo', 1, 'ctx'],
    ['non proseguire con la sua candidatura', 4],
    ['non procedere con la sua candidatura', 4],
    ['posizione è stata coperta', 4],
    ['non è stata ritenuta', 4, 'ctx'],
    ['altri profili', 3, 'ctx'],
  ],
  offer: [],
  interview_confirmed: [
    ['conferma colloquio', 4],
    ['conferma del colloquio', 4],
    ['confermiamo il colloquio', 4],
    ['confermiamo il suo colloquio', 4],
    ['confermiamo il tuo colloquio', 4],
    ['colloquio si terrà', 4],
    ['colloquio è fissato', 4],
  ],
  interview_request: [],
  assessment: [],
  application_received: [],
  receipt: [
    ['abbiamo ricevuto la sua candidatura', 4],
    ['grazie per la sua candidatura', 3],
  ],
};
