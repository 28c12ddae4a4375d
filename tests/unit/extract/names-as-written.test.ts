import { describe, expect, it } from 'vitest';
import type { Email } from '../../../lib/core/email';
import { extract } from '../../../lib/core/extract/index';

function mail(body: string, from = 'Dana Whit <dana@northwindlabs.com>', raw: string | null = null): Email {
  const m = /^(.*?)\s*<([^>]+)>$/.exec(from)!;
  return { id: 'm', source: 'manual', subject: 'Your interview', from: { name: m[1]!, address: m[2]! }, date: '2026-03-02T09:00:00-05:00', body, raw };
}

const people = (e: Email) => extract(e, 'interview_confirmed', { now: new Date('2026-03-02T14:00:00Z') }).people.map((p) => [p.name, p.title ?? null, p.email ?? null]);

describe('people are read the way real schedules name them', () => {
  it('an agenda lists one interviewer per slot, with titles, in the order of the day', () => {
    const body = [
      'Here is your schedule for Thursday, March 12:',
      '1:00 – 1:30 PM ET  Priya Raman, Engineering Manager',
      '1:30 – 2:15 PM ET  Technical Interview',
      '2:15 – 3:00 PM ET  Tomasz Nowak (Staff Engineer)',
      '3:00 - 3:15 PM ET  Break',
    ].join('\n');
    expect(people(mail(body)).slice(0, 2)).toEqual([
      ['Priya Raman', 'Engineering Manager', null],
      ['Tomasz Nowak', 'Staff Engineer', null],
    ]);
  });

  it('several people named in one sentence each get their own thank-you', () => {
    const names = people(mail("On Thursday at 2pm you'll meet Ana Pereira, Jo Lindqvist and Sam Okafor from the platform team.")).map((p) => p[0]);
    expect(names).toEqual(['Ana Pereira', 'Jo Lindqvist', 'Sam Okafor']);
  });

  it('the invitation’s attendees from the company’s side are the interviewers, with their addresses; the candidate is not', () => {
    const ics = [
      'BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'DTSTART:20260312T180000Z', 'DTEND:20260312T190000Z', 'SUMMARY:Interview',
      'ORGANIZER;CN=Dana Whit:mailto:dana@northwindlabs.com',
      'ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT:mailto:priya@northwindlabs.com',
      'ATTENDEE;CN=Alex Candidate;ROLE=REQ-PARTICIPANT:mailto:alex.candidate@gmail.com',
      'END:VEVENT', 'END:VCALENDAR',
    ].join('\r\n');
    expect(people(mail('Invitation attached.', undefined, ics))).toContainEqual(['Priya Raman', null, 'priya@northwindlabs.com']);
    expect(people(mail('Invitation attached.', undefined, ics)).map((p) => p[0])).not.toContain('Alex Candidate');
  });
});

describe('the company is named as the email writes it', () => {
  it('a domain guess is spelled as the signature spells the name', () => {
    const e = mail('Looking forward to speaking on Thursday.\n\nDana Whit\nTalent Partner, Northwind Labs');
    expect(extract(e, 'interview_confirmed').company).toBe('Northwind Labs');
  });

  it('without the name in the text, the domain is still the last resort', () => {
    expect(extract(mail('See you Thursday.'), 'interview_confirmed').company).toBe('Northwindlabs');
  });
});
