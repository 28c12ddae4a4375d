/** assessment-due: finish an assessment a day before its deadline. */
import { describe, expect, it } from 'vitest';
import { draftFor } from '../../../lib/core/drafts';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import { application, settings } from '../drafts/fixtures';
import { B, BERLIN, EOD_B, ev, find, NOW, timeline } from '../../support/builders';

describe('when it is due', () => {
  it.each([
    { name: 'an assessment with a deadline is due a day before it', e: ev('a1', 'assessment', B(3, 10, 10), { deadline: B(3, 14, 12) }), rule: 'assessment-due', due: B(3, 13, 12) },
    { name: 'an assessment without one: 3 days after it came', e: ev('a1', 'assessment', B(3, 10, 10)), rule: 'assessment-due', due: EOD_B(3, 13) },
  ])('$name', ({ e, rule, due }) => {
    expect(find(deriveReminders(timeline([e]), [], BERLIN, NOW), rule).dueAt).toBe(due);
  });
});

describe('no letter: something to do', () => {
  it('is an action, not a message', () => {
    expect(draftFor({ ruleId: 'assessment-due', tone: 'warm', application, settings, asReply: false })).toMatchObject({ kind: 'none', reason: 'no-message' });
  });
});
