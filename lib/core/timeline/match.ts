/**
 * Which application an email belongs to: the same thread first, then the same company (normalised) and role.
 * Never by a relay's domain (an ATS sends for many employers); a near-name is not a match.
 */
import type { Detection } from '../detection';
import type { Email } from '../email';
import { companyFromAddress, companyKey, isRelayName, roleKey, TEAM_WORDS } from './normalise';
import type { Application, Person, TimelineEvent } from './types';

/** The part of the timeline the planner needs: the thread's events and the company's applications with theirs. */
export interface TimelineSlice {
  applications: Application[];
  events: TimelineEvent[];
  people: Person[];
}

export type MatchedBy = 'thread' | 'company-role' | 'company';

export interface Match {
  application: Application;
  by: MatchedBy;
}

const CLOSED = new Set(['rejected', 'withdrawn']);

/** The sender's display name when it names a company ("Acme Hiring Team", "Acme via Lever"), else null. */
function companyFromSenderName(name: string): string | null {
  const lower = name.toLowerCase();
  const looksLikeCompany = lower.includes(' via ') || TEAM_WORDS.some((t) => lower.endsWith(` ${t}`));
  if (!looksLikeCompany || isRelayName(name)) return null;
  return companyKey(name) ? name : null;
}

/** The company an email is about, for display (null when nothing names one). */
export function companyNameOf(email: Email, detection: Detection): string | null {
  const named = detection.company?.trim();
  if (named && companyKey(named)) return named.slice(0, 200);
  const sender = companyFromSenderName(email.from?.name ?? '');
  if (sender) {
    const cut = sender.toLowerCase().indexOf(' via ');
    return (cut > 0 ? sender.slice(0, cut) : sender).trim().slice(0, 200);
  }
  const domain = companyFromAddress(email.from?.address);
  return domain ? domain.charAt(0).toUpperCase() + domain.slice(1) : null;
}

/** Where companyNameOf found the name: the text, the sender's name, or only the sender's domain (a guess). */
export function companySourceOf(email: Email, detection: Detection): 'email' | 'sender' | 'domain' | null {
  const named = detection.company?.trim();
  if (named && companyKey(named)) return 'email';
  if (companyFromSenderName(email.from?.name ?? '')) return 'sender';
  return companyFromAddress(email.from?.address) ? 'domain' : null;
}

/** The normalised company key an email is about ('' when none): the store looks candidates up by it. */
export function companyKeyOf(email: Email, detection: Detection): string {
  return companyKey(companyNameOf(email, detection));
}

/** The application of the most recent event in the same thread (same mail source), if any. */
export function matchByThread(slice: TimelineSlice, email: Email): Application | null {
  const thread = email.threadId;
  if (!thread) return null;
  let best: TimelineEvent | null = null;
  for (const event of slice.events) {
    if (event.threadId !== thread || event.source !== email.source) continue;
    if (!best || event.at > best.at) best = event;
  }
  if (!best) return null;
  return slice.applications.find((a) => a.id === best.applicationId) ?? null;
}

/** When a closed application closed: its latest rejection, or its last update when the user closed it. */
function closedAt(slice: TimelineSlice, app: Application): string {
  let at = '';
  for (const e of slice.events) if (e.applicationId === app.id && e.kind === 'rejection' && e.at > at) at = e.at;
  return at || app.updatedAt;
}

function latest(apps: Application[]): Application | null {
  let best: Application | null = null;
  for (const app of apps) if (!best || app.updatedAt > best.updatedAt || (app.updatedAt === best.updatedAt && app.id > best.id)) best = app;
  return best;
}

/**
 * The application this email belongs to, or null for a new one.
 * - same thread: always that application;
 * - same company key and same role key;
 * - same company, when either side has no role: the open application (most recently updated);
 * - a new acknowledgement for a closed application (rejected, withdrawn) is a new application: they re-applied.
 */
export function matchApplication(slice: TimelineSlice, email: Email, detection: Detection): Match | null {
  const byThread = matchByThread(slice, email);
  if (byThread) return { application: byThread, by: 'thread' };
  const key = companyKeyOf(email, detection);
  if (!key) return null;
  let candidates = slice.applications.filter((a) => a.companyKey === key);
  if (detection.kind === 'application_received') {
    // Re-applying after a rejection starts a new application; an acknowledgement older than the rejection (read
    // out of order) still belongs to it.
    const at = email.date && Number.isFinite(Date.parse(email.date)) ? new Date(email.date).toISOString() : null;
    candidates = candidates.filter((a) => !CLOSED.has(a.stage) || (at !== null && at <= closedAt(slice, a)));
  }
  if (candidates.length === 0) return null;
  const role = roleKey(detection.role);
  if (role) {
    const same = latest(candidates.filter((a) => roleKey(a.role) === role));
    if (same) return { application: same, by: 'company-role' };
    const roleless = latest(candidates.filter((a) => !roleKey(a.role)));
    return roleless ? { application: roleless, by: 'company' } : null;
  }
  const open = latest(candidates.filter((a) => !CLOSED.has(a.stage) && !a.archived));
  const any = open ?? latest(candidates);
  return any ? { application: any, by: 'company' } : null;
}
