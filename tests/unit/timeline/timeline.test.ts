import { describe, expect, it } from 'vitest';
import { companyFromAddress, companyKey, roleKey } from '../../../lib/core/timeline/normalise';
import { matchApplication } from '../../../lib/core/timeline/match';
import { planIngest, type IngestPlan } from '../../../lib/core/timeline/plan-ingest';
import { stageFromEvents } from '../../../lib/core/timeline/stage';
import type { Application, TimelineEvent } from '../../../lib/core/timeline/types';
import { app, detection, email, ev, idFactory } from '../../support/builders';

describe('company names normalise to one key', () => {
  it.each([
    ['Acme GmbH', 'acme'],
    ['ACME Inc.', 'acme'],
    ['Acme, Inc', 'acme'],
    ['Acme via Greenhouse', 'acme'],
    ['Acme (via Lever)', 'acme'],
    ['Acme Hiring Team', 'acme'],
    ['The Acme Company Ltd', 'acme'],
    ['Talent Acquisition at Acme', 'acme'],
    ['Müller & Söhne GmbH & Co. KG', 'muller & sohne'],
    ['Greenhouse', ''],
    ['Workday', ''],
    ['', ''],
  ])('%s -> %s', (name, key) => {
    expect(companyKey(name)).toBe(key);
  });

  it('a near-name is another company: Avail is not Avra', () => {
    expect(companyKey('Avail')).not.toBe(companyKey('Avra Inc'));
  });

  it.each([
    ['no-reply@greenhouse.io', null],
    ['jobs@lever.co', null],
    ['anna@gmail.com', null],
    ['talent@acme.co.uk', 'acme'],
    ['careers@mail.avra.com', 'avra'],
  ])('the sender %s names the company %s (never a relay or a mail provider)', (address, company) => {
    expect(companyFromAddress(address)).toBe(company);
  });

  it('roles compare without case and (m/w/d) tags', () => {
    expect(roleKey('Backend Engineer (m/w/d)')).toBe(roleKey('backend engineer'));
  });
});

describe('an email finds its application: thread first, then company and role', () => {
  const apps: Application[] = [
    app({ id: 'avra', company: 'Avra', companyKey: 'avra', role: 'Backend Engineer', updatedAt: '2025-03-01T00:00:00Z' }),
    app({ id: 'acme-be', company: 'Acme', companyKey: 'acme', role: 'Backend Engineer' }),
    app({ id: 'acme-pm', company: 'Acme', companyKey: 'acme', role: 'Product Manager' }),
  ];
  const events: TimelineEvent[] = [ev('e1', 'application_received', '2025-03-01T00:00:00Z', { applicationId: 'avra', threadId: 'thread-avra' })];
  const slice = { applications: apps, events, people: [] };

  it.each([
    { name: 'the same thread wins over a different company in the text', threadId: 'thread-avra', company: 'Acme', role: null, expected: 'avra', by: 'thread' },
    { name: 'company and role, normalised', threadId: null, company: 'ACME GmbH', role: 'backend engineer', expected: 'acme-be', by: 'company-role' },
    { name: 'the other role at the same company', threadId: null, company: 'Acme via Greenhouse', role: 'Product Manager', expected: 'acme-pm', by: 'company-role' },
    { name: 'Avail is not Avra: a new application', threadId: null, company: 'Avail', role: 'Backend Engineer', expected: null, by: null },
    { name: 'a new role at a known company is a new application', threadId: null, company: 'Acme', role: 'Designer', expected: null, by: null },
    { name: 'a relay named as the company matches nothing', threadId: null, company: 'Greenhouse', role: 'Backend Engineer', expected: null, by: null },
  ])('$name', ({ threadId, company, role, expected, by }) => {
    const m = matchApplication(slice, email({ id: 'x', threadId, from: { name: 'Greenhouse', address: 'no-reply@greenhouse.io' } }), detection('rejection', { company, role }));
    expect(m?.application.id ?? null).toBe(expected);
    expect(m?.by ?? null).toBe(by);
  });
});

