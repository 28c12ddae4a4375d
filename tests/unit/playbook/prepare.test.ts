/** prepare: before an interview, the working day before. */
import { describe, expect, it } from 'vitest';
import { draftFor } from '../../../lib/core/drafts';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import { application, settings } from '../drafts/fixtures';
import { B, BERLIN, find, interview, NOW, timeline } from '../../support/builders';

const prepares = (list: ReturnType<typeof deriveReminders>) => list.filter((r) => r.ruleId === 'prepare').map((r) => r.id);

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

describe('it comes the working day before, not the day the interview was booked', () => {
  const monday = interview('i1', '2025-03-17T10:00:00+01:00');

  it('a Monday interview booked in January: the reminder starts on Friday at the start of work', () => {
    const r = find(deriveReminders(timeline([monday]), [], BERLIN, NOW), 'prepare');
    expect([r.startsAt, r.notifyAt, r.dueAt]).toEqual([B(3, 14, 9), B(3, 14, 9), B(3, 14, 17, 30)]);
  });

  it('working Monday to Thursday: a Monday interview is prepared on Thursday', () => {
    const r = find(deriveReminders(timeline([monday]), [], { ...BERLIN, workingDays: [1, 2, 3, 4] }, NOW), 'prepare');
    expect([r.startsAt, r.dueAt]).toEqual([B(3, 13, 9), B(3, 13, 17, 30)]);
  });

  it('booked on the Friday afternoon before: from the booking', () => {
    const late = interview('i1', '2025-03-17T10:00:00+01:00', null, null, { at: B(3, 14, 15) });
    expect(find(deriveReminders(timeline([late]), [], BERLIN, NOW), 'prepare').startsAt).toBe(B(3, 14, 15));
  });

  it('a reschedule moves it to the new day', () => {
    const moved = interview('i2', '2025-03-20T10:00:00+01:00', null, null, { at: '2025-03-10T09:00:00Z', replaces: 'i1' });
    const list = deriveReminders(timeline([monday, moved]), [], BERLIN, NOW);
    expect(prepares(list)).toEqual(['prepare:i2']);
    expect(find(list, 'prepare').dueAt).toBe(B(3, 19, 17, 30));
  });
});

describe('no letter: something to do', () => {
  it('says what to prepare', () => {
    const result = draftFor({ ruleId: 'prepare', tone: 'warm', application, settings, asReply: false });
    expect(result).toMatchObject({ kind: 'none', reason: 'no-message' });
    if (result.kind !== 'none') throw new Error('a letter for prepare');
    expect(result.explain).toMatch(/questions/);
    expect(result.explain).toMatch(/route or the video link/);
  });
});
