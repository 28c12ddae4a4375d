/**
 * Gmail's page into the core's `Email`: the expanded messages of an open thread, and the rows of a list view as
 * partial emails (subject and snippet only). Reads attributes and text; never writes to the page.
 */
import type { Address, Email } from '../../core/email';
import { parseGmailDate } from './dates';
import { find, findAll, findEvery } from './selectors';
import { oneLine, textOf } from './text';

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

function addressOf(el: Element | null): Address {
  if (!el) return { name: '', address: '' };
  const address = (el.getAttribute('email') ?? '').trim().toLowerCase().slice(0, 320);
  const name = oneLine(el.getAttribute('name') ?? el.textContent, 200);
  return { name: name === address ? '' : name, address };
}

/** Gmail writes `#thread-f:123` / `#msg-f:123`; ids are kept without the `#`. */
function cleanId(value: string | null | undefined): string | null {
  const id = (value ?? '').trim().replace(/^#/, '');
  return id ? id.slice(0, 100) : null;
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

export function readThreadInfo(container: ParentNode, doc: ParentNode): ThreadInfo {
  // The subject sits above the message list, outside the thread container in some layouts: look in both.
  const subject = find(container, 'subject', { optional: true }) ?? find(doc, 'subject');
  const threadId =
    cleanId(subject?.getAttribute('data-legacy-thread-id')) ?? cleanId(subject?.getAttribute('data-thread-perm-id'));
  return { threadId, subject: subjectText(subject) };
}

/** The body of one message without quoted history or trimmed content, and its links. */
export function readBody(message: Element): { body: string; links: string[] } {
  const body = find(message, 'body');
  if (!body) return { body: '', links: [] };
  const clone = body.cloneNode(true) as Element;
  for (const quoted of findEvery(clone, 'quoted')) quoted.remove();
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
export function readMessage(message: Element, thread: ThreadInfo, account: string | null): Email | null {
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
    date: parseGmailDate(dateTitle),
    body,
    links,
  };
  if (account && from.address === account) email.fromUser = true;
  return email;
}

/** The expanded messages of an open thread, oldest first. Collapsed messages have no body in the DOM and are skipped. */
export function readThread(container: Element, doc: ParentNode, account: string | null): Email[] {
  const info = readThreadInfo(container, doc);
  const out: Email[] = [];
  for (const message of findAll(container, 'message')) {
    const email = readMessage(message, info, account);
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

/**
 * One list row as a partial email. Today's rows carry the thread id and the last message's id, which is also the
 * id the thread view gives that message, so a row seen first and opened later stays one event. Rows without ids
 * (older layouts) get `row:<hash of sender, subject and date>`, stable across renders.
 */
export function readRow(row: Element, account: string | null): RowRead | null {
  const from = addressOf(find(row, 'rowSender'));
  const subject = oneLine(find(row, 'rowSubject')?.textContent, 500);
  const snippet = oneLine(find(row, 'rowSnippet', { optional: true })?.textContent, 600).replace(/^-\s*/, '');
  const dateTitle = find(row, 'rowDate')?.getAttribute('title') ?? null;
  if (!subject && !from.address) return null;
  const ids = find(row, 'rowIds', { optional: true });
  const threadId = cleanId(ids?.getAttribute('data-legacy-thread-id')) ?? cleanId(ids?.getAttribute('data-thread-id'));
  const lastMessageId = cleanId(ids?.getAttribute('data-legacy-last-message-id'));
  const id = lastMessageId ?? `row:${stableHash(`${from.address}\n${subject}\n${dateTitle ?? ''}`)}`;
  const email: Email = {
    id,
    threadId,
    source: 'gmail',
    subject,
    from,
    date: parseGmailDate(dateTitle),
    body: snippet,
    partial: true,
  };
  if (account && from.address === account) email.fromUser = true;
  return { email, dateTitle };
}

/** The rows of a list container, in page order (visibility is the caller's concern). */
export function listRows(list: ParentNode): Element[] {
  return findAll(list, 'row');
}
