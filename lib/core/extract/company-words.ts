/**
 * The words that find a company in an email, as data: the anchors before and after a company's name ("your
 * application to Acme", "The Acme Recruiting Team"), the suffixes and prefixes of a hiring team's display name, and
 * the words a company's name is never made of.
 */
import { HIRING_LOCAL_PARTS } from '../classify/senders';

/** Text right after these anchors names the company ("thank you for applying to Acme"). Lower case. */
export const BEFORE_COMPANY: readonly string[] = [
  'your application was sent to ',
  'thank you for applying to ',
  'thanks for applying to ',
  'thank you for applying at ',
  'thanks for applying at ',
  'your application to ',
  'your application at ',
  'submitting your application to ',
  'application to join ',
  'interest in joining ',
  'interest in working at ',
  'interest in working with ',
  'interest in employment with ',
  'interest in a career at ',
  'interest in careers at ',
  'employment opportunity with ',
  'position at ',
  'role at ',
  'opportunity at ',
  'internship at ',
  'internship program at ',
  'career at ',
  'careers at ',
  'opening at ',
  ' with us at ',
  'candidature chez ',
  'poste chez ',
  'bewerbung bei ',
  'stelle bei ',
  'vorstellungsgespräch bei ',
  'puesto en ',
];

/** Weaker anchors, tried after the signature: "your interest in" is followed by the role as often as the company. */
export const BEFORE_COMPANY_WEAK: readonly string[] = ['your interest in ', 'thank you for considering ', 'to join ', 'part of ', ' with us at '];

/** Subjects only: in a body "interview with" is followed by a person more often than by a company. */
export const BEFORE_COMPANY_IN_SUBJECT: readonly string[] = [...BEFORE_COMPANY, 'interview with ', 'interview at ', 'scheduled with ', 'offer from ', 'invitation from '];

/** Text right before these anchors names the company ("The Acme Recruiting Team"). Lower case, with leading space. */
export const AFTER_COMPANY: readonly string[] = [
  ' recruiting team',
  ' recruitment team',
  ' talent acquisition',
  ' hiring team',
  ' people operations',
  ' human resources',
  ' campus recruiting',
  ' university recruiting',
  ' careers team',
  ' recruiting',
];

/** Display-name suffixes of a hiring team's mailbox, longer first ("Acme University Recruiting" before "... Recruiting"). */
export const DISPLAY_SUFFIXES: readonly string[] = [
  ' university recruiting',
  ' campus recruiting',
  ' graduate recruitment',
  ' early careers',
  ' hiring team',
  ' recruiting team',
  ' recruiting',
  ' recruitment',
  ' talent acquisition team',
  ' talent acquisition',
  ' talent team',
  ' careers',
  ' jobs',
  ' people team',
  ' hiring',
  ' hr',
];

/** Display-name prefixes of the same: "Recruiting Acme AG", "Talento Norvia", "Zespół Rekrutacji Vistra". */
export const DISPLAY_PREFIXES: readonly string[] = [
  'recruiting ', 'recruitment ', 'careers at ', 'jobs at ', 'talent acquisition ', 'recrutement ', 'carrières ',
  'karriere ', 'talento ', 'reclutamiento ', 'zespół rekrutacji ', 'rekrutacja ',
];

/**
 * Pieces of a company's own role mailbox besides the hiring ones (senders.ts HIRING_LOCAL_PARTS): its display name
 * is the company, not a person ("Riverbend Medical Center <hr-offers@...>", "Acme <no-reply@acme.com>").
 */
export const ROLE_MAILBOX_PIECES = new Set([...HIRING_LOCAL_PARTS, 'people', 'offer', 'offers', 'noreply', 'reply', 'donotreply', 'notification', 'notifications', 'talento']);

/** Words a captured name must not be: roles, greetings, pronouns, placeholders. */
export const NOT_A_COMPANY = new Set([
  'the', 'our', 'your', 'a', 'an', 'this', 'that', 'we', 'us', 'you', 'it', 'team', 'hiring', 'recruiting', 'talent',
  'acquisition', 'application', 'position', 'role', 'job', 'company', 'hello', 'hi', 'dear', 'thank', 'thanks',
  'software', 'engineer', 'developer', 'intern', 'internship', 'manager', 'interview', 'technical', 'phone',
  'video', 'next', 'human', 'resources', 'people', 'operations', 'campus', 'university', 'recruitment', 'careers',
  'career', 'site', 'profile', 'candidate', 'home', 'portal', 'all', 'me', 'my', 'them', 'their', 'offer', 'letter',
  'steps', 'invitation', 'confirmation', 'update', 'scheduling', 'request', 'assessment', 'status', 're', 'fwd', 'fw',
  'absage', 'einladung', 'bewerbung', 'candidature', 'entretien', 'reminder', 'important', 'action', 'required',
  'congratulations', 'welcome', 'regarding', 'about', 'graduate', 'graduates', 'early', 'ihr', 'ihre', 'ihrer',
  'votre', 'vos', 'su', 'tu', 'sus',
]);

/** A name may not start with these. */
export const FIRST_WORD_BLOCK = new Set(['our', 'your', 'a', 'an', 'this', 'that', 'we', 'us', 'you', 'it', 'hello', 'hi', 'dear', 'thank', 'thanks', 're', 'fwd', 'fw', 'all', 'my', 'me', 'interview', 'offer', 'application']);

/** Words of a role, not of a company name ("Entry Level Back End Developer"). */
export const ROLE_WORDS = /\b(engineer|engineering intern|developer|intern|internship|program|programme|position|analyst|designer|scientist|manager|specialist|associate|representative|coordinator|level)\b/i;

export const CONNECTORS = new Set(['&', 'and', 'of', 'for', 'de', 'du', 'des', 'la', 'le', 'y', 'und', '+']);
