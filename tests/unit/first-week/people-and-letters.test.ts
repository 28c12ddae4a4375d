/**
 * Issue #15, "letters reach the right person" (core): the sender of a job email is a person of the application and
 * letters address them; a topic noted for the interview reaches every interviewer; people keep the order the email
 * names them in; a recruiter added by hand is thanked like one found in the email; a card by post never says
 * "yesterday".
 */
import { describe, expect, it } from 'vitest';
import { draftFor, type Draft, type DraftResult } from '../../../lib/core/drafts';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import { planIngest, type IngestPlan } from '../../../lib/core/timeline/plan-ingest';
import { ana, application, ben, event, note, settings } from '../drafts/fixtures';
import { BERLIN, detection, email, idFactory, interview, person, timeline } from '../../support/builders';

const asDraft = (r: DraftResult): Draft => {
  if (r.kind !== 'draft') throw new Error(`no draft: ${r.reason}`);
  return r;
};
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

  it('the gracious reply greets the sender by name, not "Hello,"', () => {
    const marta = { ...person('p-marta', 'Marta Lindqvist', 'ev-rej', 'recruiter'), applicationId: 'app-1', email: 'marta.lindqvist@bluefin.example' };
    const rejection = event({ id: 'ev-rej', kind: 'rejection', interview: null, sender: 'marta.lindqvist@bluefin.example' });
    for (const tone of ['warm', 'formal'] as const) {
      const draft = asDraft(draftFor({ ruleId: 'gracious-reply', tone, stance: 'door_open', application, event: rejection, people: [marta], settings, asReply: true }));
      expect(draft.body.split('\n')[0]).toBe(tone === 'warm' ? 'Hi Marta,' : 'Dear Marta Lindqvist,');
    }
  });
});

describe('a topic noted for the interview reaches every interviewer unless it names one', () => {
  const notes = [note('topic', 'Ben: the on-call rota', 'n-ben'), note('topic', 'streaming joins', 'n-shared')];
  it.each([
    [ana, 'streaming joins'],
    [ben, 'the on-call rota'],
  ])('the letter to %s mentions %s, with no blank', (who, topic) => {
    const draft = asDraft(draftFor({ ruleId: 'thank-you-each', tone: 'warm', application, event: event(), person: who, people: [ana, ben], notes, settings, asReply: true }));
    expect(draft.body).toContain(topic);
    expect(draft.body).not.toContain('[something you discussed');
  });
});

describe('a card by post is read days later', () => {
  it('names the interview day instead of "yesterday"', () => {
    const draft = asDraft(draftFor({ ruleId: 'thank-you-note-post', tone: 'warm', application, event: event(), person: ana, people: [ana], settings, asReply: false, now: '2025-03-05T10:00:00Z' }));
    expect(draft.body).not.toMatch(/yesterday|today/);
    expect(draft.body).toContain('on Tuesday 4 March');
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

  it('thank-you reminders come in that order, whatever the ids', () => {
    const friday = interview('i1', '2025-03-14T14:00:00+01:00', '2025-03-14T15:00:00+01:00');
    // Ids that sort the other way round (random UUIDs do, half of the time).
    const people = [{ ...person('zz-ana', 'Ana Pereira', 'i1'), rank: 0 }, { ...person('aa-ben', 'Ben Okafor', 'i1'), rank: 1 }];
    const list = deriveReminders(timeline([friday], people), [], BERLIN, new Date('2025-03-14T18:00:00Z'));
    expect(list.filter((r) => r.ruleId === 'thank-you-each').map((r) => r.personId)).toEqual(['zz-ana', 'aa-ben']);
  });
});

describe('people are people, however they were added', () => {
  it('a recruiter added by hand gets a thank-you reminder like one found in the email', () => {
    const friday = interview('i1', '2025-03-14T14:00:00+01:00', '2025-03-14T15:00:00+01:00');
    const people = [person('p1', 'Ada Lovelace', 'i1'), { ...person('p-manual', 'Rita Recruiter', 'i1', 'recruiter'), eventId: null }];
    const list = deriveReminders(timeline([friday], people), [], BERLIN, new Date('2025-03-14T18:00:00Z'));
    expect(list.map((r) => r.id)).toContain('thank-helpers:i1:p-manual');
  });
});

describe('npm run zip packs sources, not what the demo and tests write', () => {
  it('the sources zip leaves out demo-output/ and test-results/', async () => {
    const { default: config } = await import('../../../wxt.config');
    expect(config.zip?.excludeSources).toEqual(expect.arrayContaining(['demo-output/**', 'test-results/**']));
  });
});

describe('counts read right: plurals through Intl.PluralRules', () => {
  it('1 application, 2 applications, 1 day, 1.5 days', async () => {
    const { APPLICATIONS, DAYS, count } = await import('../../../lib/ui-text/plural');
    expect([count(1, APPLICATIONS), count(2, APPLICATIONS), count(0, APPLICATIONS), count(1, DAYS), count(1.5, DAYS)]).toEqual([
      '1 application',
      '2 applications',
      '0 applications',
      '1 day',
      '1.5 days',
    ]);
  });
});

describe('one name per thing', () => {
  it('the CSV names event kinds as the bar and the timeline do', async () => {
    const { EVENT_LABELS: csv } = await import('../../../lib/store/backup');
    const { EVENT_LABELS: ui, KIND_LABELS } = await import('../../../lib/ui-text/labels');
    expect(csv).toEqual(ui);
    expect(csv.interview_confirmed).toBe(KIND_LABELS.interview_confirmed);
  });
});

describe('the popup section and the item\'s wording agree', () => {
  it('a Friday thank-you, on time until Monday 10:00, is not "Due today" on Saturday', async () => {
    const { dueBucket } = await import('../../../lib/core/reminders/when');
    const { dueText } = await import('../../../lib/ui-text/due-phrase');
    const friday = interview('i1', '2025-03-14T14:00:00+01:00', '2025-03-14T15:00:00+01:00');
    const saturday = new Date('2025-03-15T11:00:00Z');
    const thanks = deriveReminders(timeline([friday]), [], BERLIN, saturday).find((r) => r.ruleId === 'thank-you-email')!;
    expect(dueText(thanks, saturday, BERLIN.timeZone).text).toMatch(/^by Monday/);
    expect(dueBucket(thanks, BERLIN, saturday)).toBe('upcoming');
    // Friday evening it reads "by tonight" and is due today.
    const evening = new Date('2025-03-14T18:00:00Z');
    expect(dueText(thanks, evening, BERLIN.timeZone).text).toBe('by tonight');
    expect(dueBucket(thanks, BERLIN, evening)).toBe('today');
  });
});

describe('a letter names the interviewers in the email\'s order', () => {
  it('"It was a pleasure to meet Ana and Ben", whatever order the store gives', () => {
    const priya = { ...person('p-priya', 'Priya Natarajan', 'ev-interview', 'recruiter'), applicationId: 'app-1' };
    const people = [{ ...ben, rank: 1 }, { ...ana, rank: 0 }, priya];
    const draft = asDraft(draftFor({ ruleId: 'thank-helpers', tone: 'warm', application, event: event(), person: priya, people, settings, asReply: true }));
    expect(draft.body).toContain('It was a pleasure to meet Ana and Ben.');
  });
});
