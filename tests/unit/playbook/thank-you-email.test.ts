/** thank-you-email: one thank-you by the end of the interview day that says plainly the user wants the job. */
import { describe, expect, it } from 'vitest';
import { checkAdvice, TONES } from '../../../lib/core/drafts';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import type { Settings } from '../../../lib/core/settings';
import { B, BERLIN, EOD_B, find, interview, NEW_YORK, NOW, timeline } from '../../support/builders';
import { letterFor } from './letter';

describe('the thank-you email is due by the end of the interview day, overdue early next working morning', () => {
  it.each<{ name: string; settings: Settings; start: string; end: string | null; zone: string | null; startsAt: string; dueAt: string; overdueAt: string; notifyAt: string }>([
    {
      name: 'an afternoon interview on a Tuesday',
      settings: BERLIN,
      start: '2025-03-11T14:00:00+01:00',
      end: '2025-03-11T15:00:00+01:00',
      zone: null,
      startsAt: B(3, 11, 15),
      dueAt: EOD_B(3, 11),
      overdueAt: B(3, 12, 10),
      notifyAt: B(3, 11, 15),
    },
    {
      name: 'an evening interview ending in quiet hours: the notification waits for the morning, the deadline does not move',
      settings: BERLIN,
      start: '2025-03-11T20:30:00+01:00',
      end: '2025-03-11T21:15:00+01:00',
      zone: null,
      startsAt: B(3, 11, 21, 15),
      dueAt: EOD_B(3, 11),
      overdueAt: B(3, 12, 10),
      notifyAt: B(3, 12, 8),
    },
    {
      name: 'a Friday interview is not overdue before Monday 10:00',
      settings: BERLIN,
      start: '2025-03-14T14:00:00+01:00',
      end: '2025-03-14T15:00:00+01:00',
      zone: null,
      startsAt: B(3, 14, 15),
      dueAt: EOD_B(3, 14),
      overdueAt: B(3, 17, 10),
      notifyAt: B(3, 14, 15),
    },
    {
      name: 'a Friday interview before Berlin leaves summer time: Monday 10:00 is 09:00 UTC, not 08:00',
      settings: BERLIN,
      start: '2025-10-24T14:00:00+02:00',
      end: null,
      zone: null,
      startsAt: '2025-10-24T12:45:00.000Z',
      dueAt: '2025-10-24T21:59:59.999Z',
      overdueAt: '2025-10-27T09:00:00.000Z',
      notifyAt: '2025-10-24T12:45:00.000Z',
    },
    {
      name: 'a Friday interview before New York enters summer time: Monday 10:00 is 14:00 UTC',
      settings: NEW_YORK,
      start: '2025-03-07T14:00:00-05:00',
      end: null,
      zone: null,
      startsAt: '2025-03-07T19:45:00.000Z',
      dueAt: '2025-03-08T04:59:59.999Z',
      overdueAt: '2025-03-10T14:00:00.000Z',
      notifyAt: '2025-03-07T19:45:00.000Z',
    },
    {
      name: 'an interviewer in Los Angeles, 10:00 their time, is 18:00 to 18:45 for a user in Berlin',
      settings: BERLIN,
      start: '2025-03-12T10:00:00',
      end: null,
      zone: 'America/Los_Angeles',
      startsAt: B(3, 12, 18, 45),
      dueAt: EOD_B(3, 12),
      overdueAt: B(3, 13, 10),
      notifyAt: B(3, 12, 18, 45),
    },
    {
      name: 'an interviewer in New York at 16:00 their time ends at 21:45 in Berlin: notified next morning',
      settings: BERLIN,
      start: '2025-03-12T16:00:00',
      end: null,
      zone: 'America/New_York',
      startsAt: B(3, 12, 21, 45),
      dueAt: EOD_B(3, 12),
      overdueAt: B(3, 13, 10),
      notifyAt: B(3, 13, 8),
    },
  ])('$name', ({ settings, start, end, zone, startsAt, dueAt, overdueAt, notifyAt }) => {
    const list = deriveReminders(timeline([interview('i1', start, end, zone)]), [], settings, NOW);
    const r = find(list, 'thank-you-email');
    expect({ startsAt: r.startsAt, dueAt: r.dueAt, overdueAt: r.overdueAt, notifyAt: r.notifyAt }).toEqual({ startsAt, dueAt, overdueAt, notifyAt });
    expect(r.id).toBe('thank-you-email:i1');
  });
});


describe('a rescheduled interview', () => {
  it('a rescheduled interview reminds for the new time only', () => {
    const first = interview('i1', '2025-03-14T14:00:00+01:00');
    const moved = interview('i2', '2025-03-18T14:00:00+01:00', null, null, { at: '2025-03-10T09:00:00Z', replaces: 'i1' });
    const list = deriveReminders(timeline([first, moved]), [], BERLIN, NOW);
    expect(list.filter((r) => r.ruleId === 'thank-you-email').map((r) => r.id)).toEqual(['thank-you-email:i2']);
  });
});

describe('its letter says plainly that the user wants the job (000), in every tone', () => {
  it.each(TONES)('%s', (tone) => {
    const letter = letterFor('thank-you-email', tone, { person: null, people: [] });
    expect(letter.subject).toBe('Thank you for the Data Engineer interview');
    expect(letter.body).toMatch(/today/);
    expect(checkAdvice(letter.body, { ruleId: 'thank-you-email' })).toEqual([]);
  });
});
