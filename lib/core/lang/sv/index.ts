import * as chrono from 'chrono-node';
import { dottedClock, wordTranslator } from '../translate';
import type { LanguagePack } from '../types';

const weekdays: Record<string, string> = {
  måndag: 'monday', tisdag: 'tuesday', onsdag: 'wednesday', torsdag: 'thursday', fredag: 'friday', lördag: 'saturday', söndag: 'sunday',
  mån: 'mon', tis: 'tue', ons: 'wed', tors: 'thu', fre: 'fri', lör: 'sat', sön: 'sun',
};
const months: Record<string, string> = {
  januari: 'january', februari: 'february', mars: 'march', april: 'april', maj: 'may', juni: 'june', juli: 'july', augusti: 'august', september: 'september', oktober: 'october', november: 'november', december: 'december',
  jan: 'jan', feb: 'feb', apr: 'apr', aug: 'aug', sep: 'sep', sept: 'sept', okt: 'oct', nov: 'nov', dec: 'dec',
};
// chrono's Swedish reads days and months but not "kl. 14.30": Swedish is read with English's parser.
const words: Record<string, string> = { ...weekdays, ...months, kl: 'at', klockan: 'at', den: '', idag: 'today', imorgon: 'tomorrow', 'i morgon': 'tomorrow' };

export const sv: LanguagePack = {
  code: 'sv',
  markers: [' och ', ' att ', ' det ', ' är ', ' för ', ' med ', ' vi ', ' du ', ' dig ', ' din ', ' inte ', ' på ', ' en ', ' som '],
  weekdays: Object.keys(weekdays),
  months: Object.keys(months),
  relativeDays: ['idag', 'i dag', 'imorgon', 'i morgon', 'nästa vecka'],
  jobWords: ['intervju*', 'ansök*', 'kandidat*', 'rekryt*', 'anställ*', 'befattning*', 'jobb*', 'lön', 'cv'],
  staffWords: ['lönebesked', 'lönespecifikation', 'lönerevision', 'medarbetarsamtal', 'alla medarbetare', 'intern annonsering', 'intern tjänst', 'arbetsschema'],
  internalWords: ['intern annonsering', 'intern tjänst', 'intern ansökan', 'internrekrytering', 'intern rekrytering'],
  clientWords: ['offert', 'offerten', 'offerter', 'faktura', 'fakturan', 'fakturor', 'leverantör', 'leverantören', 'leverantörer', 'upphandling', 'upphandlingen', 'inköpsorder', 'anbud', 'anbudet'],
  meetingCues: ['intervju*', 'samtal*', 'möte*', 'träff*', 'videosamtal', 'inbjudan', 'datum', 'tid', 'kl', 'klockan', 'bekräft*', 'vi ses'],
  lengthUnits: ['minut', 'minuter', 'min', 'timme', 'timmar', 'tim'],
  noon: ['lunch'],
  parser: chrono.casual,
  prepare: (text) => dottedClock(wordTranslator(words)(text)),
  replyHeaders: [
    // Gmail and Thunderbird "Den … skrev …:", Outlook "Från:" then "Skickat:".
    { word: 'skrev', opens: ['Den '] },
    { word: 'Ursprungligt meddelande', opens: ['--'] },
    { word: '\nSkickat: ', opens: ['Från: '] },
  ],
  mailShape: {
    replyPrefixes: ['sv'],
    forwardPrefixes: ['vb', 'fw'],
    forwardLine: 'Vidarebefordrat meddelande',
    calendarAnswers: ['accepterat', 'avböjt', 'avböjd', 'preliminärt accepterat', 'godkänt'],
    candidate: ['kandidat', 'sökande'],
    panel: ['intervjuare', 'rekryteringsgrupp', 'rekryterande chef', 'ansvarig rekryterare', 'organisatör', 'arrangör'],
    interviewerRoles: ['intervjuare'],
  },
};
