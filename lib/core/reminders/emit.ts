/**
 * Making one reminder: the one place a rule's times become a Reminder with its status, and are put in order.
 */
import type { PlaybookRule } from '../playbook/types';
import { MAX_TIME } from '../time/iso';
import type { TimelineEvent } from '../timeline/types';
import { reminderId, type Output, type RuleContext } from './context';
import type { Reminder } from './types';

const DAY = 86_400_000;

/** The instant a reminder of this rule lapses (epoch ms), given its overdueAt (epoch ms). */
export function lapsesAt(rule: Pick<PlaybookRule, 'timing'>, overdueAt: number): number {
  return overdueAt + rule.timing.lapseDays * DAY;
}

export interface Emission {
  /** The event that triggered it: the interview, the rejection, the invitation... */
  event: TimelineEvent;
  /** One reminder per person (an interviewer, a recruiter): their id; else null. */
  personId?: string | null;
  /** When it starts to matter, its deadline, when it turns overdue (epoch ms). */
  startsAt: number;
  dueAt: number;
  overdueAt: number;
  /** The rule completed it by itself (a reflection written, the application archived, a next step arrived). */
  done?: boolean;
  /** Appended to the id of a repeat of the same rule for the same event and person (the second follow-up). */
  idSuffix?: string;
}

/**
 * Make one reminder and put it in its due-time bucket. Its status: a dismissal wins; then done (the user's click,
 * the user's reply in the trigger's thread at or after startsAt for rules that complete by reply, or `done`); then
 * snoozed while snoozedUntil is ahead; else pending. An archived application keeps only rules marked
 * keptWhenArchived, as done. A lapsed reminder is not kept unless snoozed. Returns the status it has (kept or
 * lapsed), or null when no reminder is made and its status was not worked out (archived, times that cannot be,
 * lapsed while no snooze runs, unless the rule asks for it with `statusWhenLapsed`).
 */
export function emit(c: RuleContext, rule: PlaybookRule, e: Emission, statusWhenLapsed = false): Reminder['status'] | null {
  const { app, out } = c;
  const { event, startsAt, dueAt, overdueAt } = e;
  const personId = e.personId ?? null;
  if (app.archived && !rule.keptWhenArchived) return null;
  const due = Math.max(dueAt, startsAt);
  const overdue = Math.max(overdueAt, dueAt, startsAt);
  // A time that is not one (NaN from an unreadable date) or beyond what a Date holds (an event in the year 275760,
  // plus a few days): no reminder, rather than a RangeError that would take down the popup and the badge.
  // Math.max keeps NaN, so checking startsAt and overdue covers the three.
  if (!(startsAt >= -MAX_TIME && overdue <= MAX_TIME)) return null;
  const lapse = lapsesAt(rule, overdue);
  // Lapsed while no snooze runs anywhere: it cannot be kept, so its status is not worked out (most of a long
  // history ends here), unless the rule needs it (the follow-up, whose status decides the second one).
  if (!c.horizon && !c.snoozing && !statusWhenLapsed && c.now >= lapse) return null;
  const base = reminderId(rule.id, event.id, personId);
  const id = e.idSuffix ? base + e.idSuffix : base;
  const threadId = event.threadId;
  const action = c.actions.get(id);
  const replied = rule.timing.completesByReply && !!threadId && (out.lastReply.get(threadId) ?? Number.NaN) >= startsAt;
  let status: Reminder['status'] = 'pending';
  if (action?.status === 'dismissed') status = 'dismissed';
  else if (action?.status === 'done' || replied || e.done || app.archived) status = 'done';
  else if (action?.status === 'snoozed' && action.snoozedUntil && Date.parse(action.snoozedUntil) > c.now) status = 'snoozed';
  if (c.horizon) {
    // Kept until it lapses, or while a snooze runs past that: the last moment this reminder can be in a list.
    const snoozed = action?.status === 'snoozed' && action.snoozedUntil ? Date.parse(action.snoozedUntil) : Number.NaN;
    c.horizon.until = Math.max(c.horizon.until, lapse, Number.isNaN(snoozed) ? -Infinity : snoozed);
    return status;
  }
  // Lapsed: overdue for so long that reminding is noise. Kept only when the user snoozed it past now.
  if (status !== 'snoozed' && c.now >= lapse) return status;
  let notifyAt = out.notify.get(startsAt);
  if (notifyAt === undefined) {
    const quietEnd = c.clock.outOfQuiet(startsAt);
    // Out of quiet hours can only be later; near the end of time it may not exist: then notify at the start.
    notifyAt = iso(out, quietEnd <= MAX_TIME ? quietEnd : startsAt);
    out.notify.set(startsAt, notifyAt);
  }
  const reminder: Reminder = {
    id,
    ruleId: rule.id,
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
  const rank = out.rank.get(rule.id)!;
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
