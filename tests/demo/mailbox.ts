/**
 * The demo mailbox: a clickable Gmail-shaped inbox with sample threads written by the project (no real person's
 * mail; see tests/fixtures/gmail/threads.ts): an interview confirmation with two interviewers and a date and time, a
 * rejection, an application acknowledgement and a job-alert digest. Clicking a row opens its thread (hash change,
 * as in Gmail); Reply opens an editor with a signature and the quoted message. Served at https://mail.google.com/
 * by `npm run demo` through request routing.
 *
 * Dressed as a webmail (top bar, navigation, list rows, message cards, compose box: ./webmail-chrome.ts) so the
 * screenshots show Callback where a user meets it; the markup the content script reads is the fixture's, unchanged.
 */
import type { MailPages } from '../support/extension';
import { mailboxPage } from '../fixtures/gmail/layout';
import { outlookPage } from '../fixtures/outlook/layout';
import { ACCOUNT, sampleThreads } from '../fixtures/gmail/threads';
import { webmailChrome } from './webmail-chrome';

export function demoMailbox(): MailPages {
  const s = sampleThreads(new Date());
  const threads = [s.interview, s.rejection, s.acknowledgement, s.jobAlert];
  return {
    '*': mailboxPage({
      account: ACCOUNT,
      threads,
      title: 'The demo mailbox of `npm run demo`.',
      chrome: webmailChrome(ACCOUNT, threads, threads),
    }),
  };
}

/**
 * The demo's Outlook mailbox: the same sample threads in an Outlook-on-the-web-shaped page (reading pane beside the
 * list; tests/fixtures/outlook/layout.ts, written from the catalogue), served at https://outlook.office.com/.
 */
export function demoOutlook(): Record<string, MailPages> {
  const s = sampleThreads(new Date());
  const threads = [s.interview, s.rejection, s.acknowledgement, s.jobAlert];
  return {
    'https://outlook.office.com': { '*': outlookPage({ account: ACCOUNT, threads, title: 'The demo Outlook mailbox of `npm run demo`.' }) },
  };
}
