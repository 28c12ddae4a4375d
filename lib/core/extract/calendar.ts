/**
 * A calendar invite's time, when the raw message (or a body that carries one) has a text/calendar part.
 * The MIME part is found with plain string search (the core stays synchronous; postal-mime is used by the CLI to
 * read whole .eml files), decoded (base64, quoted-printable) and read with ical.js.
 */
import ICAL from 'ical.js';
import type { InterviewTime } from '../detection';
import { isoAtOffset, isoInZone, wallTimeInZone } from './iso';
import { zoneFromTzid } from './zones';

const SCAN_CAP = 1024 * 1024;
const ICS_CAP = 64 * 1024;

/** The iCalendar text inside a raw message or body, decoded; null when there is none. */
export function findCalendarText(source: string): string | null {
  const text = source.length > SCAN_CAP ? source.slice(0, SCAN_CAP) : source;
  const begin = text.indexOf('BEGIN:VCALENDAR');
  const lower = text.toLowerCase();
  const part = lower.indexOf('content-type: text/calendar');
  if (part !== -1) {
    const headerEnd = lower.indexOf('\n\n', part) !== -1 ? lower.indexOf('\n\n', part) : -1;
    const crlfEnd = lower.indexOf('\r\n\r\n', part);
    const end = [headerEnd, crlfEnd].filter((i) => i !== -1).sort((a, b) => a - b)[0];
    if (end !== undefined) {
      const headers = lower.slice(part, end);
      const bodyStart = end + (end === crlfEnd ? 4 : 2);
      const boundary = text.indexOf('\n--', bodyStart);
      const content = text.slice(bodyStart, boundary === -1 ? Math.min(text.length, bodyStart + ICS_CAP) : boundary);
      if (headers.includes('base64')) {
        const decoded = decodeBase64(content);
        if (decoded?.includes('BEGIN:VCALENDAR')) return decoded;
      } else if (headers.includes('quoted-printable')) {
        const decoded = decodeQuotedPrintable(content);
        if (decoded.includes('BEGIN:VCALENDAR')) return decoded;
      } else if (content.includes('BEGIN:VCALENDAR')) {
        return content;
      }
    }
  }
  if (begin === -1) return null;
  const finish = text.indexOf('END:VCALENDAR', begin);
  return text.slice(begin, finish === -1 ? Math.min(text.length, begin + ICS_CAP) : finish + 'END:VCALENDAR'.length);
}

function decodeBase64(content: string): string | null {
  try {
    const binary = atob(content.replace(/[^A-Za-z0-9+/=]/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder('utf-8').decode(bytes);
  } catch {
    return null;
  }
}

function decodeQuotedPrintable(content: string): string {
  const joined = content.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined[i]!;
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const code = c.charCodeAt(0);
      if (code < 128) bytes.push(code);
      else for (const b of new TextEncoder().encode(c)) bytes.push(b);
    }
  }
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}

export interface CalendarEvent {
  interview: InterviewTime;
  summary: string;
  method: string | null;
  /** Attendees with a name (CN), in the invitation's order: the organizer's colleagues are the interviewers. */
  attendees: { name: string; email: string }[];
  organizer: string | null;
}

const MAX_ATTENDEES = 12;

function attendeesOf(event: ICAL.Component): { name: string; email: string }[] {
  const out: { name: string; email: string }[] = [];
  for (const prop of event.getAllProperties('attendee').slice(0, MAX_ATTENDEES)) {
    const cn = prop.getParameter('cn');
    const value = String(prop.getFirstValue() ?? '');
    const email = value.toLowerCase().startsWith('mailto:') ? value.slice(7).toLowerCase() : '';
    if (typeof cn === 'string' && cn.trim() !== '' && !cn.includes('@')) out.push({ name: cn.trim().slice(0, 80), email: email.slice(0, 200) });
  }
  return out;
}

/**
 * The first event of an iCalendar text. Times are read as UTC (`Z`), in their TZID zone, or, when floating, at
 * the email's offset. A cancelled invite gives no interview time. Never throws.
 */
export function readCalendar(ics: string, fallbackOffset: number): CalendarEvent | null {
  try {
    const calendar = new ICAL.Component(ICAL.parse(ics.slice(0, ICS_CAP)));
    const method = calendar.getFirstPropertyValue('method');
    const event = calendar.getFirstSubcomponent('vevent');
    if (!event) return null;
    const status = String(event.getFirstPropertyValue('status') ?? '').toUpperCase();
    if (String(method ?? '').toUpperCase() === 'CANCEL' || status === 'CANCELLED') return null;
    const startProp = event.getFirstProperty('dtstart');
    if (!startProp) return null;
    const start = startProp.getFirstValue() as ICAL.Time;
    if (!(start instanceof ICAL.Time) || start.isDate) return null;
    const tzid = startProp.getParameter('tzid');
    const zone = typeof tzid === 'string' ? zoneFromTzid(tzid) : null;
    const at = (t: ICAL.Time): { ms: number; iso: string } => {
      if (t.zone === ICAL.Timezone.utcTimezone || t.zone?.tzid === 'UTC') {
        const ms = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
        return { ms, iso: new Date(ms).toISOString().replace('.000Z', 'Z') };
      }
      if (zone) {
        const ms = wallTimeInZone(t.year, t.month, t.day, t.hour, t.minute, zone);
        return { ms, iso: isoInZone(ms, zone) };
      }
      const ms = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - fallbackOffset * 60_000;
      return { ms, iso: isoAtOffset(ms, fallbackOffset) };
    };
    const startAt = at(start);
    let end: string | null = null;
    const endValue = event.getFirstPropertyValue('dtend');
    if (endValue instanceof ICAL.Time) {
      end = at(endValue).iso;
    } else {
      const duration = event.getFirstPropertyValue('duration');
      if (duration instanceof ICAL.Duration) {
        const endMs = startAt.ms + duration.toSeconds() * 1000;
        end = zone ? isoInZone(endMs, zone) : startAt.iso.endsWith('Z') ? new Date(endMs).toISOString().replace('.000Z', 'Z') : isoAtOffset(endMs, fallbackOffset);
      }
    }
    return {
      interview: { start: startAt.iso, end, timeZone: zone },
      summary: String(event.getFirstPropertyValue('summary') ?? ''),
      method: method ? String(method) : null,
      attendees: attendeesOf(event),
      organizer: (() => {
        const value = String(event.getFirstPropertyValue('organizer') ?? '');
        return value.toLowerCase().startsWith('mailto:') ? value.slice(7).toLowerCase() : null;
      })(),
    };
  } catch {
    return null;
  }
}
