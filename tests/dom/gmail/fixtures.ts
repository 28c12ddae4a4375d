/** Fixture loading for the Gmail DOM tests (happy-dom): HTML strings from the fixture builders into `document`. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listHtml, threadHtml, type FixtureThread } from '../../fixtures/gmail/layout';

export const INBOX_2014 = readFileSync(resolve(import.meta.dirname, '../../fixtures/gmail/inboxsdk-2014-inbox.html'), 'utf8');

/** Load a page: the body of an HTML document (scripts are not run by these tests). */
export function load(html: string, title = 'Inbox - sam.rivera@example.com - Gmail'): void {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  document.title = title;
  document.body.innerHTML = body.replace(/<script[\s\S]*?<\/script>/gi, '');
}

export function loadThread(thread: FixtureThread, options: { preview?: boolean; rows?: FixtureThread[] } = {}): void {
  const inner = options.preview
    ? `${listHtml(options.rows ?? [thread])}<div class="aia">${threadHtml(thread)}</div>`
    : threadHtml(thread);
  load(`<div class="nH"><div role="main">${inner}</div></div>`);
}

export function loadList(rows: FixtureThread[]): void {
  load(`<div class="nH"><div role="main">${listHtml(rows)}</div></div>`);
}
