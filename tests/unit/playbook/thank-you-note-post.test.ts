/** thank-you-note-post: a handwritten card, posted by the end of the next working day. */
import { describe, expect, it } from 'vitest';
import { draftFor, TONES } from '../../../lib/core/drafts';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import { B, BERLIN, EOD_B, find, interview, NOW, timeline } from '../../support/builders';
import { ana, application, event, settings } from '../drafts/fixtures';
import { asDraft, letterFor } from './letter';

describe('when it is due', () => {
  const friday = interview('i1', '2025-03-14T14:00:00+01:00', '2025-03-14T15:00:00+01:00');

  it('the note by post is due at the end of work on the next working day (Monday after a Friday)', () => {
    const r = find(deriveReminders(timeline([friday]), [], BERLIN, NOW), 'thank-you-note-post');
    expect([r.dueAt, r.overdueAt]).toEqual([B(3, 17, 17, 30), EOD_B(3, 17)]);
  });
});

describe('the card reads right on the day it arrives', () => {
  // Written the day after the interview, read days later: "yesterday" would be wrong by then.
  const nextMorning = '2025-03-05T08:00:00Z';
  it.each(TONES)('%s: no subject, and the interview day written out, never "yesterday"', (tone) => {
    const card = letterFor('thank-you-note-post', tone, { now: nextMorning });
    expect(card.subject).toBeNull();
    expect(card.body).not.toMatch(/yesterday|today/i);
    expect(card.body).toContain('on Tuesday 4 March');
  });
});

describe('a card by post is read days later', () => {
  it('names the interview day instead of "yesterday"', () => {
    const draft = asDraft(draftFor({ ruleId: 'thank-you-note-post', tone: 'warm', application, event: event(), person: ana, people: [ana], settings, asReply: false, now: '2025-03-05T10:00:00Z' }));
    expect(draft.body).not.toMatch(/yesterday|today/);
    expect(draft.body).toContain('on Tuesday 4 March');
  });
});
