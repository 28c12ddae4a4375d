/** thank-you-each: after a panel, one thank-you per interviewer, each personal. */
import { describe, expect, it } from 'vitest';
import { draftFor, TONES } from '../../../lib/core/drafts';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import { ana, application, ben, event, note, settings } from '../drafts/fixtures';
import { BERLIN, interview, NOW, person, timeline } from '../../support/builders';
import { asDraft, letterFor } from './letter';

describe('one reminder per interviewer', () => {
  const friday = interview('i1', '2025-03-14T14:00:00+01:00', '2025-03-14T15:00:00+01:00');

  it('two interviewers get one thank-you each (and no single thank-you email)', () => {
    const people = [person('p1', 'Ada Lovelace', 'i1'), person('p2', 'Alan Turing', 'i1')];
    const list = deriveReminders(timeline([friday], people), [], BERLIN, NOW);
    expect(list.filter((r) => r.ruleId === 'thank-you-each').map((r) => r.id).sort()).toEqual([
      'thank-you-each:i1:p1',
      'thank-you-each:i1:p2',
    ]);
    expect(list.map((r) => r.ruleId)).not.toContain('thank-you-email');
  });
});

describe('each letter greets its own interviewer and names what they talked about, or leaves a blank for it', () => {
  it.each(TONES)('%s', (tone) => {
    const toBen = letterFor('thank-you-each', tone, { person: ben, notes: [] });
    expect(toBen.body.split('\n')[0]).toBe(tone === 'formal' ? 'Dear Dr. Ben Okafor,' : 'Hi Ben,');
    expect(toBen.body).toContain('[something you discussed with Ben]');
    expect(toBen.body).not.toContain('Ana');
    // The interview's topic, naming no one, reaches every interviewer.
    expect(letterFor('thank-you-each', tone, { person: ben }).body).toContain('the move from nightly batches to streaming');
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

describe('people keep the order the email names them in', () => {
  it('thank-you reminders come in that order, whatever the ids', () => {
    const friday = interview('i1', '2025-03-14T14:00:00+01:00', '2025-03-14T15:00:00+01:00');
    // Ids that sort the other way round (random UUIDs do, half of the time).
    const people = [{ ...person('zz-ana', 'Ana Pereira', 'i1'), rank: 0 }, { ...person('aa-ben', 'Ben Okafor', 'i1'), rank: 1 }];
    const list = deriveReminders(timeline([friday], people), [], BERLIN, new Date('2025-03-14T18:00:00Z'));
    expect(list.filter((r) => r.ruleId === 'thank-you-each').map((r) => r.personId)).toEqual(['zz-ana', 'aa-ben']);
  });
});
