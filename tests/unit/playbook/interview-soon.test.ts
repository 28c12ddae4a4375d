/** interview-soon: an hour before an interview, the link or the address, and the people. */
import { describe, expect, it } from 'vitest';
import { draftFor } from '../../../lib/core/drafts';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import { application, settings } from '../drafts/fixtures';
import { B, BERLIN, ev, find, interview, NOW, timeline } from '../../support/builders';

const soon = (list: ReturnType<typeof deriveReminders>) => list.filter((r) => r.ruleId === 'interview-soon').map((r) => r.id);

describe('an hour before the interview', () => {
  const tuesday = interview('i1', '2025-03-11T10:00:00+01:00', '2025-03-11T11:00:00+01:00');

  it('a 10:00 interview: it starts and notifies at 09:00, due at 10:00', () => {
    const r = find(deriveReminders(timeline([tuesday]), [], BERLIN, NOW), 'interview-soon');
    expect([r.startsAt, r.notifyAt, r.dueAt, r.overdueAt]).toEqual([B(3, 11, 9), B(3, 11, 9), B(3, 11, 10), B(3, 11, 10)]);
  });

  it('is gone once the interview has started', () => {
    expect(soon(deriveReminders(timeline([tuesday]), [], BERLIN, new Date(B(3, 11, 9, 30))))).toEqual(['interview-soon:i1']);
    expect(soon(deriveReminders(timeline([tuesday]), [], BERLIN, new Date(B(3, 11, 10))))).toEqual([]);
  });

  it('an 08:30 interview while quiet hours last until 08:00: no notification at 07:30, it comes at 08:00', () => {
    const early = interview('i1', '2025-03-11T08:30:00+01:00');
    const r = find(deriveReminders(timeline([early]), [], BERLIN, NOW), 'interview-soon');
    expect([r.startsAt, r.notifyAt]).toEqual([B(3, 11, 7, 30), B(3, 11, 8)]);
  });

  it('booked half an hour before it starts: at once', () => {
    const rushed = interview('i1', '2025-03-11T10:00:00+01:00', null, null, { at: B(3, 11, 9, 30) });
    expect(find(deriveReminders(timeline([rushed]), [], BERLIN, NOW), 'interview-soon').startsAt).toBe(B(3, 11, 9, 30));
  });

  it('a reschedule moves it to the new time', () => {
    const moved = interview('i2', '2025-03-13T15:00:00+01:00', null, null, { at: '2025-03-10T09:00:00Z', replaces: 'i1' });
    const list = deriveReminders(timeline([tuesday, moved]), [], BERLIN, NOW);
    expect(soon(list)).toEqual(['interview-soon:i2']);
    expect(find(list, 'interview-soon').startsAt).toBe(B(3, 13, 14));
  });

  it('a rejection before the interview cancels it', () => {
    const list = deriveReminders(timeline([tuesday, ev('r1', 'rejection', B(3, 10, 12))]), [], BERLIN, NOW);
    expect(soon(list)).toEqual([]);
  });
});

describe('no letter: something to check', () => {
  it('says to check the link or the address and who you are meeting', () => {
    const result = draftFor({ ruleId: 'interview-soon', tone: 'warm', application, settings, asReply: false });
    expect(result).toMatchObject({ kind: 'none', reason: 'no-message' });
    if (result.kind !== 'none') throw new Error('a letter for interview-soon');
    expect(result.explain).toMatch(/video link or check the address/);
    expect(result.explain).toMatch(/people you are about to meet/);
  });
});
