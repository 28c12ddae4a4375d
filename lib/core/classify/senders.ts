/**
 * Who sends job-search mail. An application-tracking system (ATS) or job board is a relay: it says the email is
 * about a job, never which company it is about (extract/ reads the company from the text).
 * Scheduling and video tools send the invites; they count only when the text is about an interview.
 * Domains match the sender's domain or any subdomain of it.
 */
import type { Address } from '../email';
import { isMailboxProvider } from '../mailbox-providers';

/**
 * `assessment`: a testing platform that sends an employer's test in the employer's name ("Acme <no-reply@hirevue.com>").
 * Like a scheduler it says nothing about the kind by itself (it also sends public challenges and practice tests), but
 * like an ATS its name and domain are never the company.
 */
export type SenderRole = 'ats' | 'job_board' | 'scheduler' | 'assessment';

export interface KnownSender {
  name: string;
  role: SenderRole;
  domains: readonly string[];
}

export const KNOWN_SENDERS: readonly KnownSender[] = [
  // Application-tracking systems.
  { name: 'Greenhouse', role: 'ats', domains: ['greenhouse.io', 'greenhouse-mail.io'] },
  { name: 'Lever', role: 'ats', domains: ['lever.co'] },
  { name: 'Workday', role: 'ats', domains: ['myworkday.com', 'myworkdayjobs.com', 'workday.com'] },
  { name: 'Ashby', role: 'ats', domains: ['ashbyhq.com'] },
  { name: 'SmartRecruiters', role: 'ats', domains: ['smartrecruiters.com'] },
  { name: 'iCIMS', role: 'ats', domains: ['icims.com'] },
  { name: 'Jobvite', role: 'ats', domains: ['jobvite.com'] },
  { name: 'Taleo', role: 'ats', domains: ['taleo.net'] },
  { name: 'SuccessFactors', role: 'ats', domains: ['successfactors.com', 'successfactors.eu', 'sapsf.com', 'sapsf.eu'] },
  { name: 'BambooHR', role: 'ats', domains: ['bamboohr.com'] },
  { name: 'Workable', role: 'ats', domains: ['workable.com', 'workablemail.com'] },
  { name: 'Teamtailor', role: 'ats', domains: ['teamtailor.com', 'teamtailor-mail.com'] },
  { name: 'Recruitee', role: 'ats', domains: ['recruitee.com'] },
  { name: 'Personio', role: 'ats', domains: ['personio.de', 'personio.com'] },
  { name: 'JazzHR', role: 'ats', domains: ['applytojob.com', 'jazzhr.com'] },
  { name: 'Breezy HR', role: 'ats', domains: ['breezy.hr', 'breezyhr.com'] },
  { name: 'Pinpoint', role: 'ats', domains: ['pinpointhq.com'] },
  { name: 'Oracle Recruiting Cloud', role: 'ats', domains: ['oraclecloud.com'] },
  { name: 'Avature', role: 'ats', domains: ['avature.net'] },
  { name: 'Eightfold', role: 'ats', domains: ['eightfold.ai'] },
  { name: 'Phenom', role: 'ats', domains: ['phenompeople.com'] },
  { name: 'Dayforce', role: 'ats', domains: ['dayforcehcm.com'] },
  { name: 'UKG', role: 'ats', domains: ['ultipro.com'] },
  { name: 'Comeet', role: 'ats', domains: ['comeet.co', 'comeet.com'] },
  { name: 'JOIN', role: 'ats', domains: ['join.com'] },
  { name: 'Homerun', role: 'ats', domains: ['homerun.co'] },
  { name: 'Rippling Recruiting', role: 'ats', domains: ['ats.rippling.com'] },
  { name: 'Gem', role: 'ats', domains: ['gem.com'] },
  { name: 'Paradox', role: 'ats', domains: ['paradox.ai'] },
  // Job boards: relays for applications, and senders of alerts.
  { name: 'LinkedIn', role: 'job_board', domains: ['linkedin.com'] },
  { name: 'Indeed', role: 'job_board', domains: ['indeed.com', 'indeedemail.com'] },
  { name: 'Glassdoor', role: 'job_board', domains: ['glassdoor.com'] },
  { name: 'ZipRecruiter', role: 'job_board', domains: ['ziprecruiter.com'] },
  { name: 'Dice', role: 'job_board', domains: ['dice.com'] },
  { name: 'Monster', role: 'job_board', domains: ['monster.com'] },
  { name: 'StepStone', role: 'job_board', domains: ['stepstone.de', 'stepstone.com'] },
  { name: 'XING', role: 'job_board', domains: ['xing.com'] },
  { name: 'Welcome to the Jungle', role: 'job_board', domains: ['welcometothejungle.com'] },
  { name: 'Wellfound', role: 'job_board', domains: ['wellfound.com', 'angel.co'] },
  { name: 'Otta', role: 'job_board', domains: ['otta.com'] },
  { name: 'InfoJobs', role: 'job_board', domains: ['infojobs.net'] },
  { name: 'Pracuj.pl', role: 'job_board', domains: ['pracuj.pl'] },
  // Testing platforms: relays of an employer's test.
  { name: 'HireVue', role: 'assessment', domains: ['hirevue.com', 'hirevue-mail.com'] },
  { name: 'HackerRank', role: 'assessment', domains: ['hackerrank.com', 'hackerrankforwork.com'] },
  { name: 'CodeSignal', role: 'assessment', domains: ['codesignal.com'] },
  { name: 'Codility', role: 'assessment', domains: ['codility.com'] },
  { name: 'TestGorilla', role: 'assessment', domains: ['testgorilla.com'] },
  { name: 'SHL', role: 'assessment', domains: ['shl.com'] },
  { name: 'Pymetrics', role: 'assessment', domains: ['pymetrics.com', 'pymetrics.ai'] },
  { name: 'Harver', role: 'assessment', domains: ['harver.com'] },
  { name: 'Vervoe', role: 'assessment', domains: ['vervoe.com'] },
  { name: 'Modern Hire', role: 'assessment', domains: ['modernhire.com'] },
  // Scheduling and video tools.
  { name: 'Calendly', role: 'scheduler', domains: ['calendly.com'] },
  { name: 'GoodTime', role: 'scheduler', domains: ['goodtime.io'] },
  { name: 'ModernLoop', role: 'scheduler', domains: ['modernloop.io'] },
  { name: 'Zoom', role: 'scheduler', domains: ['zoom.us'] },
  { name: 'Google Calendar', role: 'scheduler', domains: ['calendar.google.com', 'calendar-notification.google.com'] },
  { name: 'Microsoft Teams', role: 'scheduler', domains: ['teams.microsoft.com', 'teams.mail.microsoft'] },
  { name: 'Webex', role: 'scheduler', domains: ['webex.com'] },
  { name: 'Cal.com', role: 'scheduler', domains: ['cal.com'] },
  { name: 'Prelude', role: 'scheduler', domains: ['prelude.co'] },
  { name: 'YouCanBookMe', role: 'scheduler', domains: ['youcanbook.me'] },
];

