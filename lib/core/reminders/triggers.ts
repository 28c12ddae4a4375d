/**
 * What several rules start from, worked out once per application and shared (RuleContext.memo): the interviews
 * held (or to be held) with their people, and the rejection. Each rule's own file reads these; none repeats them.
 */
import { INTERVIEW_KINDS } from '../timeline/stage';
import type { Person, Stance, TimelineEvent } from '../timeline/types';
import { readIn } from '../time/iso';
import { findEvent, type RuleContext } from './context';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface Interview {
  event: TimelineEvent;
  /** When the event was recorded (its `at`, parsed): the confirmation of the interview. */
  at: number;
  start: number;
  /** Its scheduled end (else start + the settings' length), or earlier when the user marked it done while it ran. */
  end: number;
  /** The user marked it done (an `interview_done` event counted for it, or it is one). */
  markedDone: boolean;
  /** The interview and the ones it reschedules (a handful: an array beats a set at that size). */
  chain: string[];
  /** The threads of the chain. */
  threads: string[];
  /** Its interviewers and its helpers (recruiters, coordinators), one per name, in the email's order. */
  interviewers: Person[];
  helpers: Person[];
}

export interface Interviews {
  /** Interviews not cancelled by an earlier rejection, in timeline order; "marked done" without a time last. */
  held: Interview[];
  /** The one that ended last: the follow-up after silence counts from it. */
  last: Interview | null;
}

const NONE: Interviews = { held: [], last: null };

/** The application's interviews, with the reschedules folded in and the people of each. */
export function interviews(c: RuleContext): Interviews {
  return (c.memo.interviews ??= findInterviews(c));
}

function findInterviews(c: RuleContext): Interviews {
  const { list, times, order, lo, hi, clock, settings } = c;
  let replaced: Set<string> | null = null;
  let firstRejection = Number.POSITIVE_INFINITY;
  let dones = false;
  let any = false;
  for (let k = lo; k < hi; k++) {
    const e = list[order[k]!]!;
    if (e.replaces) (replaced ??= new Set()).add(e.replaces);
    if (e.kind === 'rejection') firstRejection = Math.min(firstRejection, times[order[k]!]!);
    else if (e.kind === 'interview_done') dones = true;
    else if (INTERVIEW_KINDS.has(e.kind)) any = true;
  }
  if (!any && !dones) return NONE;
  let usedDones: Set<string> | null = null;

  const all: Interview[] = [];
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
    let markedDone = false;
    // The user marked it done while it ran (or soon after): the thank-yous start then. The first such mark counts.
    if (dones) {
      for (let m = lo; m < hi; m++) {
        const d = list[order[m]!]!;
        const dAt = times[order[m]!]!;
        if (d.kind !== 'interview_done' || !(dAt >= start && dAt <= end + 6 * HOUR)) continue;
        (usedDones ??= new Set()).add(d.id);
        end = Math.min(end, dAt);
        markedDone = true;
        break;
      }
    }
    const chain = [event.id];
    for (let id = event.replaces, guard = 0; id && guard < 20; id = findEvent(c, id)?.replaces, guard++) {
      if (!chain.includes(id)) chain.push(id);
    }
    all.push({ event, at, start, end, markedDone, chain, threads: [], interviewers: [], helpers: [] });
  }
  // "Marked as done" without a known interview time: the interview ended then.
  if (dones) {
    for (let k = lo; k < hi; k++) {
      const event = list[order[k]!]!;
      if (event.kind !== 'interview_done' || usedDones?.has(event.id)) continue;
      const at = times[order[k]!]!;
      all.push({ event, at, start: at, end: at, markedDone: true, chain: [event.id], threads: [], interviewers: [], helpers: [] });
    }
  }

  // People added by hand (no event) belong to the latest interview: a recruiter the user typed in is thanked as one
  // found in the email is.
  let latest: Interview | null = null;
  for (const h of all) if (h.event.kind !== 'interview_done' && (!latest || h.end > latest.end)) latest = h;
  latest ??= all[all.length - 1] ?? null;
  const held: Interview[] = [];
  let last: Interview | null = null;
  for (const h of all) {
    // A rejection before the interview cancelled it.
    if (firstRejection < h.start) continue;
    for (const id of h.chain) {
      const t = findEvent(c, id)?.threadId;
      if (t && !h.threads.includes(t)) h.threads.push(t);
    }
    // One thank-you per name: people come sorted, so the first of a name is the one the email named first.
    const names: string[] = [];
    for (const { person, name } of c.people) {
      if (person.eventId ? !inThread(c, person.eventId, h) : h !== latest) continue;
      const interviewer = person.role === 'interviewer';
      const key = interviewer ? `i${name}` : `h${name}`;
      if (names.includes(key)) continue;
      names.push(key);
      (interviewer ? h.interviewers : h.helpers).push(person);
    }
    held.push(h);
    if (!last || h.end > last.end) last = h;
  }
  return { held, last };
}

/** A person belongs to an interview when their event is in its reschedule chain or in one of the chain's threads. */
function inThread(c: RuleContext, eventId: string, h: Interview): boolean {
  if (h.chain.includes(eventId)) return true;
  const e = findEvent(c, eventId);
  return !!e && !!e.threadId && h.threads.includes(e.threadId);
}

/** The thank-yous' times: due by the end of the interview day, overdue early next working morning. */
export function thankYouTimes(c: RuleContext, h: Interview): { due: number; overdue: number } {
  const endDay = c.clock.dayOf(h.end);
  const due = c.clock.endOfDay(endDay);
  return { due, overdue: Math.max(c.clock.earlyNextMorning(endDay), due) };
}

export interface Rejection {
  event: TimelineEvent;
  at: number;
  /** Its local day. */
  day: number;
  /** The application's stance, else the user's default. */
  stance: Stance;
}

/** The application's first rejection, unless the user said it is not (or no longer) one. */
export function rejection(c: RuleContext): Rejection | null {
  if (c.memo.rejection === undefined) c.memo.rejection = findRejection(c);
  return c.memo.rejection;
}

function findRejection(c: RuleContext): Rejection | null {
  const { app, list, times, order, lo, hi, clock, settings } = c;
  if (app.stageByUser && app.stage !== 'rejected') return null;
  let first = -1;
  for (let k = lo; k < hi; k++) {
    const i = order[k]!;
    if (list[i]!.kind === 'rejection' && (first < 0 || list[i]!.at < list[first]!.at)) first = i;
  }
  if (first < 0) return null;
  const at = times[first]!;
  if (!Number.isFinite(at)) return null;
  return { event: list[first]!, at, day: clock.dayOf(at), stance: app.stance ?? settings.defaultStance };
}

/** The rejection, when the rule belongs to its stance. */
export function rejectionFor(c: RuleContext, stances: readonly Stance[] | null): Rejection | null {
  const r = rejection(c);
  return r && stances?.includes(r.stance) ? r : null;
}
