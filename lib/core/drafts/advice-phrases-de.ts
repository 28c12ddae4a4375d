/**
 * The advice check in German: the same "what not to write" list as advice-phrases.ts (the late better answer,
 * explaining what went wrong, begging, apologising for a slip), and what a thank-you or a gracious reply must say.
 * Innocent look-alikes are noted per family; tests/unit/drafts/advice-check-languages.test.ts holds them.
 */
import type { LanguageAdvice } from './advice-languages';

const SLIP = 'name|namen|versprecher|tippfehler|kamera|mikrofon|ton|verbindung|internet|wlan|unterbrechung|stotter*|verwechs*';

export const ADVICE_DE: LanguageAdvice = {
  warnings: [
    {
      // Innocent: "Ich beantworte gern weitere Fragen", "danke für die durchdachten Fragen".
      key: 'late-answer',
      phrases: [
        { seq: 'bessere|vollständigere|ausführlichere|klarere|richtige ~1 antwort|antworten' },
        { seq: 'noch ~1 einmal|mal ~3 nachgedacht|überlegt' },
        { seq: 'nachreichen|nachtragen|ergänzen|präzisieren|korrigieren ~3 antwort|antworten|frage' },
        { seq: 'antwort|antworten ~3 ergänzen|nachreichen|präzisieren|korrigieren' },
        { seq: 'hätte ~8 sagen|antworten|erwähnen|erklären ~0 sollen|können' },
        { seq: 'vergessen ~1 zu ~0 erwähnen|sagen' },
        { seq: 'bei ~0 näherer|genauerer ~0 überlegung' },
      ],
    },
    {
      // Innocent: "das Projekt lief sehr gut", "ich bin gespannt auf die nächsten Schritte".
      key: 'explain-failure',
      phrases: [
        { seq: 'nervös|nervosität|aufgeregt|aufregung|lampenfieber|blackout' },
        { seq: 'lief|verlief ~3 nicht ~2 gut|rund|optimal|wie' },
        { seq: 'nicht ~0 von ~0 meiner ~0 besten ~0 seite' },
        { seq: 'aus ~0 dem ~0 konzept' },
        { seq: 'nicht ~4 zeigen|vermitteln|darstellen|erklären|ausdrücken|rüberbringen ~0 können|konnte|gelungen' },
        { seq: 'konnte ~4 nicht ~4 zeigen|vermitteln|darstellen|erklären|ausdrücken|rüberbringen' },
        { seq: 'im ~0 nachhinein' },
        { seq: 'schlecht|schwach|holprig ~3 geantwortet|präsentiert|geschlagen|dargestellt' },
        { seq: 'erst ~2 später ~3 verstanden|klar|bewusst' },
      ],
    },
    {
      // Innocent: "wenn sich eine andere Gelegenheit ergibt", "nochmals vielen Dank für die Gelegenheit".
      key: 'begging',
      phrases: [
        { seq: 'noch ~0 eine ~0 chance|gelegenheit|möglichkeit' },
        { seq: 'zweite|letzte ~0 chance' },
        { seq: 'entscheidung ~4 überdenken|ändern|revidieren|überprüfen' },
        { seq: 'überdenken|umentscheiden' },
        { seq: 'flehe|anflehen|inständig|verzweifelt*' },
        { seq: 'brauche ~2 diese|die|den ~0 stelle|job|position' },
        { seq: 'nicht ~0 enttäuschen' },
      ],
    },
    {
      // Innocent: "entschuldigen Sie die späte Antwort", "entschuldigen Sie die Störung".
      key: 'apology-trivial',
      phrases: [
        { seq: `entschuldig*|verzeih*|sorry ~6 ${SLIP}` },
        { seq: `leid ~6 ${SLIP}` },
        { seq: `${SLIP} ~5 entschuldig*|verzeih*|leid` },
        { seq: 'entschuldig*|verzeih*|leid ~5 falsch ~2 angesprochen|genannt|geschrieben' },
        { seq: 'zu ~0 spät ~0 gekommen|dran|eingewählt' },
      ],
    },
  ],
  enthusiasm: [
    { seq: 'freue|freuen|freut ~6 auf|darauf|sehr' },
    { seq: 'interesse|interessiere|interessiert|reizt|reizvoll|begeistert|begeistern|begeisterung|motiviert|spannend' },
    { seq: 'gern|gerne ~4 teil|team|dabei|arbeiten|mitarbeiten|einbringen|verstärken|zusammenarbeiten|kommen' },
    { seq: 'möchte|will|wollte ~4 stelle|position|job|aufgabe' },
  ],
  negation: 'nicht|kein|keine|keinen|nie|niemals|unsicher|zweifel',
  doorOpen: [
    { near: ['andere|anderen|weitere|künftig|zukünftig|passende|neue|nächste', 'stelle|position|möglichkeit|gelegenheit|aufgabe|rolle|positionen|stellen'], within: 8 },
    { seq: 'kontakt ~2 bleiben' },
    { seq: 'im ~0 blick|hinterkopf' },
    { seq: 'berücksichtigt|berücksichtigen' },
    { seq: 'weiterhin|immer ~4 gern|interesse|dabei' },
  ],
};
