/**
 * Gmail shows full dates only in `title` attributes, in the user's UI language and local time
 * ("Thu, Dec 18, 2014 at 12:35 PM", "Thu, 18 Dec 2014, 12:35", "Tue, Mar 4, 2025, 10:21 AM"). Best effort: English
 * month names (three-letter prefixes), a day, a four-digit year and an optional time; anything else gives null and the
 * raw title is kept by the caller. The page's clock zone is the user's zone, so the result carries the local offset.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** A local Date as ISO 8601 with the local offset, e.g. 2014-12-18T12:35:00-08:00. */
export function localIso(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:00${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/** The first word that starts with a month's three letters (any word that starts a run of letters). */
const MONTH = /(?:^|[^a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
const YEAR = /\b(\d{4})\b/;
/** The day: the first number of one or two digits, not part of a longer number or of a time. */
const DAY = /(?:^|[^\d:])(\d{1,2})(?![\d:])/;
const TIME = /(\d{1,2}):(\d{2})\s*(am|pm|a\.m\.|p\.m\.)?/;

/** Two digits, without `padStart` (in a Firefox content script a cold, self-hosted call per field). */
const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * The offsets of the page's zone a scan has looked up, by wall-clock day: a list of 100 rows spans a few days, so
 * a scan asks the zone twice per day it shows instead of several times per row. One per scan (the zone may change
 * between scans); `null` means that day has an offset change near it and each time is decided on its own.
 */
export type ZoneDays = Map<number, number | null>;

/** Parse a Gmail date title; null when it does not look like one. `days` shares the zone's offsets across a scan. */
export function parseGmailDate(title: string | null | undefined, days?: ZoneDays): string | null {
  if (!title) return null;
  const text = title.slice(0, 120).toLowerCase();
  const monthWord = MONTH.exec(text);
  const year = YEAR.exec(text);
  const day = DAY.exec(text);
  if (!monthWord || !year || !day) return null;
  const month = MONTHS.indexOf(monthWord[1]!);
  let hours = 0;
  let minutes = 0;
  const time = TIME.exec(text);
  if (time) {
    hours = Number(time[1]);
    minutes = Number(time[2]);
    const half = time[3]?.[0];
    if (half === 'p' && hours < 12) hours += 12;
    if (half === 'a' && hours === 12) hours = 0;
  }
  const d = Number(day[1]);
  const y = Number(year[1]);
  if (d < 1 || d > 31 || hours > 23 || minutes > 59) return null;
  // A day the month does not have (Feb 31) is no date.
  if (d > 28 && new Date(Date.UTC(y, month, d)).getUTCDate() !== d) return null;
  const offset = steadyOffset(y, month, d, days);
  if (offset === null) {
    const date = localDate(y, month, d, hours, minutes);
    if (Number.isNaN(date.getTime()) || date.getDate() !== d) return null;
    return localIso(date);
  }
  // The wall time is the local time: written from its own fields and the day's offset, no local-time reads.
  const east = -offset;
  const abs = Math.abs(east);
  return `${y}-${two(month + 1)}-${two(d)}T${two(hours)}:${two(minutes)}:00${east >= 0 ? '+' : '-'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/**
 * The zone's offset (`getTimezoneOffset`, minutes west) for every time of a wall-clock day, or null when it may
 * change within the day: the offsets 15 hours before the day's first moment read as UTC and 15 hours after its last
 * (every zone is within 14 hours of UTC) agree, and no zone changes its offset twice within three days.
 */
function steadyOffset(year: number, month: number, day: number, days?: ZoneDays): number | null {
  const key = (year * 12 + month) * 32 + day;
  const known = days?.get(key);
  if (known !== undefined) return known;
  const start = Date.UTC(year, month, day);
  const before = new Date(start - 15 * HOUR_MS).getTimezoneOffset();
  const after = new Date(start + 39 * HOUR_MS).getTimezoneOffset();
  const offset = before === after && !Number.isNaN(before) ? before : null;
  days?.set(key, offset);
  return offset;
}

const HOUR_MS = 3_600_000;

/**
 * `new Date(y, m, d, h, min)`, the same instant, cheaper where it matters: SpiderMonkey's local-time constructor asks
 * the time-zone library afresh each call (a quarter of Firefox's first read of 100 rows), while the zone's offset at
 * an instant is cached. The wall time is read as UTC and shifted by the offset there; when the zone changes its
 * offset within three hours (a DST gap or a repeated hour), or the shift misses, the constructor decides.
 */
export function localDate(year: number, month: number, day: number, hours: number, minutes: number): Date {
  const wall = Date.UTC(year, month, day, hours, minutes);
  const offset = new Date(wall).getTimezoneOffset();
  const at = new Date(wall + offset * 60_000);
  const steady = new Date(at.getTime() - 3 * HOUR_MS).getTimezoneOffset() === offset && new Date(at.getTime() + 3 * HOUR_MS).getTimezoneOffset() === offset;
  const same = at.getHours() === hours && at.getMinutes() === minutes && at.getDate() === day && at.getMonth() === month && at.getFullYear() === year;
  return steady && same ? at : new Date(year, month, day, hours, minutes);
}
