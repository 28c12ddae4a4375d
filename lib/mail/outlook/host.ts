/**
 * Outlook on the web as a mail host: the adapter the host-neutral layer (../host.ts, ../start.ts) drives. Everything
 * here defers to the Outlook-only files beside it; selectors.ts is the only one that knows Outlook's markup.
 */
import type { MailHostAdapter } from '../host';
import { draftIntoReply, outlookComposeUrl } from './compose';
import { watchOutlook } from './observe';
import { pageAccount, readRows, readThread } from './read';
import { countCanaries, find, findAll, takeSelectorStats } from './selectors';

/** The four hosts of Outlook on the web (outlook-selectors.md §2.1); accounts move to cloud.microsoft one by one. */
export const OUTLOOK_MATCHES = [
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.cloud.microsoft/*',
] as const;

/**
 * Where the bar goes (§3.9): after the subject's block (the highest ancestor of the heading inside the conversation
 * that holds no message body), else before the first message, else first in the conversation. False: no bar.
 */
export function placeBar(thread: Element, bar: HTMLElement): boolean {
  const heading = find(thread, 'subject', { optional: true });
  if (heading) {
    // A message is a header or a body that is not the heading itself (the heading can carry the body's class).
    const holdsMessage = (el: Element) =>
      find(el, 'messageHeader', { optional: true }) !== null || findAll(el, 'body', { optional: true }).some((b) => !b.contains(heading));
    let block = heading;
    while (block.parentElement && block.parentElement !== thread && !holdsMessage(block.parentElement)) block = block.parentElement;
    if (block.parentElement) {
      block.after(bar);
      return true;
    }
  }
  const first = findAll(thread, 'body', { optional: true })[0];
  if (first) {
    let top: Element = first;
    while (top.parentElement && top.parentElement !== thread) top = top.parentElement;
    if (top.parentElement === thread) {
      thread.insertBefore(bar, top);
      return true;
    }
  }
  return false;
}

export const outlookHost: MailHostAdapter = {
  name: 'outlook',
  matches: OUTLOOK_MATCHES,
  watch: (ctx, onView) => watchOutlook(ctx, onView),
  account: pageAccount,
  readThread,
  readRows,
  placeBar,
  themeRoot: (doc) => find(doc, 'readingPane', { optional: true }),
  draftIntoReply: (thread, text) => draftIntoReply(thread, text),
  composeUrl: outlookComposeUrl,
  countCanaries,
  takeHealth: takeSelectorStats,
};
