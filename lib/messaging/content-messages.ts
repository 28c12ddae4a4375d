/**
 * Messages a mail page's content script sends to the background, and the replies it gets. Types only (the content
 * script ships no validator); the background validates every message at the boundary with zod
 * (lib/background/content-handlers.ts) and answers `{ ok: false, error }` to anything malformed, storing nothing.
 */
import type { Email } from '../core/email';
import type { EmailKind, Evidence, InterviewTime } from '../core/detection';
import type { RuleId } from '../core/reminders/types';

export type MailHost = 'gmail' | 'outlook';

export interface HelloMessage {
  type: 'content->bg:hello';
  host: MailHost;
  url: string;
}

/** The expanded messages of the thread the user opened (and, later, new ones such as the user's own reply). */
export interface ThreadSeenMessage {
  type: 'content->bg:thread-seen';
  host: MailHost;
  threadId: string | null;
  emails: Email[];
}

/** Visible list rows, as partial emails (subject + snippet): they decide only on a strong signal. */
export interface RowsSeenMessage {
  type: 'content->bg:rows-seen';
  host: MailHost;
  emails: Email[];
}

/** The user's correction from the bar: "not job mail" (kind `other`) or "not a rejection" (another kind). */
export interface CorrectMessage {
  type: 'content->bg:correct';
  host: MailHost;
  messageId: string;
  threadId: string | null;
  /** What the message is, in the user's words. */
  kind: EmailKind;
}

/** "Reflect instead" / "Draft gracious reply": the user's stance after a rejection, kept on the application. */
export interface StanceMessage {
  type: 'content->bg:stance';
  host: MailHost;
  applicationId: string;
  stance: 'door_open' | 'clean_break';
}

/** Undo of the user's correction from the bar: the message is what the classifier said again. */
export interface UndoCorrectMessage {
  type: 'content->bg:undo-correct';
  host: MailHost;
  messageId: string;
  threadId: string | null;
}

/** "Add Ana's address" from the bar: the letter to her can then be its own message. */
export interface PersonAddressMessage {
  type: 'content->bg:person-address';
  host: MailHost;
  personId: string;
  threadId: string | null;
  address: string;
}

/**
 * Names of "new layout" canaries among the selector counts: markup only a host's rebuilt layout has, counted as
 * found or not, so the options page can tell a migration (canaries found, lookups fine) from a break.
 */
export const CANARY_PREFIX = 'new:';

/** Selector lookups since the last report (deltas), per selector name; the background adds them up. */
export interface SelectorHealthMessage {
  type: 'content->bg:selector-health';
  host: MailHost;
  stats: Record<string, { hits: number; misses: number }>;
}

export type ContentToBackground =
  | HelloMessage
  | ThreadSeenMessage
  | RowsSeenMessage
  | CorrectMessage
  | StanceMessage
  | PersonAddressMessage
  | UndoCorrectMessage
  | SelectorHealthMessage;

/** One button of the bar: a draft to insert, or a private reflection instead of a letter. */
export interface BarAction {
  reminderId: string;
  ruleId: RuleId;
  /** The button's text, e.g. "Draft thank-you to Ana Pereira", "Draft gracious reply", "Reflect instead". */
  label: string;
  kind: 'draft' | 'reflect';
  /** kind 'draft': the text to insert in the reply (no subject: it is a reply in the thread). */
  body?: string;
  /** One line on why this matters, and its source's title. */
  why: string;
  source: string;
  /** kind 'reflect': private questions to think about instead of writing. */
  questions?: string[];
  /** The stance this action stands for after a rejection (recorded when clicked). */
  stance?: 'door_open' | 'clean_break';
  /**
   * A letter for someone whose address is known and who is not the one this thread answers (a thank-you to Ana in
   * a thread with the recruiter): it goes into a new message to them (the host's compose link), never this reply.
   * `body` then has no subject line; `subject` is the new message's.
   */
  compose?: { to: string; subject: string };
  /** The letter goes through someone else because the recipient's address is unknown: offer to add it. */
  missingAddress?: { personId: string; name: string };
}

/** What the in-thread bar shows for a thread Callback recognised. */
export interface ThreadBar {
  applicationId: string;
  /** The message whose detection the bar shows (the one a correction applies to). */
  messageId: string;
  kind: EmailKind;
  company: string | null;
  role: string | null;
  interview: InterviewTime | null;
  confidence: number;
  evidence: Evidence[];
  /** Corrections offered: always "Not job mail"; "Not a rejection" on a rejection. */
  corrections: Array<{ label: string; kind: EmailKind; choices?: Array<{ label: string; kind: EmailKind }> }>;
  actions: BarAction[];
  /** The application's stance after a rejection (null: the user's default), so a switch can be said and undone. */
  stance?: 'door_open' | 'clean_break' | null;
  /** Where a letter that cannot go into this reply goes instead (its own message): the thread's sender and subject. */
  replyTo?: { address: string | null; subject: string | null };
}

export type Failure = { ok: false; error: string };

/** The background's name for the counts in browser.storage.local (read by the options page). */
export const SELECTOR_HEALTH_KEY = 'selectorHealth';

/** Stored under SELECTOR_HEALTH_KEY: counts per host and selector name since install (or the last reset). */
export interface SelectorHealth {
  updatedAt: string;
  hosts: Record<string, Record<string, { hits: number; misses: number; lastMissAt: string | null }>>;
}

export interface ContentReplies {
  'content->bg:hello': { ok: true; version: string } | Failure;
  'content->bg:thread-seen': { ok: true; bar: ThreadBar | null; stored: number } | Failure;
  'content->bg:rows-seen': { ok: true; stored: number; review: number } | Failure;
  'content->bg:correct': { ok: true; bar: ThreadBar | null } | Failure;
  'content->bg:stance': { ok: true } | Failure;
  'content->bg:person-address': { ok: true; bar: ThreadBar | null } | Failure;
  'content->bg:undo-correct': { ok: true; bar: ThreadBar | null } | Failure;
  'content->bg:selector-health': { ok: true } | Failure;
}
