/** ISO 8601 strings with an offset, for an instant seen in an IANA zone or at a fixed offset. */
import { TZDate } from '@date-fns/tz';

const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');

export function offsetString(minutes: number): string {
  if (minutes === 0) return '+00:00';
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(minutes / 60)}:${pad(minutes % 60)}`;
}

/** `2026-07-12T14:00:00+02:00`: the instant at a fixed offset from UTC (minutes east). */
export function isoAtOffset(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  return `${local}${offsetString(offsetMinutes)}`;
}

/** The offset (minutes east of UTC) of an IANA zone at an instant. */
export function zoneOffset(ms: number, zone: string): number {
  return -new TZDate(ms, zone).getTimezoneOffset();
}

export function isoInZone(ms: number, zone: string): string {
  return isoAtOffset(ms, zoneOffset(ms, zone));
}

/** The instant of a wall-clock time in an IANA zone (daylight saving included). */
export function wallTimeInZone(year: number, month: number, day: number, hour: number, minute: number, zone: string): number {
  return new TZDate(year, month - 1, day, hour, minute, 0, zone).getTime();
}

/** The offset (minutes east) an ISO 8601 string carries; 0 for `Z`; null when it has none. */
export function offsetOfIso(iso: string): number | null {
  if (/z$/i.test(iso)) return 0;
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!m || !/T\d/.test(iso)) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}
