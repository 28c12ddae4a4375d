/**
 * French rows of the rule classifier's phrase tables, per kind (see PhraseRow in ../types.ts).
 * lib/core/classify/phrases.ts assembles every language's rows, in the order of lang/phrases.ts.
 * No phrase names a company or a person.
 */
import type { LanguagePhrases } from '../types';

export const frPhrases: LanguagePhrases = {
  code: 'fr',
  /** Negation words: one shortly before a progress phrase reads as a rejection (see classify/negation.ts). */
  negations: ['pas', 'ne'],
  /** Steps forward: negated, a rejection (see classify/negation.ts). */
  progress: [['donner suite'], ['retenu'], ['retenue']],
  /** Request phrases that ask the candidate for a time (see `asks` in ../types.ts). */
  asks: [
    'vos disponibilités',
  ],
  rejection: [
    ['ne pas donner suite', 4, 'ctx'],
    ['pas donner suite à votre candidature', 4],
    ['pas en mesure de donner une suite favorable', 4],
    ['pas en mesure de lui donner une suite favorable', 4],
    ['ne pouvons pas donner une suite favorable', 4],
    ['ne pouvons donner une suite favorable', 4],
    ["n'avons pas retenu votre candidature", 4],
    ["candidature n'a pas été retenue", 4],
    ["n'a pas été retenue", 4, 'ctx'],
    ["n'a pas été retenu", 4, 'ctx'],
    ['retenu un autre candidat', 4],
    ['autre candidat', 2, 'ctx'],
    ['poursuivre avec un autre', 4],
    ['un autre profil', 3, 'ctx'],
    ['une autre candidature', 3, 'ctx'],
    ['nous avons le regret', 3, 'ctx'],
    ['sommes au regret', 3, 'ctx'],
    ['malheureusement', 1, 'ctx'],
  ],
  offer: [
    ["proposition d'embauche", 4],
    ["promesse d'embauche", 4],
    ['vous proposer le poste', 4],
    ['vous proposer un contrat', 4],
    ['proposer un poste', 3, 'ctx'],
    ['prise de poste', 2, 'ctx'],
    ['contrat à durée indéterminée', 2, 'ctx'],
    ['candidature a été retenue', 2, 'ctx'],
    ["proposition de contrat", 3, 'ctx'],
  ],
  interview_confirmed: [
    ['entretien est confirmé', 4],
    ['confirmation de votre entretien', 4],
    ["confirmation d'entretien", 4],
    ['votre entretien est prévu', 4],
    ['entretien aura lieu', 4],
    ['convocation à un entretien', 4],
  ],
  interview_request: [
    ['vous inviter à un entretien', 4],
    ['invitation à un entretien', 4],
    ["convenir d'un entretien", 4],
    ['organiser un entretien', 3],
    ['fixer un entretien', 3],
    ['entretien téléphonique', 3],
    ['vous rencontrer', 2, 'ctx'],
    ['vos disponibilités', 2, 'ctx'],
  ],
  assessment: [
    ['test technique', 4],
    ['exercice technique', 3],
    ['évaluation technique', 3],
    ['cas pratique', 3, 'ctx'],
    ['test en ligne', 3, 'ctx'],
  ],
  application_received: [],
  receipt: [
    ['bien reçu votre candidature', 4, 'ctx'],
    ['réception de votre candidature', 4, 'ctx'],
    ['merci pour votre candidature', 3, 'ctx'],
    ["merci d'avoir postulé", 4],
    ['nous vous remercions pour votre candidature', 3, 'ctx'],
    ['confirmation de votre candidature', 3, 'ctx'],
    ['candidature reçue', 3, 'ctx'],
    ['votre candidature a bien été', 4, 'ctx'],
    ['accusé de réception', 2, 'ctx'],
  ],
};
