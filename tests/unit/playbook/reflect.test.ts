/** reflect: after a rejection, either stance, a few private questions on the fit within two days. */
import { describe, expect, it } from 'vitest';
import { draftFor, REFLECTION_QUESTIONS } from '../../../lib/core/drafts';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import { application, settings } from '../drafts/fixtures';
import { app, B, BERLIN, EOD_B, ev, find, note, NOW, timeline } from '../../support/builders';

describe('when it is due, and what completes it', () => {
  const rejection = ev('r1', 'rejection', B(3, 14, 16));

  it('a Friday rejection: reflection within two days, in either stance', () => {
    expect(find(deriveReminders(timeline([rejection]), [], BERLIN, NOW), 'reflect').dueAt).toBe(EOD_B(3, 16));
    const clean = deriveReminders(timeline([rejection], [], [], app({ stance: 'clean_break' })), [], BERLIN, NOW);
    expect(find(clean, 'reflect').dueAt).toBe(EOD_B(3, 16));
  });

  it('a reflection written after the rejection completes it', () => {
    const list = deriveReminders(timeline([rejection], [], [note('n1', 'reflection', B(3, 15, 11))]), [], BERLIN, NOW);
    expect(find(list, 'reflect').status).toBe('done');
  });
});

describe('no letter: the questions to answer instead', () => {
  it('gives the reflection questions', () => {
    const result = draftFor({ ruleId: 'reflect', tone: 'warm', application, settings, asReply: false });
    expect(result).toMatchObject({ kind: 'none', reason: 'no-message', reflection: REFLECTION_QUESTIONS });
  });
});
