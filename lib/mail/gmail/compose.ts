/**
 * Put a draft into Gmail's reply, the way a user would: open the reply on the last message (or use the reply already
 * open), wait for the editor, type the text at the top with `execCommand('insertText')` so Gmail sees real input
 * events and autosaves, and leave the signature, the quoted text and the caret where they are. Never sends.
 * See ../shared/design/gmail-selectors.md §5 (why insertText, why mousedown/mouseup/click).
 */
import { find, findAll } from './selectors';

export type InsertOutcome =
  | { ok: true; method: 'insertText' | 'dom'; opened: boolean }
  | { ok: false; reason: 'no-reply-button' | 'no-editor' | 'not-inserted' };

/** Gmail's closure buttons listen to mousedown/mouseup as well as click (InboxSDK simulate-mouse-event.ts). */
export function simulateClick(el: Element): void {
  const view = el.ownerDocument.defaultView ?? undefined;
  for (const type of ['mousedown', 'mouseup', 'click'] as const) {
    el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view }));
  }
}

/** The reply editor open in this thread, if any. */
export function openEditor(thread: ParentNode): HTMLElement | null {
  return find(thread, 'editor', { optional: true }) as HTMLElement | null;
}

/** Wait up to `timeoutMs` for the editor, with one observer on the thread that is always disconnected. */
export function waitForEditor(thread: Element, timeoutMs = 5000): Promise<HTMLElement | null> {
  const now = openEditor(thread);
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    let done = false;
    const finish = (editor: HTMLElement | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      resolve(editor);
    };
    // Short-lived (seconds, only after a click), so subtree is acceptable here; the callback does one lookup.
    const observer = new MutationObserver(() => {
      const editor = openEditor(thread);
      if (editor) finish(editor);
    });
    observer.observe(thread, { childList: true, subtree: true });
    const timer = setTimeout(() => finish(openEditor(thread)), timeoutMs);
  });
}

function caretAtStart(editor: HTMLElement): void {
  const doc = editor.ownerDocument;
  editor.focus();
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  range.setStart(editor, 0);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

function typeLines(editor: HTMLElement, lines: string[]): boolean {
  const doc = editor.ownerDocument;
  let ok = true;
  lines.forEach((line, i) => {
    // Lines are typed one by one: newlines inside one insertText are handled inconsistently by editors.
    if (i > 0) ok = doc.execCommand('insertLineBreak') && ok;
    if (line) ok = doc.execCommand('insertText', false, line) && ok;
  });
  return ok;
}

/** Fallback when execCommand is missing or inserted nothing: text nodes and <br>s at the top, then an input event. */
function insertByDom(editor: HTMLElement, lines: string[]): void {
  const doc = editor.ownerDocument;
  const fragment = doc.createDocumentFragment();
  lines.forEach((line, i) => {
    if (i > 0) fragment.appendChild(doc.createElement('br'));
    if (line) fragment.appendChild(doc.createTextNode(line));
  });
  fragment.appendChild(doc.createElement('br'));
  editor.insertBefore(fragment, editor.firstChild);
  const InputEventCtor = doc.defaultView?.InputEvent;
  editor.dispatchEvent(
    InputEventCtor ? new InputEventCtor('input', { bubbles: true, inputType: 'insertText' }) : new Event('input', { bubbles: true }),
  );
}

/** Text without whitespace, to check that a draft landed whatever the editor made of its line breaks. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** Insert `text` at the top of the open editor; true when it is there afterwards. */
export function insertIntoEditor(editor: HTMLElement, text: string): 'insertText' | 'dom' | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const probe = squash(lines.find((l) => l.trim()) ?? '');
  const before = squash(editor.textContent ?? '');
  const landed = () => {
    const after = squash(editor.textContent ?? '');
    return after.length > before.length && after.includes(probe);
  };
  caretAtStart(editor);
  let typed = false;
  try {
    typed = typeof editor.ownerDocument.execCommand === 'function' && typeLines(editor, lines);
  } catch {
    typed = false;
  }
  if (typed && landed()) return 'insertText';
  // execCommand can report success and insert nothing (no selection; RocketChat #41417): fall back, once.
  if (!landed()) insertByDom(editor, lines);
  return landed() ? 'dom' : null;
}

/** Open the reply (or use the open one) in `thread` and insert `text` at its top. */
export async function draftIntoReply(thread: Element, text: string, timeoutMs = 5000): Promise<InsertOutcome> {
  let editor = openEditor(thread);
  const opened = !editor;
  if (!editor) {
    const messages = findAll(thread, 'message');
    const last = messages[messages.length - 1];
    const button = (last ? find(last, 'replyButton', { optional: true }) : null) ?? find(thread, 'bottomReply', { optional: true });
    if (!button) {
      find(thread, 'replyButton'); // counted as a miss for selector health
      return { ok: false, reason: 'no-reply-button' };
    }
    simulateClick(button);
    editor = await waitForEditor(thread, timeoutMs);
    if (!editor) return { ok: false, reason: 'no-editor' };
  }
  const method = insertIntoEditor(editor, text);
  return method ? { ok: true, method, opened } : { ok: false, reason: 'not-inserted' };
}
