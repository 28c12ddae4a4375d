/** Fixture loading for the Gmail DOM tests (happy-dom): HTML strings from the fixture builders into `document`. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { hashClasses, listHtml, replyEditorHtml, threadHtml, type FixtureThread, type LayoutOptions } from '../../fixtures/gmail/layout';

export const INBOX_2014 = readFileSync(resolve(import.meta.dirname, '../../fixtures/gmail/inboxsdk-2014-inbox.html'), 'utf8');

/** Load a page: the body of an HTML document (scripts are not run by these tests). */
export function load(html: string, title = 'Inbox - sam.rivera@example.com - Gmail'): void {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  document.title = title;
  document.body.innerHTML = body.replace(/<script[\s\S]*?<\/script>/gi, '');
}

export interface ThreadPageOptions extends LayoutOptions {
  preview?: boolean;
  rows?: FixtureThread[];
}

export function loadThread(thread: FixtureThread, options: ThreadPageOptions = {}): void {
  const inner = options.preview || options.vertical
    ? `${listHtml(options.rows ?? [thread], options)}<div class="aia">${threadHtml(thread, options)}</div>`
    : threadHtml(thread, options);
  const page = `<div class="nH"><div role="main">${inner}</div></div>`;
  load(options.hashed ? hashClasses(page) : page);
}

export function loadList(rows: FixtureThread[], options: LayoutOptions = {}): void {
  const page = `<div class="nH"><div role="main">${listHtml(rows, options)}</div></div>`;
  load(options.hashed ? hashClasses(page) : page);
}

/**
 * What the fixture pages' script does when a Reply is pressed, for tests without scripts: the editor appears
 * `delayMs` later in the message's slot (classic) or the slot beside the thread container (rebuilt). Returns the
 * controls that were clicked; stop with `signal`.
 */
export function gmailOpensReply(signal: AbortSignal, delayMs = 30): Element[] {
  const clicked: Element[] = [];
  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    const control = target.closest('[data-fixture-reply], [data-fixture-bottom]');
    if (!control) return;
    clicked.push(control);
    const messages = Array.from(document.querySelectorAll('[data-fixture-message]'));
    const message = control.closest('[data-fixture-message]') ?? messages[messages.length - 1];
    const thread = control.closest('[data-fixture=thread]');
    const slot = message?.querySelector('[data-fixture-slot]') ?? thread?.querySelector('[data-fixture-slot]');
    if (!slot) return;
    setTimeout(() => {
      slot.innerHTML = replyEditorHtml('Sam Rivera', 'Earlier words');
    }, delayMs);
  }, { signal });
  return clicked;
}
