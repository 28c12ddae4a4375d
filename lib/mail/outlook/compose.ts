/**
 * Outlook's reply (outlook-selectors.md §3.6, §3.7, §5): the newest expanded message's Reply, found by its icon name
 * (not localised), a bounded wait for the roosterjs editor, and the draft typed with the host-neutral typing in
 * ../editor.ts: the caret in the editor's first empty line above the signature and the history, one `insertText`
 * per line and `insertParagraph` between lines (OWA's one-`div`-per-line model). Never sends; a reply that opens in
 * a popout (no editor in this page) gives "no-editor" and the bar shows the text to copy.
 */
import { OUTLOOK_ORIGINS, type MailAccount } from '../../core/email';
import { insertIntoEditor, simulateClick, waitForElement, type InsertOutcome } from '../editor';
import type { ComposeMessage } from '../host';
import { parseOutlookDate } from './dates';
import { expandedMessages } from './read';
import { closest, find, matches } from './selectors';

export function openEditor(root: ParentNode): HTMLElement | null {
  return find(root, 'editor', { optional: true }) as HTMLElement | null;
}

/** The newest expanded, non-draft message: by its date when every one has one, else the last in the page. */
export function newestMessage(thread: Element): Element | null {
  const messages = expandedMessages(thread, false);
  if (messages.length === 0) return null;
  const lang = thread.ownerDocument.documentElement?.getAttribute('lang') ?? '';
  const dated = messages.map(({ message }) => {
    const el = find(message, 'date', { optional: true });
    return { message, at: Date.parse(parseOutlookDate(el?.getAttribute('title') || el?.textContent, lang) ?? '') };
  });
  if (dated.every((d) => !Number.isNaN(d.at))) return dated.reduce((a, b) => (b.at >= a.at ? b : a)).message;
  return messages[messages.length - 1]!.message;
}

export function replyControl(thread: Element): Element | null {
  const message = newestMessage(thread);
  return message ? find(message, 'replyButton') : null;
}

/** The line the draft starts in: the editor's first block when it comes before the signature and history. */
export function firstLine(editor: HTMLElement): Element | null {
  const first = editor.firstElementChild;
  if (!first || matches(first, 'editorProtected') || first.querySelector('[id$="Signature"], [id$="appendonsend"], [id$="divRplyFwdMsg"], hr')) return null;
  return first;
}

/** Where the reply editor can appear: the reading pane around the conversation (inline reply docks there). */
function composeRoot(thread: Element): Element {
  return closest(thread, 'readingPane') ?? thread;
}

export async function draftIntoReply(thread: Element, text: string, timeoutMs = 5000): Promise<InsertOutcome> {
  const root = composeRoot(thread);
  let editor = openEditor(root);
  const opened = !editor;
  if (!editor) {
    const button = replyControl(thread);
    if (!button) return { ok: false, reason: 'no-reply-button' };
    simulateClick(button);
    editor = await waitForElement(root, openEditor, timeoutMs);
    if (!editor) return { ok: false, reason: 'no-editor' };
  }
  const method = insertIntoEditor(editor, text, { caretIn: firstLine(editor), newline: 'insertParagraph' });
  // Never two letters in one reply: the user changed our earlier draft, so this one belongs in its own message.
  if (method === 'edited') return { ok: false, reason: 'edited-draft' };
  return method ? { ok: true, method, opened } : { ok: false, reason: 'not-inserted' };
}

/**
 * Outlook on the web's own compose deep link (outlook-selectors.md §2.2: `/mail/deeplink/compose`), on the host the
 * page is on: a navigation inside the mail page with the letter filled, never a request of ours.
 */
export function outlookComposeUrl(account: MailAccount, message: ComposeMessage): string | null {
  const origin = account.origin ?? (typeof location !== 'undefined' ? location.origin : '');
  if (!(OUTLOOK_ORIGINS as readonly string[]).includes(origin)) return null;
  const params = new URLSearchParams({ to: message.to, subject: message.subject, body: message.body });
  return `${origin}/mail/deeplink/compose?${params.toString()}`;
}
