/**
 * Portuguese rows of the rule classifier's phrase tables, per kind (see PhraseRow in ../types.ts).
 * lib/core/classify/phrases.ts assembles every language's rows, in the order of lang/phrases.ts.
 * No phrase names a company or a person.
 */
import type { LanguagePhrases } from '../types';

export const ptPhrases: LanguagePhrases = {
  code: 'pt',
  rejection: [
    ['não seguiremos com', 4, 'ctx'],
    ['não vamos seguir com', 4, 'ctx'],
    ['não avançaremos', 4, 'ctx'],
    ['não foi selecionad*', 4, 'ctx'],
    ['optámos por outro', 4, 'ctx'],
    ['optamos por outro', 4, 'ctx'],
    ['optámos por outra', 4, 'ctx'],
    ['optamos por outra', 4, 'ctx'],
    ['outro candidato', 3, 'ctx'],
    ['outros candidatos', 3, 'ctx'],
    ['infelizmente', 1, 'ctx'],
    ['seguir com outros candidatos', 4],
    ['seguir com outro candidato', 4],
    ['não dar continuidade', 4, 'ctx'],
    ['não prosseguir com', 4, 'ctx'],
    ['vaga já foi preenchida', 4],
    ['foi preenchida', 3, 'ctx'],
  ],
  offer: [],
  interview_confirmed: [],
  interview_request: [],
  assessment: [],
  application_received: [],
  receipt: [
    ['recebemos sua inscrição', 4, 'ctx'],
    ['recebemos a sua inscrição', 4, 'ctx'],
    ['recebemos sua candidatura', 4],
    ['recebemos a sua candidatura', 4],
    ['obrigado pela sua candidatura', 3, 'ctx'],
    ['obrigado por se candidatar', 4],
  ],
};
