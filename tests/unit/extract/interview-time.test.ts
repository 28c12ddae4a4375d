import { describe, expect, it } from 'vitest';
import type { EmailKind, InterviewTime } from '../../../lib/core/detection';
import { extract } from '../../../lib/core/extract/index';
import { mail } from '../../support/builders';

type Row = [name: string, kind: EmailKind, date: string, body: string, expected: InterviewTime | null];

describe('the interview time is read with the email date as reference, in the zone it names', () => {
  it.each<Row>([
    ['Pacific time after the US switch to daylight saving', 'interview_confirmed', '2026-03-05T10:00:00+00:00',
      'Your interview is confirmed for Tuesday, March 10 at 2pm PT.',
      { start: '2026-03-10T14:00:00-07:00', end: null, timeZone: 'America/Los_Angeles' }],
    ['Pacific time before the switch', 'interview_confirmed', '2026-02-27T10:00:00+00:00',
      'Your interview is confirmed for Tuesday, March 3 at 2pm PT.',
      { start: '2026-03-03T14:00:00-08:00', end: null, timeZone: 'America/Los_Angeles' }],
    ['CET in July is Central European summer time', 'interview_confirmed', '2026-07-01T09:00:00+02:00',
      'Your interview has been scheduled at 14:00 CET on 12 July 2026.',
      { start: '2026-07-12T14:00:00+02:00', end: null, timeZone: 'Europe/Berlin' }],
    ['CET the day after Europe switches to summer time', 'interview_confirmed', '2026-03-20T09:00:00+01:00',
      'Your interview is scheduled for Monday, March 30, 2026 at 9:00 CET.',
      { start: '2026-03-30T09:00:00+02:00', end: null, timeZone: 'Europe/Berlin' }],
    ['a range with an Eastern zone', 'interview_confirmed', '2026-03-05T10:00:00-05:00',
      'Interview scheduled: Thursday, March 12, 2026 from 10:00 to 11:00 ET.',
      { start: '2026-03-12T10:00:00-04:00', end: '2026-03-12T11:00:00-04:00', timeZone: 'America/New_York' }],
    ['"tomorrow at 10" on the sender\'s clock', 'interview_confirmed', '2026-03-05T18:00:00-05:00',
      'Great, your interview is confirmed for tomorrow at 10.',
      { start: '2026-03-06T10:00:00-05:00', end: null, timeZone: null }],
    ['Date: and Time: on separate lines', 'interview_confirmed', '2026-03-25T12:00:00+00:00',
      'Your interview is scheduled.\nDate: Wednesday, April 1, 2026\nTime: 3:30 PM EST\nLocation: Zoom',
      { start: '2026-04-01T15:30:00-04:00', end: null, timeZone: 'America/New_York' }],
    ['an IANA zone written out', 'interview_confirmed', '2026-10-20T08:00:00+00:00',
      'Your interview is confirmed: Monday, November 2, 2026 at 16:00 Europe/London.',
      { start: '2026-11-02T16:00:00+00:00', end: null, timeZone: 'Europe/London' }],
    ['a request naming one time', 'interview_request', '2026-03-05T10:00:00+00:00',
      'We would like to invite you to interview. Would Monday, March 9 at 11am ET work for you?',
      { start: '2026-03-09T11:00:00-04:00', end: null, timeZone: 'America/New_York' }],
    ['a request proposing several slots has no fixed time', 'interview_request', '2026-03-05T10:00:00+00:00',
      'Please let us know your availability:\n- Monday, March 9: 2:00 PM - 4:00 PM EST\n- Tuesday, March 10: 10:00 AM - 12:00 PM EST',
      null],
    ['German date and time', 'interview_confirmed', '2026-03-02T09:00:00+01:00',
      'Ihr Vorstellungsgespräch findet am 12.03.2026 um 14:00 Uhr statt.',
      { start: '2026-03-12T14:00:00+01:00', end: null, timeZone: null }],
    ['German ordinal date ("17. März") in one sentence', 'interview_confirmed', '2026-03-05T09:00:00+01:00',
      'Gerne laden wir Sie zu einem persönlichen Gespräch am Dienstag, den 17. März 2026 um 14:00 Uhr ein.',
      { start: '2026-03-17T14:00:00+01:00', end: null, timeZone: null }],
    ['an itinerary: a date line, then a schedule', 'interview_confirmed', '2026-03-10T12:00:00-07:00',
      'Your onsite interview.\nDate: Thursday, March 19, 2026\nLocation: 500 Harbor Way\n\nSchedule\n9:00 AM - Welcome\n9:30 AM - System design',
      { start: '2026-03-19T09:00:00-07:00', end: null, timeZone: null }],
    ['an Outlook "When:" line with a UTC offset', 'interview_confirmed', '2026-03-05T10:00:00+01:00',
      'When: Wednesday, March 11, 2026 3:00 PM-4:00 PM (UTC+01:00) Amsterdam, Berlin',
      { start: '2026-03-11T15:00:00+01:00', end: '2026-03-11T16:00:00+01:00', timeZone: 'Etc/GMT-1' }],
    ['a reply: the newest message\'s time, not the quoted proposals', 'interview_confirmed', '2026-03-03T10:00:00-05:00',
      "Wednesday at 3:30pm ET works; I'll send an invite.\n\nOn Mon, Mar 2, 2026 at 9:12 AM Sam wrote:\n> I'm free Tuesday at 2pm ET.",
      { start: '2026-03-04T15:30:00-05:00', end: null, timeZone: 'America/New_York' }],
    ['a 30-minute call to book through a link has no time yet', 'interview_request', '2026-02-04T09:41:30-05:00',
      'I would love to set up a brief phone screen. Please grab a 30-minute slot on my calendar that works for you.',
      null],
    ['"about 3.5 hours" of interviews is a length, not a time', 'interview_request', '2026-03-13T11:26:08-07:00',
      'We would like to invite you to the final round, which is 4 interviews (about 3.5 hours total) over Google Meet. Could you send your availability?',
      null],
    ['"The interview will be 60 minutes" beside the booked time keeps the booked time', 'interview_confirmed', '2026-03-05T10:00:00+00:00',
      'Your interview is confirmed for Tuesday, March 10 at 2pm PT. The interview will be 60 minutes over Zoom.',
      { start: '2026-03-10T14:00:00-07:00', end: null, timeZone: 'America/Los_Angeles' }],
    ['"in an hour" on the day is a length too', 'interview_request', '2026-03-05T10:00:00+00:00',
      'Could we have a call? It would take about an hour.',
      null],
    ['a past date in the text is not the interview', 'interview_confirmed', '2026-03-05T10:00:00+00:00',
      'Thanks for your call on March 1 at 9am. Your interview is confirmed.',
      null],
  ])('%s', (_name, kind, date, body, expected) => {
    expect(extract(mail('', body, '', { date }), kind).interview).toEqual(expected);
  });

  it('uses options.now only when the email has no date', () => {
    const body = 'Your interview is confirmed for tomorrow at 9am.';
    const withoutDate = extract(mail('', body, '', { date: null }), 'interview_confirmed', { now: new Date('2026-05-04T12:00:00Z') });
    expect(withoutDate.interview?.start).toBe('2026-05-05T09:00:00+00:00');
    const withDate = extract(mail('', body, '', { date: '2026-06-01T08:00:00+00:00' }), 'interview_confirmed', { now: new Date('2026-05-04T12:00:00Z') });
    expect(withDate.interview?.start).toBe('2026-06-02T09:00:00+00:00');
  });

  it('parses no dates for kinds that carry none', () => {
    const body = 'Thanks for applying! Your interview is confirmed for tomorrow at 10.';
    expect(extract(mail('', body), 'application_received').interview).toBeNull();
    expect(extract(mail('', body), 'other')).toMatchObject({ interview: null, deadline: null, decisionBy: null, company: null });
  });
});
