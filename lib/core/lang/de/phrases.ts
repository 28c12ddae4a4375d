/**
 * German rows of the rule classifier's phrase tables, per kind (see PhraseRow in ../types.ts).
 * lib/core/classify/phrases.ts assembles every language's rows, in the order of lang/phrases.ts.
 * No phrase names a company or a person.
 */
import type { LanguagePhrases } from '../types';

export const dePhrases: LanguagePhrases = {
  code: 'de',
  /** Negation words: one shortly before a progress phrase reads as a rejection (see classify/negation.ts). */
  negations: ['nicht', 'kein', 'keine', 'keinen'],
  /** Steps forward: negated, a rejection (see classify/negation.ts). */
  progress: [['berücksichtigen'], ['zusage'], ['weiterverfolgen'], ['in betracht']],
  /** Request phrases that ask the candidate for a time (see `asks` in ../types.ts). */
  asks: [
    'terminvorschläge', 'ihre verfügbarkeit',
  ],
  rejection: [
    ['absage', 3, 'ctx'],
    ['für einen anderen kandidaten entschieden', 4],
    ['für eine andere kandidatin entschieden', 4],
    ['anderen bewerber entschieden', 4],
    ['andere person entschieden', 4],
    ['für jemand anderen entschieden', 4],
    ['anderen kandidaten', 3, 'ctx'],
    ['andere bewerberin entschieden', 4],
    ['nicht weiter berücksichtigen', 4],
    ['nicht berücksichtigen', 4, 'ctx'],
    ['nicht in die engere auswahl', 4],
    ['nicht in die engere wahl', 4],
    ['keine positive rückmeldung', 4],
    ['ihnen keine zusage', 4],
    ['nicht für sie entschieden', 4],
    ['gegen ihre bewerbung entschieden', 4],
    ['stelle bereits besetzt', 4],
    ['stelle wurde bereits besetzt', 4],
    ['bereits besetzt', 3, 'ctx'],
    ['stelle ist inzwischen besetzt', 4],
    ['stelle ist besetzt', 4],
    ['inzwischen besetzt', 4, 'ctx'],
    ['anderweitig besetzt', 4, 'ctx'],
    ['wurde besetzt', 3, 'ctx'],
    ['bereits vergeben', 4, 'ctx'],
    ['inzwischen vergeben', 4, 'ctx'],
    ['nicht weiter mit dir', 4, 'ctx'],
    ['nicht weiter verfolgen', 4, 'ctx'],
    ['nicht weiterverfolgen', 4, 'ctx'],
    ['leider müssen wir ihnen mitteilen', 2, 'ctx'],
    ['leider', 1, 'ctx'],
  ],
  offer: [
    ['vertragsangebot', 4],
    ['angebot zu unterbreiten', 3, 'ctx'],
    ['angebot unterbreiten', 3, 'ctx'],
    ['arbeitsvertrag', 2, 'ctx'],
    ['zusage', 2, 'ctx'],
  ],
  interview_confirmed: [
    ['bestätigung ihres vorstellungsgesprächs', 4],
    ['termin für ihr vorstellungsgespräch', 3],
    ['vorstellungsgespräch findet am', 4],
    ['bestätigen wir ihnen den termin', 4],
    ['bestätigen ihren termin', 4],
    ['bestätigen wir ihren termin', 4],
    ['terminbestätigung', 3, 'ctx'],
  ],
  interview_request: [
    ['einladung zum vorstellungsgespräch', 4],
    ['einladung zu einem vorstellungsgespräch', 4],
    ['zu einem gespräch einladen', 4],
    ['zu einem persönlichen gespräch', 3],
    ['zu einem vorstellungsgespräch', 3],
    ['telefoninterview', 3],
    ['vorstellungsgespräch', 2],
    ['terminvorschläge', 2, 'ctx'],
  ],
  assessment: [
    ['testaufgabe', 4],
    ['probeaufgabe', 4],
    ['einstellungstest', 4],
    ['eignungstest', 3],
    ['lösen sie die folgende aufgabe', 3],
    ['fallstudie', 2, 'ctx'],
  ],
  application_received: [],
  receipt: [
    ['ihre bewerbung ist eingegangen', 4],
    ['bewerbung ist bei uns eingegangen', 4],
    ['vielen dank für ihre bewerbung', 3],
    ['danke für ihre bewerbung', 3],
    ['danke für deine bewerbung', 3],
    ['vielen dank für deine bewerbung', 3],
    ['ihre bewerbung erhalten', 4],
    ['eingang ihrer bewerbung', 4],
    ['eingang ihrer unterlagen', 4],
    ['unterlagen erhalten', 3, 'ctx'],
    ['eingangsbestätigung', 4, 'ctx'],
  ],
};
