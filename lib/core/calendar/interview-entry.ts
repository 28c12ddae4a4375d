/**
 * Which events are interviews a user can put in their calendar, and the calendar entry of one, from the timeline.
 * An interview is a confirmed one (from the email, or added by hand) with a start time; an interview that a later
 * email rescheduled is not offered (its entry is the reschedule's, under the same UID).
 */
import { TZDate } from '@date-fns/tz';
import type { Application, Person, TimelineEvent } from '../timeline/types';
import { INTERVIEW_KINDS } from '../timeline/stage';
import type { InterviewEntry, InterviewPerson } from './interview-ics';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** An end further than this after the start is a misreading: the default length is used instead. */
const LONGEST = 12 * HOUR;

export interface EntrySettings {
  /** The user's zone: reads a time the email wrote without an offset, and dates the file's name. */
  timeZone: string;
  /** The length assumed when the email gave no end. */
  interviewMinutes: number;
}

/** Zones already checked: building a formatter costs far more than the rest of an event (the popup reads them all). */
const checkedZones = new Map<string, boolean>();

function validZone(zone: string | null | undefined): string | null {
  if (!zone) return null;
  let valid = checkedZones.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    if (checkedZones.size < 200) checkedZones.set(zone, valid);
  }
  return valid ? zone : null;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?$/;

/** The instant of an ISO 8601 time; one written without an offset is a wall time in `zone`. NaN when unreadable. */
export function instantOf(text: string | null | undefined, zone: string): number {
  if (typeof text !== 'string' || text.length === 0 || text.length > 64) return Number.NaN;
  const local = LOCAL.exec(text.trim());
  if (!local) return Date.parse(text);
  const [, y, mo, d, h, mi, s] = local.map(Number);
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h! > 23 || mi! > 59 || (s ?? 0) > 59) return Number.NaN;
  return new TZDate(y!, mo! - 1, d!, h!, mi!, s || 0, zone).getTime();
}

/** The wall clock of an instant in a zone: "2026-03-10 10:00" (or the date alone). */
export function wallTime(ms: number, zone: string, dateOnly = false): string {
  const t = new TZDate(ms, zone);
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${t.getFullYear()}-${two(t.getMonth() + 1)}-${two(t.getDate())}`;
  return dateOnly ? date : `${date} ${two(t.getHours())}:${two(t.getMinutes())}`;
}

function replacedIds(events: readonly TimelineEvent[]): Set<string> {
  return new Set(events.map((e) => e.replaces).filter((id): id is string => !!id));
}

function startOf(event: TimelineEvent, userZone: string): number {
  const zone = validZone(event.interview?.timeZone) ?? validZone(userZone) ?? 'UTC';
  return instantOf(event.interview?.start, zone);
}

export interface CalendarFilter {
  /** Only the interviews that start after this instant (ms). */
  after?: number;
  /** Only these events (the popup asks about the reminders it shows, not about every event of a long search). */
  among?: ReadonlySet<string>;
}

/** The ids of the events that offer "Add to calendar". */
export function calendarEventIds(events: readonly TimelineEvent[], userZone: string, filter: CalendarFilter = {}): Set<string> {
  const { after = Number.NEGATIVE_INFINITY, among } = filter;
  const replaced = replacedIds(events);
  const ids = new Set<string>();
  for (const e of events) {
    if (among && !among.has(e.id)) continue;
    if (!INTERVIEW_KINDS.has(e.kind) || !e.interview || replaced.has(e.id)) continue;
    const start = startOf(e, userZone);
    if (Number.isFinite(start) && start > after) ids.add(e.id);
  }
  return ids;
}

export interface EntryInput {
  application: Application;
  /** The application's events (the reschedule chain is read from them). */
  events: readonly TimelineEvent[];
  /** The application's people. */
  people: readonly Person[];
  eventId: string;
}

/** The calendar entry of one interview, or null when the event is not one (see calendarEventIds). */
export function interviewEntry(input: EntryInput, settings: EntrySettings): InterviewEntry | null {
  const userZone = validZone(settings.timeZone) ?? 'UTC';
  const byId = new Map(input.events.map((e) => [e.id, e]));
  const event = byId.get(input.eventId);
  if (!event || !calendarEventIds([...input.events], userZone).has(event.id)) return null;
  const statedZone = validZone(event.interview!.timeZone);
  const zone = statedZone ?? userZone;
  const start = startOf(event, userZone);
  let end = instantOf(event.interview!.end, zone);
  const minutes = Number.isFinite(settings.interviewMinutes) && settings.interviewMinutes > 0 ? settings.interviewMinutes : 45;
  if (!Number.isFinite(end) || end <= start || end - start > LONGEST) end = start + Math.min(minutes, 12 * 60) * MINUTE;

  // The reschedule chain, newest first: its first event names the entry, its length counts the updates.
  const chain: TimelineEvent[] = [event];
  for (let id = event.replaces; id && chain.length < 20; id = byId.get(id)?.replaces) {
    const earlier = byId.get(id);
    if (!earlier || chain.includes(earlier)) break;
    chain.push(earlier);
  }
  const chainIds = new Set(chain.map((e) => e.id));
  const rank = (p: Person) => (typeof p.rank === 'number' ? p.rank : Number.MAX_SAFE_INTEGER);
  const interviewers = input.people.filter((p) => p.role === 'interviewer' && p.applicationId === input.application.id);
  const ofEvent = interviewers.filter((p) => p.eventId && chainIds.has(p.eventId));
  // Interviewers added by hand without an interview belong to whichever one the user saves.
  const people: InterviewPerson[] = (ofEvent.length > 0 ? ofEvent : interviewers.filter((p) => !p.eventId))
    .slice()
    .sort((a, b) => rank(a) - rank(b))
    .map((p) => ({ name: p.name, email: p.email, title: p.title }));
  const video = chain.flatMap((e) => e.links).find((l) => l.kind === 'video')?.url ?? null;

  return {
    uidSeed: chain[chain.length - 1]!.id,
    sequence: chain.length - 1,
    company: input.application.company,
    role: input.application.role,
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    // Their wall clock is worth a line only when it is not the user's own.
    statedZone: statedZone !== userZone ? statedZone : null,
    statedTime: statedZone && statedZone !== userZone ? wallTime(start, statedZone) : null,
    videoUrl: video,
    people,
  };
}

/** `<company>-interview-<date>.ics`, the date the interview's day in the user's zone. */
export function calendarFileName(entry: Pick<InterviewEntry, 'company' | 'start'>, userZone: string): string {
  const slug = entry.company
    .slice(0, 200)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  // Forty characters (code points: a letter beyond the BMP is never cut in half), never ending on a dash.
  const company = Array.from(slug).slice(0, 40).join('').replace(/-$/, '') || 'company';
  const day = wallTime(Date.parse(entry.start), validZone(userZone) ?? 'UTC', true);
  return `${company}-interview-${day}.ics`;
}
