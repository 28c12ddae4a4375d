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

/** Parse a Gmail date title; null when it does not look like one. */
export function parseGmailDate(title: string | null | undefined): string | null {
  if (!title) return null;
  const text = title.slice(0, 120).toLowerCase();
  let month = -1;
  for (const word of text.match(/[a-z]+/g) ?? []) {
    const index = MONTHS.indexOf(word.slice(0, 3));
    if (index >= 0 && word.length >= 3) {
      month = index;
      break;
    }
  }
  const year = /\b(\d{4})\b/.exec(text);
  // The day: the first 1-2 digit number not followed by ':' (a time).
  const day = /(?:^|[^\d:])(\d{1,2})(?![\d:])/.exec(text.replace(/\b\d{4}\b/g, ' '));
  if (month < 0 || !year || !day) return null;
  let hours = 0;
  let minutes = 0;
  const time = /(\d{1,2}):(\d{2})\s*(am|pm|a\.m\.|p\.m\.)?/.exec(text);
  if (time) {
    hours = Number(time[1]);
    minutes = Number(time[2]);
    const half = time[3]?.[0];
    if (half === 'p' && hours < 12) hours += 12;
    if (half === 'a' && hours === 12) hours = 0;
  }
  const d = Number(day[1]);
  if (d < 1 || d > 31 || hours > 23 || minutes > 59) return null;
  const date = localDate(Number(year[1]), month, d, hours, minutes);
  if (Number.isNaN(date.getTime()) || date.getDate() !== d) return null;
  return localIso(date);
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
