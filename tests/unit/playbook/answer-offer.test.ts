/** answer-offer: thank them, then accept, discuss or ask for time, before their deadline. */
import { describe, expect, it } from 'vitest';
import { TONES } from '../../../lib/core/drafts';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import { B, BERLIN, ev, find, NOW, timeline } from '../../support/builders';
import { letterFor } from './letter';

describe('when it is due', () => {
  it.each([
    { name: 'an offer with a deadline is due at the deadline', e: ev('o1', 'offer', B(3, 10, 10), { deadline: B(3, 14, 12) }), rule: 'answer-offer', due: B(3, 14, 12) },
    { name: 'an offer without one: 3 working days, end of work', e: ev('o1', 'offer', B(3, 14, 10)), rule: 'answer-offer', due: B(3, 19, 17, 30) },
  ])('$name', ({ e, rule, due }) => {
    expect(find(deriveReminders(timeline([e]), [], BERLIN, NOW), rule).dueAt).toBe(due);
  });
});

describe('a letter for each answer, in every tone', () => {
  it.each(TONES)('%s', (tone) => {
    expect(letterFor('answer-offer', tone, { offerAnswer: 'accept' }).body).toMatch(/accept/);
    expect(letterFor('answer-offer', tone, { offerAnswer: 'discuss' }).body).toContain('[the points you would like to discuss]');
    expect(letterFor('answer-offer', tone).body).toMatch(/consider/);
  });
});
