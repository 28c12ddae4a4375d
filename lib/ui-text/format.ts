/**
 * Dates and times as the interface writes them: one time format everywhere (the popup, the options page, the
 * timeline and the bar), the one of the interface's language ("14:00" in German and British English, "2:00 PM" in
 * American English), through Intl. A zone that does not exist reads as UTC; a bad date as "".
 */
import { uiLocale } from './i18n';

const zones = new Map<string, string>();

export function safeZone(timeZone: string | null | undefined): string | undefined {
  if (!timeZone) return undefined;
  let known = zones.get(timeZone);
  if (!known) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      known = timeZone;
    } catch {
      known = 'UTC';
    }
    zones.set(timeZone, known);
  }
  return known;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions, timeZone?: string | null): Intl.DateTimeFormat {
  const zone = safeZone(timeZone);
  const locale = uiLocale();
  const key = `${locale}|${zone ?? ''}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, ...(zone ? { timeZone: zone } : {}) });
    formatters.set(key, found);
  }
  return found;
}

function parse(iso: string | Date | null | undefined): Date | null {
  if (!iso) return null;
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The one time format: hours and minutes on the language's own clock, two digits for the hour as the browser's own
 * time fields write it ("09:00" in German, "09:00 AM" in American English), so that the settings' time fields, the
 * popup and the bar all read alike.
 */
function timeOptions(): Intl.DateTimeFormatOptions {
  return { hour: '2-digit', minute: '2-digit' };
}

export function formatTime(iso: string | Date, timeZone?: string | null): string {
  const date = parse(iso);
  return date ? formatter(timeOptions(), timeZone).format(date) : '';
}

export function formatWeekday(iso: string | Date, timeZone?: string | null): string {
  const date = parse(iso);
  return date ? formatter({ weekday: 'long' }, timeZone).format(date) : '';
}

export function formatDayMonth(iso: string | Date, timeZone?: string | null): string {
  const date = parse(iso);
  return date ? formatter({ day: 'numeric', month: 'short' }, timeZone).format(date) : '';
}

/** "3 Mar 2026, 14:05" in the user's zone and language; "" for a bad date. */
export function formatDateTime(iso: string | Date | null | undefined, timeZone?: string | null): string {
  const date = parse(iso);
  return date ? formatter({ day: 'numeric', month: 'short', year: 'numeric', ...timeOptions() }, timeZone).format(date) : '';
}

/** "Tue 10 Mar, 14:00 (Europe/Berlin)": an interview's start, the email's zone named when it gave one. */
export function formatInterview(start: string, timeZone: string | null): string {
  const date = parse(start);
  if (!date) return start;
  const text = formatter({ weekday: 'short', day: 'numeric', month: 'short', ...timeOptions() }, timeZone).format(date);
  return timeZone ? `${text} (${safeZone(timeZone)})` : text;
}

/** "March 2026" from "2026-03". */
export function formatMonth(yearMonth: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  if (!match) return yearMonth;
  return formatter({ month: 'long', year: 'numeric' }, 'UTC').format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15)));
}

/** Monday..Sunday (1..7) as the language shortens them. */
export function weekdayShort(isoDay: number): string {
  // 5 Jan 2026 was a Monday.
  return formatter({ weekday: 'short' }, 'UTC').format(new Date(Date.UTC(2026, 0, 4 + isoDay, 12)));
}
