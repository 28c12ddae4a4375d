/**
 * By when, in plain words: "by tonight", "by tomorrow 10:00", "overdue since 10:00". Pure: the clock and the
 * user's time zone are parameters; Intl only. Never throws on a bad date or zone (it says "soon" instead).
 */

export interface DueTimes {
  dueAt: string;
  overdueAt: string;
  snoozedUntil?: string | null;
}

const DAY_MS = 86_400_000;

/** The three formats `local` reads, per zone: made once, as making one costs far more than using it. */
interface Formats {
  parts: Intl.DateTimeFormat;
  weekday: Intl.DateTimeFormat;
  dayMonth: Intl.DateTimeFormat;
}
const formatsByZone = new Map<string, Formats>();

/** The formats of a zone, or null when the zone is not one Intl knows. */
function formatsOf(timeZone: string): Formats | null {
  let formats = formatsByZone.get(timeZone);
  if (formats) return formats;
  try {
    formats = {
      parts: new Intl.DateTimeFormat('en-GB', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
      weekday: new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long' }),
      dayMonth: new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short' }),
    };
  } catch {
    return null;
  }
  // A user has one zone, perhaps two; a hostile list of zones cannot grow this without bound.
  if (formatsByZone.size >= 16) formatsByZone.clear();
  formatsByZone.set(timeZone, formats);
  return formats;
}

function safeZone(timeZone: string): string {
  return formatsOf(timeZone) ? timeZone : 'UTC';
}

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

interface Local {
  /** Days since 1970 of the calendar date shown in the zone. */
  day: number;
  hour: number;
  minute: number;
  weekday: string;
  dayMonth: string;
}

function local(date: Date, timeZone: string): Local {
  const formats = formatsOf(timeZone)!;
  const parts = formats.parts.formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 'NaN');
  return {
    day: Math.round(Date.UTC(get('year'), get('month') - 1, get('day')) / DAY_MS),
    hour: get('hour'),
    minute: get('minute'),
    weekday: formats.weekday.format(date),
    dayMonth: formats.dayMonth.format(date),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (l: Local) => `${pad(l.hour)}:${pad(l.minute)}`;

/** 23:00 and later reads as "the end of the day": the engine puts end-of-day deadlines at 23:59. */
const isEndOfDay = (l: Local) => l.hour >= 23;

/**
 * A moment relative to today, as it follows "by" or "since": "tonight", "17:30", "tomorrow 10:00",
 * "the end of tomorrow", "Friday 17:30", "3 Mar 17:30", "yesterday 10:00".
 */
export function momentPhrase(iso: string, now: string | Date, timeZone: string): string {
  const zone = safeZone(timeZone);
  const when = parse(iso);
  const today = parse(typeof now === 'string' ? now : now.toISOString());
  if (!when || !today) return 'soon';
  const t = local(when, zone);
  const n = local(today, zone);
  const diff = t.day - n.day;
  if (diff === 0) {
    if (isEndOfDay(t)) return 'tonight';
    return clock(t);
  }
  if (diff === 1) return isEndOfDay(t) ? 'the end of tomorrow' : `tomorrow ${clock(t)}`;
  if (diff === -1) return isEndOfDay(t) ? 'the end of yesterday' : `yesterday ${clock(t)}`;
  if (diff > 1 && diff < 7) return isEndOfDay(t) ? `the end of ${t.weekday}` : `${t.weekday} ${clock(t)}`;
  return isEndOfDay(t) ? `the end of ${t.dayMonth}` : `${t.dayMonth} ${clock(t)}`;
}

export type DueState = 'snoozed' | 'overdue' | 'due';

export interface DueText {
  state: DueState;
  /** "by tonight", "overdue since 10:00", "snoozed until tomorrow 09:00". */
  text: string;
}

/**
 * The "by when" of one reminder. Between its deadline and its overdue time the user is still on time (the playbook's
 * "end of the day, or early next morning"), so the phrase names the later limit then.
 */
export function dueText(times: DueTimes, now: string | Date, timeZone: string): DueText {
  const at = parse(typeof now === 'string' ? now : now.toISOString());
  const snooze = parse(times.snoozedUntil ?? null);
  if (at && snooze && snooze > at) {
    return { state: 'snoozed', text: `snoozed until ${momentPhrase(snooze.toISOString(), at, timeZone)}` };
  }
  const due = parse(times.dueAt);
  const overdue = parse(times.overdueAt) ?? due;
  if (!at || !due || !overdue) return { state: 'due', text: 'soon' };
  if (at >= overdue) return { state: 'overdue', text: `overdue since ${momentPhrase(overdue.toISOString(), at, timeZone)}` };
  const limit = at >= due ? overdue : due;
  return { state: 'due', text: `by ${momentPhrase(limit.toISOString(), at, timeZone)}` };
}
