/**
 * Typing into a mail host's reply the way a user would, for every host: a click with mousedown/mouseup/click, a
 * bounded wait for an editor to appear, and the text typed at the top with `execCommand('insertText')` so the host
 * sees real input events and autosaves (Gmail and Outlook's roosterjs both do), leaving the signature, the quoted
 * text and the caret where they are. Never sends. See lib/mail/README.md (the draft).
 */

export type InsertOutcome =
  | { ok: true; method: 'insertText' | 'dom'; opened: boolean }
  | { ok: false; reason: 'no-reply-button' | 'no-editor' | 'not-inserted' | 'edited-draft' };

/** Closure-library buttons (Gmail) listen to mousedown/mouseup as well as click (InboxSDK simulate-mouse-event.ts). */
export function simulateClick(el: Element): void {
  const view = el.ownerDocument.defaultView ?? undefined;
  for (const type of ['mousedown', 'mouseup', 'click'] as const) {
    el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view }));
  }
}

/**
 * Wait up to `timeoutMs` for `find(root)` to give an element, with one short-lived observer on `root` that is always
 * disconnected (seconds, only after a click, so `subtree` is acceptable; the callback does one lookup).
 */
export function waitForElement<T extends Element>(root: Element, find: (root: Element) => T | null, timeoutMs = 5000): Promise<T | null> {
  const now = find(root);
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    let done = false;
    const finish = (found: T | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      resolve(found);
    };
    const observer = new MutationObserver(() => {
      const found = find(root);
      if (found) finish(found);
    });
    observer.observe(root, { childList: true, subtree: true });
    const timer = setTimeout(() => finish(find(root)), timeoutMs);
  });
}

function caretAtStart(editor: HTMLElement, at: Node = editor): void {
  const doc = editor.ownerDocument;
  editor.focus();
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  range.setStart(at, 0);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

function typeLines(editor: HTMLElement, lines: string[], newline: NewLine): boolean {
  const doc = editor.ownerDocument;
  let ok = true;
  lines.forEach((line, i) => {
    // Lines are typed one by one: newlines inside one insertText are handled inconsistently by editors.
    if (i > 0) ok = doc.execCommand(newline) && ok;
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

/** How a line ends: a `<br>` in the same block (Gmail), or a new block (Outlook's one-`div`-per-line roosterjs). */
export type NewLine = 'insertLineBreak' | 'insertParagraph';

export interface InsertOptions {
  /** Where the caret goes first (its start): the editor itself by default, or the host's first empty line. */
  caretIn?: Node | null;
  newline?: NewLine;
}

/**
 * The Callback draft each editor holds: what the editor held before it (copies of its nodes: the signature, the
 * quoted text) and the whole text right after it was typed. Never two letters in one reply: a new draft replaces
 * ours while the user has not touched it, and is refused ('edited') once they have.
 */
const drafts = new WeakMap<HTMLElement, { before: Node[]; after: string }>();

/**
 * Insert `text` at the top of the open editor: the method that put it there, null when it could not, or 'edited'
 * when the editor holds a Callback draft the user changed (the new letter belongs in its own message).
 */
export function insertIntoEditor(editor: HTMLElement, text: string, options: InsertOptions = {}): 'insertText' | 'dom' | 'edited' | null {
  const previous = drafts.get(editor);
  if (previous) {
    if (squash(editor.textContent ?? '') !== previous.after) return 'edited';
    // Untouched: put back what the editor held before our draft (its own nodes, copied), then type the new one.
    editor.replaceChildren(...previous.before.map((node) => node.cloneNode(true)));
  }
  const before = Array.from(editor.childNodes, (node) => node.cloneNode(true));
  const method = typeDraft(editor, text, options);
  if (method) drafts.set(editor, { before, after: squash(editor.textContent ?? '') });
  return method;
}

function typeDraft(editor: HTMLElement, text: string, options: InsertOptions): 'insertText' | 'dom' | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const probe = squash(lines.find((l) => l.trim()) ?? '');
  const before = squash(editor.textContent ?? '');
  const landed = () => {
    const after = squash(editor.textContent ?? '');
    return after.length > before.length && after.includes(probe);
  };
  caretAtStart(editor, options.caretIn && editor.contains(options.caretIn) ? options.caretIn : editor);
  let typed = false;
  try {
    typed = typeof editor.ownerDocument.execCommand === 'function' && typeLines(editor, lines, options.newline ?? 'insertLineBreak');
  } catch {
    typed = false;
  }
  if (typed && landed()) return 'insertText';
  // execCommand can report success and insert nothing (no selection; RocketChat #41417): fall back, once.
  if (!landed()) insertByDom(editor, lines);
  return landed() ? 'dom' : null;
}
