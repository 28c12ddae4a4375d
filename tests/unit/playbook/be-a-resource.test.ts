/** be-a-resource: after a rejection (door open), send the information or introduction they wanted. */
import { describe, expect, it } from 'vitest';
import { TONES } from '../../../lib/core/drafts';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import { B, BERLIN, ev, find, note, NOW, timeline } from '../../support/builders';
import { letterFor } from './letter';

describe('only when something was noted', () => {
  const rejection = ev('r1', 'rejection', B(3, 14, 16));

  it('a topic noted for the interviewer adds be-a-resource, due within a week', () => {
    const list = deriveReminders(timeline([rejection], [], [note('n1', 'topic', '2025-03-10T10:00:00Z')]), [], BERLIN, NOW);
    expect(find(list, 'be-a-resource').dueAt).toBe(B(3, 21, 17, 30));
  });

  it('nothing noted: no reminder', () => {
    const list = deriveReminders(timeline([rejection]), [], BERLIN, NOW);
    expect(list.map((r) => r.ruleId)).not.toContain('be-a-resource');
  });
});

describe('the letter sends what was promised', () => {
  it.each(TONES)('%s', (tone) => {
    const letter = letterFor('be-a-resource', tone);
    expect(letter.body).toContain('https://example.org/backfills');
    expect(letter.body).toContain('my former colleague who ran a similar migration');
  });
});
