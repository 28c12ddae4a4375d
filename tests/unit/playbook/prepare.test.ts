/** prepare: before an interview, the working day before. */
import { describe, expect, it } from 'vitest';
import { draftFor } from '../../../lib/core/drafts';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import { application, settings } from '../drafts/fixtures';
import { B, BERLIN, find, interview, NOW, timeline } from '../reminders/build';

describe('when it is due', () => {
  it('preparing is due at the end of the working day before (Friday before a Monday interview), gone once it starts', () => {
    const monday = interview('i1', '2025-03-17T10:00:00+01:00');
    const before = deriveReminders(timeline([monday]), [], BERLIN, NOW);
    expect(find(before, 'prepare').dueAt).toBe(B(3, 14, 17, 30));
    expect(find(before, 'prepare').overdueAt).toBe(B(3, 17, 10));
    const after = deriveReminders(timeline([monday]), [], BERLIN, new Date(B(3, 17, 10, 5)));
    expect(after.map((r) => r.ruleId)).not.toContain('prepare');
  });
});

describe('no letter: something to do', () => {
  it('says what to prepare', () => {
    const result = draftFor({ ruleId: 'prepare', tone: 'warm', application, settings, asReply: false });
    expect(result).toMatchObject({ kind: 'none', reason: 'no-message' });
  });
});
