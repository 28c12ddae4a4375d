/**
 * The mail-host layer: what a mail host (Gmail, Outlook on the web, …) must provide so that Callback can read the
 * mail a job-seeker opens, show its bar and put a draft into the reply. Everything that does not depend on a host's
 * markup lives once beside this file:
 *
 *   lib/mail/host.ts     this contract, and the own-reply rule
 *   lib/mail/start.ts    the wiring: watch → read → background → bar → draft, each feature isolated (`safely`)
 *   lib/mail/bar.ts      the in-thread bar (shadow DOM, createElement/textContent only)
 *   lib/mail/editor.ts   clicking like a mouse, waiting for an editor, typing text with insertText
 *   lib/mail/text.ts     the text walker (DOM → plain text with line breaks, capped)
 *   lib/mail/safely.ts   the safety wrapper and the bench's performance marks
 *   lib/mail/<host>/     only what knows that host: selectors.ts (every selector of the host, ordered
 *                        alternatives with their sources), read, observe, compose, host.ts (the adapter below)
 *
 * How to add a mail host (Outlook on the web is next):
 *  1. Make `lib/mail/<host>/` with a `selectors.ts` in the same shape as `lib/mail/gmail/selectors.ts` (ordered
 *     alternatives, attributes before classes, each with the layout and source it comes from, misses counted).
 *  2. Implement `MailHostAdapter` in `lib/mail/<host>/host.ts`; reuse `editor.ts` and `text.ts`, never copy them.
 *  3. Add `entrypoints/<host>.content/index.ts`: `defineContentScript({ matches, main: (ctx) => startMailHost(ctx,
 *     <host>Host) })`, with `matches` equal to the adapter's `matches` patterns.
 *  4. Add the host's name to `MAIL_HOSTS` (lib/messaging/fields.ts) and `MailSource` (lib/core/email.ts) if
 *     it is not there yet; fixtures in `tests/fixtures/<host>/` that say they were written from the public catalogue.
 *  Nothing else changes: the background, the store, the bar and the pages already take any `MailHost`.
 *
 * Rules every host keeps: read attributes and text, never write into the host's page except the bar and the typed
 * draft; build DOM with createElement/textContent only (email text is hostile; Trusted Types); no whole-page
 * observers and no work per mutation record; a miss is "not detected" (no bar), never a thrown error or a broken page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Email, MailAccount } from '../core/email';
import type { MailHost } from '../messaging/content-messages';
import type { InsertOutcome } from './editor';

export type { InsertOutcome } from './editor';

/** A new message for the host's compose link. */
export interface ComposeMessage {
  to: string;
  subject: string;
  body: string;
}

/** What the user looks at: the open conversation and the message list, either or both (a split pane). */
export interface MailView {
  thread: Element | null;
  list: Element | null;
}

/** Lookups since the last report, per selector name (canaries as `new:<name>`). */
export type HealthDelta = Record<string, { hits: number; misses: number }>;

export interface MailHostAdapter {
  /** The host's name in messages and on stored emails. */
  readonly name: MailHost;
  /** The pages the host's content script runs on (the entrypoint's `matches`, as match patterns). */
  readonly matches: readonly string[];
  /**
   * How a view change is seen: call `onView` whenever the view may have changed (route change, the list or the
   * conversation re-rendered, a new message such as the user's own reply). Cheap and narrow; stops with `ctx`.
   */
  watch(ctx: ContentScriptContext, onView: (view: MailView) => void): void;
  /** The account the page shows: its number in the URL (if the host has one) and the signed-in address. */
  account(doc: Document): MailAccount;
  /** The open conversation's expanded messages, oldest first, each carrying `account`. */
  readThread(thread: Element, doc: Document, account: MailAccount): Email[];
  /**
   * The visible rows of a list as partial emails (subject and snippet), at most `max`. A row whose email id `known`
   * holds (read on an earlier scan) is skipped after reading its id only, so a re-scan of an unchanged list costs one
   * lookup per row; rows whose id needs the full read are read.
   */
  readRows(list: Element, account: MailAccount, max: number, known?: (id: string) => boolean): Email[];
  /** Put the bar in the conversation (under the subject); false when there is no place: then no bar. */
  placeBar(thread: Element, bar: HTMLElement): boolean;
  /** The element whose background tells a dark theme, if any. */
  themeRoot(doc: Document): Element | null;
  /** Open a reply in the conversation (or use the open one) and insert `text` at its top. Never sends. */
  draftIntoReply(thread: Element, text: string): Promise<InsertOutcome>;
  /**
   * The host's own link that opens a new message with the recipient, subject and body filled in (Gmail:
   * `/mail/u/N/?view=cm&to=…&su=…&body=…`; Outlook on the web: its `/mail/deeplink/compose?to=…&subject=…&body=…`),
   * in the mailbox `account`. The wiring opens it as a navigation of the mail page (a tab of the host's own origin),
   * never a request of ours; the user sends. A letter for someone other than the thread's sender goes there, as does
   * a second letter when the reply already holds one the user edited. Optional: without it such a letter is shown
   * in the bar to copy.
   */
  composeUrl?(account: MailAccount, message: ComposeMessage): string | null;
  /** Count the host's "new layout" canaries in the open conversation (see `takeHealth`). */
  countCanaries(thread: Element): void;
  /** Selector health since the last call (a delta), or null when nothing was counted. */
  takeHealth(): HealthDelta | null;
}

/**
 * Seeing the user's own reply, for every host: a message from the signed-in address is the user's (a reply that
 * completes the reminder it answers).
 */
export function markOwn(email: Email, account: MailAccount | null): Email {
  if (account) email.account = account;
  if (account?.address && email.from.address === account.address) email.fromUser = true;
  return email;
}
