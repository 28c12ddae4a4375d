/**
 * Reminders as a pure function of the timeline, the user's actions, the settings and the clock. Nothing here is
 * stored: the same inputs always give the same reminders, and only what the user did to one (ReminderAction) is kept.
 * What each rule does lives in its own file in lib/core/playbook/; this file lays the timeline out, runs every rule
 * over every application, and puts the reminders in order. All due times are in the user's zone (time/clock.ts).
 *
 * Built for a thousand applications at once (the popup and the alarm ask for all of them): events are grouped by
 * application (a counting sort into typed arrays, no object per event) and their times parsed once; instants stay
 * epoch numbers and local days stay day numbers until a reminder is made, lapsed ones are never made, each distinct
 * instant is formatted once, and reminders go straight into buckets by due time, so the final order needs a
 * numeric sort of the distinct due times and an id sort within each (small) bucket only.
 */
import { PLAYBOOK_RULES } from '../playbook';
import { DEFAULT_SETTINGS, SETTING_LIMITS, type Settings } from '../settings';
import { UserClock } from '../time/clock';
import { readAt } from '../time/iso';
import type { Timeline } from '../timeline/types';
import type { Named, Output, RuleContext } from './context';
import { byPersonId, inOrder, rankOf, RULE_RANK, sortSmall } from './order';
import type { Reminder, ReminderAction } from './types';

export { SECOND_FOLLOW_UP } from '../playbook/follow-up-silence';

/** A whole number of `value`, else `fallback`, kept within [min, max]. */
function bounded(value: unknown, fallback: number, min: number, max: number): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : fallback;
  return Math.min(max, Math.max(min, n));
}

/**
 * Settings are user data (an import, a hand-edited value): the numbers the rules count with are kept sane, so a
 * NaN makes no date unreadable and a huge count makes no loop endless. The bounds are the settings' own
 * (SETTING_LIMITS), the same the form and the store enforce.
 */
function saneSettings(settings: Settings): Settings {
  const followUpWorkingDays = bounded(settings.followUpWorkingDays, DEFAULT_SETTINGS.followUpWorkingDays, SETTING_LIMITS.followUpWorkingDays.min, SETTING_LIMITS.followUpWorkingDays.max);
  const checkInDays = bounded(settings.checkInDays, DEFAULT_SETTINGS.checkInDays, SETTING_LIMITS.checkInDays.min, SETTING_LIMITS.checkInDays.max);
  const interviewMinutes = bounded(settings.interviewMinutes, DEFAULT_SETTINGS.interviewMinutes, SETTING_LIMITS.interviewMinutes.min, SETTING_LIMITS.interviewMinutes.max);
  if (
    followUpWorkingDays === settings.followUpWorkingDays &&
    checkInDays === settings.checkInDays &&
    interviewMinutes === settings.interviewMinutes
  ) {
    return settings;
  }
  return { ...settings, followUpWorkingDays, checkInDays, interviewMinutes };
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
 * Every reminder the timeline calls for, with its status, sorted by due time (then id).
 * - Lapsed reminders are left out: from overdueAt + the rule's lapseDays (each rule's timing in lib/core/playbook)
 *   they are noise, not help, whatever their status; unless the user snoozed one to a time after now (an explicit
 *   wish to be reminded).
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
  return run(timeline, actions, userSettings, now.getTime(), null);
}

/**
 * Each application's horizon (ms since 1970): the last moment any reminder it calls for can be in a list, whatever
 * the clock says. From then on the application has no reminder (none kept, and none to come), until its records,
 * the user's actions or the settings change. An application with no reminder at all has -Infinity; one without
 * events is left out. The schedule reads only the applications whose horizon is ahead after a wake-up.
 *
 * Every rule's reminders live from a start to their lapse (or a snooze past it); the clock decides only whether a
 * reminder is made yet or still (the reminders before an interview are gone once it starts, a missed call is one
 * once it ended). So the rules run twice, with the clock before and after every time, each reminder made in either
 * pass counts with its lapse, and none is kept.
 */
export function reminderHorizons(timeline: Timeline, actions: ReminderAction[], userSettings: Settings): Map<string, number> {
  const horizons = new Map<string, number>();
  run(timeline, actions, userSettings, -Infinity, horizons);
  run(timeline, actions, userSettings, Infinity, horizons);
  return horizons;
}

function run(timeline: Timeline, actions: ReminderAction[], userSettings: Settings, nowMs: number, horizons: Map<string, number> | null): Reminder[] {
  const settings = saneSettings(userSettings);
  const clock = new UserClock(settings);
  const out: Output = { byDue: new Map(), rank: RULE_RANK, lastReply: new Map(), iso: new Map(), notify: new Map() };
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
    const context: RuleContext = {
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
      memo: {},
      ...(horizons ? { horizon: { until: horizons.get(app.id) ?? -Infinity } } : {}),
    };
    for (const rule of PLAYBOOK_RULES) {
      // Archived: only the rules kept for archived applications (moving on) run.
      if (!app.archived || rule.keptWhenArchived) rule.derive(context);
    }
    if (horizons && context.horizon) horizons.set(app.id, context.horizon.until);
  }

  return inOrder(out, ranks);
}
