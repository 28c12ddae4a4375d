/**
 * Reminders as a pure function of the timeline, the user's actions, the settings and the clock. Nothing here is
 * stored: the same inputs always give the same reminders, and only what the user did to one (ReminderAction) is kept.
 * Timing follows RULE_TIMING (rules.ts); all due times are in the user's zone (clock.ts).
 *
 * Built for a thousand applications at once (the popup and the alarm ask for all of them): events are grouped by
 * application (a counting sort into typed arrays, no object per event) and their times parsed once; instants stay
 * epoch numbers and local days stay day numbers until a reminder is made, lapsed ones are never made, each distinct
 * instant is formatted once, and reminders go straight into buckets by due time, so the final order needs a
 * numeric sort of the distinct due times and an id sort within each (small) bucket only.
 */
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { INTERVIEW_KINDS } from '../timeline/stage';
import type { Application, EventKind, Note, Person, Timeline, TimelineEvent } from '../timeline/types';
import { parseInstant, parseIso, UserClock } from './clock';
import { lapsesAt, RULE_TIMING } from './rules';
import type { Reminder, ReminderAction, RuleId } from './types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The latest instant a Date can hold (and minus it, the earliest): a time beyond it cannot be written as ISO. */
const MAX_TIME = 8.64e15;
/**
 * Times the rules read: years 0000 to 9999, the ones ISO 8601 writes without an expanded year. Anything else
 * ("+275760-09-13", a clock gone wrong) is not a time anyone met a recruiter at, and the due times counted from it
 * could pass the end of what a Date holds.
 */
const FIRST_READABLE = -62_167_219_200_000; // 0000-01-01T00:00:00Z
const LAST_READABLE = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

/** An instant the rules can count from, else NaN. */
function readable(ms: number): number {
  return ms >= FIRST_READABLE && ms <= LAST_READABLE ? ms : Number.NaN;
}

/** A stored ISO time (an event's `at`, a note's or an action's time), readable or NaN; never throws. */
function readAt(text: unknown): number {
  return typeof text === 'string' ? readable(parseIso(text)) : Number.NaN;
}

/** A time from an email (interview start, deadline, decision date), read in `zone` when it names no offset. */
function readIn(text: string | null | undefined, zone: string): number {
  return text ? readable(parseInstant(text, zone)) : Number.NaN;
}

/** Events from the company that end a silence, an invitation or an assessment. */
const NEWS: ReadonlySet<EventKind> = new Set([
  'interview_request',
  'interview_confirmed',
  'manual_interview',
  'assessment',
  'offer',
  'rejection',
]);
const NEXT_STEP: ReadonlySet<EventKind> = new Set(['interview_confirmed', 'manual_interview', 'offer', 'rejection']);
const RESOURCE_NOTES = new Set(['topic', 'resource', 'introduction']);

/** A whole number of `value`, else `fallback`, kept within [min, max]. */
function bounded(value: unknown, fallback: number, min: number, max: number): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : fallback;
  return Math.min(max, Math.max(min, n));
}

/**
 * Settings are user data (an import, a hand-edited value): the numbers the rules count with are kept sane, so a
 * NaN makes no date unreadable and a huge count makes no loop endless. The bounds are far beyond any real choice:
 * a follow-up after at most 60 working days, a check-in after at most ten years, an interview of at most 12 hours.
 */
function saneSettings(settings: Settings): Settings {
  const followUpWorkingDays = bounded(settings.followUpWorkingDays, DEFAULT_SETTINGS.followUpWorkingDays, 1, 60);
  const checkInDays = bounded(settings.checkInDays, DEFAULT_SETTINGS.checkInDays, 1, 3650);
  const interviewMinutes = bounded(settings.interviewMinutes, DEFAULT_SETTINGS.interviewMinutes, 1, 720);
  if (
    followUpWorkingDays === settings.followUpWorkingDays &&
    checkInDays === settings.checkInDays &&
    interviewMinutes === settings.interviewMinutes
  ) {
    return settings;
  }
  return { ...settings, followUpWorkingDays, checkInDays, interviewMinutes };
}

function reminderId(ruleId: RuleId, eventId: string, personId: string | null): string {
  return personId ? `${ruleId}:${eventId}:${personId}` : `${ruleId}:${eventId}`;
}

