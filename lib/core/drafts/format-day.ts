/**
 * Days and times as a letter says them, in the user's time zone: "today", "yesterday", "on Tuesday",
 * "on Tuesday 3 March". Intl only (pure, no clock: `now` is a parameter). Never throws on a bad date or zone.
 */

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

function part(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  return formatter('en-GB', timeZone, options).format(date);
}

/** Days since 1970 of the calendar date `date` shows in the zone (to compare calendar days, not 24-hour spans). */
function calendarDay(date: Date, timeZone: string): number {
  const parts = formatter('en-CA', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 'NaN');
  return Math.round(Date.UTC(get('year'), get('month') - 1, get('day')) / DAY_MS);
}

/** "Tuesday 3 March" in the zone, or null for a missing or invalid date. */
export function longDay(iso: string | null | undefined, timeZone: string): string | null {
  const date = parse(iso);
  if (!date) return null;
  return `${part(date, timeZone, { weekday: 'long' })} ${part(date, timeZone, { day: 'numeric', month: 'long' })}`;
}

/**
 * When something happened or will happen, as a phrase that follows a verb: "today", "yesterday", "tomorrow",
 * "on Tuesday" (within the week), "on 3 March" (further), or "on Tuesday 3 March" when `now` is unknown.
 */
export function dayPhrase(iso: string | null | undefined, timeZone: string, now?: string | null): string | null {
  const date = parse(iso);
  if (!date) return null;
  const today = parse(now);
  if (!today) return `on ${longDay(iso, timeZone)}`;
  const diff = calendarDay(today, timeZone) - calendarDay(date, timeZone);
  if (diff === 0) return 'today';
  if (diff === 1) return 'yesterday';
  if (diff === -1) return 'tomorrow';
  if (Math.abs(diff) < 7) return `on ${part(date, timeZone, { weekday: 'long' })}`;
  return `on ${part(date, timeZone, { day: 'numeric', month: 'long' })}`;
}

/** "2pm" or "2:30pm" in the zone. */
export function clockTime(iso: string | null | undefined, timeZone: string): string | null {
  const date = parse(iso);
  if (!date) return null;
  const parts = formatter('en-US', timeZone, { hour: 'numeric', minute: '2-digit', hour12: true }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const minute = get('minute');
  return `${get('hour')}${minute === '00' ? '' : `:${minute}`}${get('dayPeriod').toLowerCase()}`;
}
