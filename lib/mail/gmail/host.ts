/**
 * Gmail as a mail host: the adapter the host-neutral layer (../host.ts, ../start.ts) drives. Everything here defers
 * to the Gmail-only files beside it; selectors.ts is the only one that knows Gmail's markup.
 */
import type { Email, MailAccount } from '../../core/email';
import type { MailHostAdapter } from '../host';
import type { ZoneDays } from './dates';
import { draftIntoReply, gmailComposeUrl } from './compose';
import { watchGmail } from './observe';
import { conversationOf, listRows, pageAccount, readRow, readThread, rowMessageId } from './read';
import { countCanaries, find, isVisible, takeSelectorStats } from './selectors';

/**
 * Where the bar goes: right after the subject's header, else just above the thread container. False when the page
 * has no place for it: no bar, never an error.
 */
export function placeBar(thread: Element, bar: HTMLElement): boolean {
  const root = conversationOf(thread);
  const subject = find(thread, 'subject', { optional: true }) ?? find(root, 'subject', { optional: true }) ?? find(thread.ownerDocument, 'subject', { optional: true });
  const header = subject?.parentElement;
  if (header && header.parentElement) {
    header.after(bar);
    return true;
  }
  if (thread.parentElement) {
    thread.before(bar);
    return true;
  }
  return false;
}

/** The visible rows as partial emails; a row whose id `known` already holds is passed over after one lookup. */
export function readVisibleRows(list: Element, account: MailAccount, max: number, known?: (id: string) => boolean): Email[] {
  const out: Email[] = [];
  const rows = listRows(list);
  const count = Math.min(rows.length, max);
  // One offset table per scan; indexed loops (in a Firefox content script, array iterators run cold per page).
  const days: ZoneDays = new Map();
  for (let i = 0; i < count; i++) {
    const row = rows[i]!;
    const scan = { next: rows[i + 1] ?? null, days };
    if (known) {
      const id = rowMessageId(row, scan);
      if (id && known(id)) continue;
    }
    if (!isVisible(row)) continue;
    const read = readRow(row, account, scan);
    if (read) out.push(read.email);
  }
  return out;
}

export const gmailHost: MailHostAdapter = {
  name: 'gmail',
  matches: ['https://mail.google.com/*'],
  watch: (ctx, onView) => watchGmail(ctx, { onView }),
  account: pageAccount,
  readThread: (thread, doc, account) => readThread(thread, doc, account),
  readRows: readVisibleRows,
  placeBar,
  themeRoot: (doc) => find(doc, 'main', { optional: true }),
  draftIntoReply: (thread, text) => draftIntoReply(thread, text),
  composeUrl: gmailComposeUrl,
  countCanaries: (thread) => countCanaries(conversationOf(thread)),
  takeHealth: takeSelectorStats,
};