/**
 * A stable sort that allocates nothing for the short lists it is given here (an application's people, the reminders
 * of one rule due at one instant): insertion sort up to 32 items, the built-in (stable) sort beyond. The built-in
 * sort makes a work copy per call, and thousands of tiny sorts per derivation add up for the collector.
 */
function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): void {
  if (list.length > 32) {
    list.sort(compare);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i - 1;
    while (j >= 0 && compare(list[j]!, item) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * Keep event `i` as its thread's latest (events without a thread stand alone): a nudge in the same thread is one
 * ask. Compared as text, as stored: the ISO strings the timeline keeps. Threads keep the order they were first seen.
 */
function keepLatest(byThread: Map<string, number>, list: readonly TimelineEvent[], i: number): Map<string, number> {
  const e = list[i]!;
  const k = e.threadId ?? `#${e.id}`;
  const seen = byThread.get(k);
  if (seen === undefined || e.at > list[seen]!.at) byThread.set(k, i);
  return byThread;
}

/** A person with the key their thank-you is unique by (the name, trimmed and lower-cased), computed once. */
interface Named {
  person: Person;
  name: string;
}

/** The order the email named them in (`rank`; people without one after), then by id: the same on every run. */
function byPersonId(a: Named, b: Named): number {
  const ra = rankOf(a.person);
  const rb = rankOf(b.person);
  if (ra !== rb) return ra - rb;
  return a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0;
}

function rankOf(person: Person | undefined): number {
  const rank = person?.rank;
  return typeof rank === 'number' && Number.isFinite(rank) ? rank : Number.MAX_SAFE_INTEGER;
}

/** Person ranks of the timeline being derived (byReminderId reads them; set and cleared by deriveReminders). */
let personRanks: Map<string, number> | null = null;

interface AppContext {
  app: Application;
  /**
   * The timeline's readable events and their parsed times, shared by all applications (no wrapper object per
   * event): this application's are list[order[k]] and times[order[k]] for k from lo to hi, in timeline order.
   */
  list: readonly TimelineEvent[];
  times: Float64Array;
  order: Int32Array;
  lo: number;
  hi: number;
  /** The application's people sorted by id once (the first of a name wins, as the thank-yous are per name). */
  people: Named[];
  notes: Note[];
  clock: UserClock;
  settings: Settings;
  now: number;
  actions: Map<string, ReminderAction>;
  /** Some action is a snooze running past now: only then can a lapsed reminder be kept. */
  snoozing: boolean;
  out: Output;
  /** Built on first use for applications with many events (see findEvent). */
  eventById: Map<string, TimelineEvent> | null;
}

/** Where reminders go as they are made: by due time, and the shared caches of the finishing touches. */
interface Output {
  /** Reminders by due time (epoch ms), then by rule rank (RULE_RANK), each slot in the order made. */
  byDue: Map<number, Reminder[][]>;
  /** The user's latest reply per thread (a reply at or after a reminder's start completes it). */
  lastReply: Map<string, number>;
  /** ISO text per instant, and notifyAt text per start: many reminders share ends of days and starts of work. */
  iso: Map<number, string>;
  notify: Map<number, string>;
  /** Lists reused for every interview instead of made anew: fewer short-lived objects for the collector. */
  scratch: { threads: string[]; interviewers: Person[]; helpers: Person[]; interviewerNames: string[]; helperNames: string[] };
}

interface Held {
  event: TimelineEvent;
  /** When the event was recorded (its `at`, parsed): the confirmation of the interview. */
  at: number;
  start: number;
  end: number;
  /** The interview and the ones it reschedules (a handful: an array beats a set at that size). */
  chain: string[];
}

/**
 * The application's event with this id: the last of that id, as a map built from the list would give. Most
 * applications have a dozen events, where a scan is cheaper than building a map; long ones get the map, once.
 */
function findEvent(c: AppContext, id: string): TimelineEvent | undefined {
  const { list, order, lo, hi } = c;
  if (hi - lo > 24) {
    if (!c.eventById) {
      c.eventById = new Map();
      for (let k = lo; k < hi; k++) c.eventById.set(list[order[k]!]!.id, list[order[k]!]!);
    }
    return c.eventById.get(id);
  }
  for (let k = hi - 1; k >= lo; k--) {
    const e = list[order[k]!]!;
    if (e.id === id) return e;
  }
  return undefined;
}

/** Interview reminders: prepare, the thank-yous, the post note, and the follow-up after silence. */
function interviewReminders(c: AppContext): void {
  const { list, times, order, lo, hi, clock, settings, out } = c;
  let replaced: Set<string> | null = null;
  let firstRejection = Number.POSITIVE_INFINITY;
  let dones = false;
  let interviews = false;
  for (let k = lo; k < hi; k++) {
    const e = list[order[k]!]!;
    if (e.replaces) (replaced ??= new Set()).add(e.replaces);
    if (e.kind === 'rejection') firstRejection = Math.min(firstRejection, times[order[k]!]!);
    else if (e.kind === 'interview_done') dones = true;
    else if (INTERVIEW_KINDS.has(e.kind)) interviews = true;
  }
  if (!interviews && !dones) return;
  let usedDones: Set<string> | null = null;

  const held: Held[] = [];
  for (let k = lo; k < hi; k++) {
    const event = list[order[k]!]!;
    if (!INTERVIEW_KINDS.has(event.kind) || !event.interview || replaced?.has(event.id)) continue;
    const at = times[order[k]!]!;
    const zone = event.interview.timeZone ?? clock.zone;
    const start = readIn(event.interview.start, zone);
    if (!Number.isFinite(start)) continue;
    let end = readIn(event.interview.end, zone);
    if (!Number.isFinite(end) || end <= start || end - start > 12 * HOUR) {
      end = start + settings.interviewMinutes * MINUTE;
    }
    // The user marked it done while it ran (or soon after): the thank-yous start then. The first such mark counts.
    if (dones) {
      for (let m = lo; m < hi; m++) {
        const d = list[order[m]!]!;
        const dAt = times[order[m]!]!;
        if (d.kind !== 'interview_done' || !(dAt >= start && dAt <= end + 6 * HOUR)) continue;
        (usedDones ??= new Set()).add(d.id);
        end = Math.min(end, dAt);
        break;
      }
    }
    const chain = [event.id];
    for (let id = event.replaces, guard = 0; id && guard < 20; id = findEvent(c, id)?.replaces, guard++) {
      if (!chain.includes(id)) chain.push(id);
    }
    held.push({ event, at, start, end, chain });
  }
  // "Marked as done" without a known interview time: the interview ended then.
  if (dones) {
    for (let k = lo; k < hi; k++) {
      const event = list[order[k]!]!;
      if (event.kind !== 'interview_done' || usedDones?.has(event.id)) continue;
      const at = times[order[k]!]!;
      held.push({ event, at, start: at, end: at, chain: [event.id] });
    }
  }

  // Scratch lists, reused from one interview to the next (emptied before each use).
  const { threads, interviewers, helpers, interviewerNames, helperNames } = out.scratch;
  let last: Held | null = null;
  // People added by hand (no event) belong to the latest interview: a recruiter the user typed in is thanked as one
  // found in the email is.
  let latest: Held | null = null;
  for (const h of held) if (h.event.kind !== 'interview_done' && (!latest || h.end > latest.end)) latest = h;
  latest ??= held[held.length - 1] ?? null;
  for (const h of held) {
    const { event, at: confirmed, start, end, chain } = h;
    // A rejection before the interview cancelled it.
    if (firstRejection < start) continue;
    if (event.kind !== 'interview_done' && c.now < start) {
      const dayBefore = clock.workingDayBeforeOnDay(clock.dayNumberOf(start));
      const due = Math.min(Math.max(clock.atOnDay(dayBefore, clock.workEnd), confirmed), start);
      emit(c, 'prepare', event, null, Math.min(confirmed, due), due, start);
    }
    threads.length = 0;
    for (const id of chain) {
      const t = findEvent(c, id)?.threadId;
      if (t && !threads.includes(t)) threads.push(t);
    }
    // One thank-you per name: people come sorted by id, so the first of a name is the one with the lowest id.
    interviewers.length = 0;
    helpers.length = 0;
    interviewerNames.length = 0;
    helperNames.length = 0;
    for (const { person, name } of c.people) {
      if (person.eventId ? !inThread(c, person.eventId, chain, threads) : h !== latest) continue;
      const interviewer = person.role === 'interviewer';
      const names = interviewer ? interviewerNames : helperNames;
      if (names.includes(name)) continue;
      names.push(name);
      (interviewer ? interviewers : helpers).push(person);
    }
    const endDay = clock.dayNumberOf(end);
    const due = clock.endOfDayOnDay(endDay);
    const overdue = Math.max(clock.earlyNextMorningOnDay(endDay), due);
    if (interviewers.length >= 2) {
      for (const p of interviewers) emit(c, 'thank-you-each', event, p.id, end, due, overdue);
    } else {
      emit(c, 'thank-you-email', event, null, end, due, overdue);
    }
    for (const p of helpers) emit(c, 'thank-helpers', event, p.id, end, due, overdue);
    const postDay = clock.workingDayAfterOnDay(endDay, 1);
    emit(c, 'thank-you-note-post', event, null, end, clock.atOnDay(postDay, clock.workEnd), clock.endOfDayOnDay(postDay));
    if (!last || end > last.end) last = h;
  }

  if (last) {
    const { event, end, chain } = last;
    let news = false;
    for (let k = lo; k < hi; k++) {
      const e = list[order[k]!]!;
      if (NEWS.has(e.kind) && times[order[k]!]! > end && !chain.includes(e.id)) {
        news = true;
        break;
      }
    }
    if (!news) {
      let decision = Number.NaN;
      for (let k = lo; k < hi; k++) {
        const t = readIn(list[order[k]!]!.decisionBy, clock.zone);
        if (Number.isFinite(t) && t >= end && !(t <= decision)) decision = t;
      }
      const dueDay = Number.isFinite(decision)
        ? clock.workingDayAfterOnDay(clock.dayNumberOf(decision), 1)
        : clock.workingDayAfterOnDay(clock.dayNumberOf(end), settings.followUpWorkingDays);
      const startsAt = clock.atOnDay(dueDay, clock.workStart);
      const first = emit(c, 'follow-up-silence', event, null, startsAt, clock.atOnDay(dueDay, clock.workEnd), clock.atOnDay(clock.workingDayAfterOnDay(dueDay, 2), clock.workEnd));
      // The playbook allows two follow-ups, never more: once the first is done and the company is still silent, a
      // second one falls due the same number of working days after the first was sent.
      if (first === 'done') secondFollowUp(c, event, end, startsAt);
    }
  }
}

/** The id suffix of the second follow-up after silence: `follow-up-silence:${eventId}:2`. */
export const SECOND_FOLLOW_UP = ':2';

/**
 * The second follow-up after silence, once the first (started at `firstStart`) is done: counted from when it was
 * done, the user's click or their first reply in the interview's thread since it started, whichever came first.
 * Neither time readable (a click stored without a time): no second follow-up, as there is nothing to count from.
 */
function secondFollowUp(c: AppContext, event: TimelineEvent, end: number, firstStart: number): void {
  const { clock, settings } = c;
  const action = c.actions.get(reminderId('follow-up-silence', event.id, null));
  let doneAt = action?.status === 'done' ? readAt(action.at) : Number.NaN;
  const thread = event.threadId;
  const latest = thread ? c.out.lastReply.get(thread) : undefined;
  if (thread && latest !== undefined && latest >= firstStart) {
    // The latest reply is known for every thread; the first one since the follow-up started is in the application.
    let reply = latest;
    for (let k = c.lo; k < c.hi; k++) {
      const e = c.list[c.order[k]!]!;
      const at = c.times[c.order[k]!]!;
      if (e.kind === 'user_reply' && e.threadId === thread && at >= firstStart && at < reply) reply = at;
    }
    if (!(doneAt <= reply)) doneAt = reply;
  }
  if (!Number.isFinite(doneAt)) return;
  const dueDay = clock.workingDayAfterOnDay(clock.dayNumberOf(Math.max(doneAt, end)), settings.followUpWorkingDays);
  const overdueDay = clock.workingDayAfterOnDay(dueDay, 2);
  emit(
    c,
    'follow-up-silence',
    event,
    null,
    clock.atOnDay(dueDay, clock.workStart),
    clock.atOnDay(dueDay, clock.workEnd),
    clock.atOnDay(overdueDay, clock.workEnd),
    false,
    SECOND_FOLLOW_UP,
  );
}

/** A person belongs to an interview when their event is in its reschedule chain or in one of the chain's threads. */
function inThread(c: AppContext, eventId: string | null, chain: string[], threads: string[]): boolean {
  if (!eventId) return false;
  if (chain.includes(eventId)) return true;
  const e = findEvent(c, eventId);
  return !!e && !!e.threadId && threads.includes(e.threadId);
}

/** After a rejection: both stances (the application's, else the user's default). */
function rejectionReminders(c: AppContext): void {
  const { app, list, times, order, lo, hi, clock, settings } = c;
  // The user said it is not (or no longer) a rejection.
  if (app.stageByUser && app.stage !== 'rejected') return;
  let first = -1;
  for (let k = lo; k < hi; k++) {
    const i = order[k]!;
    if (list[i]!.kind === 'rejection' && (first < 0 || list[i]!.at < list[first]!.at)) first = i;
  }
  if (first < 0) return;
  const rejection = list[first]!;
  const stance = app.stance ?? settings.defaultStance;
  const at = times[first]!;
  if (!Number.isFinite(at)) return;
  const day = clock.dayNumberOf(at);
  const wants = (rule: RuleId) => RULE_TIMING[rule].stances?.includes(stance) ?? false;

  if (wants('gracious-reply')) {
    const dueDay = clock.workingDayAfterOnDay(day, 1);
    emit(c, 'gracious-reply', rejection, null, at, clock.atOnDay(dueDay, clock.workEnd), clock.atOnDay(clock.workingDayAfterOnDay(dueDay, 1), clock.workEnd));
  }
  if (wants('be-a-resource') && c.notes.some((n) => RESOURCE_NOTES.has(n.kind))) {
    const dueDay = day + 7;
    emit(c, 'be-a-resource', rejection, null, at, clock.atOnDay(dueDay, clock.workEnd), clock.endOfDayOnDay(dueDay + 2));
  }
  if (wants('keep-door-open')) {
    const startDay = clock.workingDayAfterOnDay(day + settings.checkInDays, 0);
    const dueDay = clock.workingDayAfterOnDay(startDay, 5);
    emit(
      c,
      'keep-door-open',
      rejection,
      null,
      clock.atOnDay(startDay, clock.workStart),
      clock.atOnDay(dueDay, clock.workEnd),
      clock.atOnDay(clock.workingDayAfterOnDay(dueDay, 5), clock.workEnd),
    );
  }
  if (wants('reflect')) {
    const due = clock.endOfDayOnDay(day + 2);
    // The first reflection written since the rejection, or the user's "done", completes it.
    let doneAt = Number.POSITIVE_INFINITY;
    for (const n of c.notes) {
      if (n.kind !== 'reflection') continue;
      const t = readAt(n.createdAt);
      if (t >= at && t < doneAt) doneAt = t;
    }
    const action = c.actions.get(reminderId('reflect', rejection.id, null));
    // (An unreadable click time leaves it done by the click, and move-on counting from the due time.)
    const clicked = action?.status === 'done' ? readAt(action.at) : Number.NaN;
    if (clicked < doneAt) doneAt = clicked;
    emit(c, 'reflect', rejection, null, at, due, clock.endOfDayOnDay(day + 4), Number.isFinite(doneAt));
    if (wants('move-on')) {
      const start = Number.isFinite(doneAt) ? doneAt : due;
      const moveDay = clock.dayNumberOf(start);
      emit(c, 'move-on', rejection, null, start, Math.max(start, clock.endOfDayOnDay(moveDay)), clock.endOfDayOnDay(moveDay + 7), app.archived);
    }
  }
}

/** Invitations, assessments and offers. */
function requestReminders(c: AppContext): void {
  const { list, times, order, lo, hi, clock } = c;
  let requests: Map<string, number> | null = null;
  let assessments: Map<string, number> | null = null;
  let offer = -1;
  for (let k = lo; k < hi; k++) {
    const i = order[k]!;
    const kind = list[i]!.kind;
    if (kind === 'interview_request') requests = keepLatest(requests ?? new Map(), list, i);
    else if (kind === 'assessment') assessments = keepLatest(assessments ?? new Map(), list, i);
    else if (kind === 'offer' && (offer < 0 || list[i]!.at > list[offer]!.at)) offer = i;
  }
  if (requests) {
    for (const i of requests.values()) {
      const q = list[i]!;
      const at = times[i]!;
      const dueDay = clock.workingDayAfterOnDay(clock.dayNumberOf(at), 1);
      emit(c, 'reply-to-invite', q, null, at, clock.atOnDay(dueDay, clock.workEnd), clock.atOnDay(clock.workingDayAfterOnDay(dueDay, 1), clock.workEnd), nextStepAfter(c, q.at));
    }
  }
  if (assessments) {
    for (const i of assessments.values()) {
      const a = list[i]!;
      const at = times[i]!;
      const deadline = readIn(a.deadline, clock.zone);
      let due: number;
      let overdue: number;
      if (Number.isFinite(deadline)) {
        overdue = Math.max(deadline, at);
        due = Math.min(Math.max(deadline - 24 * HOUR, at), overdue);
      } else {
        const day = clock.dayNumberOf(at) + 3;
        due = clock.endOfDayOnDay(day);
        overdue = clock.endOfDayOnDay(day + 1);
      }
      emit(c, 'assessment-due', a, null, at, due, overdue, nextStepAfter(c, a.at));
    }
  }
  if (offer >= 0) {
    const event = list[offer]!;
    const at = times[offer]!;
    const deadline = readIn(event.deadline, clock.zone);
    if (Number.isFinite(deadline)) {
      const due = Math.max(deadline, at);
      emit(c, 'answer-offer', event, null, at, due, due);
    } else {
      const dueDay = clock.workingDayAfterOnDay(clock.dayNumberOf(at), 3);
      emit(c, 'answer-offer', event, null, at, clock.atOnDay(dueDay, clock.workEnd), clock.endOfDayOnDay(dueDay));
    }
  }
}

/** A next step from the company after `at`: compared as text, as stored (see keepLatest). */
function nextStepAfter(c: AppContext, at: string): boolean {
  for (let k = c.lo; k < c.hi; k++) {
    const e = c.list[c.order[k]!]!;
    if (NEXT_STEP.has(e.kind) && e.at > at) return true;
  }
  return false;
}

/**
 * Make one reminder and put it in its due-time bucket. Its status: a dismissal wins; then done (the user's click,
 * the user's reply in the trigger's thread at or after startsAt for rules that complete by reply, or the rule's own
 * completion); then snoozed while snoozedUntil is ahead; else pending. An archived application keeps only move-on.
 * A lapsed reminder (rules.ts) is not kept unless snoozed. Returns the status it has (kept or lapsed), or null when
 * no reminder is made and its status is not needed (archived, times that cannot be, lapsed with no snooze running;
 * follow-up-silence always gets its status).
 */
function emit(
  c: AppContext,
  ruleId: RuleId,
  event: TimelineEvent,
  personId: string | null,
  startsAt: number,
  dueAt: number,
  overdueAt: number,
  autoDone = false,
  /** Appended to the id of a repeat of the same rule for the same event and person (the second follow-up). */
  idSuffix = '',
): Reminder['status'] | null {
  const { app, out } = c;
  if (app.archived && ruleId !== 'move-on') return null;
  const due = Math.max(dueAt, startsAt);
  const overdue = Math.max(overdueAt, dueAt, startsAt);
  // A time that is not one (NaN from an unreadable date) or beyond what a Date holds (an event in the year 275760,
  // plus a few days): no reminder, rather than a RangeError that would take down the popup and the badge.
  // Math.max keeps NaN, so checking startsAt and overdue covers the three.
  if (!(startsAt >= -MAX_TIME && overdue <= MAX_TIME)) return null;
  const timing = RULE_TIMING[ruleId];
  // Lapsed while no snooze runs anywhere: it cannot be kept, so its status is not worked out (most of a long
  // history ends here), except for the follow-up, whose status decides the second one.
  if (!c.snoozing && ruleId !== 'follow-up-silence' && c.now >= lapsesAt(timing, overdue)) return null;
  const id = idSuffix ? reminderId(ruleId, event.id, personId) + idSuffix : reminderId(ruleId, event.id, personId);
  const threadId = event.threadId;
  const action = c.actions.get(id);
  const replied = timing.completesByReply && !!threadId && (out.lastReply.get(threadId) ?? Number.NaN) >= startsAt;
  let status: Reminder['status'] = 'pending';
  if (action?.status === 'dismissed') status = 'dismissed';
  else if (action?.status === 'done' || replied || autoDone || app.archived) status = 'done';
  else if (action?.status === 'snoozed' && action.snoozedUntil && Date.parse(action.snoozedUntil) > c.now) status = 'snoozed';
  // Lapsed: overdue for so long that reminding is noise. Kept only when the user snoozed it past now.
  if (status !== 'snoozed' && c.now >= lapsesAt(timing, overdue)) return status;
  let notifyAt = out.notify.get(startsAt);
  if (notifyAt === undefined) {
    const quietEnd = c.clock.outOfQuiet(startsAt);
    // Out of quiet hours can only be later; near the end of time it may not exist: then notify at the start.
    notifyAt = iso(out, quietEnd <= MAX_TIME ? quietEnd : startsAt);
    out.notify.set(startsAt, notifyAt);
  }
  const reminder: Reminder = {
    id,
    ruleId,
    applicationId: app.id,
    eventId: event.id,
    personId,
    threadId,
    ...(event.account ? { account: event.account } : {}),
    startsAt: iso(out, startsAt),
    dueAt: iso(out, due),
    overdueAt: iso(out, overdue),
    notifyAt,
    status,
    snoozedUntil: action?.status === 'snoozed' ? action.snoozedUntil : null,
  };
  let slots = out.byDue.get(due);
  if (!slots) {
    slots = [];
    out.byDue.set(due, slots);
  }
  const rank = RULE_RANK.get(ruleId)!;
  const slot = slots[rank];
  if (slot) slot.push(reminder);
  else slots[rank] = [reminder];
  return status;
}

function iso(out: Output, ms: number): string {
  let text = out.iso.get(ms);
  if (text === undefined) {
    text = new Date(ms).toISOString();
    out.iso.set(ms, text);
  }
  return text;
}

/**
 * Rules ranked as their ids' prefixes `${ruleId}:` sort as text. Two ids of different rules first differ inside
 * those prefixes (no rule id holds a colon), so the rank alone orders them.
 */
const RULE_RANK = new Map<string, number>(
  Object.keys(RULE_TIMING)
    .map((ruleId) => `${ruleId}:`)
    .sort()
    .map((prefix, rank) => [prefix.slice(0, -1), rank]),
);

/**
 * The order of ids as text of reminders of one rule (`${ruleId}:${eventId}` or `${ruleId}:${eventId}:${personId}`),
 * decided from their parts where that is exact, so the long joined ids are rarely compared: by event id when neither
 * event id starts with the other; for one event, no person before any person, then in the order the email named
 * them (Person.rank), then by person id; for one event and
 * person, by id (a repeat's suffix makes its id the longer).
 */
function byReminderId(a: Reminder, b: Reminder): number {
  const ea = a.eventId;
  const eb = b.eventId;
  if (ea === eb) {
    const pa = a.personId || null;
    const pb = b.personId || null;
    // The same event and person: a repeat of the rule (the second follow-up, its id longer by its suffix).
    if (pa === pb) return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    if (pa === null) return -1;
    if (pb === null) return 1;
    // People in the order the email named them, as in the email: "Ana Pereira and Ben Okafor".
    const ra = personRanks?.get(pa) ?? Number.MAX_SAFE_INTEGER;
    const rb = personRanks?.get(pb) ?? Number.MAX_SAFE_INTEGER;
    if (ra !== rb) return ra - rb;
    return pa < pb ? -1 : 1;
  }
  if (!ea.startsWith(eb) && !eb.startsWith(ea)) return ea < eb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Every reminder the timeline calls for, with its status, sorted by due time (then id).
 * - Lapsed reminders are left out: from overdueAt + the rule's lapseDays (RULE_TIMING in rules.ts: 7 days for the
 *   thank-yous, the note by post, reply-to-invite and prepare; 14 for gracious-reply, be-a-resource, the follow-ups,
 *   answer-offer and assessment-due; 30 for reflect, move-on and the keep-door-open check-in) they are noise, not
 *   help, whatever their status; unless the user snoozed one to a time after now (an explicit wish to be reminded).
 * - Status: a dismissal wins; then done (the user's click, the user's reply in the trigger's thread at or after
 *   startsAt for rules that complete by reply, or the rule's own completion); then snoozed while snoozedUntil is
 *   ahead; else pending.
 * - Archived applications keep only their move-on reminder (done: archiving is moving on).
 * - Follow-ups after silence: at most two (playbook). The second, `follow-up-silence:${eventId}:2`, is derived once
 *   the first is done (clicked, or completed by the user's reply in the thread) and the company is still silent,
 *   due followUpWorkingDays working days after the first was done; never a third.
 * - Quiet hours move notifyAt, never startsAt, dueAt or overdueAt.
 */
export function deriveReminders(timeline: Timeline, actions: ReminderAction[], userSettings: Settings, now: Date): Reminder[] {
  const settings = saneSettings(userSettings);
  const clock = new UserClock(settings);
  const nowMs = now.getTime();
  const out: Output = {
    byDue: new Map(),
    lastReply: new Map(),
    iso: new Map(),
    notify: new Map(),
    scratch: { threads: [], interviewers: [], helpers: [], interviewerNames: [], helperNames: [] },
  };
  // One pass over the events: their times parsed, their applications counted, and the user's latest reply per
  // thread (a reminder completes by reply when any reply came at or after its start: the latest one decides).
  // Then a counting sort lays each application's events out together in one array of indices, in timeline order:
  // three typed arrays for the whole timeline instead of an object and a list entry per event.
  const list = timeline.events ?? [];
  const times = new Float64Array(list.length);
  const groupOfEvent = new Int32Array(list.length);
  const groupOfApp = new Map<string, number>();
  const counts: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const event = list[i]!;
    // An event whose time cannot be read stays on the timeline but triggers nothing, completes nothing and cancels
    // nothing: every rule counts from that time.
    const at = readAt(event.at);
    times[i] = at;
    if (Number.isNaN(at)) {
      groupOfEvent[i] = -1;
      continue;
    }
    let g = groupOfApp.get(event.applicationId);
    if (g === undefined) {
      g = counts.length;
      groupOfApp.set(event.applicationId, g);
      counts.push(0);
    }
    counts[g]!++;
    groupOfEvent[i] = g;
    if (event.kind === 'user_reply' && event.threadId) {
      const seen = out.lastReply.get(event.threadId);
      if (seen === undefined || at > seen) out.lastReply.set(event.threadId, at);
    }
  }
  const groupStart = new Int32Array(counts.length + 1);
  for (let g = 0; g < counts.length; g++) groupStart[g + 1] = groupStart[g]! + counts[g]!;
  const order = new Int32Array(groupStart[counts.length]!);
  const fill = groupStart.slice(0, counts.length);
  for (let i = 0; i < list.length; i++) {
    const g = groupOfEvent[i]!;
    if (g >= 0) order[fill[g]!++] = i;
  }
  const people = new Map<string, Named[]>();
  const ranks = new Map<string, number>();
  for (const person of timeline.people ?? []) {
    if (person && typeof person.rank === 'number') ranks.set(person.id, rankOf(person));
    const named: Named = { person, name: typeof person.name === 'string' ? person.name.trim().toLowerCase() : '' };
    const list = people.get(person.applicationId);
    if (list) list.push(named);
    else people.set(person.applicationId, [named]);
  }
  for (const list of people.values()) sortSmall(list, byPersonId);
  const notes = groupBy(timeline.notes ?? [], (n) => n.applicationId);
  const actionMap = new Map<string, ReminderAction>();
  let snoozing = false;
  for (const a of actions ?? []) {
    if (!a || typeof a.reminderId !== 'string') continue;
    actionMap.set(a.reminderId, a);
    if (a.status === 'snoozed' && a.snoozedUntil && Date.parse(a.snoozedUntil) > nowMs) snoozing = true;
  }

  for (const app of timeline.applications ?? []) {
    const g = groupOfApp.get(app.id);
    if (g === undefined) continue;
    const context: AppContext = {
      app,
      list,
      times,
      order,
      lo: groupStart[g]!,
      hi: groupStart[g + 1]!,
      people: people.get(app.id) ?? [],
      notes: notes.get(app.id) ?? [],
      clock,
      settings,
      now: nowMs,
      actions: actionMap,
      snoozing,
      out,
      eventById: null,
    };
    // Archived: only move-on is kept, and only a rejection leads to it.
    if (!app.archived) interviewReminders(context);
    rejectionReminders(context);
    if (!app.archived) requestReminders(context);
  }

  // By due time, then id (rule rank, then within a rule); equal ids keep the order they were made in (a stable sort).
  const dues = Float64Array.from(out.byDue.keys()).sort();
  const reminders: Reminder[] = [];
  personRanks = ranks;
  try {
    for (const due of dues) {
      for (const slot of out.byDue.get(due)!) {
        if (!slot) continue;
        sortSmall(slot, byReminderId);
        for (const r of slot) reminders.push(r);
      }
    }
  } finally {
    personRanks = null;
  }
  return reminders;
}
