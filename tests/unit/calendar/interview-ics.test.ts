/**
 * "Add to calendar": the .ics file read back with ical.js (what a calendar app reads), checked for what the user
 * would see in their calendar: the time in their own zone, the length, the title, the link, the people, the alarms,
 * and one entry however often it is saved. Email text is hostile: it must never break a line or add a property.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarEventIds, calendarFileName, interviewEntry, interviewIcs, type InterviewEntry } from '../../../lib/core/calendar';
import { foldLine } from '../../../lib/core/calendar/ics-text';
import { readCalendar } from '../../../lib/core/extract/calendar';
import type { Application, Person, TimelineEvent } from '../../../lib/core/timeline/types';

const NOW = new Date('2026-03-01T09:00:00Z');
const BERLIN = { timeZone: 'Europe/Berlin', interviewMinutes: 45 };

const app = (over: Partial<Application> = {}): Application => ({
  id: 'app-1',
  company: 'Northwind Labs',
  companyKey: 'northwind labs',
  role: 'Backend Engineer',
  stage: 'interviewing',
  round: 1,
  stance: null,
  archived: false,
  stageByUser: false,
  createdAt: '2026-02-01T00:00:00Z',
  updatedAt: '2026-02-01T00:00:00Z',
  ...over,
});

const interview = (id: string, start: string, over: Partial<TimelineEvent> = {}, end: string | null = null, timeZone: string | null = 'America/New_York'): TimelineEvent => ({
  id,
  applicationId: 'app-1',
  kind: 'interview_confirmed',
  at: '2026-02-20T12:00:00Z',
  source: 'gmail',
  messageId: `msg-${id}`,
  threadId: `thread-${id}`,
  subject: 'Interview confirmed',
  confidence: 0.95,
  evidence: [],
  interview: { start, end, timeZone },
  deadline: null,
  decisionBy: null,
  links: [],
  ...over,
});

const person = (id: string, name: string, email: string | null, over: Partial<Person> = {}): Person => ({
  id,
  applicationId: 'app-1',
  name,
  email,
  title: null,
  role: 'interviewer',
  eventId: 'ev-1',
  ...over,
});

function entryOf(events: TimelineEvent[], people: Person[] = [], eventId = events[events.length - 1]!.id, application = app()): InterviewEntry {
  const entry = interviewEntry({ application, events, people, eventId }, BERLIN);
  if (!entry) throw new Error('no calendar entry');
  return entry;
}

/** The file as a calendar app reads it: its one event. */
function read(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

/** "15:00" on the wall clock of `zone`: what a calendar app set to that zone shows. */
const shownIn = (date: Date, zone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);

describe('a Berlin user saves a New York interview: the calendar shows it at the right time, whatever daylight saving does', () => {
  it.each([
    // 8 March: the US moves its clocks, Europe waits until 29 March: five hours apart for three weeks.
    ['before either change (EST, CET: six hours)', '2026-03-05T10:00', '05/03/2026, 16:00'],
    ['between the US and the European change (EDT, CET: five hours)', '2026-03-10T10:00', '10/03/2026, 15:00'],
    ['after both (EDT, CEST: six hours)', '2026-04-02T10:00', '02/04/2026, 16:00'],
    ['written with its offset', '2026-03-10T10:00:00-04:00', '10/03/2026, 15:00'],
  ])('%s', (_, start, berlin) => {
    const { event } = read(interviewIcs(entryOf([interview('ev-1', start)]), NOW));
    expect(shownIn(event.startDate.toJSDate(), 'Europe/Berlin')).toBe(berlin);
    // And in New York, the time the email said.
    expect(shownIn(event.startDate.toJSDate(), 'America/New_York')).toMatch(/, 10:00$/);
  });

  it('an interview across the night the clocks change lasts its real length', () => {
    // 01:30 EST on 8 March, an hour: New York's wall clock reads 03:30 at its end, the calendar shows one hour.
    const ics = interviewIcs(entryOf([interview('ev-1', '2026-03-08T01:30', {}, '2026-03-08T03:30')]), NOW);
    const { event } = read(ics);
    expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(3_600_000);
    expect(shownIn(event.startDate.toJSDate(), 'Europe/Berlin')).toBe('08/03/2026, 07:30');
    expect(shownIn(event.endDate.toJSDate(), 'Europe/Berlin')).toBe('08/03/2026, 08:30');
  });

  it('times are UTC (no zone a calendar app could misread), and the description gives their wall clock too', () => {
    const ics = interviewIcs(entryOf([interview('ev-1', '2026-03-10T10:00')]), NOW);
    expect(ics).toMatch(/\r\nDTSTART:20260310T140000Z\r\n/);
    expect(read(ics).event.description).toContain('Their time: 2026-03-10 10:00 (America/New_York)');
    // Our own invitation reader reads the same instant back.
    expect(Date.parse(readCalendar(ics, 0)!.interview.start)).toBe(Date.parse('2026-03-10T14:00:00Z'));
  });

  it('an email time without a zone is the user\'s wall clock', () => {
    const { event } = read(interviewIcs(entryOf([interview('ev-1', '2026-03-10T10:00', {}, null, null)]), NOW));
    expect(shownIn(event.startDate.toJSDate(), 'Europe/Berlin')).toBe('10/03/2026, 10:00');
    expect(event.description ?? '').not.toContain('Their time');
  });
});

describe('what the calendar entry shows', () => {
  const people = [
    person('p2', 'Ben Ode', 'ben@northwind.example', { rank: 1 }),
    person('p1', 'Ana Pereira', 'Ana@Northwind.example', { rank: 0, title: 'Engineering Manager' }),
    person('p3', 'Jo Smith', null, { rank: 2 }),
    person('p4', 'Other Round', 'other@northwind.example', { eventId: 'ev-9' }),
    person('p5', 'Priya Recruiter', 'priya@northwind.example', { role: 'recruiter' }),
  ];
  const video = { url: 'https://meet.google.com/abc-defg-hij', kind: 'video' as const };
  const ics = interviewIcs(entryOf([interview('ev-1', '2026-03-10T10:00', { links: [{ url: 'https://northwind.example/jobs', kind: 'other' }, video] })], people), NOW);
  const { vevent, event } = read(ics);

  it('is titled "Interview: <role> at <company>", lasts the default length when the email gave no end', () => {
    expect(event.summary).toBe('Interview: Backend Engineer at Northwind Labs');
    expect(event.duration.toSeconds()).toBe(45 * 60);
  });

  it('lasts what the email said when it gave an end', () => {
    const long = read(interviewIcs(entryOf([interview('ev-1', '2026-03-10T10:00', {}, '2026-03-10T11:30')]), NOW)).event;
    expect(long.duration.toSeconds()).toBe(90 * 60);
  });

  it('says "Interview at <company>" when the role is unknown', () => {
    expect(read(interviewIcs(entryOf([interview('ev-1', '2026-03-10T10:00')], [], 'ev-1', app({ role: null })), NOW)).event.summary).toBe('Interview at Northwind Labs');
  });

  it('puts the video link where calendar apps look: location, URL and description', () => {
    expect(event.location).toBe(video.url);
    expect(vevent.getFirstPropertyValue('url')).toBe(video.url);
    expect(event.description).toContain(`Join: ${video.url}`);
  });

  it('lists this interview\'s interviewers in the email\'s order, with name and address, and names the one without an address', () => {
    const attendees = event.attendees.map((a) => [a.getParameter('cn'), a.getFirstValue()]);
    expect(attendees).toEqual([
      ['Ana Pereira', 'mailto:ana@northwind.example'],
      ['Ben Ode', 'mailto:ben@northwind.example'],
    ]);
    expect(event.description).toContain('With: Ana Pereira (Engineering Manager), Ben Ode, Jo Smith');
    expect(ics).not.toContain('Other Round');
    expect(ics).not.toContain('Priya');
  });

  it('is an entry for the user\'s calendar, not an invitation a calendar app would answer', () => {
    expect(read(ics).calendar.getFirstPropertyValue('method')).toBeNull();
    expect(vevent.getFirstProperty('organizer')).toBeNull();
    for (const a of event.attendees) expect(a.getParameter('rsvp')).toBe('FALSE');
  });

  it('rings a day before and an hour before', () => {
    const alarms = vevent.getAllSubcomponents('valarm').map((a) => [a.getFirstPropertyValue('action'), String(a.getFirstPropertyValue('trigger')), a.getFirstPropertyValue('description')]);
    expect(alarms).toEqual([
      ['DISPLAY', '-P1D', 'Tomorrow: Interview: Backend Engineer at Northwind Labs'],
      ['DISPLAY', '-PT1H', 'In an hour: Interview: Backend Engineer at Northwind Labs'],
    ]);
  });

  it('is stamped with the clock it is given', () => {
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-03-01T09:00:00Z');
  });
});

describe('saving again updates the same calendar entry', () => {
  it('the same interview saved twice, days apart, has one UID', () => {
    const entry = entryOf([interview('ev-1', '2026-03-10T10:00')]);
    const first = read(interviewIcs(entry, NOW)).event;
    const again = read(interviewIcs(entry, new Date('2026-03-04T09:00:00Z'))).event;
    expect(again.uid).toBe(first.uid);
    expect(interviewIcs(entry, NOW)).not.toBe(interviewIcs(entry, new Date('2026-03-04T09:00:00Z')));
  });

  it('a rescheduled interview keeps the UID with a higher sequence, and only the new time is offered', () => {
    const events = [interview('ev-1', '2026-03-10T10:00'), interview('ev-2', '2026-03-12T15:00', { replaces: 'ev-1' })];
    expect([...calendarEventIds(events, 'Europe/Berlin')]).toEqual(['ev-2']);
    expect(interviewEntry({ application: app(), events, people: [], eventId: 'ev-1' }, BERLIN)).toBeNull();
    const first = read(interviewIcs(entryOf(events.slice(0, 1)), NOW)).event;
    const moved = read(interviewIcs(entryOf(events), NOW)).event;
    expect(moved.uid).toBe(first.uid);
    expect(moved.sequence).toBe(first.sequence + 1);
    expect(shownIn(moved.startDate.toJSDate(), 'America/New_York')).toBe('12/03/2026, 15:00');
  });

  it('two interviews of one application are two entries', () => {
    const events = [interview('ev-1', '2026-03-10T10:00'), interview('ev-3', '2026-03-20T10:00', { kind: 'manual_interview' })];
    expect(read(interviewIcs(entryOf(events, [], 'ev-1'), NOW)).event.uid).not.toBe(read(interviewIcs(entryOf(events, [], 'ev-3'), NOW)).event.uid);
  });
});

describe('which events offer "Add to calendar"', () => {
  it.each([
    ['a confirmed interview with a time', interview('ev-1', '2026-03-10T10:00'), true],
    ['an interview added by hand', interview('ev-1', '2026-03-10T10:00', { kind: 'manual_interview' }), true],
    ['an invitation without a fixed time', interview('ev-1', '2026-03-10T10:00', { kind: 'interview_request' }), false],
    ['a confirmation whose time could not be read', interview('ev-1', 'next Tuesday'), false],
    ['a confirmation without a time', { ...interview('ev-1', ''), interview: null }, false],
  ])('%s: %s', (_, event, offered) => {
    expect(calendarEventIds([event], 'Europe/Berlin').has('ev-1')).toBe(offered);
  });

  it('the popup asks only about interviews still ahead, among the reminders it shows', () => {
    const events = [interview('ev-1', '2026-03-10T10:00'), interview('ev-2', '2026-02-10T10:00'), interview('ev-3', '2026-03-20T10:00')];
    const after = Date.parse('2026-03-01T00:00:00Z');
    expect([...calendarEventIds(events, 'Europe/Berlin', { after })]).toEqual(['ev-1', 'ev-3']);
    expect([...calendarEventIds(events, 'Europe/Berlin', { after, among: new Set(['ev-2', 'ev-3']) })]).toEqual(['ev-3']);
  });
});

describe('the file name', () => {
  it.each([
    ['Northwind Labs', '2026-03-10T14:00:00Z', 'northwind-labs-interview-2026-03-10.ics'],
    // 23:30 in New York is already the next day in Berlin: the user's own date.
    ['Acme, Inc.', '2026-03-11T03:30:00Z', 'acme-inc-interview-2026-03-11.ics'],
    ['Zürich Versicherung / AG', '2026-03-10T14:00:00Z', 'zürich-versicherung-ag-interview-2026-03-10.ics'],
    ['../../etc/passwd', '2026-03-10T14:00:00Z', 'etc-passwd-interview-2026-03-10.ics'],
    ['***', '2026-03-10T14:00:00Z', 'company-interview-2026-03-10.ics'],
  ])('%s: %s', (company, start, name) => {
    expect(calendarFileName({ company, start }, 'Europe/Berlin')).toBe(name);
  });
});

describe('hostile email text never breaks the file', () => {
  const hostile = 'Evil, Inc; \\ "quoted"\r\nX-INJECT:1\nBEGIN:VALARM\u0000\u0007\u001b[31m\u202eesrever\u2028next';
  const ics = interviewIcs(
    entryOf(
      [interview('ev-1', '2026-03-10T10:00', { links: [{ url: 'javascript:alert(1)', kind: 'video' }] })],
      [
        person('p1', hostile, 'ana@x.example\r\nATTENDEE:mailto:spy@evil.example'),
        person('p2', `Ana ${'é'.repeat(200)} 😀😀😀`, 'ana@northwind.example'),
        person('p3', 'Bo "Bobby" Lee, PhD; MBA: ^2', 'bo@northwind.example'),
      ],
      'ev-1',
      app({ company: hostile, role: `Engineer ${'ü'.repeat(50)} 😀 ${'x'.repeat(400)}` }),
    ),
    NOW,
  );
  const { vevent, event } = read(ics);

  it('keeps commas, semicolons, backslashes and quotes as text, and adds no property or component', () => {
    expect(event.summary).toContain('at Evil, Inc; \\ "quoted" X-INJECT:1 BEGIN:VALARM');
    expect([...new Set(vevent.getAllProperties().map((p) => p.name))].sort()).toEqual(
      ['attendee', 'description', 'dtend', 'dtstamp', 'dtstart', 'sequence', 'status', 'summary', 'transp', 'uid'].sort(),
    );
    expect(vevent.getAllSubcomponents('valarm')).toHaveLength(2);
    expect(event.attendees.map((a) => a.getFirstValue())).toEqual(['mailto:ana@northwind.example', 'mailto:bo@northwind.example']);
    // A name with quotes, commas, semicolons and colons reads back whole (quoted, RFC 6868 for the quotes).
    expect(event.attendees[1]!.getParameter('cn')).toBe('Bo "Bobby" Lee, PhD; MBA: ^2');
  });

  it('drops a link that is not a web address', () => {
    expect(ics).not.toContain('javascript');
  });

  it('strips control characters and ends every line with CRLF', () => {
    expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202e]/);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(event.summary).toContain('esrever next');
  });

  it('folds every line at 75 octets, never inside a character or an escape', () => {
    const bytes = new TextEncoder().encode(ics);
    const lines: Uint8Array[] = [];
    for (let start = 0, i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 13 && bytes[i + 1] === 10) {
        lines.push(bytes.slice(start, i));
        start = i + 2;
      }
    }
    expect(lines.length).toBeGreaterThan(20);
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => strict.decode(line)).not.toThrow();
      expect(strict.decode(line)).not.toMatch(/(^|[^\\])(\\\\)*\\$/);
    }
    expect(lines.some((l) => l.length === 75 || l.length >= 72)).toBe(true);
  });
});

describe('foldLine', () => {
  it.each([
    ['ASCII', 'x'.repeat(200)],
    ['two-byte letters', 'é'.repeat(200)],
    ['three-byte characters', '漢'.repeat(100)],
    ['four-byte emoji', '😀'.repeat(100)],
    ['escapes', '\\,'.repeat(100)],
  ])('%s: lines of at most 75 octets, escapes whole, that unfold to the same text', (_, text) => {
    const line = `SUMMARY:${text}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      // An escape is never cut after its backslash.
      expect(part).not.toMatch(/(^|[^\\])(\\\\)*\\$/);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\ufffd');
  });
});
