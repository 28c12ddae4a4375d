/**
 * The schedule after a wake-up reads only the applications whose horizon is ahead (reminderHorizons): the reminders
 * it derives from them must be exactly those of the whole timeline, at any later time, for every kind of history:
 * interviews ahead and past (with interviewers, with only a recruiter: a missed call is born when the call ends),
 * rejections, offers and assessments with deadlines, replies, archived applications, and the user's done, dismissed
 * and snoozed reminders (a snooze keeps a lapsed reminder).
 */
import { describe, expect, it } from 'vitest';
import { deriveReminders, reminderHorizons } from '../../../lib/core/reminders';
import type { ReminderAction } from '../../../lib/core/reminders/types';
import type { Application, Person, Timeline, TimelineEvent } from '../../../lib/core/timeline/types';
import { app, BERLIN, ev } from '../../support/builders';

const H = 3_600_000;
const D = 24 * H;
const BASE = Date.parse('2025-03-03T08:00:00Z');

/** A small deterministic generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function history(seed: number, apps: number): Timeline {
  const r = random(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const iso = (ms: number) => new Date(Math.round(ms / 60_000) * 60_000).toISOString();
  const applications: Application[] = [];
  const events: TimelineEvent[] = [];
  const people: Person[] = [];
  for (let i = 0; i < apps; i++) {
    const id = `a${i}`;
    applications.push(app({ id, company: `C${i}`, companyKey: `c${i}`, archived: r() < 0.1, stance: pick([null, 'door_open', 'clean_break'] as const) }));
    // Spread over four months before BASE and two after, so some are long quiet and some still ahead.
    let at = BASE - 120 * D + r() * 150 * D;
    const thread = `t${i}`;
    events.push(ev(`${id}-r`, 'application_received', iso(at), { applicationId: id, threadId: thread }));
    for (let k = 0; k < 1 + Math.floor(r() * 4); k++) {
      at += r() * 12 * D;
      const eid = `${id}-e${k}`;
      const kind = pick(['interview_request', 'interview_confirmed', 'assessment', 'rejection', 'offer', 'user_reply', 'interview_done'] as const);
      const over: Partial<TimelineEvent> = { applicationId: id, threadId: r() < 0.8 ? thread : `${thread}-${k}` };
      if (kind === 'interview_confirmed') {
        const start = at + r() * 10 * D;
        over.interview = { start: iso(start), end: r() < 0.7 ? iso(start + H) : null, timeZone: null };
        over.round = k + 1;
        const role = pick(['interviewer', 'recruiter', 'helper'] as const);
        people.push({ id: `${eid}-p`, applicationId: id, name: `P ${eid}`, email: null, title: null, role, eventId: eid });
      }
      if (kind === 'assessment' || kind === 'offer') over.deadline = iso(at + r() * 8 * D);
      if (kind === 'interview_request' && r() < 0.5) over.decisionBy = iso(at + r() * 20 * D);
      events.push(ev(eid, kind, iso(at), over));
    }
  }
  return { applications, events, people, notes: [] };
}

/** The user's clicks on some of the reminders there were at BASE: done, dismissed, snoozed (some far ahead). */
function clicks(seed: number, timeline: Timeline): ReminderAction[] {
  const r = random(seed * 7 + 1);
  return deriveReminders(timeline, [], BERLIN, new Date(BASE))
    .filter(() => r() < 0.3)
    .map((reminder) => {
      const status = (['done', 'dismissed', 'snoozed'] as const)[Math.floor(r() * 3)]!;
      return {
        reminderId: reminder.id,
        status,
        snoozedUntil: status === 'snoozed' ? new Date(BASE + r() * 90 * D).toISOString() : null,
        auto: false,
        at: new Date(BASE).toISOString(),
      };
    });
}

function only(timeline: Timeline, keep: ReadonlySet<string>): Timeline {
  return {
    applications: timeline.applications.filter((a) => keep.has(a.id)),
    events: timeline.events.filter((e) => keep.has(e.applicationId)),
    people: timeline.people.filter((p) => keep.has(p.applicationId)),
    notes: timeline.notes.filter((n) => keep.has(n.applicationId)),
  };
}

describe('reminder horizons: the applications to read after a wake-up', () => {
  it.each([1, 2, 3, 4, 5])('give the same reminders as the whole timeline at every later time (seed %i)', (seed) => {
    const timeline = history(seed, 80);
    const actions = clicks(seed, timeline);
    const horizons = reminderHorizons(timeline, actions, BERLIN);
    let skipped = 0;
    let checked = 0;
    // A wake-up every 17 hours for 200 days after BASE (every hour of the day comes round): past every lapse.
    for (let now = BASE; now < BASE + 200 * D; now += 17 * H) {
      const live = new Set([...horizons].filter(([, until]) => until > now).map(([id]) => id));
      skipped += timeline.applications.length - live.size;
      const whole = deriveReminders(timeline, actions, BERLIN, new Date(now));
      const read = deriveReminders(only(timeline, live), actions, BERLIN, new Date(now));
      expect(read, `seed ${seed} at ${new Date(now).toISOString()}`).toEqual(whole);
      checked += whole.length;
    }
    // Not a test that cannot fail: reminders were there to compare, and many applications were left unread.
    expect(checked).toBeGreaterThan(100);
    expect(skipped).toBeGreaterThan(0);
  }, 60_000);

  it('keeps a recruiter call whose missed-call reminder is born only once the call has ended', () => {
    const start = BASE + 2 * D;
    const call = ev('i1', 'interview_confirmed', new Date(BASE).toISOString(), { interview: { start: new Date(start).toISOString(), end: new Date(start + H).toISOString(), timeZone: null } });
    const recruiter: Person = { id: 'p1', applicationId: 'app1', name: 'Rita', email: null, title: null, role: 'recruiter', eventId: 'i1' };
    const timeline: Timeline = { applications: [app()], events: [call], people: [recruiter], notes: [] };
    const during = new Date(start + H / 2);
    expect(deriveReminders(timeline, [], BERLIN, during).map((r) => r.ruleId)).not.toContain('missed-call');
    const after = new Date(start + 2 * H);
    expect(deriveReminders(timeline, [], BERLIN, after).map((r) => r.ruleId)).toContain('missed-call');
    // Asleep during the call, awake after it: the application is still read, until the missed call lapses (2 days
    // after it is overdue).
    const missed = deriveReminders(timeline, [], BERLIN, after).find((r) => r.ruleId === 'missed-call')!;
    expect(reminderHorizons(timeline, [], BERLIN).get('app1')).toBeGreaterThanOrEqual(Date.parse(missed.overdueAt) + 2 * D);
  });
});
