/**
 * Reminders as a pure function of the timeline, the user's actions, the settings and the clock. Nothing here is
 * stored: the same inputs always give the same reminders, and only what the user did to one (ReminderAction) is kept.
 * Timing follows RULE_TIMING (rules.ts); all due times are in the user's zone (clock.ts).
 */
import type { Settings } from '../settings';
import { INTERVIEW_KINDS } from '../timeline/stage';
import type { Application, EventKind, Note, Person, Timeline, TimelineEvent } from '../timeline/types';
import { addDays, parseInstant, UserClock } from './clock';
import { RULE_TIMING } from './rules';
import type { Reminder, ReminderAction, RuleId } from './types';

const MINUTE = 60_000;

/** A reminder before its status: its timing, and when (if ever) it completed by itself. */
interface Draft {
  ruleId: RuleId;
  app: Application;
  event: TimelineEvent;
  personId: string | null;
  threadId: string | null;
  startsAt: number;
  dueAt: number;
  overdueAt: number;
  /** Completed by itself (reflection written, next step seen, application archived): no reply needed. */
  autoDone: boolean;
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

function reminderId(ruleId: RuleId, eventId: string, personId: string | null): string {
  return personId ? `${ruleId}:${eventId}:${personId}` : `${ruleId}:${eventId}`;
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

/** Latest event per thread (events without a thread stand alone): a nudge in the same thread is one ask. */
function latestPerThread(events: TimelineEvent[]): TimelineEvent[] {
  const byThread = new Map<string, TimelineEvent>();
  for (const e of events) {
    const k = e.threadId ?? `#${e.id}`;
    const seen = byThread.get(k);
    if (!seen || e.at > seen.at) byThread.set(k, e);
  }
  return [...byThread.values()];
}

function uniqueByName(people: Person[]): Person[] {
  const seen = new Set<string>();
  const out: Person[] = [];
  for (const p of [...people].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const k = p.name.trim().toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(p);
  }
  return out;
}

interface AppContext {
  app: Application;
  events: TimelineEvent[];
  people: Person[];
  notes: Note[];
  clock: UserClock;
  settings: Settings;
  now: number;
  actions: Map<string, ReminderAction>;
}

/** Interview reminders: prepare, the thank-yous, the post note, and the follow-up after silence. */
function interviewDrafts(c: AppContext, out: Draft[]): void {
  const { events, clock, settings } = c;
  const replaced = new Set(events.map((e) => e.replaces).filter((id): id is string => !!id));
  const byId = new Map(events.map((e) => [e.id, e]));
  const rejections = events.filter((e) => e.kind === 'rejection').map((e) => Date.parse(e.at));
  const firstRejection = rejections.length ? Math.min(...rejections) : Number.POSITIVE_INFINITY;
  const dones = events.filter((e) => e.kind === 'interview_done');
  const usedDones = new Set<string>();

  interface Held {
    event: TimelineEvent;
    start: number;
    end: number;
    chain: Set<string>;
  }
  const held: Held[] = [];
  for (const event of events) {
    if (!INTERVIEW_KINDS.has(event.kind) || !event.interview || replaced.has(event.id)) continue;
    const zone = event.interview.timeZone ?? clock.zone;
    const start = parseInstant(event.interview.start, zone);
    if (!Number.isFinite(start)) continue;
    let end = event.interview.end ? parseInstant(event.interview.end, zone) : Number.NaN;
    if (!Number.isFinite(end) || end <= start || end - start > 12 * 60 * MINUTE) {
      end = start + settings.interviewMinutes * MINUTE;
    }
    // The user marked it done while it ran (or soon after): the thank-yous start then.
    const done = dones.find((d) => {
      const t = Date.parse(d.at);
      return t >= start && t <= end + 6 * 60 * MINUTE;
    });
    if (done) {
      usedDones.add(done.id);
      end = Math.min(end, Date.parse(done.at));
    }
    const chain = new Set<string>([event.id]);
    for (let id = event.replaces, guard = 0; id && guard < 20; id = byId.get(id)?.replaces, guard++) chain.add(id);
    held.push({ event, start, end, chain });
  }
  // "Marked as done" without a known interview time: the interview ended then.
  for (const done of dones) {
    if (usedDones.has(done.id)) continue;
    const t = Date.parse(done.at);
    if (Number.isFinite(t)) held.push({ event: done, start: t, end: t, chain: new Set([done.id]) });
  }

  let last: Held | null = null;
  for (const h of held) {
    const { event, start, end, chain } = h;
    // A rejection before the interview cancelled it.
    if (firstRejection < start) continue;
    if (event.kind !== 'interview_done') {
      const confirmed = Date.parse(event.at);
      if (c.now < start) {
        const dayBefore = clock.workingDayBefore(clock.dayOf(start));
        const due = Math.min(Math.max(clock.at(dayBefore, clock.workEnd), confirmed), start);
        out.push(draft(c, 'prepare', event, null, Math.min(confirmed, due), due, start));
      }
    }
    const threads = new Set<string>();
    for (const id of chain) {
      const t = byId.get(id)?.threadId;
      if (t) threads.add(t);
    }
    const inThread = (eventId: string | null) => {
      if (!eventId) return false;
      if (chain.has(eventId)) return true;
      const e = byId.get(eventId);
      return !!e && !!e.threadId && threads.has(e.threadId);
    };
    const interviewers = uniqueByName(c.people.filter((p) => p.role === 'interviewer' && inThread(p.eventId)));
    const helpers = uniqueByName(c.people.filter((p) => p.role !== 'interviewer' && inThread(p.eventId)));
    const endDay = clock.dayOf(end);
    const due = clock.endOfDay(endDay);
    const overdue = Math.max(clock.earlyNextMorning(endDay), due);
    if (interviewers.length >= 2) {
      for (const p of interviewers) out.push(draft(c, 'thank-you-each', event, p.id, end, due, overdue));
    } else {
      out.push(draft(c, 'thank-you-email', event, null, end, due, overdue));
    }
    for (const p of helpers) out.push(draft(c, 'thank-helpers', event, p.id, end, due, overdue));
    const postDay = clock.workingDayAfter(endDay, 1);
    out.push(draft(c, 'thank-you-note-post', event, null, end, clock.at(postDay, clock.workEnd), clock.endOfDay(postDay)));
    if (!last || end > last.end) last = h;
  }

  if (last) {
    const { event, end, chain } = last;
    const news = events.some((e) => NEWS.has(e.kind) && !chain.has(e.id) && Date.parse(e.at) > end);
    if (!news) {
      let decision = Number.NaN;
      for (const e of events) {
        const t = e.decisionBy ? parseInstant(e.decisionBy, clock.zone) : Number.NaN;
        if (Number.isFinite(t) && t >= end && !(t <= decision)) decision = t;
      }
      const dueDay = Number.isFinite(decision)
        ? clock.workingDayAfter(clock.dayOf(decision), 1)
        : clock.workingDayAfter(clock.dayOf(end), Math.max(1, settings.followUpWorkingDays));
      const overdueDay = clock.workingDayAfter(dueDay, 2);
      out.push(
        draft(c, 'follow-up-silence', event, null, clock.at(dueDay, clock.workStart), clock.at(dueDay, clock.workEnd), clock.at(overdueDay, clock.workEnd)),
      );
    }
  }
}

/** After a rejection: both stances (the application's, else the user's default). */
function rejectionDrafts(c: AppContext, out: Draft[]): void {
  const { app, events, clock, settings } = c;
  // The user said it is not (or no longer) a rejection.
  if (app.stageByUser && app.stage !== 'rejected') return;
  let rejection: TimelineEvent | null = null;
  for (const e of events) if (e.kind === 'rejection' && (!rejection || e.at < rejection.at)) rejection = e;
  if (!rejection) return;
  const stance = app.stance ?? settings.defaultStance;
  const at = Date.parse(rejection.at);
  if (!Number.isFinite(at)) return;
  const day = clock.dayOf(at);
  const wants = (rule: RuleId) => RULE_TIMING[rule].stances?.includes(stance) ?? false;

  if (wants('gracious-reply')) {
    const dueDay = clock.workingDayAfter(day, 1);
    out.push(draft(c, 'gracious-reply', rejection, null, at, clock.at(dueDay, clock.workEnd), clock.at(clock.workingDayAfter(dueDay, 1), clock.workEnd)));
  }
  if (wants('be-a-resource') && c.notes.some((n) => RESOURCE_NOTES.has(n.kind))) {
    const dueDay = addDays(day, 7);
    out.push(draft(c, 'be-a-resource', rejection, null, at, clock.at(dueDay, clock.workEnd), clock.endOfDay(addDays(dueDay, 2))));
  }
  if (wants('keep-door-open')) {
    const startDay = clock.workingDayAfter(addDays(day, Math.max(1, settings.checkInDays)), 0);
    const dueDay = clock.workingDayAfter(startDay, 5);
    out.push(
      draft(c, 'keep-door-open', rejection, null, clock.at(startDay, clock.workStart), clock.at(dueDay, clock.workEnd), clock.at(clock.workingDayAfter(dueDay, 5), clock.workEnd)),
    );
  }
  if (wants('reflect')) {
    const due = clock.endOfDay(addDays(day, 2));
    const reflection = c.notes
      .filter((n) => n.kind === 'reflection' && Date.parse(n.createdAt) >= at)
      .map((n) => Date.parse(n.createdAt));
    const action = c.actions.get(reminderId('reflect', rejection.id, null));
    const doneAt = Math.min(
      reflection.length ? Math.min(...reflection) : Number.POSITIVE_INFINITY,
      action?.status === 'done' ? Date.parse(action.at) : Number.POSITIVE_INFINITY,
    );
    const reflect = draft(c, 'reflect', rejection, null, at, due, clock.endOfDay(addDays(day, 4)));
    reflect.autoDone = Number.isFinite(doneAt);
    out.push(reflect);
    if (wants('move-on')) {
      const start = Number.isFinite(doneAt) ? doneAt : due;
      const moveDay = clock.dayOf(start);
      const moveOn = draft(c, 'move-on', rejection, null, start, Math.max(start, clock.endOfDay(moveDay)), clock.endOfDay(addDays(moveDay, 7)));
      moveOn.autoDone = app.archived;
      out.push(moveOn);
    }
  }
}

/** Invitations, assessments and offers. */
function requestDrafts(c: AppContext, out: Draft[]): void {
  const { events, clock } = c;
  const nextStepAfter = (at: string, kinds: ReadonlySet<EventKind>) => events.some((e) => kinds.has(e.kind) && e.at > at);
  for (const q of latestPerThread(events.filter((e) => e.kind === 'interview_request'))) {
    const at = Date.parse(q.at);
    const dueDay = clock.workingDayAfter(clock.dayOf(at), 1);
    const d = draft(c, 'reply-to-invite', q, null, at, clock.at(dueDay, clock.workEnd), clock.at(clock.workingDayAfter(dueDay, 1), clock.workEnd));
    d.autoDone = nextStepAfter(q.at, NEXT_STEP);
    out.push(d);
  }
  for (const a of latestPerThread(events.filter((e) => e.kind === 'assessment'))) {
    const at = Date.parse(a.at);
    const deadline = a.deadline ? parseInstant(a.deadline, clock.zone) : Number.NaN;
    let due: number;
    let overdue: number;
    if (Number.isFinite(deadline)) {
      overdue = Math.max(deadline, at);
      due = Math.min(Math.max(deadline - 24 * 60 * MINUTE, at), overdue);
    } else {
      const day = addDays(clock.dayOf(at), 3);
      due = clock.endOfDay(day);
      overdue = clock.endOfDay(addDays(day, 1));
    }
    const d = draft(c, 'assessment-due', a, null, at, due, overdue);
    d.autoDone = nextStepAfter(a.at, NEXT_STEP);
    out.push(d);
  }
  let offer: TimelineEvent | null = null;
  for (const e of events) if (e.kind === 'offer' && (!offer || e.at > offer.at)) offer = e;
  if (offer) {
    const at = Date.parse(offer.at);
    const deadline = offer.deadline ? parseInstant(offer.deadline, clock.zone) : Number.NaN;
    if (Number.isFinite(deadline)) {
      const due = Math.max(deadline, at);
      out.push(draft(c, 'answer-offer', offer, null, at, due, due));
    } else {
      const dueDay = clock.workingDayAfter(clock.dayOf(at), 3);
      out.push(draft(c, 'answer-offer', offer, null, at, clock.at(dueDay, clock.workEnd), clock.endOfDay(dueDay)));
    }
  }
}

function draft(c: AppContext, ruleId: RuleId, event: TimelineEvent, personId: string | null, startsAt: number, dueAt: number, overdueAt: number): Draft {
  return {
    ruleId,
    app: c.app,
    event,
    personId,
    threadId: event.threadId,
    startsAt,
    dueAt: Math.max(dueAt, startsAt),
    overdueAt: Math.max(overdueAt, dueAt, startsAt),
    autoDone: false,
  };
}

/**
 * Every reminder the timeline calls for, with its status, sorted by due time (then id).
 * - Status: a dismissal wins; then done (the user's click, the user's reply in the trigger's thread at or after
 *   startsAt for rules that complete by reply, or the rule's own completion); then snoozed while snoozedUntil is
 *   ahead; else pending.
 * - Archived applications keep only their move-on reminder (done: archiving is moving on).
 * - Quiet hours move notifyAt, never startsAt, dueAt or overdueAt.
 */
export function deriveReminders(timeline: Timeline, actions: ReminderAction[], settings: Settings, now: Date): Reminder[] {
  const clock = new UserClock(settings);
  const nowMs = now.getTime();
  const events = groupBy(timeline.events, (e) => e.applicationId);
  const people = groupBy(timeline.people, (p) => p.applicationId);
  const notes = groupBy(timeline.notes, (n) => n.applicationId);
  const replies = new Map<string, number[]>();
  for (const e of timeline.events) {
    if (e.kind !== 'user_reply' || !e.threadId) continue;
    const t = Date.parse(e.at);
    const list = replies.get(e.threadId);
    if (list) list.push(t);
    else replies.set(e.threadId, [t]);
  }
  const actionMap = new Map(actions.map((a) => [a.reminderId, a]));

  const drafts: Draft[] = [];
  for (const app of timeline.applications) {
    const own = events.get(app.id);
    if (!own) continue;
    const context: AppContext = {
      app,
      events: own,
      people: people.get(app.id) ?? [],
      notes: notes.get(app.id) ?? [],
      clock,
      settings,
      now: nowMs,
      actions: actionMap,
    };
    const mine: Draft[] = [];
    interviewDrafts(context, mine);
    rejectionDrafts(context, mine);
    requestDrafts(context, mine);
    for (const d of mine) if (!app.archived || d.ruleId === 'move-on') drafts.push(app.archived ? { ...d, autoDone: true } : d);
  }

  // Many reminders share instants (end of the same day, start of work): format each instant once.
  const isoCache = new Map<number, string>();
  const iso = (ms: number) => {
    let text = isoCache.get(ms);
    if (text === undefined) {
      text = new Date(ms).toISOString();
      isoCache.set(ms, text);
    }
    return text;
  };
  const keyed = drafts.map((d) => ({ d, id: reminderId(d.ruleId, d.event.id, d.personId) }));
  keyed.sort((a, b) => a.d.dueAt - b.d.dueAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return keyed.map(({ d, id }) => {
    const action = actionMap.get(id);
    const replied =
      RULE_TIMING[d.ruleId].completesByReply && !!d.threadId && (replies.get(d.threadId) ?? []).some((t) => t >= d.startsAt);
    let status: Reminder['status'] = 'pending';
    if (action?.status === 'dismissed') status = 'dismissed';
    else if (action?.status === 'done' || replied || d.autoDone) status = 'done';
    else if (action?.status === 'snoozed' && action.snoozedUntil && Date.parse(action.snoozedUntil) > nowMs) status = 'snoozed';
    return {
      id,
      ruleId: d.ruleId,
      applicationId: d.app.id,
      eventId: d.event.id,
      personId: d.personId,
      threadId: d.threadId,
      startsAt: iso(d.startsAt),
      dueAt: iso(d.dueAt),
      overdueAt: iso(d.overdueAt),
      notifyAt: iso(clock.outOfQuiet(d.startsAt)),
      status,
      snoozedUntil: action?.status === 'snoozed' ? action.snoozedUntil : null,
    };
  });
}
