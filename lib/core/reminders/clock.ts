/**
 * The user's wall clock: local days, working days and hours, quiet hours, in an IANA zone with daylight saving
 * handled by the zone's real offsets (@date-fns/tz's tzOffset, backed by Intl). Instants are epoch milliseconds;
 * local days are plain {y, m, d} values, so "the next working day" never drifts by an hour across a DST change.
 *
 * Offsets are cached per 15 minutes of time: every zone changes offset on a quarter hour, and deriving reminders
 * for a thousand applications asks for the same few days again and again.
 */
import { tzOffset } from '@date-fns/tz';
import { DEFAULT_SETTINGS, type Settings } from '../settings';

export interface LocalDay {
  y: number;
  /** 1..12 */
  m: number;
  d: number;
}

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

/** "HH:mm" as minutes after midnight; the fallback when the text is not a time. */
export function minutesOf(hhmm: string | null | undefined, fallback: string): number {
  const parse = (s: string | null | undefined) => {
    const m = /^(\d{1,2}):(\d{2})$/.exec(s ?? '');
    if (!m) return null;
    const h = Number(m[1]);
    const min = Number(m[2]);
    return h <= 23 && min <= 59 ? h * 60 + min : null;
  };
  return parse(hhmm) ?? parse(fallback) ?? 0;
}

/**
 * Parse an ISO time. With an offset or Z it is an instant; without one ("2025-03-12T10:00") it is a wall time in
 * `zone` (the interview's own zone when the email named one). NaN when it is not a date.
 */
export function parseInstant(text: string | null | undefined, zone: string): number {
  if (typeof text !== 'string' || text.length === 0 || text.length > 64) return Number.NaN;
  const local = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/.exec(text.trim());
  if (local) {
    const [, y, mo, d, h, mi, s] = local;
    const month = Number(mo);
    const day = Number(d);
    const hour = Number(h ?? 0);
    const minute = Number(mi ?? 0);
    const second = Number(s ?? 0);
    // Out-of-range fields ("2025-13-45T99:99") are not a date, as Date.parse says for the same text with a Z.
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return Number.NaN;
    return wallToInstant(safeZone(zone), { y: Number(y), m: month, d: day }, hour * 60 + minute + second / 60);
  }
  return Date.parse(text);
}

/** The number written by `count` ASCII digits at `at`, or -1 when one of them is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Date.parse, with a short way for the form the timeline stores (toISOString's "2025-06-15T10:00:00.000Z", or the
 * same without milliseconds): digits read in place, no general parser. Anything else (offsets, day 29 and beyond,
 * hour 24, other forms) goes to Date.parse, so the answer is always exactly Date.parse's. Deriving reminders reads
 * every event's time on each call: ten thousand of them for a heavy user.
 */
