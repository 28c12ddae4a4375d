/**
 * Time zones: whether the runtime knows one, its UTC offset at an instant (@date-fns/tz's tzOffset, backed by Intl),
 * wall time to instant and back. Instants are epoch milliseconds; days are day numbers or LocalDay (calendar.ts).
 *
 * Offsets are cached per 15 minutes of time: every zone changes offset on a quarter hour, and deriving reminders
 * for a thousand applications asks for the same few days again and again.
 */
import { tzOffset } from '@date-fns/tz';
import { civilFromDays, daysFromCivil, type LocalDay } from './calendar';

const MINUTE = 60_000;
const DAY = 86_400_000;
const QUARTER = 15 * MINUTE;
/** Per zone: offset by quarter-hour bucket. */
const offsetCache = new Map<string, Map<number, number>>();
const zoneValid = new Map<string, boolean>();

/** A zone the runtime knows, else UTC (settings are user data: a typo must not break every reminder). */
export function safeZone(zone: string | null | undefined): string {
  // Not text (a number from a hand-edited import makes @date-fns/tz throw), or longer than any real zone name.
  if (!zone || typeof zone !== 'string' || zone.length > 64) return 'UTC';
  let ok = zoneValid.get(zone);
  if (ok === undefined) {
    try {
      ok = Number.isFinite(tzOffset(zone, new Date(0)));
    } catch {
      ok = false;
    }
    // Hostile data could name endless zones: the cache stays small.
    if (zoneValid.size > 1_000) zoneValid.clear();
    zoneValid.set(zone, ok);
  }
  return ok ? zone : 'UTC';
}

/** The zone's UTC offset in minutes at an instant. */
export function offsetAt(zone: string, ms: number): number {
  const bucket = Math.floor(ms / QUARTER);
  let zoneCache = offsetCache.get(zone);
  if (!zoneCache) {
    zoneCache = new Map();
    offsetCache.set(zone, zoneCache);
  }
  let off = zoneCache.get(bucket);
  if (off === undefined) {
    if (zoneCache.size > 200_000) zoneCache.clear();
    off = tzOffset(zone, new Date(bucket * QUARTER));
    if (!Number.isFinite(off)) off = 0;
    zoneCache.set(bucket, off);
  }
  return off;
}

/** The instant of a local wall time (minutes after local midnight) on a local day. */
export function wallToInstant(zone: string, day: LocalDay, minutes: number): number {
  return wallToInstantOnDay(zone, daysFromCivil(day.y, day.m, day.d), minutes);
}

/** wallToInstant for a day number (days since 1970-01-01 on the local calendar). */
export function wallToInstantOnDay(zone: string, days: number, minutes: number): number {
  const wall = days * DAY + Math.round(minutes * MINUTE);
  // The offsets in force a little before and after: a wall time is valid under an offset when that offset is the
  // one in force at the instant it gives. Both valid (fall-back overlap): the later, as TZDate does. None
  // (spring-forward gap): the offset from before, so 02:30 that never was becomes 03:30.
  const before = offsetAt(zone, wall - 14 * 60 * MINUTE);
  const after = offsetAt(zone, wall + 14 * 60 * MINUTE);
  const tBefore = wall - before * MINUTE;
  if (before === after) return tBefore;
  const tAfter = wall - after * MINUTE;
  const okBefore = offsetAt(zone, tBefore) === before;
  const okAfter = offsetAt(zone, tAfter) === after;
  if (okBefore && okAfter) return Math.max(tBefore, tAfter);
  if (okBefore) return tBefore;
  if (okAfter) return tAfter;
  return tBefore;
}

export interface LocalTime extends LocalDay {
  /** ISO weekday, 1 = Monday ... 7 = Sunday. */
  weekday: number;
  /** Minutes after local midnight. */
  minutes: number;
}

/** The local date and time of an instant in a zone. */
export function localTime(zone: string, ms: number): LocalTime {
  const shifted = ms + offsetAt(zone, ms) * MINUTE;
  const days = Math.floor(shifted / DAY);
  const day = civilFromDays(days);
  // Fields written out, not spread: V8 spreads small objects on a slow path (about 1.5 µs each, measured), and
  // deriving reminders asks for a local time tens of thousands of times.
  return {
    y: day.y,
    m: day.m,
    d: day.d,
    weekday: ((((days + 3) % 7) + 7) % 7) + 1,
    minutes: Math.floor((shifted - days * DAY) / 1000) / 60,
  };
}
