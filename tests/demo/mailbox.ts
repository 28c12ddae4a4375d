/**
 * The demo mailbox: a Gmail-shaped page with sample threads written by the project (no real person's mail).
 * Served at https://mail.google.com/ by `npm run demo` through request routing.
 * (First version: a static inbox; the Gmail work replaces it with a clickable inbox and threads.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MailPages } from '../support/extension';

export function demoMailbox(): MailPages {
  return { '*': readFileSync(resolve(import.meta.dirname, '../fixtures/gmail/blank.html'), 'utf8') };
}
