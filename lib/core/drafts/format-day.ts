/**
 * Days and times as a letter says them, in the user's time zone and the letter's language: "today", "yesterday",
 * "on Tuesday", "on Tuesday 3 March" ("gestern", "am Dienstag"; "hier", "mardi"; "ayer", "el martes"). Intl only
 * (pure, no clock: `now` is a parameter). Never throws on a bad date or zone.
 */
import { LOCALE, type LetterLang } from './locale';

const DAY_MS = 86_400_000;

/** Building an Intl formatter costs far more than using one: keep them, per locale, zone and options. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    try {
      found = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch {
      // An unknown zone: read the date in UTC rather than fail.
      found = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    }
    if (formatters.size > 200) formatters.clear();
    formatters.set(key, found);
  }
  return found;
}

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

function part(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions, lang: LetterLang = 'en'): string {
  return formatter(LOCALE[lang], timeZone, options).format(date);
}

/** Days since 1970 of the calendar date `date` shows in the zone (to compare calendar days, not 24-hour spans). */
function calendarDay(date: Date, timeZone: string): number {
  const parts = formatter('en-CA', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 'NaN');
  return Math.round(Date.UTC(get('year'), get('month') - 1, get('day')) / DAY_MS);
}

/**
 * "Tuesday 3 March" in the zone ("Dienstag, 4. März", "mardi 4 mars", "martes 4 de marzo"), or null for a missing
 * or invalid date.
 */
export function longDay(iso: string | null | undefined, timeZone: string, lang: LetterLang = 'en'): string | null {
  const date = parse(iso);
  if (!date) return null;
  const sep = lang === 'de' || lang === 'pt' ? ', ' : ' ';
  return `${part(date, timeZone, { weekday: 'long' }, lang)}${sep}${part(date, timeZone, { day: 'numeric', month: 'long' }, lang)}`;
}

/** Relative days, and the word before a weekday or a date, per language. */
const RELATIVE: Record<LetterLang, { today: string; yesterday: string; tomorrow: string; weekday: string; date: string }> = {
  en: { today: 'today', yesterday: 'yesterday', tomorrow: 'tomorrow', weekday: 'on ', date: 'on ' },
  de: { today: 'heute', yesterday: 'gestern', tomorrow: 'morgen', weekday: 'am ', date: 'am ' },
  // "Merci de m'avoir reçu mardi", "le 3 mars".
  fr: { today: 'aujourd’hui', yesterday: 'hier', tomorrow: 'demain', weekday: '', date: 'le ' },
  es: { today: 'hoy', yesterday: 'ayer', tomorrow: 'mañana', weekday: 'el ', date: 'el ' },
  // "na terça-feira", but "no sábado", "no domingo" (see weekdayPrefix).
  pt: { today: 'hoje', yesterday: 'ontem', tomorrow: 'amanhã', weekday: 'na ', date: 'em ' },
  // "ci siamo sentiti martedì", "il 4 marzo".
  it: { today: 'oggi', yesterday: 'ieri', tomorrow: 'domani', weekday: '', date: 'il ' },
  nl: { today: 'vandaag', yesterday: 'gisteren', tomorrow: 'morgen', weekday: 'op ', date: 'op ' },
};

/** The word before a weekday: Portuguese weekdays are feminine ("na terça-feira") but for the weekend ("no sábado"). */
function weekdayPrefix(date: Date, timeZone: string, lang: LetterLang): string {
  if (lang !== 'pt') return RELATIVE[lang].weekday;
  const day = formatter('en-US', timeZone, { weekday: 'short' }).format(date);
  return day === 'Sat' || day === 'Sun' ? 'no ' : 'na ';
}

/**
 * When something happened or will happen, as a phrase that follows a verb: "today", "yesterday", "tomorrow",
 * "on Tuesday" (within the week), "on 3 March" (further), or "on Tuesday 3 March" when `now` is unknown.
 */
export function dayPhrase(iso: string | null | undefined, timeZone: string, now?: string | null, lang: LetterLang = 'en'): string | null {
  const date = parse(iso);
  if (!date) return null;
  const words = RELATIVE[lang];
  const today = parse(now);
  if (!today) {
    // "on Tuesday 4 March", "le mardi 4 mars", "na terça-feira, 4 de março", "martedì 4 marzo".
    const lead = lang === 'fr' ? 'le ' : lang === 'it' ? '' : lang === 'pt' ? weekdayPrefix(date, timeZone, lang) : words.date;
    return `${lead}${longDay(iso, timeZone, lang)}`;
  }
  const diff = calendarDay(today, timeZone) - calendarDay(date, timeZone);
  if (diff === 0) return words.today;
  if (diff === 1) return words.yesterday;
  if (diff === -1) return words.tomorrow;
  if (Math.abs(diff) < 7) return `${weekdayPrefix(date, timeZone, lang)}${part(date, timeZone, { weekday: 'long' }, lang)}`;
  return `${words.date}${part(date, timeZone, { day: 'numeric', month: 'long' }, lang)}`;
}

/** "2pm" or "2:30pm" in the zone; "14 Uhr", "14:30 Uhr"; "14 h", "14 h 30"; "14:00", "14:30"; "14h", "14h30"; "14.00 uur". */
export function clockTime(iso: string | null | undefined, timeZone: string, lang: LetterLang = 'en'): string | null {
  const date = parse(iso);
  if (!date) return null;
  if (lang !== 'en') {
    const hm = formatter(LOCALE[lang], timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date);
    const hour = String(Number(hm.find((p) => p.type === 'hour')?.value ?? 'NaN'));
    const min = hm.find((p) => p.type === 'minute')?.value ?? '00';
    if (lang === 'de') return min === '00' ? `${hour} Uhr` : `${hour}:${min} Uhr`;
    if (lang === 'fr') return min === '00' ? `${hour} h` : `${hour} h ${min}`;
    if (lang === 'pt') return min === '00' ? `${hour}h` : `${hour}h${min}`;
    if (lang === 'nl') return `${hour}.${min} uur`;
    return `${hour}:${min}`;
  }
  const parts = formatter('en-US', timeZone, { hour: 'numeric', minute: '2-digit', hour12: true }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const minute = get('minute');
  return `${get('hour')}${minute === '00' ? '' : `:${minute}`}${get('dayPeriod').toLowerCase()}`;
}
