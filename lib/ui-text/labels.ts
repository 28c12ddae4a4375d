/** Words the pages show for the core's codes: kinds, stages, sources, links back to Gmail. Plain data. */
import { SOURCES, type SourceId } from '../core/advice/sources';
import type { EmailKind } from '../core/detection';
import { OUTLOOK_ORIGINS } from '../core/email';
import type { EventKind, Stage } from '../core/timeline/types';

export const KIND_LABELS: Record<EmailKind, string> = {
  application_received: 'Application received',
  interview_request: 'Interview request',
  interview_confirmed: 'Interview confirmed',
  assessment: 'Assessment',
  rejection: 'Rejection',
  offer: 'Offer',
  other: 'Not job mail',
};

export const EVENT_LABELS: Record<EventKind, string> = {
  ...(KIND_LABELS as Record<Exclude<EmailKind, 'other'>, string>),
  user_reply: 'You replied',
  interview_done: 'Interview done',
  manual_interview: 'Interview (added by hand)',
  note: 'Note',
};

export const STAGE_LABELS: Record<Stage, string> = {
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export { STAGES } from '../core/timeline/types';

/** "“Three Must-dos When You Don't Get the Job”, Jenny Yerrick Martin" */
export function sourceLabel(id: SourceId): string {
  const source = SOURCES[id];
  if (!source) return '';
  if (id === 'practice') return source.title;
  return `“${source.title}”, ${source.author}`;
}

/**
 * Gmail's number for the account a page shows, from its path: `/mail/u/1/` is 1, a bare `/mail/` the first (0).
 * `/mail/u/<address>/` gives null: that form 404s since April 2026 (raycast/extensions#27725).
 */
export function gmailAccountIndex(pathname: string): number | null {
  const numbered = /^\/mail\/u\/(\d{1,2})(?:\/|$)/.exec(pathname);
  if (numbered) return Number(numbered[1]);
  return /^\/mail(?:\/(?!u\/)|$)/.test(pathname) ? 0 : null;
}

/** `/mail/u/N/` of the account the mail was seen under; the first account when it is not known. */
function mailboxPath(account: { index: number | null } | null | undefined): string {
  const index = account?.index;
  return `/mail/u/${typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < 100 ? index : 0}/`;
}

/** The Gmail address of a thread in the account it was seen under: opened as a tab by the page, never fetched. */
export function gmailThreadUrl(threadId: string, account?: { index: number | null } | null): string {
  return `https://mail.google.com${mailboxPath(account)}#inbox/${encodeURIComponent(threadId)}`;
}

/**
 * Where a thread lives, on the host it was seen on: Outlook's conversation deep link (outlook-selectors.md §2.2) for
 * mail seen in Outlook on the web, Gmail's thread in its account otherwise.
 */
export function threadUrl(threadId: string, account?: { index: number | null; address?: string | null; origin?: string | null } | null): string {
  if (account?.origin && (OUTLOOK_ORIGINS as readonly string[]).includes(account.origin)) {
    return `${account.origin}/mail/deeplink/readconv/${encodeURIComponent(threadId)}`;
  }
  return gmailThreadUrl(threadId, account);
}

/** Gmail's inbox of an account (the one Callback last saw, or the first). */
export function gmailInboxUrl(account?: { index: number | null } | null): string {
  return `https://mail.google.com${mailboxPath(account)}#inbox`;
}

/** A date as "3 Mar 2026, 14:05" in the user's zone; "" for a bad date. */
export function shortDateTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  let zone = timeZone;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
  } catch {
    zone = 'UTC';
  }
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}
