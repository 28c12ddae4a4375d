/**
 * Gmail's page into the core's `Email`: the expanded messages of an open thread, and the rows of a list view as
 * partial emails (subject and snippet only). Reads attributes and text; never writes to the page.
 */
import type { Address, Email, MailAccount } from '../../core/email';
import { parseGmailDate, type ZoneDays } from './dates';
import { find, findAll, findEvery, matches, LOOK_ALIKE_ROWS, SELECTORS } from './selectors';
import { gmailAccountIndex } from '../../ui-text/labels';
import { markOwn } from '../host';
import { oneLine, textOf } from '../text';

const EMAIL_IN_TEXT = /[a-z0-9._%+'-]{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,24}/i;
const MAX_LINKS = 50;

/**
 * The signed-in account's address, used to tell the user's own replies apart. The content script runs in the
 * isolated world, so Gmail's `GLOBALS`/`GM_*` page variables are out of reach. Two page facts carry the address in
 * every UI language: the document title ("Inbox (3) - name@gmail.com - Gmail") and the account button's aria-label
 * ("Google Account: Name (name@gmail.com)"). The title is tried first: it is cheap and Gmail has kept it for years.
 */
export function accountAddress(doc: Document): string | null {
  const fromTitle = EMAIL_IN_TEXT.exec(doc.title ?? '');
  if (fromTitle) return fromTitle[0].toLowerCase();
  const button = find(doc, 'account', { optional: true });
  const fromButton = EMAIL_IN_TEXT.exec(button?.getAttribute('aria-label') ?? '');
  return fromButton ? fromButton[0].toLowerCase() : null;
}

/** Gmail's account number from the page's path (`/mail/u/1/`); a bare `/mail/` is the first account. */
export const accountIndex = gmailAccountIndex;

/** The account this page shows: its number in the URL and its address. */
export function pageAccount(doc: Document): MailAccount {
  return { index: accountIndex(doc.location?.pathname ?? ''), address: accountAddress(doc) };
}

function addressOf(el: Element | null): Address {
  if (!el) return { name: '', address: '' };
  const address = (el.getAttribute('email') ?? '').trim().toLowerCase().slice(0, 320);
  const name = oneLine(el.getAttribute('name') ?? el.textContent, 200);
  return { name: name === address ? '' : name, address };
}

/** What Gmail's script writes when it has no id to give (InboxSDK 1b0ea3b9: `data-thread-perm-id="undefined"`). */
const NO_ID = new Set(['', 'undefined', 'null', 'nan', 'false', '0']);
const ID = /^[\w:.-]{1,100}$/;
const ID_PREFIX = /^(thread|msg)-[a-z]:/i;

/**
 * Gmail writes `#thread-f:123` / `#msg-f:123`; ids are kept without the `#`. "undefined", "null" and empty (also
 * after the `thread-f:` / `msg-f:` prefix) are no id: taken as one, every such thread would merge into one.
 */
export function cleanId(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  const id = trimmed.charCodeAt(0) === 35 ? trimmed.slice(1) : trimmed; // without the '#'
  if (!ID.test(id)) return null;
  // Only the prefixed form has a colon, and its prefix ends at the first one: one test less for a bare hex id.
  const colon = id.indexOf(':');
  const bare = colon > 0 && ID_PREFIX.test(id) ? id.slice(colon + 1) : id;
  return NO_ID.has(bare.toLowerCase()) ? null : id;
}

/** Deepest climb from the thread container to the conversation's root. */
const MAX_CLIMB = 12;

/**
 * The whole conversation the thread container belongs to. Since the rebuild, parts of it (the subject, the reply
 * editor, the bottom bar) can render beside the thread container rather than in it (FlowCrypt 5a6b382a climbs to
 * `.nH.a98.iY`'s parent): the ancestor just below the main area or the preview pane, by structure, not class.
 */
export function conversationOf(container: Element): Element {
  // Never climb into the list: in a split pane the list and the conversation share an ancestor.
  const list = find(container.ownerDocument, 'threadList', { optional: true });
  let node = container;
  for (let i = 0; i < MAX_CLIMB; i++) {
    const parent = node.parentElement;
    if (!parent || parent === node.ownerDocument.body || matches(parent, 'main') || matches(parent, 'previewPane')) return node;
    if (list && parent.contains(list)) return node;
    node = parent;
  }
  return node;
}

/** The look-alike classes as one selector list: one `matches` per row, not one per class (order is moot here). */
const LOOK_ALIKE = LOOK_ALIKE_ROWS.join(', ');

/** A row injected by another extension (InboxSDK#1224): never read as mail. */
export function isLookAlikeRow(row: Element): boolean {
  return row.matches(LOOK_ALIKE);
}

/** The subject's text; emoji images carry their character in `data-emoji`. */
function subjectText(el: Element | null): string {
  return el ? oneLine(textOf(el), 500) : '';
}

export interface ThreadInfo {
  /** Gmail's thread id (legacy hex when present, else the `thread-f:` form); null when the page shows none. */
  threadId: string | null;
  subject: string;
}

export function readThreadInfo(container: Element, doc: ParentNode): ThreadInfo {
  // The subject sits above the message list, outside the thread container in some layouts: look in both.
  const root = conversationOf(container);
  const subject = find(container, 'subject', { optional: true }) ?? find(root, 'subject', { optional: true }) ?? find(doc, 'subject');
  const threadId =
    cleanId(subject?.getAttribute('data-legacy-thread-id')) ??
    cleanId(subject?.getAttribute('data-thread-perm-id')) ??
    conversationThreadId(root);
  return { threadId, subject: subjectText(subject) };
}

/** A valid legacy id elsewhere in the conversation, never one of a list row (a split pane shares an ancestor). */
function conversationThreadId(root: Element): string | null {
  for (const el of findAll(root, 'threadIds', { optional: true })) {
    if (el.closest('tr') || (find(el.ownerDocument, 'threadList', { optional: true })?.contains(el) ?? false)) continue;
    const id = cleanId(el.getAttribute('data-legacy-thread-id'));
    if (id) return id;
  }
  return null;
}

/** Every alternative of `quoted` as one selector list: removal needs no order, so one query per body instead of five. */
const QUOTED = SELECTORS.quoted.map((a) => a.css).join(', ');

/** The quoted parts of a body; one alternative at a time should an engine refuse the list. */
function quotedParts(body: Element): Element[] {
  try {
    const found = body.querySelectorAll(QUOTED);
    const out: Element[] = new Array<Element>(found.length);
    for (let i = 0; i < out.length; i++) out[i] = found[i]!;
    return out;
  } catch {
    return findEvery(body, 'quoted');
  }
}

/** The body of one message without quoted history or trimmed content, and its links. */
export function readBody(message: Element): { body: string; links: string[] } {
  const body = find(message, 'body');
  if (!body) return { body: '', links: [] };
  const clone = body.cloneNode(true) as Element;
  for (const quoted of quotedParts(clone)) quoted.remove();
  // An open reply editor inside the message (inline reply) is the user's own text, not the message.
  for (const editable of Array.from(clone.querySelectorAll('[contenteditable=true]'))) editable.remove();
  const links: string[] = [];
  for (const a of Array.from(clone.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (/^(https?:|mailto:)/i.test(href) && !links.includes(href)) links.push(href.slice(0, 2000));
    if (links.length >= MAX_LINKS) break;
  }
  return { body: textOf(clone), links };
}

/** One expanded message into an Email; null when it has no id (nothing to key the timeline on). */
export function readMessage(message: Element, thread: ThreadInfo, account: MailAccount | null, days?: ZoneDays): Email | null {
  const id =
    cleanId(message.getAttribute('data-legacy-message-id')) ??
    cleanId(message.getAttribute('data-message-id')) ??
    cleanId(message.querySelector('[data-legacy-message-id]')?.getAttribute('data-legacy-message-id'));
  if (!id) return null;
  const from = addressOf(find(message, 'sender'));
  const dateTitle = find(message, 'date')?.getAttribute('title') ?? null;
  const { body, links } = readBody(message);
  const email: Email = {
    id,
    threadId: thread.threadId,
    source: 'gmail',
    subject: thread.subject,
    from,
    date: parseGmailDate(dateTitle, days),
    body,
    links,
  };
  return markOwn(email, account);
}

/** The expanded messages of an open thread, oldest first. Collapsed messages have no body in the DOM and are skipped. */
export function readThread(container: Element, doc: ParentNode, account: MailAccount | null): Email[] {
  const info = readThreadInfo(container, doc);
  const out: Email[] = [];
  const days: ZoneDays = new Map();
  for (const message of findAll(container, 'message')) {
    const email = readMessage(message, info, account, days);
    if (email) out.push(email);
  }
  return out;
}

/** FNV-1a, 32 bit: a stable id for rows that carry none (the 2014 layout). */
export function stableHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export interface RowRead {
  email: Email;
  /** The raw date title, kept when the parse failed or for display. */
  dateTitle: string | null;
}

/** What a scan of the list shares between its rows. */
export interface RowScan {
  /** The row after this one in the list (null for the last): the list's own rows, look-alikes already left out. */
  next: Element | null;
  days: ZoneDays;
}

/**
 * One list row as a partial email. Today's rows carry the thread id and the last message's id, which is also the
 * id the thread view gives that message, so a row seen first and opened later stays one event. Rows without ids
 * (older layouts) get `row:<hash of sender, subject and date>`, stable across renders.
 */
export function readRow(row: Element, account: MailAccount | null, scan?: RowScan): RowRead | null {
  // A row of the list's own (`scan`) is no look-alike: the row selector already left those out.
  if (!scan && isLookAlikeRow(row)) return null;
  const parts = rowParts(row, scan);
  const from = addressOf(findIn(parts, 'rowSender'));
  const subject = oneLine(findIn(parts, 'rowSubject')?.textContent, 500);
  const line = oneLine(findIn(parts, 'rowSnippet', true)?.textContent, 600);
  // Without the old layout's leading "- " (one line: a space after it is at most one).
  const snippet = line.charCodeAt(0) === 45 ? line.slice(line.charCodeAt(1) === 32 ? 2 : 1) : line;
  const dateTitle = findIn(parts, 'rowDate')?.getAttribute('title') ?? null;
  if (!subject && !from.address) return null;
  const ids = findIn(parts, 'rowIds', true);
  const threadId = cleanId(ids?.getAttribute('data-legacy-thread-id')) ?? cleanId(ids?.getAttribute('data-thread-id'));
  const lastMessageId = cleanId(ids?.getAttribute('data-legacy-last-message-id'));
  const id = lastMessageId ?? `row:${stableHash(`${from.address}\n${subject}\n${dateTitle ?? ''}`)}`;
  const email: Email = {
    id,
    threadId,
    source: 'gmail',
    subject,
    from,
    date: parseGmailDate(dateTitle, scan?.days),
    body: snippet,
    partial: true,
  };
  return { email: markOwn(email, account), dateTitle };
}

/** Rows per thread in the vertical split pane (`.apv`): sender and date, subject, snippet (ISDK thread-row-view). */
const VERTICAL_ROWS = 3;

/**
 * The `<tr>`s of one thread: the row itself, and in the vertical split pane the rows after it that are not rows of
 * their own (the subject sits in the second, InboxSDK `_elements[1]`).
 */
function rowParts(row: Element, scan?: RowScan): Element[] {
  const parts = [row];
  let next = row.nextElementSibling;
  // The list's next row is no part of this one: known without asking the page (usual layouts stop here).
  if (scan && next === scan.next) return parts;
  while (next && parts.length < VERTICAL_ROWS && next.tagName === 'TR' && !matches(next, 'row') && !isLookAlikeRow(next)) {
    parts.push(next);
    next = next.nextElementSibling;
  }
  return parts;
}

/** The first part of a row that has `name`; one count per row, not per part. */
function findIn(parts: Element[], name: Parameters<typeof find>[1], optional = false): Element | null {
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i]!;
    const found = find(part, name, { optional: true });
    if (found) {
      if (!optional) find(part, name); // counted once as a hit
      return found;
    }
  }
  return find(parts[parts.length - 1]!, name, { optional });
}

/**
 * The rows of a list container, in page order, without look-alikes (visibility is the caller's concern). Every
 * alternative of `row` already excludes them (`:not(…)`), so no row is matched again here.
 */
export function listRows(list: ParentNode): Element[] {
  return findAll(list, 'row');
}

/**
 * The id a row's email gets, read from its ids alone (one lookup): the last message's id, or null when the row
 * carries none (then only a full read can name it).
 */
export function rowMessageId(row: Element, scan?: RowScan): string | null {
  return cleanId(findIn(rowParts(row, scan), 'rowIds', true)?.getAttribute('data-legacy-last-message-id'));
}
