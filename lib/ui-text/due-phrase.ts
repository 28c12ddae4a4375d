/**
 * By when, in plain words: "by tonight", "by tomorrow 10:00", "overdue since 10:00", in the interface's language.
 * The clock and the user's time zone are parameters. Never throws on a bad date or zone (it says "soon" instead).
 */
import { formatDayMonth, formatTime, formatWeekday, safeZone } from './format';
import { t } from './i18n';

export interface DueTimes {
  dueAt: string;
  overdueAt: string;
  snoozedUntil?: string | null;
}

const DAY_MS = 86_400_000;

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

interface Local {
  /** Days since 1970 of the calendar date shown in the zone. */
  day: number;
  hour: number;
}

/** The calendar-day format `local` reads, per zone: made once, as making one costs far more than using it. */
const partsByZone = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsByZone.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', hourCycle: 'h23' });
    // A user has one zone, perhaps two; a hostile list of zones cannot grow this without bound.
    if (partsByZone.size >= 16) partsByZone.clear();
    partsByZone.set(timeZone, format);
  }
  return format;
}

function local(date: Date, timeZone: string): Local {
  const parts = partsFormat(timeZone).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 'NaN');
  return { day: Math.round(Date.UTC(get('year'), get('month') - 1, get('day')) / DAY_MS), hour: get('hour') };
}

/** 23:00 and later reads as "the end of the day": the engine puts end-of-day deadlines at 23:59. */
const isEndOfDay = (l: Local) => l.hour >= 23;

/**
 * A moment relative to today, as it follows "by" or "since": "tonight", "17:30", "tomorrow 10:00",
 * "the end of tomorrow", "Friday 17:30", "3 Mar 17:30", "yesterday 10:00".
 */
export function momentPhrase(iso: string, now: string | Date, timeZone: string): string {
  const zone = safeZone(timeZone) ?? 'UTC';
  const when = parse(iso);
  const today = parse(typeof now === 'string' ? now : now.toISOString());
  if (!when || !today) return t('moment_soon');
  const at = local(when, zone);
  const diff = at.day - local(today, zone).day;
  const end = isEndOfDay(at);
  const time = formatTime(when, zone);
  if (diff === 0) return end ? t('moment_tonight') : t('moment_today', { time });
  if (diff === 1) return end ? t('moment_tomorrow_end') : t('moment_tomorrow', { time });
  if (diff === -1) return end ? t('moment_yesterday_end') : t('moment_yesterday', { time });
  if (diff > 1 && diff < 7) {
    const day = formatWeekday(when, zone);
    return end ? t('moment_weekday_end', { day }) : t('moment_weekday', { day, time });
  }
  const date = formatDayMonth(when, zone);
  return end ? t('moment_date_end', { date }) : t('moment_date', { date, time });
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
    return { state: 'snoozed', text: t('due_snoozed', { moment: momentPhrase(snooze.toISOString(), at, timeZone) }) };
  }
  const due = parse(times.dueAt);
  const overdue = parse(times.overdueAt) ?? due;
  if (!at || !due || !overdue) return { state: 'due', text: t('moment_soon') };
  if (at >= overdue) return { state: 'overdue', text: t('due_overdue', { moment: momentPhrase(overdue.toISOString(), at, timeZone) }) };
  const limit = at >= due ? overdue : due;
  return { state: 'due', text: t('due_by', { moment: momentPhrase(limit.toISOString(), at, timeZone) }) };
}