/** Local parts of bulk senders (alerts, digests, newsletters): `jobalerts-noreply@`, `newsletter@`. */
export const BULK_LOCAL_PARTS: readonly string[] = ['alert', 'digest', 'newsletter', 'news', 'marketing', 'listings', 'recommend', 'promo'];

/** Local parts of a hiring team's mailbox: `jobs@`, `careers@`, `recruiting@`, `karriere@`. */
export const HIRING_LOCAL_PARTS: readonly string[] = ['jobs', 'careers', 'career', 'recruiting', 'recruitment', 'recruiter', 'talent', 'hiring', 'hr', 'karriere', 'bewerbung', 'emploi', 'recrutement', 'rh', 'empleo', 'rrhh', 'rekrutacja'];

/** Display names that speak for a hiring team: "Acme Hiring Team", "Acme via Greenhouse", "Talent Acquisition". */
export const HIRING_DISPLAY_NAMES: readonly string[] = [
  'hiring team',
  'recruiting',
  'recruitment',
  'talent acquisition',
  'talent team',
  'careers',
  'people team',
  'via greenhouse',
  'via lever',
  'via ashby',
  'via workable',
  'personalabteilung',
  'recrutement',
  'reclutamiento',
];

/** The address with each field a string, whatever a careless caller passed. */
export function safeAddress(from: unknown): Address {
  const f = (from ?? {}) as { name?: unknown; address?: unknown };
  return {
    name: typeof f.name === 'string' ? f.name.slice(0, 500) : '',
    address: typeof f.address === 'string' ? f.address.slice(0, 500) : '',
  };
}