describe('planIngest', () => {
  const ctx = () => ({ now: '2025-03-10T12:00:00Z', newId: idFactory() });
  const empty = { applications: [], events: [], people: [] };
  const write = (plan: IngestPlan) => {
    if (plan.kind !== 'write') throw new Error(`expected a write, got ${plan.kind}`);
    return plan;
  };

  it.each([
    { name: 'other is not job mail', d: detection('other'), kind: 'skip' },
    { name: 'an unsure rejection goes to review', d: detection('rejection', { confidence: 0.59 }), kind: 'review' },
    { name: 'a sure one is written', d: detection('rejection', { confidence: 0.6 }), kind: 'write' },
  ])('$name', ({ d, kind }) => {
    expect(planIngest(empty, email({ id: 'm' }), d, ctx()).kind).toBe(kind);
  });

  it('the user\'s correction wins over the classifier', () => {
    expect(planIngest(empty, email({ id: 'm' }), detection('rejection'), { ...ctx(), correction: 'other' }).kind).toBe('skip');
    const p = write(planIngest(empty, email({ id: 'm' }), detection('other', { confidence: 0.1 }), { ...ctx(), correction: 'offer' }));
    expect([p.event.kind, p.event.confidence, p.application.stage]).toEqual(['offer', 1, 'offer']);
  });

  it('a new application takes the company from the text, not the relay sender', () => {
    const p = write(planIngest(empty, email({ id: 'm' }), detection('application_received', { company: 'Avra Inc.' }), ctx()));
    expect(p.application).toMatchObject({ company: 'Avra Inc.', companyKey: 'avra', stage: 'applied', round: 0 });
    expect(p.isNew).toBe(true);
  });

  it('interviewers named in an invitation become people linked to that interview; a recruiter title makes a recruiter', () => {
    const d = detection('interview_confirmed', {
      interview: { start: '2025-03-12T10:00:00Z', end: null, timeZone: null },
      people: [
        { name: 'Ada Lovelace', title: 'Engineering Manager' },
        { name: 'Alan Turing', title: null },
        { name: 'Rita Hayworth', title: 'Talent Partner' },
      ],
    });
    const p = write(planIngest(empty, email({ id: 'm', from: { name: 'Rita Hayworth', address: 'rita@acme.com' } }), d, ctx()));
    expect(p.people.map((x) => [x.name, x.role, x.eventId === p.event.id])).toEqual([
      ['Ada Lovelace', 'interviewer', true],
      ['Alan Turing', 'interviewer', true],
      ['Rita Hayworth', 'recruiter', true],
    ]);
    expect(p.people[2]?.email).toBe('rita@acme.com');
    expect([p.application.stage, p.application.round, p.event.round]).toEqual(['interviewing', 1, 1]);
  });

  it('a second invitation in the thread before the first date is a reschedule: same round', () => {
    const a = app({ stage: 'interviewing', round: 1 });
    const first = ev('i1', 'interview_confirmed', '2025-03-05T09:00:00Z', { interview: { start: '2025-03-12T10:00:00Z', end: null, timeZone: null }, round: 1 });
    const d = detection('interview_confirmed', { interview: { start: '2025-03-14T10:00:00Z', end: null, timeZone: null } });
    const p = write(planIngest({ applications: [a], events: [first], people: [] }, email({ id: 'm', threadId: 't1', date: '2025-03-08T09:00:00Z' }), d, ctx()));
    expect([p.event.replaces, p.event.round, p.application.round]).toEqual(['i1', 1, 1]);
  });

  it('an invitation after the first interview is the next round', () => {
    const a = app({ stage: 'interviewing', round: 1 });
    const first = ev('i1', 'interview_confirmed', '2025-03-05T09:00:00Z', { interview: { start: '2025-03-06T10:00:00Z', end: null, timeZone: null }, round: 1 });
    const d = detection('interview_confirmed', { interview: { start: '2025-03-14T10:00:00Z', end: null, timeZone: null } });
    const p = write(planIngest({ applications: [a], events: [first], people: [] }, email({ id: 'm', threadId: 't1', date: '2025-03-08T09:00:00Z' }), d, ctx()));
    expect([p.event.replaces, p.event.round, p.application.round]).toEqual([null, 2, 2]);
  });

  it('the user\'s own reply joins its thread, and is ignored outside the timeline', () => {
    const a = app();
    const e = ev('e1', 'application_received', '2025-03-01T00:00:00Z', { threadId: 't1' });
    const p = write(planIngest({ applications: [a], events: [e], people: [] }, email({ id: 'r', threadId: 't1', fromUser: true }), detection('other'), ctx()));
    expect([p.event.kind, p.application.id]).toEqual(['user_reply', 'app1']);
    expect(planIngest(empty, email({ id: 'r', threadId: 'tX', fromUser: true }), detection('other'), ctx())).toEqual({ kind: 'skip', reason: 'reply-outside-timeline' });
  });

  it('a message already on the timeline is a duplicate', () => {
    const e = ev('m', 'rejection', '2025-03-01T00:00:00Z');
    expect(planIngest({ applications: [app()], events: [e], people: [] }, email({ id: 'm' }), detection('rejection'), ctx())).toEqual({ kind: 'skip', reason: 'duplicate' });
  });

  it('a hand-set stage is never moved by mail', () => {
    const a = app({ stage: 'interviewing', stageByUser: true });
    const p = write(planIngest({ applications: [a], events: [], people: [] }, email({ id: 'm' }), detection('rejection', { role: 'Engineer' }), ctx()));
    expect([p.application.id, p.application.stage]).toEqual(['app1', 'interviewing']);
  });

  it('hostile input does not throw: huge names are cut, odd dates fall back to now', () => {
    const d = detection('application_received', { company: 'A'.repeat(100_000), role: 'R'.repeat(100_000) });
    const p = write(planIngest(empty, email({ id: 'm', date: 'not a date', subject: 'S'.repeat(100_000) }), d, ctx()));
    expect(p.application.company.length).toBeLessThanOrEqual(200);
    expect(p.event.at).toBe('2025-03-10T12:00:00.000Z');
  });
});

describe('the stage only moves forward, whatever order the emails come in', () => {
  const kinds = ['application_received', 'interview_request', 'interview_confirmed', 'offer', 'rejection'] as const;
  it.each([
    [['rejection', 'application_received'], 'rejected'],
    [['interview_confirmed', 'application_received'], 'interviewing'],
    [['offer', 'interview_request'], 'offer'],
    [['application_received', 'assessment'], 'applied'],
  ] as const)('%j -> %s', (order, stage) => {
    expect(stageFromEvents(order.map((k, i) => ev(`e${i}`, k, `2025-03-0${i + 1}T00:00:00Z`)))).toBe(stage);
  });
  it('every permutation of the same events gives the same stage', () => {
    const events = kinds.slice(0, 4).map((k, i) => ev(`e${i}`, k, `2025-03-0${i + 1}T00:00:00Z`));
    expect(stageFromEvents(events)).toBe(stageFromEvents([...events].reverse()));
  });
});