export function parseIso(text: string): number {
  const n = text.length;
  if (
    (n === 24 || n === 20) &&
    text.charCodeAt(n - 1) === 90 && // Z
    text.charCodeAt(4) === 45 && // -
    text.charCodeAt(7) === 45 &&
    text.charCodeAt(10) === 84 && // T
    text.charCodeAt(13) === 58 && // :
    text.charCodeAt(16) === 58 &&
    (n === 20 || text.charCodeAt(19) === 46) // .
  ) {
    const y = digitsAt(text, 0, 4);
    const mo = digitsAt(text, 5, 2);
    const d = digitsAt(text, 8, 2);
    const h = digitsAt(text, 11, 2);
    const mi = digitsAt(text, 14, 2);
    const sec = digitsAt(text, 17, 2);
    const ms = n === 24 ? digitsAt(text, 20, 3) : 0;
    if (y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 28 && h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && sec >= 0 && sec <= 59 && ms >= 0) {
      return (daysFromCivil(y, mo, d) * 1440 + h * 60 + mi) * MINUTE + sec * 1000 + ms;
    }
  }
  return Date.parse(text);
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

/** Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm: integer arithmetic, no Date objects). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (inverse of daysFromCivil). */
export function civilFromDays(days: number): LocalDay {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** A local day plus n calendar days. */
export function addDays(day: LocalDay, n: number): LocalDay {
  return civilFromDays(daysFromCivil(day.y, day.m, day.d) + n);
}

/** ISO weekday of a local day. */
export function weekdayOf(day: LocalDay): number {
  return weekdayOfDay(daysFromCivil(day.y, day.m, day.d));
}

/** ISO weekday of a day number. 1970-01-01 was a Thursday (ISO 4). */
export function weekdayOfDay(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/**
 * The user's calendar: everything due-time arithmetic needs, with the settings parsed once.
 * All answers are epoch milliseconds or local days in the user's zone. Each question comes in two shapes: on
 * LocalDay values ({y, m, d}, for callers that show or build dates) and on day numbers (days since 1970-01-01 on
 * the user's calendar, the `...OnDay` methods): plain integers that need no allocation, which is what deriving
 * reminders for a thousand applications wants. Both shapes give the same answers.
 */
export class UserClock {
  readonly zone: string;
  readonly workStart: number;
  readonly workEnd: number;
  readonly quietStart: number;
  readonly quietEnd: number;
  private readonly working: boolean[];

  constructor(readonly settings: Settings) {
    this.zone = safeZone(settings.timeZone);
    this.workStart = minutesOf(settings.workStart, DEFAULT_SETTINGS.workStart);
    this.workEnd = minutesOf(settings.workEnd, DEFAULT_SETTINGS.workEnd);
    this.quietStart = minutesOf(settings.quietStart, DEFAULT_SETTINGS.quietStart);
    this.quietEnd = minutesOf(settings.quietEnd, DEFAULT_SETTINGS.quietEnd);
    const days = (Array.isArray(settings.workingDays) ? settings.workingDays : []).filter((d) => Number.isInteger(d) && d >= 1 && d <= 7);
    // No working day at all would make "next working day" never come: treat every day as one.
    this.working = Array.from({ length: 8 }, (_, i) => (days.length === 0 ? true : days.includes(i)));
  }

  dayOf(ms: number): LocalDay {
    return civilFromDays(this.dayNumberOf(ms));
  }

  /** The local day of an instant, as a day number. */
  dayNumberOf(ms: number): number {
    return Math.floor((ms + offsetAt(this.zone, ms) * MINUTE) / DAY);
  }

  at(day: LocalDay, minutes: number): number {
    return this.atOnDay(daysFromCivil(day.y, day.m, day.d), minutes);
  }

  /** Wall time to instant, memoised per clock: reminders share a few days and a few times of day. */
  private readonly atMemo = new Map<number, number>();

  atOnDay(days: number, minutes: number): number {
    const key = days * 1440 + minutes;
    let t = this.atMemo.get(key);
    if (t === undefined) {
      t = wallToInstantOnDay(this.zone, days, minutes);
      if (this.atMemo.size > 100_000) this.atMemo.clear();
      this.atMemo.set(key, t);
    }
    return t;
  }

  /** The last millisecond of a local day (local midnight minus 1 ms; 23 or 25 hours long on DST days). */
  endOfDay(day: LocalDay): number {
    return this.endOfDayOnDay(daysFromCivil(day.y, day.m, day.d));
  }

  endOfDayOnDay(days: number): number {
    return this.atOnDay(days + 1, 0) - 1;
  }

  isWorkingDay(day: LocalDay): boolean {
    return this.isWorkingDayOnDay(daysFromCivil(day.y, day.m, day.d));
  }

  isWorkingDayOnDay(days: number): boolean {
    return this.working[weekdayOfDay(days)] ?? true;
  }

  /** The n-th working day after `day` (n >= 1), or the day itself or the next working day for n = 0. */
  workingDayAfter(day: LocalDay, n = 1): LocalDay {
    return civilFromDays(this.workingDayAfterOnDay(daysFromCivil(day.y, day.m, day.d), n));
  }

  workingDayAfterOnDay(days: number, n = 1): number {
    let current = days;
    if (n <= 0) {
      for (let i = 0; i < 8 && !this.isWorkingDayOnDay(current); i++) current += 1;
      return current;
    }
    let left = n;
    for (let guard = 0; left > 0 && guard < n * 8 + 8; guard++) {
      current += 1;
      if (this.isWorkingDayOnDay(current)) left--;
    }
    return current;
  }

  /** The working day before `day`. */
  workingDayBefore(day: LocalDay): LocalDay {
    return civilFromDays(this.workingDayBeforeOnDay(daysFromCivil(day.y, day.m, day.d)));
  }

  workingDayBeforeOnDay(days: number): number {
    let current = days - 1;
    for (let i = 0; i < 8 && !this.isWorkingDayOnDay(current); i++) current -= 1;
    return current;
  }

  /** "Early next morning" (playbook): the start of the next working day plus one hour. */
  earlyNextMorning(day: LocalDay): number {
    return this.earlyNextMorningOnDay(daysFromCivil(day.y, day.m, day.d));
  }

  earlyNextMorningOnDay(days: number): number {
    return this.atOnDay(this.workingDayAfterOnDay(days, 1), this.workStart + 60);
  }

  /** True when a local time of day falls in quiet hours (which may wrap midnight; equal bounds: none). */
  inQuiet(minutes: number): boolean {
    const { quietStart: qs, quietEnd: qe } = this;
    if (qs === qe) return false;
    return qs < qe ? minutes >= qs && minutes < qe : minutes >= qs || minutes < qe;
  }

  /** An instant moved to the end of quiet hours when it falls inside them (for notifications, never deadlines). */
  outOfQuiet(ms: number): number {
    const shifted = ms + offsetAt(this.zone, ms) * MINUTE;
    const days = Math.floor(shifted / DAY);
    const minutes = Math.floor((shifted - days * DAY) / 1000) / 60;
    if (!this.inQuiet(minutes)) return ms;
    const wrapsAndEvening = this.quietStart > this.quietEnd && minutes >= this.quietStart;
    return this.atOnDay(wrapsAndEvening ? days + 1 : days, this.quietEnd);
  }
}
