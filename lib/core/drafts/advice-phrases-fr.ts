/**
 * The advice check in French (see advice-phrases-de.ts). Elisions are split before matching: "j'aimerais" is
 * "j aimerais", "n'ai" is "n ai" (phrase-matcher.ts).
 */
import type { LanguageAdvice } from './advice-languages';

const SLIP = 'nom|prénom|coquille|caméra|micro|connexion|son|coupure|bafouill*|lapsus|trompé*|écorché';

export const ADVICE_FR: LanguageAdvice = {
  warnings: [
    {
      // Innocent: "je reste disponible pour répondre à vos questions", "merci pour vos questions pertinentes".
      key: 'late-answer',
      phrases: [
        { seq: 'meilleure|vraie|véritable ~0 réponse' },
        { seq: 'réfléchi|repensé|réfléchir ~1 à|sur ~3 question|questions|réponse' },
        { seq: 'aurais ~0 dû ~2 dire|répondre|mentionner|expliquer|préciser|parler' },
        { seq: 'compléter|préciser|corriger|reformuler ~1 ma|mes ~0 réponse|réponses' },
        { seq: 'oublié ~1 de ~0 mentionner|dire|préciser' },
        { seq: 'après|à ~1 réflexion' },
        { seq: 'ce ~0 que ~0 je ~0 voulais ~0 dire' },
      ],
    },
    {
      // Innocent: "le projet s'est très bien passé", "avec plaisir".
      key: 'explain-failure',
      phrases: [
        { seq: 'stressé*|nerveux|nerveuse|nervosité|trac|stress' },
        { seq: 'pas ~0 été|était ~0 à ~0 la ~0 hauteur' },
        { seq: 'pas ~1 su|réussi|pu ~2 montrer|exprimer|expliquer|valoriser|mettre|transmettre' },
        { seq: 'pas ~1 passé|déroulé ~2 comme|bien' },
        { seq: 'mal ~0 exprimé|compris|répondu|présenté' },
        { seq: 'avec ~0 le ~0 recul' },
        { seq: 'rétrospectivement|déstabilisé*' },
        { seq: 'perdu ~0 mes ~0 moyens' },
        { seq: 'trou ~0 noir' },
      ],
    },
    {
      // Innocent: "si un autre poste s'ouvre, pensez à moi", "merci pour cette belle opportunité".
      key: 'begging',
      phrases: [
        { seq: 'reconsidérer|reconsidériez|reconsidérez' },
        { seq: 'revenir ~2 sur ~2 décision' },
        { seq: 'seconde|deuxième|dernière|nouvelle ~0 chance', notBefore: 'si', guard: 4 },
        { seq: 'donner ~2 une ~0 chance' },
        { seq: 'supplie|implore|désespéré*' },
        { seq: 'besoin ~2 ce ~0 poste|travail|emploi' },
        { seq: 'pas ~0 vous ~0 décevoir' },
      ],
    },
    {
      // Innocent: "désolé pour cette réponse tardive", "excusez le retard de ma réponse".
      key: 'apology-trivial',
      phrases: [
        { seq: `désolé*|excuse*|excusez|pardon|pardonnez ~6 ${SLIP}` },
        { seq: `${SLIP} ~5 désolé*|excuse*` },
        { seq: 'arrivé|arrivée ~1 en ~0 retard' },
        { seq: 'désolé*|excuse*|pardon ~3 retard', notAfter: 'de|dans' },
      ],
    },
  ],
  enthusiasm: [
    { seq: 'envie ~4 rejoindre|intégrer|travailler|poste|équipe' },
    { seq: 'motive|motivé*|motivant|enthousias*|passionn*|hâte' },
    { seq: 'intérêt|intéresse|intéressé*' },
    { seq: 'aimerais|souhaite|souhaiterais|voudrais ~3 rejoindre|intégrer|travailler|contribuer|poste|équipe' },
    { seq: 'tient ~2 cœur|coeur' },
    { seq: 'plaisir ~4 rejoindre|travailler|intégrer' },
  ],
  negation: 'pas|jamais|guère|aucun|aucune',
  doorOpen: [
    { near: ['autre|autres|futur|futurs|prochain|prochaine|nouveau|nouvelle', 'poste|postes|opportunité*|offre|offres|ouverture'], within: 8 },
    { seq: 'rester|restions|resterons ~1 en ~0 contact' },
    { seq: 'penser|pensiez ~1 à ~0 moi' },
    { seq: 'toujours ~3 rejoindre|intéress*|plaisir' },
    { seq: 'venait ~1 à ~0 se ~0 libérer' },
  ],
};