function domainOf(address: string): string {
  if (typeof address !== 'string') return '';
  const at = address.lastIndexOf('@');
  return at === -1 ? '' : address.slice(at + 1).toLowerCase().replace(/(?<![>\s])[>\s]+$/, '');
}

function domainMatches(domain: string, known: string): boolean {
  return domain === known || domain.endsWith(`.${known}`);
}

let senderByDomain: Map<string, KnownSender> | null = null;

/** The known relay or tool the address belongs to, if any: its domain or a parent domain is in the table. */
export function knownSender(from: Address | null | undefined): KnownSender | null {
  const domain = domainOf(safeAddress(from).address);
  if (domain === '') return null;
  if (senderByDomain === null) {
    senderByDomain = new Map();
    for (const sender of KNOWN_SENDERS) for (const d of sender.domains) if (!senderByDomain.has(d)) senderByDomain.set(d, sender);
  }
  for (let at = 0; at !== -1 && at < domain.length; at = domain.indexOf('.', at) + 1 || -1) {
    const hit = senderByDomain.get(domain.slice(at));
    if (hit) return hit;
  }
  return null;
}

export function isBulkSender(from: Address | null | undefined): boolean {
  const address = safeAddress(from).address.toLowerCase();
  const local = address.slice(0, Math.max(0, address.indexOf('@')));
  return BULK_LOCAL_PARTS.some((part) => local.includes(part));
}

const hiringLocalParts = new Set(HIRING_LOCAL_PARTS);

/** The local part's pieces between '.', '-', '_' and '+', lower case: "talent", "team" in "Talent-Team@acme.io". */
export function localPieces(address: string): string[] {
  const at = address.indexOf('@');
  return at <= 0 ? [] : address.slice(0, at).toLowerCase().split(/[.\-_+]/);
}

export function hiringDisplayName(from: Address | null | undefined): string | null {
  const address = safeAddress(from);
  if (address.name !== '') {
    const name = address.name.toLowerCase();
    const marker = HIRING_DISPLAY_NAMES.find((m) => name.includes(m));
    if (marker) return `sender name: ${marker}`;
  }
  const part = localPieces(address.address).find((piece) => hiringLocalParts.has(piece));
  return part === undefined ? null : `sender address: ${part}@`;
}

/** What the rules read of a sender: the relay or tool it belongs to, a hiring team's name, a bulk mailbox. */
export interface SenderReading {
  known: KnownSender | null;
  hiringName: string | null;
  bulk: boolean;
}

/**
 * `knownSender`, `hiringDisplayName` and `isBulkSender` of one sender, worked out once per address and name: a mailbox
 * hears from the same senders again and again, and the three read the address and name anew each time (three copies
 * of the address, a lower-cased copy of each, some thirty searches). Exact (the readings depend on nothing else) and
 * bounded (a hostile stream of new senders only refills it). Keyed by the address, then the name, so that no key
 * string is built per email.
 */
export function readSender(from: Address | null | undefined): SenderReading {
  const { name, address } = safeAddress(from);
  let byName = SENDERS_READ.get(address);
  const known = byName?.get(name);
  if (known !== undefined) return known;
  const reading: SenderReading = { known: knownSender(from), hiringName: hiringDisplayName(from), bulk: isBulkSender(from) };
  if (sendersKept >= SENDERS_KEPT) {
    SENDERS_READ.clear();
    sendersKept = 0;
    byName = undefined;
  }
  if (byName === undefined) {
    byName = new Map();
    SENDERS_READ.set(address, byName);
  }
  byName.set(name, reading);
  sendersKept++;
  return reading;
}
const SENDERS_READ = new Map<string, Map<string, SenderReading>>();
const SENDERS_KEPT = 512;
let sendersKept = 0;

/** Mail and calendar infrastructure: it sends for others, so its domain names no company either. */
export const INFRASTRUCTURE_DOMAINS: readonly string[] = [
  'google.com',
  'microsoft.com',
  'office365.com',
  'office.com',
  'zoom.us',
  'amazonses.com',
  'sendgrid.net',
  'mailgun.org',
  'mandrillapp.com',
  'mcsv.net',
  'hubspotemail.net',
];

/** A mailbox provider's or mail infrastructure's domain: it names no company. */
export function isFreemail(domain: string): boolean {
  return isMailboxProvider(domain) || INFRASTRUCTURE_DOMAINS.some((d) => domainMatches(domain, d));
}

export { domainOf, domainMatches };
