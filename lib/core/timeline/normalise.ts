/**
 * Company and role names as keys for matching. "Acme GmbH", "ACME via Greenhouse" and "Acme Hiring Team" are one
 * company; "Avail" and "Avra" are two (keys are compared exactly: a near-name is never a match).
 */

import { isMailboxProvider, registrableLabel } from '../mailbox-providers';

/** Legal forms dropped from the end of a company name (compared lower-case, dots removed). */
export const LEGAL_SUFFIXES: readonly string[] = [
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited', 'plc', 'corp', 'corporation', 'co', 'company',
  'gmbh', 'mbh', 'ag', 'kg', 'gmbh & co kg', 'gmbh & co', 'ug', 'se', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv',
  'oy', 'ab', 'as', 'aps', 'pty', 'pty ltd', 'kk', 'sp z oo', 'group', 'holding', 'holdings',
];

/** Words a sender adds around the company's name: "Acme Hiring Team", "Talent Acquisition at Acme". */
export const TEAM_WORDS: readonly string[] = [
  'hiring team', 'recruiting team', 'recruitment team', 'talent acquisition team', 'talent acquisition',
  'talent team', 'people team', 'careers team', 'careers', 'recruiting', 'recruitment', 'jobs', 'hr team', 'team',
];

/**
 * Applicant-tracking systems and job boards that send on behalf of employers. Their name or domain is never the
 * company: an email from no-reply@greenhouse.io is about the employer named in the text.
 */
export const RELAYS: readonly string[] = [
  'greenhouse', 'lever', 'workday', 'myworkday', 'myworkdayjobs', 'ashby', 'ashbyhq', 'smartrecruiters', 'icims',
  'teamtailor', 'personio', 'recruitee', 'workable', 'jobvite', 'bamboohr', 'successfactors', 'taleo', 'breezy',
  'jazzhr', 'pinpoint', 'join', 'softgarden', 'rippling', 'linkedin', 'indeed', 'glassdoor', 'stepstone', 'xing',
  'welcome to the jungle', 'otta', 'wellfound', 'hired', 'dice', 'monster', 'ziprecruiter', 'calendly',
  'goodtime', 'hirevue', 'codility', 'hackerrank', 'codesignal', 'testgorilla',
];

const RELAY_SET = new Set(RELAYS);
const SUFFIX_SET = new Set(LEGAL_SUFFIXES);
/** Longest first so "hiring team" is removed before "team". */
const TEAM_SORTED = [...TEAM_WORDS].sort((a, b) => b.length - a.length);

/** Hostile input: names longer than this are cut before any work. */
const MAX_NAME = 200;

function words(text: string): string[] {
  return text
    .slice(0, MAX_NAME)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' & ')
    .replace(/[.,'’"()[\]{}|:;!?]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

function stripPhrase(list: string[], phrase: string, fromEnd: boolean): string[] | null {
  const p = phrase.split(' ');
  if (list.length <= p.length) return null;
  const part = fromEnd ? list.slice(list.length - p.length) : list.slice(0, p.length);
  if (part.join(' ') !== phrase) return null;
  return fromEnd ? list.slice(0, list.length - p.length) : list.slice(p.length);
}

/**
 * The matching key of a company name: lower-case, accents and punctuation gone, "via <relay>", team words and
 * legal forms dropped. Returns '' when nothing of a company is left (or the name is only a relay's).
 */
export function companyKey(name: string | null | undefined): string {
  if (!name) return '';
  let list = words(name);
  // "Acme via Greenhouse", "Acme (via Lever)": everything from "via" on is the relay.
  const via = list.indexOf('via');
  if (via > 0) list = list.slice(0, via);
  // "Talent Acquisition at Acme", "Recruiting @ Acme"
  const at = list.findIndex((w) => w === 'at' || w === '@');
  if (at > 0 && TEAM_SORTED.some((t) => list.slice(0, at).join(' ') === t)) list = list.slice(at + 1);
  if (list[0] === 'the' && list.length > 1) list = list.slice(1);
  let changed = true;
  while (changed && list.length > 1) {
    changed = false;
    for (const team of TEAM_SORTED) {
      const next = stripPhrase(list, team, true);
      if (next) {
        list = next;
        changed = true;
        break;
      }
    }
    const last = list[list.length - 1] ?? '';
    if (!changed && list.length > 1 && SUFFIX_SET.has(last)) {
      list = list.slice(0, -1);
      changed = true;
    }
    // "gmbh & co kg": the "&" left behind
    if (list[list.length - 1] === '&' && list.length > 1) {
      list = list.slice(0, -1);
      changed = true;
    }
  }
  const key = list.join(' ').replace(/[^a-z0-9& ]/g, '').trim();
  if (RELAY_SET.has(key) || RELAY_SET.has(key.replace(/ /g, ''))) return '';
  return key;
}

/** The matching key of a role: lower-case words, punctuation and a trailing "(m/f/d)" style tag gone. */
export function roleKey(role: string | null | undefined): string {
  if (!role) return '';
  return words(role.replace(/\((?:[mwfdx]\s*\/\s*){1,3}[mwfdx]\)/gi, ' '))
    .filter((w) => w !== '-' && w !== '–' && w !== '/')
    .join(' ');
}

/**
 * A company name guessed from a sender's address when the text named none: the domain's main label
 * ("jobs.acme.co.uk" -> "acme"), never a relay's or a mail provider's domain.
 */
export function companyFromAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  const domain = address.slice(at + 1, at + 1 + MAX_NAME).toLowerCase();
  const labels = domain.split('.').filter((l) => l.length > 0);
  // The registrable label: the public suffix dropped ("jobs.acme.co.uk" -> "acme").
  const main = registrableLabel(domain);
  if (!main || RELAY_SET.has(main) || isMailboxProvider(domain)) return null;
  if (labels.some((l) => RELAY_SET.has(l))) return null;
  return main;
}

/** True when the key is a relay's (ATS, job board) name: such a name is never an application's company. */
export function isRelayName(name: string): boolean {
  const key = words(name).join(' ');
  return RELAY_SET.has(key) || RELAY_SET.has(key.replace(/ /g, ''));
}
