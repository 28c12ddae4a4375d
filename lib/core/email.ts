/**
 * The one shape every mail source produces (Gmail's page, Outlook's page, an .eml file, the CLI's JSON Lines).
 * Plain data: the core never sees a DOM node or a browser API.
 */
export type MailSource = 'gmail' | 'outlook' | 'import' | 'manual' | 'cli';

export interface Address {
  /** Display name as the mail host shows it; '' when unknown. */
  name: string;
  /** Lower-case address; '' when unknown. */
  address: string;
}

/**
 * The mailbox a message was seen in, when the user is signed into several: links back must open that one.
 * Gmail: `index` is N of `/mail/u/N/` (addresses in that path 404 since April 2026, raycast/extensions#27725).
 */
export interface MailAccount {
  /** The mail host's number for the account in its URL (Gmail's /mail/u/N/); null when the host has none. */
  index: number | null;
  /** The signed-in address, lower case; null when the page did not show it. */
  address: string | null;
  /**
   * The mail host's origin when it is not Gmail ("https://outlook.office.com"): links back open the host the mail
   * was seen on. Absent for Gmail and for mail seen before Callback kept it.
   */
  origin?: string | null;
}

/** The origins of Outlook on the web (outlook-selectors.md §2.1). */
export const OUTLOOK_ORIGINS = ['https://outlook.live.com', 'https://outlook.office.com', 'https://outlook.office365.com', 'https://outlook.cloud.microsoft'] as const;

/** The mail host a mailbox was seen on: Outlook on the web when its origin is one of Outlook's, else Gmail. */
export function mailHostOf(account: Pick<MailAccount, 'origin'> | null | undefined): 'gmail' | 'outlook' {
  return account?.origin && (OUTLOOK_ORIGINS as readonly string[]).includes(account.origin) ? 'outlook' : 'gmail';
}

export interface Email {
  /** The mail host's message id (Gmail: `msg-f:<decimal>` or the legacy hex id). Unique within `source`. */
  id: string;
  /** The conversation the message belongs to, when the host has one. */
  threadId?: string | null;
  source: MailSource;
  subject: string;
  from: Address;
  /** When the message was sent, ISO 8601 with offset or `Z`; null when the host did not say. */
  date: string | null;
  /** Plain text of the message without quoted history. Hostile input: never rendered as HTML. */
  body: string;
  /** Optional HTML of the message (CLI input); only ever read as text by the core. */
  html?: string | null;
  /** Optional raw RFC 822 source, used for calendar invites (text/calendar parts). */
  raw?: string | null;
  /** Link targets found in the message, when the host exposes them (hrefs of anchors). */
  links?: string[];
  /**
   * True when only a list row was seen (subject and snippet), not the opened message:
   * such an email decides only on a strong signal.
   */
  partial?: boolean;
  /** True when the user wrote this message (their reply in a thread). */
  fromUser?: boolean;
  /** The account it was seen under (mail pages only). */
  account?: MailAccount | null;
}
