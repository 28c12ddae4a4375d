/**
 * Every Gmail layout lib/mail/gmail/selectors.ts knows (its sources: lib/mail/README.md): the thread is read, the bar finds
 * its place and a draft lands in the reply, also when every short class name is hashed. Fixtures are written from
 * those sources, not captured (tests/fixtures/gmail/layout.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertIntoEditor } from '../../../lib/mail/editor';
import { draftIntoReply, replyControl } from '../../../lib/mail/gmail/compose';
import { placeBar } from '../../../lib/mail/gmail/host';
import { accountIndex, cleanId, listRows, readRow, readThread } from '../../../lib/mail/gmail/read';
import { countCanaries, find, resetSelectorStats, takeSelectorStats } from '../../../lib/mail/gmail/selectors';
import { LOOK_ALIKE_SUBJECTS, type LayoutOptions } from '../../fixtures/gmail/layout';
import { ACCOUNT, sampleThreads } from '../../fixtures/gmail/threads';
import { gmailOpensReply, loadList, loadThread } from './fixtures';

const s = sampleThreads(new Date(2026, 2, 11, 12));
const DRAFT = 'Hi Ana,\n\nThank you for your time yesterday.\n\nWarm regards,';
const account = { index: 0, address: ACCOUNT.address };

const LAYOUTS: Array<[string, LayoutOptions]> = [
  ['the classic layout', {}],
  ['the rebuilt conversation view', { layout: 'rebuilt' }],
  ['the classic layout with every short class hashed', { hashed: true }],
  ['the rebuilt view with every short class hashed', { layout: 'rebuilt', hashed: true }],
  ['a thread whose perm id is "undefined"', { permIdUndefined: true }],
  ['the vertical split pane', { vertical: true }],
];

let listeners = new AbortController();
afterEach(() => {
  listeners.abort();
  listeners = new AbortController();
});
beforeEach(() => resetSelectorStats());

const container = () => find(document, 'threadContainer')!;

describe.each(LAYOUTS)('on %s', (_name, layout) => {
  it('reads the open message: ids, sender, date and body', () => {
    loadThread(s.interview, layout);
    const emails = readThread(container(), document, account);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      id: (s.interview.id + 2n).toString(16),
      threadId: s.interview.id.toString(16),
      subject: s.interview.subject,
      from: { name: 'Priya Natarajan', address: 'priya.natarajan@northwindlabs.example' },
      account,
    });
    expect(Date.parse(emails[0]!.date!)).toBe(new Date(s.interview.messages[2]!.date).setSeconds(0, 0));
    expect(emails[0]!.body).toContain('Interviewers: Ana Pereira (Engineering Manager) and Ben Okafor (Staff Engineer)');
    expect(emails[0]!.body).not.toContain('I am available Monday to Wednesday');
  });

  it('places the bar right under the subject', () => {
    loadThread(s.interview, layout);
    const bar = document.createElement('div');
    expect(placeBar(container(), bar)).toBe(true);
    expect(bar.previousElementSibling?.querySelector('h2')?.textContent).toBe(s.interview.subject);
  });

  it('opens the reply and types the draft above the signature and the quote', async () => {
    loadThread(s.interview, layout);
    gmailOpensReply(listeners.signal);
    const outcome = await draftIntoReply(container(), DRAFT, 2000);
    expect(outcome).toMatchObject({ ok: true, opened: true });
    const editors = document.querySelectorAll('[g_editable=true]');
    expect(editors).toHaveLength(1);
    const text = editors[0]!.textContent!;
    expect(text.startsWith('Hi Ana,')).toBe(true);
    expect(text.indexOf('Warm regards,')).toBeLessThan(text.indexOf('Sam Rivera'));
    expect(editors[0]!.querySelector('blockquote')!.textContent).toBe('Earlier words');
  });
});

describe('the rebuilt conversation view', () => {
  it('clicks the per-message <button> Reply of the last message', () => {
    loadThread(s.interview, { layout: 'rebuilt' });
    expect(replyControl(container())?.matches('button.DILLkc')).toBe(true);
  });

  it('without a per-message Reply, clicks the visible bottom pill, never a hidden or table-bound stale bar', async () => {
    loadThread(s.interview, { layout: 'rebuilt' });
    document.querySelectorAll('[data-fixture-reply]').forEach((b) => b.remove());
    const clicked = gmailOpensReply(listeners.signal);
    const stale = Array.from(document.querySelectorAll('.amn span.bkH'));
    expect(stale).toHaveLength(2); // both copies exist: one hidden, one in a table
    let staleClicks = 0;
    for (const copy of stale) copy.addEventListener('click', () => staleClicks++, { signal: listeners.signal });
    expect(await draftIntoReply(container(), DRAFT, 2000)).toMatchObject({ ok: true, opened: true });
    expect(staleClicks).toBe(0);
    expect(clicked.map((c) => c.className)).toEqual(['btDi4d']);
  });

  it('waits for an editor that appears late, beside the thread container rather than in it', async () => {
    loadThread(s.interview, { layout: 'rebuilt' });
    gmailOpensReply(listeners.signal, 400);
    expect(await draftIntoReply(container(), DRAFT, 2000)).toMatchObject({ ok: true });
    expect(container().contains(document.querySelector('[g_editable=true]'))).toBe(false);
  });

  it('counts the new-layout canaries, and the classic layout counts them as absent', () => {
    loadThread(s.interview, { layout: 'rebuilt' });
    countCanaries(document);
    expect(takeSelectorStats()).toEqual({
      'new:reply': { hits: 1, misses: 0 },
      'new:more': { hits: 1, misses: 0 },
      'new:pills': { hits: 1, misses: 0 },
    });
    loadThread(s.interview);
    countCanaries(document);
    expect(takeSelectorStats()).toEqual({
      'new:reply': { hits: 0, misses: 1 },
      'new:more': { hits: 0, misses: 1 },
      'new:pills': { hits: 0, misses: 1 },
    });
  });
});

describe('a page Callback cannot read', () => {
  it('with no Reply control anywhere reports it instead of clicking anything', async () => {
    loadThread(s.interview, { layout: 'rebuilt', hashed: true });
    document.querySelectorAll('button, [role=button], [role=link]').forEach((b) => b.remove());
    expect(await draftIntoReply(container(), DRAFT, 100)).toEqual({ ok: false, reason: 'no-reply-button' });
  });
});

describe('thread ids', () => {
  it.each([
    ['undefined', null],
    ['null', null],
    ['', null],
    ['  ', null],
    ['thread-f:undefined', null],
    ['#msg-f:null', null],
    ['#thread-f:1795000000000001000', 'thread-f:1795000000000001000'],
    ['18e8c6a1f0b2c3d4', '18e8c6a1f0b2c3d4'],
    ['<img src=x>', null],
  ])('"%s" is read as %s', (value, expected) => {
    expect(cleanId(value)).toBe(expected);
  });

  it('two threads whose only id is "undefined" are not one thread', () => {
    const ids = [s.interview, s.rejection].map((thread) => {
      loadThread(thread, { permIdUndefined: true });
      document.querySelectorAll('[data-legacy-thread-id]').forEach((el) => el.removeAttribute('data-legacy-thread-id'));
      return readThread(container(), document, account)[0]!.threadId;
    });
    expect(ids).toEqual([null, null]);
  });

  it('in a split pane, a row\'s id is never taken for the open thread\'s', () => {
    loadThread(s.rejection, { preview: true, permIdUndefined: true, rows: [s.interview, s.rejection] });
    document.querySelector('.aia [data-legacy-thread-id]')!.removeAttribute('data-legacy-thread-id');
    expect(readThread(container(), document, account)[0]!.threadId).toBeNull();
  });
});

describe('list rows in every layout', () => {
  const rows = [s.interview, s.rejection, s.jobAlert];
  it.each([
    ['classic', {}],
    ['hashed', { hashed: true }],
    ['the vertical split pane', { vertical: true }],
    ['the vertical split pane, hashed', { vertical: true, hashed: true }],
  ] as Array<[string, LayoutOptions]>)('%s rows give sender, subject, snippet, date and ids', (_name, layout) => {
    loadList(rows, layout);
    const read = listRows(find(document, 'threadList')!).map((row) => readRow(row, account)!);
    expect(read.map((r) => r.email.subject)).toEqual(rows.map((t) => t.subject));
    expect(read.map((r) => r.email.threadId)).toEqual(rows.map((t) => t.id.toString(16)));
    expect(read.map((r) => r.email.from.address)).toEqual(rows.map((t) => t.messages.at(-1)!.from.address));
    for (const [i, r] of read.entries()) {
      expect(Date.parse(r.email.date!)).toBe(new Date(rows[i]!.messages.at(-1)!.date).setSeconds(0, 0));
      expect(r.email.body.length).toBeGreaterThan(10);
    }
  });

  it.each([
    ['classic', {}],
    ['hashed', { hashed: true }],
  ] as Array<[string, LayoutOptions]>)('rows other extensions inject are skipped (%s)', (_name, layout) => {
    loadList(rows, { ...layout, lookAlikeRows: true });
    expect(document.querySelectorAll('tr[role=row]')).toHaveLength(5);
    const subjects = listRows(find(document, 'threadList')!).map((row) => readRow(row, account)?.email.subject);
    expect(subjects).toEqual(rows.map((t) => t.subject));
    expect(subjects).not.toContain(LOOK_ALIKE_SUBJECTS[0]);
  });
});

describe('the account a page shows', () => {
  it.each([
    ['/mail/u/0/', 0],
    ['/mail/u/1/', 1],
    ['/mail/u/12/', 12],
    ['/mail/', 0],
    ['/mail/u/sam@example.com/', null],
    ['/other/', null],
  ])('%s is account %s', (path, index) => {
    expect(accountIndex(path)).toBe(index);
  });

  it('rows and messages carry it, so links can open that mailbox', () => {
    loadList([s.interview]);
    const second = { index: 1, address: 'sam.work@example.org' };
    expect(readRow(document.querySelector('tr[role=row]')!, second)!.email.account).toEqual(second);
  });
});

it('the typing works in the hashed editor too (attributes only)', () => {
  loadThread(s.interview, { hashed: true });
  gmailOpensReply(listeners.signal, 0);
  const slot = document.querySelector('[data-fixture-slot]')!;
  slot.innerHTML = '<div class="M9-abc"><div class="Ap-x"><div contenteditable="true" role="textbox" g_editable="true"><br></div></div></div>';
  expect(insertIntoEditor(find(document, 'editor') as HTMLElement, 'One\nTwo')).not.toBeNull();
});
