/**
 * A Gmail date title is read in one pass over its characters (`readTitle`), without regular expressions. It must find
 * exactly what the four expressions it replaced find (kept here as the reference), on the titles Gmail writes and on
 * any text at all: the first month word, the first four-digit year, the first day and the first time.
 */
import { describe, expect, it } from 'vitest';
import { parseGmailDate, readTitle } from '../../../lib/mail/gmail/dates';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = /(?:^|[^a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
const YEAR = /\b(\d{4})\b/;
const DAY = /(?:^|[^\d:])(\d{1,2})(?![\d:])/;
const TIME = /(\d{1,2}):(\d{2})\s*(am|pm|a\.m\.|p\.m\.)?/;

/** What the expressions say of `text`, in `readTitle`'s form. */
function byExpressions(text: string) {
  const month = MONTH.exec(text);
  const year = YEAR.exec(text);
  const day = DAY.exec(text);
  if (!month || !year || !day) return null;
  const time = TIME.exec(text);
  return {
    month: MONTHS.indexOf(month[1]!),
    year: Number(year[1]),
    day: Number(day[1]),
    hours: time ? Number(time[1]) : -1,
    minutes: time ? Number(time[2]) : 0,
    half: time?.[3]?.[0] ?? '',
  };
}

const TITLES = [
  'thu, dec 18, 2014 at 12:35 pm',
  'thu, 18 dec 2014, 12:35',
  'tue, mar 4, 2025, 10:21 am',
  'tue, mar 4, 2025, 10:21\u202fam',
  'mon, 9 mar 2026 at 10:00 a.m.',
  'fri, sep 5, 2025, 7:05 p.m.',
  'dec 18, 2014',
  'december 1, 2026 9:59pm',
  '2014-12-18 12:35',
  'thu, dec 18, 2014 at 123:45 pm',
  '18 déc. 2014 à 12:35',
  'jun 31, 2026, 1:2 pm',
  'x1:23 jan 3 20145 2014_ 2014',
];

describe('a date title read without regular expressions', () => {
  it.each(TITLES)('%s: the parts the expressions find', (title) => {
    expect(readTitle(title)).toEqual(byExpressions(title));
  });

  it('any text: the same parts as the expressions, on 20,000 strings of the characters that matter', () => {
    // Digits, colons, month letters, other letters, word and non-word characters, JavaScript's spaces, dots.
    const alphabet = ['0', '1', '2', '9', '3', ':', ':', ' ', ' ', '\u202f', '\u00a0', '\t', '.', ',', '-', '_', 'a', 'm', 'p', 'j', 'x', 'é', 'A', ...MONTHS, 'am', 'pm', 'a.m.', 'p.m.', '12:35', '2014', '18', ' dec ', ' 2014 ', ' 5 ', ', 1:05 '];
    let seed = 19;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    let found = 0;
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = 2 + (next() % 14);
      for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length];
      const expected = byExpressions(text);
      if (expected) found++;
      expect(readTitle(text), JSON.stringify(text)).toEqual(expected);
    }
    // The strings reach both answers: a date and none.
    expect(found).toBeGreaterThan(500);
    expect(found).toBeLessThan(19_000);
  });

  it('the time decides the hour: 12 am is midnight, 12 pm noon, a bare 12:35 is 12:35', () => {
    process.env.TZ = 'UTC';
    expect(parseGmailDate('Thu, Dec 18, 2014 at 12:35 AM')).toBe('2014-12-18T00:35:00+00:00');
    expect(parseGmailDate('Thu, Dec 18, 2014 at 12:35 PM')).toBe('2014-12-18T12:35:00+00:00');
    expect(parseGmailDate('Thu, 18 Dec 2014, 12:35')).toBe('2014-12-18T12:35:00+00:00');
    expect(parseGmailDate('Thu, Dec 18, 2014 at 7:05 p.m.')).toBe('2014-12-18T19:05:00+00:00');
    expect(parseGmailDate('Dec 18, 2014')).toBe('2014-12-18T00:00:00+00:00');
    expect(parseGmailDate('Thu, Dec 2014')).toBeNull();
  });
});
