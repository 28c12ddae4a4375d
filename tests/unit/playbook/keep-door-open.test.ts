/** keep-door-open: after a rejection (door open), a check-in a few months later. */
import { describe, expect, it } from 'vitest';
import { checkAdvice, TONES } from '../../../lib/core/drafts';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import { B, BERLIN, ev, find, NOW, timeline } from '../../support/builders';
import { letterFor } from './letter';

describe('when it starts', () => {
  const rejection = ev('r1', 'rejection', B(3, 14, 16));

  it('a Friday rejection in March: the check-in starts 90 days later, on the working day of 12 June', () => {
    const list = deriveReminders(timeline([rejection]), [], BERLIN, NOW);
    expect(find(list, 'keep-door-open').startsAt).toBe(B(6, 12, 9));
  });

  it('a shorter check-in chosen in the settings comes sooner', () => {
    const list = deriveReminders(timeline([rejection]), [], { ...BERLIN, checkInDays: 30 }, NOW);
    expect(find(list, 'keep-door-open').startsAt).toBe(B(4, 14, 9));
  });
});

describe('the letter says in so many words that the door is open', () => {
  it.each(TONES)('%s', (tone) => {
    const letter = letterFor('keep-door-open', tone);
    expect(letter.subject).toBe('Checking in');
    expect(checkAdvice(letter.body, { ruleId: 'keep-door-open' })).toEqual([]);
  });
});
