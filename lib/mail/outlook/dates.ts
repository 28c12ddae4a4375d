/**
 * Outlook on the web shows dates in the user's locale and in the date and time formats chosen in its settings:
 * "Fri 4/10/2026 8:23 AM" (en-US), "Fr 10.04.2026 08:23" (de-DE), "10/04/2026 08:23" (en-GB), "2026-04-10 08:23"
 * (GW L146; outlook-selectors.md §3.5, §6.2). Best effort on the numbers only, never on month or day names: a
 * four-digit year first is year-month-day; dots are day.month.year; slashes are month/day/year in a US page and
 * day/month/year elsewhere, unless a part over 12 says otherwise. The page's clock zone is the user's zone.
 */

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** A local Date as ISO 8601 with the local offset. */
function localIso(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:00${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** Parse an Outlook date; null when it has no full numeric date. `lang` is the page's language (`<html lang>`). */
export function parseOutlookDate(text: string | null | undefined, lang = ''): string | null {
  if (!text) return null;
  const s = text.slice(0, 120);
  const m = /(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})/.exec(s);
  if (!m) return null;
  const [a, sep, b, c] = [Number(m[1]), m[2], Number(m[3]), Number(m[4])];
  let year: number;
  let month: number;
  let day: number;
  if (m[1]!.length === 4) [year, month, day] = [a, b, c];
  else {
    year = m[4]!.length === 2 ? 2000 + c : c;
    const usOrder = sep === '/' && /^en-us$|^en$/i.test(lang) ? a <= 12 : sep === '/' && b > 12;
    [month, day] = usOrder ? [a, b] : [b, a];
  }
  let hours = 0;
  let minutes = 0;
  const time = /(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp])?\.?[Mm]?/.exec(s.slice(m.index + m[0].length));
  if (time) {
    hours = Number(time[1]);
    minutes = Number(time[2]);
    const half = time[3]?.toLowerCase();
    if (half === 'p' && hours < 12) hours += 12;
    if (half === 'a' && hours === 12) hours = 0;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59) return null;
  const date = new Date(year, month - 1, day, hours, minutes);
  if (Number.isNaN(date.getTime()) || date.getDate() !== day) return null;
  return localIso(date);
}
