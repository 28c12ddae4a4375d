/** gracious-reply: after a rejection (door open), thanks without argument, and the door left open. */
import { describe, expect, it } from 'vitest';
import { checkAdvice, draftFor, TONES } from '../../../lib/core/drafts';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import { application, event, settings } from '../drafts/fixtures';
import { B, BERLIN, ev, find, NOW, person, timeline } from '../../support/builders';
import { asDraft, letterFor } from './letter';

describe('when it is due', () => {
  const rejection = ev('r1', 'rejection', B(3, 14, 16));

  it('a Friday rejection: the gracious reply is due Monday at the end of work', () => {
    const list = deriveReminders(timeline([rejection]), [], BERLIN, NOW);
    expect(find(list, 'gracious-reply').dueAt).toBe(B(3, 17, 17, 30));
  });
});

describe('the letter keeps the door open (002), in every tone; the clean break sends none (004)', () => {
  it.each(TONES)('%s', (tone) => {
    const letter = letterFor('gracious-reply', tone);
    expect(checkAdvice(letter.body, { ruleId: 'gracious-reply' })).toEqual([]);
    const none = draftFor({ ruleId: 'gracious-reply', tone, stance: 'clean_break', application, settings, asReply: true });
    expect(none).toMatchObject({ kind: 'none', reason: 'clean-break' });
  });
});

describe('the gracious reply answers the person who wrote the rejection', () => {
  it('the gracious reply greets the sender by name, not "Hello,"', () => {
    const marta = { ...person('p-marta', 'Marta Lindqvist', 'ev-rej', 'recruiter'), applicationId: 'app-1', email: 'marta.lindqvist@bluefin.example' };
    const rejection = event({ id: 'ev-rej', kind: 'rejection', interview: null, sender: 'marta.lindqvist@bluefin.example' });
    for (const tone of ['warm', 'formal'] as const) {
      const draft = asDraft(draftFor({ ruleId: 'gracious-reply', tone, stance: 'door_open', application, event: rejection, people: [marta], settings, asReply: true }));
      expect(draft.body.split('\n')[0]).toBe(tone === 'warm' ? 'Hi Marta,' : 'Dear Marta Lindqvist,');
    }
  });
});
