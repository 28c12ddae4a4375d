/**
 * Gmail shows full dates only in `title` attributes, in the user's UI language and local time
 * ("Thu, Dec 18, 2014 at 12:35 PM", "Thu, 18 Dec 2014, 12:35", "Tue, Mar 4, 2025, 10:21 AM"). Best effort: English
 * month names (three-letter prefixes), a day, a four-digit year and an optional time; anything else gives null and the
 * raw title is kept by the caller. The page's clock zone is the user's zone, so the result carries the local offset.
 */

import { isWhiteSpace } from '../../core/white-space';

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

/** The months' three letters as one number each (their character codes), to their month. */
const MONTH_KEYS = new Map(MONTHS.map((m, i) => [(m.charCodeAt(0) << 16) | (m.charCodeAt(1) << 8) | m.charCodeAt(2), i]));

const isDigit = (c: number) => c >= 48 && c <= 57;
/** A character of JavaScript's `\w` (ASCII letters, digits and `_`). */
const isWord = (c: number) => isDigit(c) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const digitsAt = (text: string, at: number, count: number) => {
  let n = 0;
  for (let i = at; i < at + count; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
};

/** What a date title says, each part as the first of its kind in the text (see `readTitle`). */
interface TitleParts {
  month: number;
  year: number;
  day: number;
  /** -1 when the title has no time. */
  hours: number;
  minutes: number;
  /** 'a' or 'p' after the time (am, pm, a.m., p.m.), else ''. */
  half: string;
}

/**
 * The parts of a lower-case date title, in one pass over its characters, no regular expression (in a Firefox content
 * script each regular-expression call runs cold, self-hosted code: four per row of a first scan). Each part is what
 * these expressions would find, and tests hold them to it:
 * - month: `(?:^|[^a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`, the first word that starts with a month's
 *   three letters;
 * - year: `\b(\d{4})\b`, the first run of exactly four digits between non-word characters;
 * - day: `(?:^|[^\d:])(\d{1,2})(?![\d:])`, the first run of one or two digits with no colon on either side;
 * - time: `(\d{1,2}):(\d{2})\s*(am|pm|a\.m\.|p\.m\.)?`, the first one or two digits, a colon and two digits.
 */
export function readTitle(text: string): TitleParts | null {
  const n = text.length;
  let month = -1;
  let year = -1;
  let day = -1;
  let hours = -1;
  let minutes = 0;
  let half = '';
  // Comparisons written out, no helper calls: a new realm runs this in its interpreter (V8's too) for a while.
  let before = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      // A run of digits: the year, the day or a time's hours, by its length and what is around it.
      let end = i + 1;
      let after = end < n ? text.charCodeAt(end) : -1;
      while (after >= 48 && after <= 57) after = ++end < n ? text.charCodeAt(end) : -1;
      const length = end - i;
      if (year < 0 && length === 4 && !(before >= 0 && isWord(before)) && !(after >= 0 && isWord(after))) year = digitsAt(text, i, 4);
      if (day < 0 && length <= 2 && before !== 58 && after !== 58) day = digitsAt(text, i, length);
      // A time starts at the last one or two digits of a run that a colon and two digits follow.
      if (hours < 0 && after === 58 && end + 2 < n && isDigit(text.charCodeAt(end + 1)) && isDigit(text.charCodeAt(end + 2))) {
        const from = length >= 2 ? end - 2 : end - 1;
        hours = digitsAt(text, from, end - from);
        minutes = digitsAt(text, end + 1, 2);
        let at = end + 3;
        while (at < n && isWhiteSpace(text.charCodeAt(at))) at++;
        const h = text.charCodeAt(at);
        const next = text.charCodeAt(at + 1);
        if ((h === 97 || h === 112) && (next === 109 || (next === 46 && text.charCodeAt(at + 2) === 109 && text.charCodeAt(at + 3) === 46))) {
          half = h === 97 ? 'a' : 'p';
        }
      }
      before = text.charCodeAt(end - 1);
      i = end;
      continue;
    }
    if (month < 0 && c >= 97 && c <= 122 && !(before >= 97 && before <= 122) && i + 3 <= n) {
      const found = MONTH_KEYS.get((c << 16) | (text.charCodeAt(i + 1) << 8) | text.charCodeAt(i + 2));
      if (found !== undefined) month = found;
    }
    before = c;
    i++;
  }
  if (month < 0 || year < 0 || day < 0) return null;
  return { month, year, day, hours, minutes, half };
}

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
  const parts = readTitle(title.slice(0, 120).toLowerCase());
  if (!parts) return null;
  const { month, year: y, day: d, minutes, half } = parts;
  let hours = parts.hours < 0 ? 0 : parts.hours;
  if (half === 'p' && hours < 12) hours += 12;
  if (half === 'a' && hours === 12) hours = 0;
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
