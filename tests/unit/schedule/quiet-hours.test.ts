import { describe, expect, it } from 'vitest';
import { inQuietHours, quietEndsAt } from '../../../lib/schedule/plan';

describe('quiet hours hold notifications back', () => {
  it.each([
    // now (UTC), zone, quiet from, until, quiet?
    ['2026-03-03T22:00:00Z', 'UTC', '21:00', '08:00', true],
    ['2026-03-03T07:59:00Z', 'UTC', '21:00', '08:00', true],
    ['2026-03-03T08:00:00Z', 'UTC', '21:00', '08:00', false],
    ['2026-03-03T15:00:00Z', 'UTC', '21:00', '08:00', false],
    ['2026-03-03T13:00:00Z', 'UTC', '12:00', '14:00', true],
    // 20:30 UTC is 21:30 in Berlin (quiet there), 15:30 in New York (not).
    ['2026-03-03T20:30:00Z', 'Europe/Berlin', '21:00', '08:00', true],
    ['2026-03-03T20:30:00Z', 'America/New_York', '21:00', '08:00', false],
    // Same start and end: no quiet hours at all.
    ['2026-03-03T22:00:00Z', 'UTC', '22:00', '22:00', false],
  ])('at %s in %s with quiet hours %s-%s: %s', (now, timeZone, quietStart, quietEnd, quiet) => {
    expect(inQuietHours(new Date(now), { timeZone, quietStart, quietEnd })).toBe(quiet);
  });

  it.each([
    ['2026-03-03T22:00:00Z', 'UTC', '2026-03-04T08:00:00.000Z'],
    ['2026-03-03T06:30:00Z', 'UTC', '2026-03-03T08:00:00.000Z'],
    ['2026-03-03T22:00:00Z', 'Europe/Berlin', '2026-03-04T07:00:00.000Z'],
  ])('held back at %s in %s, they come out at %s', (now, timeZone, end) => {
    expect(new Date(quietEndsAt(new Date(now), { timeZone, quietEnd: '08:00' })).toISOString()).toBe(end);
  });
});
