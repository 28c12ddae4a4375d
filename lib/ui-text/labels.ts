/** Words the pages show for the core's codes: kinds, stages, sources, links back to Gmail. Plain data. */
import { SOURCES, type SourceId } from '../core/advice/sources';
import type { EmailKind } from '../core/detection';
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

/** The Gmail address of a thread: opened as a tab by the page, never fetched. */
export function gmailThreadUrl(threadId: string): string {
  return `https://mail.google.com/mail/u/0/#inbox/${encodeURIComponent(threadId)}`;
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
