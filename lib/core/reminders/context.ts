/**
 * What a rule reads while deriving one application's reminders (RuleContext), and the small lookups rules share.
 * The timeline's events are laid out once by derive.ts (see there): this application's are list[order[k]] and
 * times[order[k]] for k from lo to hi, in timeline order, with no wrapper object per event.
 */
import type { Settings } from '../settings';
import type { UserClock } from '../time/clock';
import type { Application, EventKind, Note, Person, TimelineEvent } from '../timeline/types';
import type { Interviews, Rejection } from './triggers';
import type { Reminder, ReminderAction, RuleId } from './types';

/** A person with the key their thank-you is unique by (the name, trimmed and lower-cased), computed once. */
export interface Named {
  person: Person;
  name: string;
}

/** Where reminders go as they are made: by due time, and the shared caches of the finishing touches. */
export interface Output {
  /** Reminders by due time (epoch ms), then by rule rank (see rank), each slot in the order made. */
  byDue: Map<number, Reminder[][]>;
  /** Each rule's rank: its id's place among all rule ids as text (the final order sorts by it within a due time). */
  rank: ReadonlyMap<RuleId, number>;
  /** The user's latest reply per thread (a reply at or after a reminder's start completes it). */
  lastReply: Map<string, number>;
  /** ISO text per instant, and notifyAt text per start: many reminders share ends of days and starts of work. */
  iso: Map<number, string>;
  notify: Map<number, string>;
}

export interface RuleContext {
  app: Application;
  list: readonly TimelineEvent[];
  times: Float64Array;
  order: Int32Array;
  lo: number;
  hi: number;
  /** The application's people sorted once (the email's order, then id; the first of a name wins). */
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
  /** What a trigger worked out for this application, shared by the rules that read it (triggers.ts). */
  memo: { interviews?: Interviews; rejection?: Rejection | null };
  /**
   * Set when working out the application's horizon (reminderHorizons in derive.ts): emit then keeps no reminder and
   * raises `until` to the time each one it would make stops being kept (its lapse, or a snooze running past it).
   */
  horizon?: { until: number };
}

export function reminderId(ruleId: RuleId, eventId: string, personId: string | null): string {
  return personId ? `${ruleId}:${eventId}:${personId}` : `${ruleId}:${eventId}`;
}

/**
 * The event a reminder id names (see reminderId): what follows the rule's id, less the person's id when there is
 * one. Rule ids and person ids hold no colon; an event id may (a restored backup's), so both readings are returned.
 */
export function eventIdsOfReminder(id: string): string[] {
  const rest = id.slice(id.indexOf(':') + 1);
  const last = rest.lastIndexOf(':');
  return last > 0 ? [rest, rest.slice(0, last)] : [rest];
}

/**
 * The application's event with this id: the last of that id, as a map built from the list would give. Most
 * applications have a dozen events, where a scan is cheaper than building a map; long ones get the map, once.
 */
export function findEvent(c: RuleContext, id: string): TimelineEvent | undefined {
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

const NEXT_STEP: ReadonlySet<EventKind> = new Set(['interview_confirmed', 'manual_interview', 'offer', 'rejection']);

/** A next step from the company after `at`: compared as text, as stored (see latestPerThread). */
export function nextStepAfter(c: RuleContext, at: string): boolean {
  for (let k = c.lo; k < c.hi; k++) {
    const e = c.list[c.order[k]!]!;
    if (NEXT_STEP.has(e.kind) && e.at > at) return true;
  }
  return false;
}

/**
 * The latest event of `kind` per thread (events without a thread stand alone), as indices into list: a nudge in the
 * same thread is one ask. Compared as text, as stored: the ISO strings the timeline keeps. Threads keep the order
 * they were first seen. null when there is none.
 */
export function latestPerThread(c: RuleContext, kind: EventKind): Map<string, number> | null {
  let byThread: Map<string, number> | null = null;
  for (let k = c.lo; k < c.hi; k++) {
    const i = c.order[k]!;
    const e = c.list[i]!;
    if (e.kind !== kind) continue;
    byThread ??= new Map();
    const key = e.threadId ?? `#${e.id}`;
    const seen = byThread.get(key);
    if (seen === undefined || e.at > c.list[seen]!.at) byThread.set(key, i);
  }
  return byThread;
}
