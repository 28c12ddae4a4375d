/**
 * Reading ISO 8601 times: the timeline's stored instants (parseIso, a short way for toISOString's form), times from
 * emails that may name no offset (parseInstant, read in a zone), and the range of instants rules may count from.
 * Never throws: what is not a time is NaN.
 */
import { daysFromCivil } from './calendar';
import { safeZone, wallToInstant } from './zone';

const MINUTE = 60_000;

/** The latest instant a Date can hold (and minus it, the earliest): a time beyond it cannot be written as ISO. */
export const MAX_TIME = 8.64e15;

/**
 * Times the rules read: years 0000 to 9999, the ones ISO 8601 writes without an expanded year. Anything else
 * ("+275760-09-13", a clock gone wrong) is not a time anyone met a recruiter at, and the due times counted from it
 * could pass the end of what a Date holds.
 */
const FIRST_READABLE = -62_167_219_200_000; // 0000-01-01T00:00:00Z
const LAST_READABLE = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

/** An instant the rules can count from, else NaN. */
export function readable(ms: number): number {
  return ms >= FIRST_READABLE && ms <= LAST_READABLE ? ms : Number.NaN;
}

/** A stored ISO time (an event's `at`, a note's or an action's time), readable or NaN; never throws. */
export function readAt(text: unknown): number {
  return typeof text === 'string' ? readable(parseIso(text)) : Number.NaN;
}

/** A time from an email (interview start, deadline, decision date), read in `zone` when it names no offset. */
export function readIn(text: string | null | undefined, zone: string): number {
  return text ? readable(parseInstant(text, zone)) : Number.NaN;
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
