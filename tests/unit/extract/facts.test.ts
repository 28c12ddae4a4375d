import { describe, expect, it } from 'vitest';
import type { EmailKind } from '../../../lib/core/detection';
import { extract } from '../../../lib/core/extract/index';
import { mail } from '../../support/builders';

describe('the company comes from the text and the display name, never from a relay', () => {
  it.each<[name: string, subject: string, body: string, from: string, company: string | null]>([
    ['"Acme via Greenhouse"', 'Thanks for applying', 'We have received your application.', 'Acme Robotics via Greenhouse <no-reply@greenhouse.io>', 'Acme Robotics'],
    ['"Kestrel Hiring Team" on a relay', 'Application received', 'We have received your application.', 'Kestrel Hiring Team <no-reply@ashbyhq.com>', 'Kestrel'],
    ['a relay whose display name is the company', 'We Have Received Your Application!', 'Thanks!', 'Bluefin <notification@smartrecruiters.com>', 'Bluefin'],
    ['"your application to ..." behind a no-reply relay', '', 'Thank you for your application to Northwind Traders. We will review it shortly.', 'no-reply@us.greenhouse-mail.io', 'Northwind Traders'],
    ['"thank you for applying to ..." in the subject', 'Thank you for applying to Orbital Foods', 'We received it.', 'jobs@myworkday.com', 'Orbital Foods'],
    ['"position at ..."', '', 'Thank you for applying to the Data Analyst position at Harbor & Finch. We received it.', '', 'Harbor & Finch'],
    ['the earliest anchor in the text wins, whatever its place in the list', '', 'The role at Alder Works opened in May. Thank you for applying to Birch Analytics.', '', 'Alder Works'],
    ['an anchor not followed by a name is tried again further on', '', 'Thanks for applying to the team. We saw your interest. Thanks for applying to Quillon Freight.', '', 'Quillon Freight'],
    ['the signature', '', 'Thank you for applying. Unfortunately we will not move forward with your application.\n\nThe Larkspur Recruiting Team', '', 'Larkspur'],
    ['the company mail domain, last, its hyphen read as a space', 'Your application', 'We received your application and will review it.', 'Dana <dana@kestrel-labs.io>', 'Kestrel Labs'],
    ['a testing platform is a relay: the display name is the company', 'Video interview invitation', 'Please complete your video interview.', 'Sterling Rowe <noreply@hirevue.com>', 'Sterling Rowe'],
    ['a company\'s role mailbox: its display name is the company', 'Your offer', 'We are pleased to offer you the role.', 'Riverbend Medical Center <hr-offers@riverbendmc.org>', 'Riverbend Medical Center'],
    ['a person\'s own address: the person is not the company', 'Your application', 'We received your application and will review it.', 'Laura Brandt <laura.brandt@kessler-digital.de>', 'Kessler Digital'],
    ['"Graduate Recruitment" names no company', 'Your application', 'We received your application and will review it.', 'Graduate Recruitment <graduates@ashgrove.com>', 'Ashgrove'],
    ['"Acme Hiring" is Acme', 'Update', 'We received your application.', 'Fernhollow Hiring <notifications@ashbyhq.com>', 'Fernhollow'],
    ['"Acme University Recruiting" is Acme', 'Update', 'We received your application.', 'Pellucid Systems University Recruiting <university@pellucid.com>', 'Pellucid Systems'],
    ['"Recruiting Acme AG" is Acme AG', 'Absage', 'Vielen Dank für Ihre Bewerbung.', 'Recruiting Brenner AG <karriere@brenner.de>', 'Brenner AG'],
    ['a Polish recruiting team\'s name', 'Rekrutacja', 'Dziękujemy za zgłoszenie.', 'Zespół Rekrutacji Vistra Polska <rekrutacja@vistrapolska.pl>', 'Vistra Polska'],
    ['nothing but a relay: no company', 'Your application', 'We received your application and will review it.', 'no-reply@greenhouse-mail.io', null],
    ['a calendar service is not a company', 'Invitation: Interview', 'We received your application and will review it.', 'Google Calendar <calendar-notification@google.com>', null],
    ['a free mail domain is not a company', 'Your application', 'We received your application and will review it.', 'Dana <dana.recruits@gmail.com>', null],
  ])('%s', (_name, subject, body, from, company) => {
    expect(extract(mail(subject, body, from), 'application_received').company).toBe(company);
  });
});

