/**
 * Gmail's row and message dates are local wall times; `localDate` turns them into the instant the page's clock
 * means without SpiderMonkey's slow local-time constructor. It must be the very instant `new Date(y, m, d, h, min)`
 * gives, in every zone, on every DST edge (a skipped hour, a repeated hour, half-hour zones, a zone that moved its
 * whole day), or a row and its opened message would disagree on the date. A scan shares the zone's offsets per day
 * (`ZoneDays`): read through that table, every title must still be the constructor's instant.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { localDate, parseGmailDate, type ZoneDays } from '../../../lib/mail/gmail/dates';

const ZONES = ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'America/Santiago', 'Pacific/Apia', 'UTC'];
const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe('a Gmail wall time is the instant the local-time constructor gives', () => {
  it.each(ZONES)('%s: every quarter hour of 2011 and 2026, DST edges included', (zone) => {
    process.env.TZ = zone;
    let checked = 0;
    for (const year of [2011, 2026]) {
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 15 * 60_000) {
        const w = new Date(t); // read as the wall time's fields
        const [y, m, d, h, min] = [w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate(), w.getUTCHours(), w.getUTCMinutes()];
        expect(localDate(y, m, d, h, min).getTime(), `${zone} ${w.toISOString()}`).toBe(new Date(y, m, d, h, min).getTime());
        checked++;
      }
    }
    expect(checked).toBe(2 * 365 * 96);
  });

  it.each(ZONES)('%s: a title read with a scan\'s table of offsets is the local-time constructor\'s instant', (zone) => {
    process.env.TZ = zone;
    const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const days: ZoneDays = new Map();
    for (const year of [2011, 2026]) {
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 15 * 60_000) {
        const w = new Date(t);
        const [y, m, d, h, min] = [w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate(), w.getUTCHours(), w.getUTCMinutes()];
        const title = `${MONTH_NAMES[m]} ${d}, ${y} at ${h % 12 || 12}:${String(min).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
        const read = parseGmailDate(title, days);
        const expected = new Date(y, m, d, h, min);
        // A wall time the zone skips (or a day it skipped) is no date of that day: null, as without the table.
        if (expected.getDate() !== d) expect(read, title).toBe(parseGmailDate(title));
        else expect(Date.parse(read!), `${zone} ${title}`).toBe(expected.getTime());
      }
    }
    // The table holds a day at most once: the zone was asked twice per day, not per time.
    expect(days.size).toBe(2 * 365);
  });

  it('a date Gmail shows reads the same in Berlin and New York as the constructor says', () => {
    process.env.TZ = 'Europe/Berlin';
    expect(parseGmailDate('Sun, Mar 29, 2026 at 2:30 AM')).toBe('2026-03-29T03:30:00+02:00'); // the skipped hour
    expect(parseGmailDate('Sun, Oct 25, 2026 at 2:30 AM')).toBe('2026-10-25T02:30:00+02:00'); // the first of two
    process.env.TZ = 'America/New_York';
    expect(parseGmailDate('Thu, Dec 18, 2014 at 12:35 PM')).toBe('2014-12-18T12:35:00-05:00');
  });
});
