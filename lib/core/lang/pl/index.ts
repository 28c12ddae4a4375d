import * as chrono from 'chrono-node';
import { dottedClock, wordTranslator } from '../translate';
import type { LanguagePack } from '../types';

const weekdays: Record<string, string> = {
  poniedziałek: 'monday', wtorek: 'tuesday', środa: 'wednesday', środę: 'wednesday', czwartek: 'thursday', piątek: 'friday', sobota: 'saturday', sobotę: 'saturday', niedziela: 'sunday', niedzielę: 'sunday',
  pon: 'mon', wt: 'tue', śr: 'wed', czw: 'thu', pt: 'fri', sob: 'sat', niedz: 'sun',
};
// Polish names a month in the genitive after a day ("12 marca"); the nominative stands alone.
const months: Record<string, string> = {
  stycznia: 'january', lutego: 'february', marca: 'march', kwietnia: 'april', maja: 'may', czerwca: 'june', lipca: 'july', sierpnia: 'august', września: 'september', października: 'october', listopada: 'november', grudnia: 'december',
  styczeń: 'january', luty: 'february', marzec: 'march', kwiecień: 'april', maj: 'may', czerwiec: 'june', lipiec: 'july', sierpień: 'august', wrzesień: 'september', październik: 'october', listopad: 'november', grudzień: 'december',
};
const words: Record<string, string> = { ...weekdays, ...months, o: 'at', godz: 'at', godzinie: '', dzisiaj: 'today', dziś: 'today', jutro: 'tomorrow', w: 'on', we: 'on', dnia: '', r: '' };

export const pl: LanguagePack = {
  code: 'pl',
  markers: [' się ', ' nie ', ' na ', ' jest ', ' dla ', ' że ', ' pan ', ' pani ', ' państwa ', ' oraz ', ' do ', ' w ', ' naszym ', ' przez '],
  weekdays: Object.keys(weekdays),
  months: Object.keys(months),
  relativeDays: ['dzisiaj', 'dziś', 'jutro', 'pojutrze', 'w przyszłym tygodniu'],
  jobWords: ['rekrut*', 'kandyda*', 'aplikac*', 'kwalifikacyj*', 'wynagrodz*', 'stanowisk*', 'zatrudni*', 'praca', 'pracy', 'cv'],
  staffWords: ['pasek płacowy', 'pasek wynagrodzeń', 'grafik pracy', 'wszystkich pracowników', 'drodzy współpracownicy', 'rekrutacja wewnętrzna', 'ocena okresowa'],
  internalWords: ['rekrutacja wewnętrzna', 'rekrutacji wewnętrznej', 'ogłoszenie wewnętrzne', 'konkurs wewnętrzny'],
  clientWords: ['wycena', 'wyceny', 'wycenę', 'faktura', 'faktury', 'fakturę', 'dostawca', 'dostawcy', 'dostawcę', 'przetarg', 'przetargu', 'oferta handlowa'],
  meetingCues: ['rozmow*', 'spotkani*', 'termin*', 'zaproszeni*', 'wideo*', 'godz*', 'data', 'potwierdz*', 'dostępnoś*', 'do zobaczenia'],
  lengthUnits: ['minut', 'minuty', 'minuta', 'min', 'godzina', 'godziny', 'godzin'],
  noon: ['południe'],
  parser: chrono.casual,
  prepare: (text) => dottedClock(wordTranslator(words)(text)),
  replyHeaders: [
    // Gmail starts with the weekday ("pon., 2 mar 2026 o 10:00 … napisał(a):"), Thunderbird "W dniu … pisze:", Apple
    // Mail "Wiadomość napisana przez … w dniu …:", Outlook "Od:" then "Wysłano:".
    { word: 'napisał', opens: ['pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.', 'niedz.', 'W dniu '] },
    { word: 'pisze:', opens: ['W dniu '] },
    { word: 'napisana przez', opens: ['Wiadomość '] },
    { word: 'Oryginalna wiadomość', opens: ['--'] },
    { word: '\nWysłano: ', opens: ['Od: '] },
  ],
  mailShape: {
    replyPrefixes: ['odp'],
    forwardPrefixes: ['pd', 'fw'],
    forwardLine: 'Przekazana wiadomość',
    calendarAnswers: ['zaakceptowano', 'odrzucono', 'wstępnie zaakceptowano', 'zaakceptowane', 'odrzucone'],
    candidate: ['kandydat', 'kandydatka'],
    panel: ['komisja', 'rekruter', 'rekruterka', 'organizator'],
    interviewerRoles: ['panel'],
  },
};
