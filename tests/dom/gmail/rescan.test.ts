/**
 * A re-scan of the list (the wait for a thread after a route change looks up to eight times; a new row arrives)
 * reads only rows not sent yet: a row already sent is passed over after its id, a thread that got a new message is
 * read again, and rows that carry no id (the 2014 layout) are read in full so that the caller can name them.
 */
import { describe, expect, it } from 'vitest';
import { readVisibleRows } from '../../../lib/mail/gmail/host';
import { find } from '../../../lib/mail/gmail/selectors';
import { ACCOUNT, sampleThreads } from '../../fixtures/gmail/threads';
import type { LayoutOptions } from '../../fixtures/gmail/layout';
import { INBOX_2014, load, loadList } from './fixtures';

const s = sampleThreads(new Date(2026, 2, 11, 12));
const account = { index: 0, address: ACCOUNT.address };
const rows = [s.interview, s.rejection, s.acknowledgement, s.jobAlert];
const list = () => find(document, 'threadList')!;

describe('a re-scan of the Gmail list reads only rows not sent yet', () => {
  it.each<[string, LayoutOptions]>([
    ["today's rows", {}],
    ['the vertical split pane', { vertical: true }],
    ['hashed class names', { hashed: true }],
  ])('%s: sent rows are passed over, and a thread with a new message is read again', (_name, layout) => {
    loadList(rows, layout);
    const first = readVisibleRows(list(), account, 200);
    expect(first).toHaveLength(4);
    const sent = new Set(first.map((e) => e.id));
    expect(readVisibleRows(list(), account, 200, (id) => sent.has(id))).toEqual([]);

    // The rejection's thread gets a new message: Gmail rewrites the row's last-message id (and its text).
    const ids = [...document.querySelectorAll('[data-legacy-last-message-id]')].find((el) => el.textContent?.includes(s.rejection.subject))!;
    ids.setAttribute('data-legacy-last-message-id', '19c0ffee0000beef');
    const again = readVisibleRows(list(), account, 200, (id) => sent.has(id));
    expect(again.map((e) => [e.id, e.subject])).toEqual([['19c0ffee0000beef', s.rejection.subject]]);
  });

  it('rows without ids (the 2014 layout) are read in full: only the whole row names them', () => {
    load(INBOX_2014);
    const first = readVisibleRows(list(), account, 200);
    const sent = new Set(first.map((e) => e.id));
    expect(first.every((e) => e.id.startsWith('row:'))).toBe(true);
    expect(readVisibleRows(list(), account, 200, (id) => sent.has(id))).toEqual(first);
  });
});
