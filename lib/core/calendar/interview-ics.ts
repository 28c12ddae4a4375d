/**
 * An interview as an iCalendar file (RFC 5545) the user opens in their calendar app: one VEVENT with the time in
 * UTC (every app shows it in the user's own zone, daylight saving included, with no VTIMEZONE to get wrong), the
 * video link, the interviewers, and two alarms (a day and an hour before). Built with ical.js; pure: plain data in,
 * text out, the clock passed in.
 *
 * No METHOD and no ORGANIZER: the file is an entry for the user's own calendar, not an invitation, so a calendar
 * app has nobody to send a reply to. The UID comes from the first event of the interview (a reschedule keeps it,
 * with a higher SEQUENCE), so saving the file again updates the same entry instead of adding a second one.
 */
import ICAL from 'ical.js';
import { cleanLine, cleanText, refold } from './ics-text';

export interface InterviewPerson {
  name: string;
  email: string | null;
  title: string | null;
}

export interface InterviewEntry {
  /** The id of the interview's first event (before any reschedule): the calendar entry's identity. */
  uidSeed: string;
  /** How many times it was rescheduled: calendar apps keep the entry with the highest. */
  sequence: number;
  company: string;
  role: string | null;
  /** Instants, ISO 8601. */
  start: string;
  end: string;
  /** The zone the email named, when it named one: the description says the time there too. */
  statedZone: string | null;
  /** Wall time in `statedZone`, "2026-03-10 10:00", prepared with the zone (see interview-entry.ts). */
  statedTime: string | null;
  videoUrl: string | null;
  people: readonly InterviewPerson[];
}

/** What the calendar shows, in words; a page may pass its own (translated) words. */
export interface CalendarWords {
  summary(role: string, company: string): string;
  summaryNoRole(company: string): string;
  join: string;
  with: string;
  theirTime: string;
  dayBefore: string;
  hourBefore: string;
}

export const CALENDAR_WORDS: CalendarWords = {
  summary: (role, company) => `Interview: ${role} at ${company}`,
  summaryNoRole: (company) => `Interview at ${company}`,
  join: 'Join',
  with: 'With',
  theirTime: 'Their time',
  dayBefore: 'Tomorrow',
  hourBefore: 'In an hour',
};

const PRODID = '-//Callback//Interview entry//EN';
const UID_DOMAIN = 'callback.invalid';
/** A plain address (no spaces, quotes, brackets or URI delimiters): what a mailto: can carry safely. */
const EMAIL = /^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/;

export function summaryOf(entry: Pick<InterviewEntry, 'company' | 'role'>, words: CalendarWords = CALENDAR_WORDS): string {
  const company = cleanLine(entry.company, 120) || '?';
  const role = entry.role ? cleanLine(entry.role, 120) : '';
  return cleanLine(role ? words.summary(role, company) : words.summaryNoRole(company), 300);
}

/** Only a web address, with nothing that could end the line or the property. */
export function safeWebUrl(raw: string | null): string | null {
  if (!raw || raw.length > 2000) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // URL serialises with percent-encoding: no white space, no control characters, no quotes.
  return url.href;
}

function safeEmail(raw: string | null): string | null {
  const email = raw?.trim() ?? '';
  return EMAIL.test(email) ? email.toLowerCase() : null;
}

function utc(iso: string): ICAL.Time {
  return ICAL.Time.fromJSDate(new Date(iso), true);
}

function description(entry: InterviewEntry, video: string | null, people: readonly InterviewPerson[], words: CalendarWords): string {
  const lines: string[] = [];
  if (video) lines.push(`${words.join}: ${video}`);
  if (people.length > 0) {
    const names = people.map((p) => {
      const name = cleanLine(p.name, 80);
      const title = p.title ? cleanLine(p.title, 80) : '';
      return title ? `${name} (${title})` : name;
    });
    lines.push(`${words.with}: ${names.join(', ')}`);
  }
  if (entry.statedZone && entry.statedTime) lines.push(`${words.theirTime}: ${cleanLine(entry.statedTime, 40)} (${cleanLine(entry.statedZone, 60)})`);
  return cleanText(lines.join('\n'));
}

function alarm(seconds: number, text: string): ICAL.Component {
  const valarm = new ICAL.Component('valarm');
  valarm.addPropertyWithValue('action', 'DISPLAY');
  valarm.addPropertyWithValue('description', text);
  valarm.addPropertyWithValue('trigger', ICAL.Duration.fromSeconds(-seconds));
  return valarm;
}

/** The .ics file's text (CRLF line ends, folded at 75 octets). */
export function interviewIcs(entry: InterviewEntry, now: Date, words: CalendarWords = CALENDAR_WORDS): string {
  const summary = summaryOf(entry, words);
  const video = safeWebUrl(entry.videoUrl);
  const people = entry.people.filter((p) => cleanLine(p.name, 80) !== '').slice(0, 20);

  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');

  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', `interview-${encodeURIComponent(entry.uidSeed)}@${UID_DOMAIN}`);
  event.addPropertyWithValue('sequence', Math.max(0, Math.trunc(entry.sequence)));
  event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(now, true));
  event.addPropertyWithValue('dtstart', utc(entry.start));
  event.addPropertyWithValue('dtend', utc(entry.end));
  event.addPropertyWithValue('summary', summary);
  if (video) {
    event.addPropertyWithValue('location', video);
    event.addPropertyWithValue('url', video);
  }
  const text = description(entry, video, people, words);
  if (text) event.addPropertyWithValue('description', text);
  event.addPropertyWithValue('status', 'CONFIRMED');
  event.addPropertyWithValue('transp', 'OPAQUE');
  for (const person of people) {
    const email = safeEmail(person.email);
    // An attendee is an address (RFC 5545 3.8.4.1); a person without one is named in the description only.
    if (!email) continue;
    const attendee = event.addPropertyWithValue('attendee', `mailto:${email}`);
    attendee.setParameter('cn', cleanLine(person.name, 80));
    attendee.setParameter('role', 'REQ-PARTICIPANT');
    attendee.setParameter('rsvp', 'FALSE');
  }
  event.addSubcomponent(alarm(86_400, `${words.dayBefore}: ${summary}`));
  event.addSubcomponent(alarm(3_600, `${words.hourBefore}: ${summary}`));
  calendar.addSubcomponent(event);
  return refold(calendar.toString());
}
