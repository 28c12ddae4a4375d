/**
 * Outlook on the web's page into the core's `Email`: the expanded messages of the open conversation, and the list's
 * rows as "conversations seen". Reads attributes and text only; never writes to the page.
 *
 * The per-message key. OWA shows no message id we understand: `MSG_<x>_FROM` carries some `<x>`, but whether it is
 * the item id, a render instance or an index is not known (outlook-selectors.md §3.5, §8: G), and a key that changes
 * on reload would store the same email twice. So the key is derived from what the user sees and what stays the same
 * across renders, reloads, the reading pane and the full view, the four hosts and the UI language: `owa:` and a
 * 64-bit hash of the subject, the sender (address, else the name), the date (parsed to ISO; the raw digits if it does
 * not parse) and the first 200 characters of the cleaned body. The conversation id is left out on purpose: it comes
 * from the URL or the selected row, and those two are not known to be equal (§2.2: G). Two messages with all four
 * equal in one conversation get `#2`, `#3` in page order.
 */
import { OUTLOOK_ORIGINS, type Address, type Email, type MailAccount } from '../../core/email';
import { markOwn } from '../host';
import { oneLine, textOf } from '../text';
import { parseOutlookDate } from './dates';
import { closest, find, findAll, findEvery } from './selectors';

const EMAIL = /[a-z0-9._%+'-]{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,24}/i;
const MAX_LINKS = 50;
const MAX_CLIMB = 10;

/** The signed-in address from the folder tree (or the account flyout if the user opened it); null when not shown. */
export function accountAddress(doc: Document): string | null {
  const el = find(doc, 'account', { optional: true });
  if (!el) return null;
  for (const value of [el.getAttribute('title'), el.getAttribute('data-folder-name'), el.getAttribute('aria-labelledby'), el.id, el.textContent]) {
    const hit = EMAIL.exec(value ?? '');
    if (hit) return hit[0].toLowerCase();
  }
  return null;
}

/**
 * The signed-in person's display name from the tab title ("Mail - Sam Rivera - Outlook", "E-Mail - Sam Rivera -
 * Outlook": COMM-22553466636): the part between the first and the last " - ", whatever the first word's language.
 * Used for colleagues' view of the user: in a work tenant the user's own messages may show the name only.
 */
export function accountName(doc: Document): string | null {
  const parts = (doc.title ?? '').split(' - ');
  if (parts.length < 3 || parts[parts.length - 1]!.trim() !== 'Outlook') return null;
  const name = oneLine(parts.slice(1, -1).join(' - '), 200);
  return name && !EMAIL.test(name) ? name : null;
}

/** Consumer Outlook numbers the mailbox in the path (`/mail/0/`); work accounts have no number. */
export function accountIndex(pathname: string): number | null {
  const m = /^\/mail\/(\d{1,2})(?:\/|$)/.exec(pathname);
  return m ? Number(m[1]) : null;
}

export function pageAccount(doc: Document): MailAccount {
  const origin = doc.location?.origin ?? '';
  return { index: accountIndex(doc.location?.pathname ?? ''), address: accountAddress(doc), origin: (OUTLOOK_ORIGINS as readonly string[]).includes(origin) ? origin : null };
}

/**
 * The conversation id in the route: `/mail/[<n>|<mailbox>/][<folder>/]id/<id>` or `/mail/deeplink/readconv/<id>`
 * (§2.2), decoded. `/sxs/<item>` after it is ignored.
 */
export function conversationIdFromPath(pathname: string): string | null {
  const m = /^\/mail\/(?:(?:\d+|[^/]*(?:@|%40)[^/]*)\/)?(?:deeplink\/(?:read|readconv)\/([^/?#]+)|(?:[^/]+\/)?id\/([^/?#]+))/.exec(pathname);
  const raw = m?.[1] ?? m?.[2];
  if (!raw) return null;
  try {
    return cleanId(decodeURIComponent(raw));
  } catch {
    return null;
  }
}

const cleanId = (value: string | null | undefined): string | null => {
  const id = (value ?? '').trim();
  return /^[\w+/=.:-]{4,200}$/.test(id) && !/^(undefined|null)$/i.test(id) ? id : null;
};

/** `Name<addr>`, `Name <addr>`, a bare address, or a name alone (a colleague in the same organisation). */
export function parseSender(text: string | null | undefined, title?: string | null): Address {
  const line = oneLine(text, 400);
  const bracket = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(line);
  if (bracket) return { name: oneLine(bracket[1]?.replace(/^"|"$/g, ''), 200), address: bracket[2]!.toLowerCase().slice(0, 320) };
  const inTitle = EMAIL.exec(title ?? '');
  if (EMAIL.test(line) && EMAIL.exec(line)![0].length === line.length) return { name: '', address: line.toLowerCase() };
  return { name: line.slice(0, 200), address: inTitle ? inTitle[0].toLowerCase() : '' };
}

/**
 * Defender Safe Links (`https://<region>.safelinks.protection.outlook.com/?url=<encoded>&data=…`, §3.5) back to the
 * link the sender wrote; nested wrapping is undone up to three times. Anything else is returned as it is.
 */
export function unwrapSafeLink(href: string): string {
  let current = href;
  for (let i = 0; i < 3; i++) {
    let url: URL;
    try {
      url = new URL(current);
    } catch {
      return current;
    }
    if (!/(^|\.)safelinks\.protection\.outlook\.com$/i.test(url.hostname)) return current;
    const target = url.searchParams.get('url');
    if (!target || !/^(https?:|mailto:)/i.test(target)) return current;
    current = target;
  }
  return current;
}

/** Remove `node` and everything after it up to `root`: a history marker ends the message's own text. */
function cutFrom(node: Element, root: Element): void {
  let at: Element | null = node;
  while (at && at !== root) {
    while (at.nextSibling) at.nextSibling.remove();
    at = at.parentElement;
  }
  node.remove();
}

/** The body of one message without quoted history, and its links with Safe Links unwrapped. */
export function readBody(body: Element): { body: string; links: string[] } {
  const clone = body.cloneNode(true) as Element;
  for (const editable of Array.from(clone.querySelectorAll('[contenteditable=true]'))) editable.remove();
  for (const marker of findEvery(clone, 'quoted')) {
    if (!clone.contains(marker)) continue; // already cut with an earlier marker
    // The rule OWA puts right before its reply header goes with it.
    const before = marker.previousElementSibling;
    if (before?.tagName === 'HR') before.remove();
    if (/divRplyFwdMsg|appendonsend|reference-message-container|OLK_SRC_BODY_SECTION|_MailEndCompose/i.test(`${marker.id} ${marker.getAttribute('name') ?? ''}`) || marker.matches('div[style*="border-top"]')) cutFrom(marker, clone);
    else marker.remove();
  }
  const links: string[] = [];
  for (const a of Array.from(clone.querySelectorAll('a[href]'))) {
    const href = unwrapSafeLink(a.getAttribute('href') ?? '');
    if (/^(https?:|mailto:)/i.test(href) && !links.includes(href)) links.push(href.slice(0, 2000));
    if (links.length >= MAX_LINKS) break;
  }
  return { body: textOf(clone), links };
}

/** FNV-1a 32 bit with a seed; two seeds make the 64-bit message key. */
function fnv(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

export function messageKey(subject: string, from: Address, date: string | null, rawDate: string, body: string): string {
  const when = date ?? rawDate.replace(/\D+/g, '');
  const text = [subject.toLowerCase(), (from.address || from.name).toLowerCase(), when, body.slice(0, 200)].join('\n');
  return `owa:${fnv(text, 0x811c9dc5)}${fnv(text, 0x01000193)}`;
}

export interface ConversationInfo {
  threadId: string | null;
  subject: string;
}

export function readConversationInfo(thread: Element, doc: Document): ConversationInfo {
  const heading = find(thread, 'subject', { optional: true }) ?? find(doc, 'subject');
  // The heading may also hold Copilot's buttons: the span's title is the subject alone (§3.3).
  const titled = heading?.querySelector('span[title]')?.getAttribute('title');
  const subject = oneLine(titled || (heading ? textOf(heading) : ''), 500);
  const conversationFromHeading = /^CONV_(.+)_SUBJECT$/.exec(heading?.id ?? '')?.[1];
  const threadId =
    conversationIdFromPath(doc.location?.pathname ?? '') ??
    cleanId(find(doc, 'selectedRow', { optional: true })?.getAttribute('data-convid')) ??
    cleanId(conversationFromHeading);
  return { threadId, subject };
}

/** The wrapper of the message a body belongs to: the nearest ancestor that also holds a message header (§3.4). */
export function messageOf(body: Element, thread: Element): Element | null {
  let node: Element | null = body.parentElement;
  for (let i = 0; node && i < MAX_CLIMB; i++) {
    if (find(node, 'messageHeader', { optional: true })) return node;
    if (node === thread) break;
    node = node.parentElement;
  }
  return closest(body, 'message');
}

/** The expanded, non-draft messages of the conversation with their bodies, in page order. */
export function expandedMessages(thread: Element, counted = true): Array<{ message: Element; body: Element }> {
  const out: Array<{ message: Element; body: Element }> = [];
  const seen = new Set<Element>();
  for (const body of findAll(thread, 'body', { optional: !counted })) {
    // A draft in the thread shows its editor where a body would be: it is not mail yet.
    if (body.closest('[contenteditable=true]') || body.querySelector('[contenteditable=true]')) continue;
    const message = messageOf(body, thread);
    if (!message || seen.has(message)) continue;
    seen.add(message);
    out.push({ message, body });
  }
  return out;
}

/** The open conversation's expanded messages, oldest first (by date when every one has a date, else page order). */
export function readThread(thread: Element, doc: Document, account: MailAccount | null): Email[] {
  const info = readConversationInfo(thread, doc);
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  const ownName = accountName(doc);
  const keys = new Map<string, number>();
  const out: Email[] = [];
  for (const { message, body: bodyEl } of expandedMessages(thread)) {
    const senderEl = find(message, 'sender');
    const from = parseSender(senderEl?.textContent, senderEl?.getAttribute('title'));
    const dateEl = find(message, 'date');
    const rawDate = oneLine(dateEl?.getAttribute('title') || dateEl?.textContent, 120);
    const date = parseOutlookDate(rawDate, lang);
    const { body, links } = readBody(bodyEl);
    let id = messageKey(info.subject, from, date, rawDate, body);
    const n = (keys.get(id) ?? 0) + 1;
    keys.set(id, n);
    if (n > 1) id = `${id}#${n}`;
    const email: Email = { id, threadId: info.threadId, source: 'outlook', subject: info.subject, from, date, body, links };
    markOwn(email, account);
    // A colleague's view of the user: the name only, no address (§3.5, §3.8).
    if (!from.address && ownName && from.name === ownName) email.fromUser = true;
    out.push(email);
  }
  if (out.every((e) => e.date)) out.sort((a, b) => Date.parse(a.date!) - Date.parse(b.date!));
  return out;
}

/** Shown rows only: a virtualised row off screen is an empty shell that still carries its data-convid (§3.2). */
export function isShell(row: Element): boolean {
  return row.childElementCount === 0 || oneLine(row.textContent, 10) === '';
}

/**
 * Visible rows as "conversations seen": the conversation id and, when the row's sender carries one in `title`, the
 * sender's address. Subject, snippet and time have no stable per-field hook in OWA's rows (§3.2: G), so they are not
 * read: a partial email with no text never decides anything, and never waits in the review list under a key the
 * opened conversation's messages would not clear.
 */
export function readRows(list: Element, account: MailAccount, max: number, known?: (id: string) => boolean): Email[] {
  const out: Email[] = [];
  for (const row of findAll(list, 'row')) {
    if (out.length >= max) break;
    const convid = cleanId(row.getAttribute('data-convid'));
    if (!convid || known?.(`row:${convid}`) || isShell(row)) continue;
    const address = EMAIL.exec(find(row, 'rowSender', { optional: true })?.getAttribute('title') ?? '')?.[0].toLowerCase() ?? '';
    const email: Email = { id: `row:${convid}`, threadId: convid, source: 'outlook', subject: '', from: { name: '', address }, date: null, body: '', partial: true };
    out.push(markOwn(email, account));
  }
  return out;
}