describe('the role', () => {
  it.each<[subject: string, body: string, role: string | null]>([
    ['', 'We have received your application for the Senior Data Engineer position.', 'Senior Data Engineer'],
    ['', 'Thank you for applying to the position of Product Designer at Harbor.', 'Product Designer'],
    ['', 'Position: Backend Engineer (Remote)\nLocation: Berlin', 'Backend Engineer'],
    ['Interview Invitation - Senior Software Engineer', 'We would like to invite you to interview.', 'Senior Software Engineer'],
    ['', 'Thank you for your interest in the R123456 Site Reliability Engineer role.', 'Site Reliability Engineer'],
    ['', 'Nous avons bien reçu votre candidature pour le poste de Chef de projet.', 'Chef de projet'],
    ['', 'Your application for Backend Engineer (R-2231) has been reviewed.', 'Backend Engineer'],
    ['', 'Thanks for applying for the Operations Associate job. We will review it.', 'Operations Associate'],
    ['Thanks', 'Thanks for applying.', null],
  ])('%s %s', (subject, body, role) => {
    expect(extract(mail(subject, body), 'application_received').role).toBe(role);
  });
});

describe('interviewers and their titles', () => {
  it.each<[body: string, people: { name: string; title: string | null }[]]>([
    ['Interviewer: Priya Raman (Engineering Manager)', [{ name: 'Priya Raman', title: 'Engineering Manager' }]],
    ['Interviewers: Priya Raman, Engineering Manager; Tom Berg, Staff Engineer', [{ name: 'Priya Raman', title: 'Engineering Manager' }, { name: 'Tom Berg', title: 'Staff Engineer' }]],
    ['You will meet with Ana Souza, our Head of Data, on Tuesday.', [{ name: 'Ana Souza', title: 'Head of Data' }]],
    ['We would like to schedule a call.\n\nBest regards,\nMike Osei\nEngineering Manager\nKestrel', [{ name: 'Mike Osei', title: 'Engineering Manager' }]],
    ['We would like to schedule a call.\n\nBest regards,\nThe Hiring Team', []],
  ])('%s', (body, people) => {
    expect(extract(mail('', body), 'interview_request').people).toEqual(people);
  });
});

describe('video, scheduling and assessment links', () => {
  it('keeps the meeting, booking and test links with their kind, and drops the rest', () => {
    const body = [
      'Join: https://acme.zoom.us/j/98765?pwd=abc.',
      'Or book a slot: https://calendly.com/acme-recruiting/30min',
      'Test: https://www.hackerrank.com/tests/abc123',
      'Meet: https://meet.google.com/abc-defg-hij',
      'Our careers page: https://acme.example/careers',
    ].join('\n');
    const html = '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting">Join Teams</a>';
    expect(extract(mail('', body, '', { html, links: ['https://app.codility.com/test/x'] }), 'interview_confirmed').links).toEqual([
      { url: 'https://app.codility.com/test/x', kind: 'assessment' },
      { url: 'https://acme.zoom.us/j/98765?pwd=abc', kind: 'video' },
      { url: 'https://calendly.com/acme-recruiting/30min', kind: 'scheduling' },
      { url: 'https://www.hackerrank.com/tests/abc123', kind: 'assessment' },
      { url: 'https://meet.google.com/abc-defg-hij', kind: 'video' },
      { url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting', kind: 'video' },
    ]);
  });
});

describe('deadlines and promised decision dates', () => {
  const date = '2026-03-05T10:00:00+00:00'; // a Thursday
  it.each<[name: string, kind: EmailKind, body: string, field: 'deadline' | 'decisionBy', expected: string | null]>([
    ['an assessment due within 48 hours', 'assessment', 'Please complete the assessment within 48 hours.', 'deadline', '2026-03-07T10:00:00+00:00'],
    ['an offer answered by a date', 'offer', 'We are pleased to offer you the role. Please respond by March 20, 2026.', 'deadline', '2026-03-20T23:59:00+00:00'],
    ['an assessment due by a date and time in a zone', 'assessment', 'Please submit the take-home assignment by Monday, March 9 at 5pm ET.', 'deadline', '2026-03-09T17:00:00-04:00'],
    ['a deadline in business days skips the weekend and runs to the end of the day', 'assessment', 'Please complete it within 3 business days.', 'deadline', '2026-03-10T23:59:00+00:00'],
    ['"within 7 days of receiving this email" runs to the end of the seventh day', 'assessment', 'Please complete it within 7 days of receiving this email.', 'deadline', '2026-03-12T23:59:00+00:00'],
    ['the length of a test is no deadline', 'assessment', 'The assessment takes about 70 minutes. Please complete it by Friday.', 'deadline', '2026-03-06T23:59:00+00:00'],
    ['an interview day is not a deadline', 'offer', 'Thank you for interviewing on March 2. We are pleased to offer you the role.', 'deadline', null],
    ['"we\'ll be in touch by Friday"', 'application_received', 'Thanks for applying! We will be in touch by Friday.', 'decisionBy', '2026-03-06T23:59:00+00:00'],
    ['"within two weeks" runs to the end of the day', 'application_received', 'We will review your application and get back to you within two weeks.', 'decisionBy', '2026-03-19T23:59:00+00:00'],
    ['no promise, no date', 'application_received', 'We will review your application.', 'decisionBy', null],
  ])('%s', (_name, kind, body, field, expected) => {
    expect(extract(mail('', body, '', { date }), kind)[field]).toBe(expected);
  });
});
