/**
 * Calendar arithmetic on plain numbers: civil dates as {y, m, d}, day numbers (days since 1970-01-01 on a local
 * calendar), weekdays and "HH:mm" times of day. No Date objects, no zone: zone.ts turns these into instants.
 */

export interface LocalDay {
  y: number;
  /** 1..12 */
  m: number;
  d: number;
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

/** The day number of a local day. */
export function dayNumber(day: LocalDay): number {
  return daysFromCivil(day.y, day.m, day.d);
}

/** A local day plus n calendar days. */
export function addDays(day: LocalDay, n: number): LocalDay {
  return civilFromDays(dayNumber(day) + n);
}

/** ISO weekday of a local day. */
export function weekdayOf(day: LocalDay): number {
  return weekdayOfDay(dayNumber(day));
}

/** ISO weekday (1 = Monday ... 7 = Sunday) of a day number. 1970-01-01 was a Thursday (ISO 4). */
export function weekdayOfDay(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
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
