/**
 * What a job-search email tells us: company, role, interviewers, the interview's time, links, deadlines.
 * Dates are parsed only for the kinds that carry them (interview time for interviews, a deadline for assessments
 * and offers, a promised decision date for acknowledgements and interviews), so the common path stays fast.
 * Never throws: odd input gives empty fields.
 */
import { bodyText, EXTRACT_BODY_CAP } from '../classify/plain-text';
import { safeAddress } from '../classify/senders';
import { emptyExtraction, type EmailKind, type Extraction, type PersonMention } from '../detection';
import type { Email } from '../email';
import { findCalendarText, readCalendar } from './calendar';
import { extractCompany } from './company';
import { detectLang, referenceOf } from './dates';
import { extractDeadline, extractDecisionBy } from './deadlines';
import { interviewFromText } from './interview-time';
import { extractLinks } from './links';
import { extractPeople } from './people';
import { extractRole } from './role';

export interface ExtractOptions {
  /** Reference date when the email has none. */
  now?: Date;
}

export function extract(email: Email, kind: EmailKind, options: ExtractOptions = {}): Extraction {
  try {
    return extractUnsafe(email, kind, options);
  } catch {
    return emptyExtraction();
  }
}

/**
 * An invitation's attendees from the organizer's side (same domain as the organizer or the sender) are the
 * interviewers; the candidate and outside guests are not. Their addresses come with them.
 */
function withAttendees(people: PersonMention[], attendees: readonly { name: string; email: string }[], organizer: string): PersonMention[] {
  const domain = organizer.slice(organizer.lastIndexOf('@') + 1);
  const out = [...people];
  for (const a of attendees) {
    if (domain === '' || !a.email.endsWith(`@${domain}`) || a.email === organizer || out.length >= 8) continue;
    const same = out.find((p) => p.name.toLowerCase() === a.name.toLowerCase());
    if (same) same.email ??= a.email;
    else out.push({ name: a.name, title: null, email: a.email });
  }
  return out;
}

function extractUnsafe(email: Email, kind: EmailKind, options: ExtractOptions): Extraction {
  const result = emptyExtraction();
  if (kind === 'other') return result;
  const subject = typeof email.subject === 'string' ? email.subject.slice(0, 1_000) : '';
  const body = bodyText(email, EXTRACT_BODY_CAP);
  const html = typeof email.html === 'string' ? email.html.slice(0, EXTRACT_BODY_CAP) : '';
  const from = safeAddress(email.from);

  result.company = extractCompany(subject, body, from);
  result.role = extractRole(subject, body, result.company);
  result.links = extractLinks(email, body, html);

  const isInterview = kind === 'interview_request' || kind === 'interview_confirmed';
  if (isInterview) result.people = extractPeople(body, true);

  const ref = referenceOf(email, options.now);
  const lang = detectLang(body);
  // Kept on the event, so the conversation's drafts are written in its language.
  result.lang = lang;
  if (isInterview) {
    const raw = typeof email.raw === 'string' ? email.raw : '';
    const ics = (raw !== '' ? findCalendarText(raw) : null) ?? (body.includes('BEGIN:VCALENDAR') ? findCalendarText(body) : null);
    const event = ics ? readCalendar(ics, ref?.offset ?? 0) : null;
    result.interview = event?.interview ?? (ref ? interviewFromText(subject, body, ref, lang, kind) : null);
    if (event) result.people = withAttendees(result.people, event.attendees, event.organizer ?? from.address);
  }
  if (ref && (kind === 'assessment' || kind === 'offer')) result.deadline = extractDeadline(body, ref, lang);
  if (ref && (kind === 'application_received' || isInterview || kind === 'assessment')) {
    result.decisionBy = extractDecisionBy(body, ref, lang);
  }
  return result;
}
