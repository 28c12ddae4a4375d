/**
 * The user's wall clock: local days, working days and hours, quiet hours, in the user's IANA zone with daylight
 * saving handled by the zone's real offsets (zone.ts). One API: instants are epoch milliseconds and days are day
 * numbers (days since 1970-01-01 on the user's calendar, calendar.ts), plain integers that need no allocation, so
 * "the next working day" never drifts by an hour across a DST change and deriving reminders for a thousand
 * applications allocates nothing per question. civilFromDays turns a day number into {y, m, d} to show it.
 */
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { minutesOf, weekdayOfDay } from './calendar';
import { offsetAt, safeZone, wallToInstantOnDay } from './zone';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The user's calendar: everything due-time arithmetic needs, with the settings parsed once. */
export class UserClock {
  readonly zone: string;
  /** Start and end of work, start and end of quiet hours: minutes after local midnight. */
  readonly workStart: number;
  readonly workEnd: number;
  readonly quietStart: number;
  readonly quietEnd: number;
  private readonly working: boolean[];
  /** Wall time to instant, memoised per clock: reminders share a few days and a few times of day. */
  private readonly atMemo = new Map<number, number>();

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

  /** The local day of an instant. */
  dayOf(ms: number): number {
    return Math.floor((ms + offsetAt(this.zone, ms) * MINUTE) / DAY);
  }

  /** The instant of a wall time (minutes after local midnight) on a local day. */
  at(day: number, minutes: number): number {
    const key = day * 1440 + minutes;
    let t = this.atMemo.get(key);
    if (t === undefined) {
      t = wallToInstantOnDay(this.zone, day, minutes);
      if (this.atMemo.size > 100_000) this.atMemo.clear();
      this.atMemo.set(key, t);
    }
    return t;
  }

  /** The last millisecond of a local day (local midnight minus 1 ms; 23 or 25 hours long on DST days). */
  endOfDay(day: number): number {
    return this.at(day + 1, 0) - 1;
  }

  isWorkingDay(day: number): boolean {
    return this.working[weekdayOfDay(day)] ?? true;
  }

  /** The n-th working day after `day` (n >= 1), or the day itself or the next working day for n = 0. */
  workingDayAfter(day: number, n = 1): number {
    let current = day;
    if (n <= 0) {
      for (let i = 0; i < 8 && !this.isWorkingDay(current); i++) current += 1;
      return current;
    }
    let left = n;
    for (let guard = 0; left > 0 && guard < n * 8 + 8; guard++) {
      current += 1;
      if (this.isWorkingDay(current)) left--;
    }
    return current;
  }

  /** The working day before `day`. */
  workingDayBefore(day: number): number {
    let current = day - 1;
    for (let i = 0; i < 8 && !this.isWorkingDay(current); i++) current -= 1;
    return current;
  }

  /** "Early next morning" (playbook): the start of the next working day plus one hour. */
  earlyNextMorning(day: number): number {
    return this.at(this.workingDayAfter(day, 1), this.workStart + 60);
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
    return this.at(wrapsAndEvening ? days + 1 : days, this.quietEnd);
  }
}
