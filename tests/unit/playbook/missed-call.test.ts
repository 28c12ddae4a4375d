/**
 * missed-call: the recruiter booked a call for 14:00, the time passed, nothing came in the thread and the user did
 * not mark it done: a follow-up the same day ("we had a call booked for 2pm today; I'm still keen, here are times").
 */
import { describe, expect, it } from 'vitest';
import { threadBar } from '../../../lib/background/thread-bar';
import { checkAdvice, TONES } from '../../../lib/core/drafts';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import { planIngest } from '../../../lib/core/timeline/plan-ingest';
import type { TimelineEvent } from '../../../lib/core/timeline/types';
import { ana, chloe } from '../drafts/fixtures';
import { B, BERLIN, detection, email, EOD_B, ev, find, idFactory, interview, person, timeline } from '../../support/builders';
import { letterFor } from './letter';

/** Priya, a recruiter, booked a call for Tuesday 11 March, 14:00 to 14:30 Berlin time, in thread t1. */
const call = interview('i1', '2025-03-11T14:00:00+01:00', '2025-03-11T14:30:00+01:00');
const priya = person('p1', 'Priya Shah', 'i1', 'recruiter');
const at = (h: number, mi = 0) => new Date(B(3, 11, h, mi));
const missed = (events: TimelineEvent[], now = at(15), people = [priya]) =>
  deriveReminders(timeline(events, people), [], BERLIN, now).filter((r) => r.ruleId === 'missed-call');

describe('a booked call that left no trace', () => {
  it('at 15:00 the same day: a follow-up, due by the end of the day, overdue the next morning', () => {
    const [r] = missed([call]);
    expect(r).toMatchObject({ id: 'missed-call:i1', status: 'pending', startsAt: B(3, 11, 14, 30), dueAt: EOD_B(3, 11), overdueAt: B(3, 12, 10) });
  });

  it('not while the call could still be running', () => {
    expect(missed([call], at(14, 20))).toEqual([]);
  });

  it('not when an email came in the thread after the time ("sorry, running late", a new time)', () => {
    expect(missed([call, ev('x1', 'interview_request', B(3, 11, 14, 10))])).toEqual([]);
  });

  it('not when the user marked the call done', () => {
    expect(missed([call, ev('d1', 'interview_done', B(3, 11, 14, 25), { threadId: null })])).toEqual([]);
  });

  it('done once the user wrote in the thread after the time', () => {
    expect(missed([call, ev('u1', 'user_reply', B(3, 11, 15, 10))], at(16))).toMatchObject([{ status: 'done' }]);
  });

  it('not for an interview with interviewers (a thank-you is what follows that)', () => {
    expect(missed([call], at(15), [priya, person('p2', 'Ana Pereira', 'i1')])).toEqual([]);
  });

  it('not when no one is named for it (a booking system wrote): there is no one to write to', () => {
    expect(missed([call], at(15), [])).toEqual([]);
  });

  it('gone two days after it turned overdue', () => {
    expect(missed([call], new Date(B(3, 14, 9, 59)))).toHaveLength(1);
    expect(missed([call], new Date(B(3, 14, 10)))).toEqual([]);
  });
});

describe('the letter: the call that was booked, still keen, times that work', () => {
  it.each(TONES)('%s', (tone) => {
    const letter = letterFor('missed-call', tone, { person: chloe, people: [chloe], now: '2025-03-04T14:00:00Z' });
    expect(letter.subject).toBe('Rebooking our call');
    expect(letter.body).toMatch(/^(Hi Chloe|Dear Chloe Martin),/);
    expect(letter.body).toMatch(/call (booked|scheduled) for 2pm today/);
    expect(letter.body).toContain('[two or three times that suit you]');
    expect(letter.body).not.toContain(ana.name);
    expect(checkAdvice(letter.body, { ruleId: 'missed-call' })).toEqual([]);
  });

  it('in a reply in the recruiter\'s thread: no subject line', () => {
    expect(letterFor('missed-call', 'warm', { person: chloe, asReply: true }).subject).toBeNull();
  });
});

describe('the reminder list', () => {
  it('sits beside the thank-you for the call', () => {
    const list = deriveReminders(timeline([call], [priya]), [], BERLIN, at(15));
    expect(find(list, 'missed-call').dueAt).toBe(find(list, 'thank-you-email').dueAt);
  });
});

describe("the bar in the recruiter's thread", () => {
  it('offers the follow-up with its letter, as a reply to Priya', () => {
    const t = timeline([call], [priya]);
    const reminders = deriveReminders(t, [], BERLIN, at(15));
    const bar = threadBar({ threadId: 't1', timeline: t, reminders, settings: BERLIN, now: at(15) });
    const action = bar?.actions.find((a) => a.ruleId === 'missed-call');
    expect(action).toMatchObject({ label: 'Draft follow-up on the missed call', kind: 'draft' });
    expect(action && 'body' in action ? action.body : '').toMatch(/^Hi Priya,\n\nWe had a call booked for 2pm today/);
  });
});

describe('from the email: "Confirming our call on Tuesday at 2pm", signed by Priya', () => {
  it('Priya is the recruiter; at 15:00 with nothing from her, the follow-up greets her and names the time', () => {
    const mail = email({ id: 'm1', threadId: 't-call', from: { name: 'Priya Shah', address: 'priya.shah@acme.example' }, date: '2025-03-07T09:00:00Z' });
    const found = detection('interview_confirmed', { interview: { start: '2025-03-11T14:00:00+01:00', end: '2025-03-11T14:30:00+01:00', timeZone: null } });
    const plan = planIngest({ applications: [], events: [], people: [] }, mail, found, { now: '2025-03-07T09:00:00Z', newId: idFactory() });
    if (plan.kind !== 'write') throw new Error(`expected a write, got ${plan.kind}`);
    const t = { applications: [plan.application], events: [plan.event], people: plan.people, notes: [] };
    const reminders = deriveReminders(t, [], BERLIN, at(15));
    const reminder = find(reminders, 'missed-call');
    const bar = threadBar({ threadId: 't-call', timeline: t, reminders, settings: BERLIN, now: at(15) });
    const action = bar?.actions.find((a) => a.reminderId === reminder.id);
    expect(action && 'body' in action ? action.body : '').toMatch(/^Hi Priya,\n\nWe had a call booked for 2pm today/);
  });
});
