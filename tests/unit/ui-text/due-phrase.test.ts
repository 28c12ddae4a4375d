import { describe, expect, it } from 'vitest';
import { dueText } from '../../../lib/ui-text/due-phrase';

// Times are written in UTC; the zone column says which wall clock the user reads them on.
describe('the popup says by when in plain words', () => {
  it.each([
    // now, dueAt, overdueAt, zone, expected
    ['2026-03-03T15:00:00Z', '2026-03-03T23:59:00Z', '2026-03-04T10:00:00Z', 'UTC', 'by tonight'],
    ['2026-03-03T15:00:00Z', '2026-03-03T17:30:00Z', '2026-03-03T18:30:00Z', 'UTC', 'by 17:30'],
    // Past the end of the day but before early next morning: still on time, until 10:00 tomorrow.
    ['2026-03-04T00:30:00Z', '2026-03-03T23:59:00Z', '2026-03-04T10:00:00Z', 'UTC', 'by 10:00'],
    ['2026-03-03T23:59:30Z', '2026-03-03T23:59:00Z', '2026-03-04T10:00:00Z', 'UTC', 'by tomorrow 10:00'],
    ['2026-03-04T11:00:00Z', '2026-03-03T23:59:00Z', '2026-03-04T10:00:00Z', 'UTC', 'overdue since 10:00'],
    ['2026-03-05T08:00:00Z', '2026-03-03T23:59:00Z', '2026-03-04T10:00:00Z', 'UTC', 'overdue since yesterday 10:00'],
    ['2026-03-03T09:00:00Z', '2026-03-04T23:59:00Z', '2026-03-05T10:00:00Z', 'UTC', 'by the end of tomorrow'],
    ['2026-03-03T09:00:00Z', '2026-03-06T17:30:00Z', '2026-03-06T18:30:00Z', 'UTC', 'by Friday 17:30'],
    ['2026-03-03T09:00:00Z', '2026-03-20T17:30:00Z', '2026-03-20T18:30:00Z', 'UTC', 'by 20 Mar 17:30'],
    // Berlin is UTC+1 in March: 22:59Z is 23:59 there, and 09:00Z is 10:00.
    ['2026-03-03T15:00:00Z', '2026-03-03T22:59:00Z', '2026-03-04T09:00:00Z', 'Europe/Berlin', 'by tonight'],
    ['2026-03-04T10:00:00Z', '2026-03-03T22:59:00Z', '2026-03-04T09:00:00Z', 'Europe/Berlin', 'overdue since 10:00'],
    // In New York (UTC-5) 02:00Z on the 4th is still the evening of the 3rd: the deadline is "tomorrow" there.
    ['2026-03-04T02:00:00Z', '2026-03-05T04:59:00Z', '2026-03-05T15:00:00Z', 'America/New_York', 'by the end of tomorrow'],
  ])('at %s, due %s, overdue %s in %s: "%s"', (now, dueAt, overdueAt, zone, expected) => {
    expect(dueText({ dueAt, overdueAt }, now, zone).text).toBe(expected);
  });

  it.each([
    ['2026-03-03T15:00:00Z', '2026-03-04T09:00:00Z', 'snoozed until tomorrow 09:00'],
    ['2026-03-03T08:00:00Z', '2026-03-03T13:00:00Z', 'snoozed until 13:00'],
  ])('a snoozed reminder says until when (now %s, until %s)', (now, until, expected) => {
    const result = dueText({ dueAt: '2026-03-03T23:59:00Z', overdueAt: '2026-03-04T10:00:00Z', snoozedUntil: until }, now, 'UTC');
    expect(result).toEqual({ state: 'snoozed', text: expected });
  });

  it.each([
    ['not a date', 'UTC'],
    ['2026-03-03T23:59:00Z', 'Mars/Olympus_Mons'],
  ])('odd input (%s, %s) never throws', (dueAt, zone) => {
    expect(() => dueText({ dueAt, overdueAt: dueAt }, '2026-03-03T10:00:00Z', zone)).not.toThrow();
  });

  it('an overdue reminder is marked overdue', () => {
    expect(dueText({ dueAt: '2026-03-03T10:00:00Z', overdueAt: '2026-03-03T11:00:00Z' }, '2026-03-03T12:00:00Z', 'UTC').state).toBe('overdue');
  });
});
