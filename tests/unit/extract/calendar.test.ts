import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/core/detect';
import { findCalendarText, readCalendar } from '../../../lib/core/extract/calendar';
import { mail } from '../../support/builders';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../fixtures/mail', name), 'utf8');

function ics(lines: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR'].join('\r\n');
}

describe('a calendar invite in the raw message gives the interview time', () => {
  it('reads a text/calendar part with a TZID, after the US daylight-saving switch', () => {
    const d = detect(mail('Interview confirmed', 'See the invite.', '', { raw: fixture('interview-invite.eml'), date: '2026-03-03T09:15:00-05:00' }));
    expect(d.kind).toBe('interview_confirmed');
    expect(d.interview).toEqual({ start: '2026-03-10T14:00:00-04:00', end: '2026-03-10T15:00:00-04:00', timeZone: 'America/New_York' });
  });

  it('reads a base64 part with a Windows zone name and a duration', () => {
    const d = detect(mail('Einladung zum Vorstellungsgespräch', 'Termin anbei.', '', { raw: fixture('interview-invite-base64.eml'), date: '2026-01-12T08:00:00+01:00' }));
    expect(d.interview).toEqual({ start: '2026-01-15T10:00:00+01:00', end: '2026-01-15T10:45:00+01:00', timeZone: 'Europe/Berlin' });
  });

  it.each([
    ['UTC time', ['METHOD:REQUEST', 'BEGIN:VEVENT', 'DTSTART:20260813T090000Z', 'DTEND:20260813T100000Z', 'END:VEVENT'], { start: '2026-08-13T09:00:00Z', end: '2026-08-13T10:00:00Z', timeZone: null }],
    ['floating time read at the email offset', ['BEGIN:VEVENT', 'DTSTART:20260813T090000', 'END:VEVENT'], { start: '2026-08-13T09:00:00+02:00', end: null, timeZone: null }],
    ['IANA TZID in summer', ['BEGIN:VEVENT', 'DTSTART;TZID=Europe/Paris:20260813T090000', 'END:VEVENT'], { start: '2026-08-13T09:00:00+02:00', end: null, timeZone: 'Europe/Paris' }],
  ])('%s', (_name, lines, expected) => {
    expect(readCalendar(ics(lines as string[]), 120)?.interview).toEqual(expected);
  });

  it.each([
    ['a cancelled invite', ['METHOD:CANCEL', 'BEGIN:VEVENT', 'DTSTART:20260813T090000Z', 'END:VEVENT']],
    ['an all-day event', ['BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20260813', 'END:VEVENT']],
    ['no event', []],
    ['garbage', ['BEGIN:VEVENT', 'DTSTART:not-a-date', 'END:VEVENT']],
  ])('gives no time for %s', (_name, lines) => {
    expect(readCalendar(ics(lines as string[]), 0)).toBeNull();
  });

  it('finds the calendar inside a body that is a raw MIME message', () => {
    const body = 'Subject: x\n\n--m\nContent-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260813T090000Z\nEND:VEVENT\nEND:VCALENDAR\n--m--';
    expect(findCalendarText(body)).toContain('DTSTART:20260813T090000Z');
  });

  it('does not make a non-job meeting invite an interview', () => {
    const raw = fixture('interview-invite.eml').replace(/interview/gi, 'dentist visit').replace(/Recruiting|Recruiter|position|Engineer/gi, 'Clinic');
    expect(detect(mail('Appointment', 'Your dentist visit is booked.', '', { raw })).kind).toBe('other');
  });
});
