/** thank-you-each: after a panel, one thank-you per interviewer, each personal. */
import { describe, expect, it } from 'vitest';
import { TONES } from '../../../lib/core/drafts';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import { ben } from '../drafts/fixtures';
import { BERLIN, interview, NOW, person, timeline } from '../../support/builders';
import { letterFor } from './letter';

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
