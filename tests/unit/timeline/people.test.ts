/** The people of an application: who an email adds, in what order, and how a person is kept (cleanPerson). */
import { describe, expect, it } from 'vitest';
import { cleanPerson, PERSON_LIMITS } from '../../../lib/core/timeline/people';
import { planIngest, type IngestPlan } from '../../../lib/core/timeline/plan-ingest';
import { detection, email, idFactory } from '../../support/builders';

const write = (plan: IngestPlan) => {
  if (plan.kind !== 'write') throw new Error(`expected a write, got ${plan.kind}`);
  return plan;
};

describe('the sender of a job email is a person, and letters answering it address them', () => {
  const rejectionMail = email({
    id: 'rej',
    from: { name: 'Marta Lindqvist', address: 'marta.lindqvist@bluefin.example' },
  });

  it('a rejection from a person adds that person to the application', () => {
    const plan = write(planIngest({ applications: [], events: [], people: [] }, rejectionMail, detection('rejection', { company: 'Bluefin' }), { now: '2025-03-10T12:00:00Z', newId: idFactory() }));
    expect(plan.people.map((p) => [p.name, p.email])).toEqual([['Marta Lindqvist', 'marta.lindqvist@bluefin.example']]);
  });
});

describe('people keep the order the email names them in', () => {
  it('plan-ingest ranks the interviewers as the email lists them', () => {
    const d = detection('interview_confirmed', {
      people: [{ name: 'Ana Pereira', title: null }, { name: 'Ben Okafor', title: null }],
      interview: { start: '2025-03-14T14:00:00+01:00', end: null, timeZone: null },
    });
    const plan = write(planIngest({ applications: [], events: [], people: [] }, email({ id: 'i' }), d, { now: '2025-03-10T12:00:00Z', newId: idFactory() }));
    expect(plan.people.filter((p) => p.role === 'interviewer').map((p) => [p.name, p.rank])).toEqual([['Ana Pereira', 0], ['Ben Okafor', 1]]);
  });
});

describe('a person as the timeline keeps them', () => {
  it.each([
    ['spaces around every field go', { name: '  Ana Pereira ', email: ' Ana.Pereira@Example.COM ', title: ' Head of Data  ' }, { name: 'Ana Pereira', email: 'ana.pereira@example.com', title: 'Head of Data' }],
    ['an empty or blank address or title is none', { name: 'Bo', email: '   ', title: '' }, { name: 'Bo', email: null, title: null }],
    ['no address or title given is none', { name: 'Bo' }, { name: 'Bo', email: null, title: null }],
    ['a blank name stays empty, for the caller to drop', { name: '   ', email: null, title: null }, { name: '', email: null, title: null }],
  ])('%s', (_, input, expected) => {
    expect(cleanPerson(input)).toEqual(expected);
  });

  it('each field is cut to its limit, after the spaces go', () => {
    const long = (n: number) => 'x'.repeat(n + 50);
    const p = cleanPerson({ name: `  ${long(PERSON_LIMITS.name)}`, email: `  ${long(PERSON_LIMITS.email)}`, title: `  ${long(PERSON_LIMITS.title)}` });
    expect([p.name.length, p.email?.length, p.title?.length]).toEqual([PERSON_LIMITS.name, PERSON_LIMITS.email, PERSON_LIMITS.title]);
  });
});
