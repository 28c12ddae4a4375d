/** The advice check in Dutch (see advice-phrases-de.ts). */
import type { LanguageAdvice } from './advice-languages';

const SLIP = 'naam|achternaam|typfout|camera|microfoon|verbinding|geluid|wifi|haperde|hapering|verspreking';

export const ADVICE_NL: LanguageAdvice = {
  warnings: [
    {
      // Innocent: "ik beantwoord graag verdere vragen", "dank voor de goede vragen".
      key: 'late-answer',
      phrases: [
        { seq: 'beter|betere|volledigere|duidelijker ~0 antwoord' },
        { seq: 'nog ~0 eens ~2 nagedacht' },
        { seq: 'had ~6 moeten ~0 zeggen|noemen|antwoorden|vertellen|uitleggen' },
        { seq: 'aanvullen|verbeteren|corrigeren ~3 antwoord' },
        { seq: 'antwoord ~3 aanvullen|verbeteren|corrigeren' },
        { seq: 'vergeten ~1 te ~0 noemen|zeggen|vertellen' },
        { seq: 'wat ~0 ik ~0 bedoelde' },
      ],
    },
    {
      // Innocent: "het project liep heel goed", "ik vond het een fijn gesprek".
      key: 'explain-failure',
      phrases: [
        { seq: 'zenuwachtig|zenuwen|nerveus|gestrest|dichtgeklapt|black-out' },
        { seq: 'liep ~2 niet ~2 goed|zoals|lekker' },
        { seq: 'niet ~2 op ~0 mijn ~0 best' },
        { seq: 'niet ~3 goed ~1 overgebracht|uitgelegd|laten ~0 zien' },
        { seq: 'achteraf ~0 gezien' },
        { seq: 'slecht ~1 geantwoord|gepresenteerd|verwoord' },
      ],
    },
    {
      // Innocent: "als er een andere functie vrijkomt", "nogmaals bedankt voor de kans".
      key: 'begging',
      phrases: [
        { seq: 'heroverwegen|heroverweegt' },
        { seq: 'terugkomen ~2 op ~2 besluit' },
        { seq: 'nog ~0 een ~0 kans' },
        { seq: 'tweede|laatste ~0 kans' },
        { seq: 'besluit ~3 herzien|veranderen|terugdraaien' },
        { seq: 'smeek|smeken|wanhopig' },
        { seq: 'heb ~1 deze|die ~0 baan|functie ~1 nodig' },
        { seq: 'niet ~0 teleurstellen' },
      ],
    },
    {
      // Innocent: "excuses voor mijn late reactie", "sorry voor de vertraging in mijn antwoord".
      key: 'apology-trivial',
      phrases: [
        { seq: `sorry|excuses|excuus|verontschuldig* ~6 ${SLIP}` },
        { seq: `${SLIP} ~5 sorry|excuses|excuus` },
        { seq: 'te ~0 laat ~0 binnen|ingelogd' },
      ],
    },
  ],
  enthusiasm: [
    { seq: 'enthousiast*|gemotiveerd|gepassioneerd|zin' },
    { seq: 'wil|wilde ~3 baan|functie|rol' },
    { seq: 'graag ~3 deel|werken|bij|komen|samenwerken|team' },
    { seq: 'interesse|geïnteresseerd' },
    { seq: 'kijk|kijken ~0 ernaar|er ~1 uit' },
  ],
  negation: 'niet|geen|nooit|twijfel',
  doorOpen: [
    { near: ['andere|toekomstige|nieuwe|volgende|passende', 'functie|functies|vacature*|kans|kansen|rol|mogelijkheid'], within: 8 },
    { seq: 'contact ~1 houden' },
    { seq: 'in ~0 gedachten' },
    { seq: 'in ~0 aanmerking' },
  ],
};
