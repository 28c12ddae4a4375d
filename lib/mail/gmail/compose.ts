/**
 * Gmail's reply: which control opens it, where its editor appears, and the draft typed into it with the host-neutral
 * typing in ../editor.ts. Never sends.
 */
import type { MailAccount } from '../../core/email';
import { insertIntoEditor, simulateClick, waitForElement, type InsertOutcome } from '../editor';
import type { ComposeMessage } from '../host';
import { conversationOf } from './read';
import { find, findAll, findVisible } from './selectors';

/** The reply editor open in this conversation, if any. */
export function openEditor(root: ParentNode): HTMLElement | null {
  return find(root, 'editor', { optional: true }) as HTMLElement | null;
}

/**
 * Wait up to `timeoutMs` for the editor. Pass the conversation root, not the thread container: the reply can render
 * beside the container (FlowCrypt 5a6b382a), and Gmail can add the reply's class before the editor (InboxSDK PR
 * #1291), so the wait is for the editor itself.
 */
export function waitForEditor(root: Element, timeoutMs = 5000): Promise<HTMLElement | null> {
  return waitForElement(root, openEditor, timeoutMs);
}

/**
 * The Reply to click: the last expanded message's own visible Reply, else the visible bottom-bar Reply outside a
 * table (the stale copies since 2025-11 are hidden or in a table, InboxSDK 240ca0ea). Null: counted as a miss.
 */
export function replyControl(thread: Element, conversation: Element = conversationOf(thread)): Element | null {
  const messages = findAll(thread, 'message');
  const last = messages[messages.length - 1];
  const own = last ? findVisible(last, 'replyButton', { optional: true }) : null;
  const button = own ?? findVisible(conversation, 'bottomReply', { optional: true, outsideTable: true });
  if (!button) find(last ?? thread, 'replyButton'); // counted as a miss for selector health
  return button;
}

export async function draftIntoReply(thread: Element, text: string, timeoutMs = 5000): Promise<InsertOutcome> {
  const conversation = conversationOf(thread);
  let editor = openEditor(conversation);
  const opened = !editor;
  if (!editor) {
    const button = replyControl(thread, conversation);
    if (!button) return { ok: false, reason: 'no-reply-button' };
    simulateClick(button);
    editor = await waitForEditor(conversation, timeoutMs);
    if (!editor) return { ok: false, reason: 'no-editor' };
  }
  const method = insertIntoEditor(editor, text);
  if (method === 'edited') return { ok: false, reason: 'edited-draft' };
  return method ? { ok: true, method, opened } : { ok: false, reason: 'not-inserted' };
}

/** Gmail's own compose link in mailbox `/mail/u/N/` (N from the account; 0 when unknown). */
export function gmailComposeUrl(account: MailAccount, message: ComposeMessage): string {
  const params = new URLSearchParams({ view: 'cm', fs: '1', to: message.to, su: message.subject, body: message.body });
  return `https://mail.google.com/mail/u/${account.index ?? 0}/?${params.toString()}`;
}
