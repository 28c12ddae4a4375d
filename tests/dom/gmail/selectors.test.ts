import { beforeEach, describe, expect, it } from 'vitest';
import { replyEditorHtml } from '../../fixtures/gmail/layout';
import { sampleThreads } from '../../fixtures/gmail/threads';
import { find, findAll, resetSelectorStats, SELECTORS, takeSelectorStats, type SelectorName } from '../../../lib/mail/gmail/selectors';
import { INBOX_2014, load, loadList, loadThread } from './fixtures';

const s = sampleThreads(new Date(2026, 2, 11, 12));

type Case = [fixture: string, setup: () => void, selector: SelectorName, scope: () => ParentNode, expected: (found: Element[]) => void];

const main = () => document.querySelector('div[role=main]')!;
const firstRow = () => document.querySelector('tr.zA')!;
const lastMessage = () => Array.from(document.querySelectorAll('div.adn.ads')).at(-1)!;

const cases: Case[] = [
  ['the 2014 inbox', () => load(INBOX_2014), 'main', () => document, (f) => expect(f[0]?.getAttribute('role')).toBe('main')],
  ['the 2014 inbox', () => load(INBOX_2014), 'threadList', () => main(), (f) => expect(f[0]?.getAttribute('gh')).toBe('tl')],
  ['the 2014 inbox', () => load(INBOX_2014), 'row', () => document, (f) => expect(f).toHaveLength(16)],
  ['the 2014 inbox', () => load(INBOX_2014), 'rowSender', firstRow, (f) => expect(f[0]?.getAttribute('email')).toBe('streak.web.test.1@gmail.com')],
  ['the 2014 inbox', () => load(INBOX_2014), 'rowSubject', firstRow, (f) => expect(f[0]?.textContent).toBe('aaa')],
  ['the 2014 inbox', () => load(INBOX_2014), 'rowDate', firstRow, (f) => expect(f[0]?.getAttribute('title')).toBe('Thu, Dec 18, 2014 at 12:35 PM')],
  ['today’s inbox', () => loadList([s.interview, s.rejection]), 'row', () => document, (f) => expect(f).toHaveLength(2)],
  ['today’s inbox', () => loadList([s.interview]), 'rowSubject', firstRow, (f) => expect(f[0]?.className).toBe('bog')],
  ['today’s inbox', () => loadList([s.interview]), 'rowSnippet', firstRow, (f) => expect(f[0]?.textContent).toContain('Thank you for sending')],
  ['today’s inbox', () => loadList([s.interview]), 'rowIds', firstRow, (f) => expect(f[0]?.getAttribute('data-thread-id')).toBe('#thread-f:1795000000000001000')],
  ['today’s inbox', () => loadList([s.interview]), 'rowDate', firstRow, (f) => expect(f[0]?.getAttribute('title')).toMatch(/ at /)],
  ['a thread', () => loadThread(s.interview), 'threadContainer', () => main(), (f) => expect(f[0]?.classList.contains('a98')).toBe(true)],
  ['a thread', () => loadThread(s.interview), 'subject', () => document, (f) => expect(f[0]?.textContent).toBe(s.interview.subject)],
  ['a thread', () => loadThread(s.interview), 'messageList', () => document, (f) => expect(f[0]?.children).toHaveLength(3)],
  ['a thread, two messages collapsed', () => loadThread(s.interview), 'message', () => document, (f) => expect(f).toHaveLength(1)],
  ['a thread', () => loadThread(s.interview), 'sender', lastMessage, (f) => expect(f[0]?.getAttribute('name')).toBe('Priya Natarajan')],
  ['a thread', () => loadThread(s.interview), 'date', lastMessage, (f) => expect(f[0]?.getAttribute('title')).toMatch(/ at /)],
  ['a thread', () => loadThread(s.interview), 'body', lastMessage, (f) => expect(f[0]?.classList.contains('a3s')).toBe(true)],
  ['a thread', () => loadThread(s.interview), 'quoted', lastMessage, (f) => expect(f[0]?.tagName).toBe('BLOCKQUOTE')],
  ['icon reply buttons', () => loadThread(s.interview), 'replyButton', lastMessage, (f) => expect(f[0]?.classList.contains('aaq')).toBe(true)],
  ['text-label reply buttons', () => loadThread(s.rejection), 'replyButton', lastMessage, (f) => expect(f[0]?.classList.contains('bsQ')).toBe(true)],
  ['a thread', () => loadThread(s.interview), 'bottomReply', () => document, (f) => expect(f[0]?.classList.contains('bkH')).toBe(true)],
  ['a thread whose perm id is "undefined"', () => loadThread(s.interview, { permIdUndefined: true }), 'threadIds', () => main(), (f) => expect(f[0]?.querySelector('h2')?.getAttribute('data-thread-perm-id')).toBe('undefined')],
  ['the rebuilt view', () => loadThread(s.interview, { layout: 'rebuilt' }), 'replyButton', lastMessage, (f) => expect(f[0]?.tagName).toBe('BUTTON')],
  ['the rebuilt view', () => loadThread(s.interview, { layout: 'rebuilt' }), 'bottomReply', () => document, (f) => expect(f.every((b) => b.closest('.amn'))).toBe(true)],
  ['every short class hashed', () => loadThread(s.interview, { hashed: true }), 'threadContainer', () => main(), (f) => expect(f[0]?.querySelector(':scope > [role=list]')).not.toBeNull()],
  ['every short class hashed', () => loadThread(s.interview, { hashed: true }), 'replyButton', () => document.querySelector('[data-message-id]')!, (f) => expect(f[0]?.getAttribute('aria-haspopup')).toBeNull()],
  ['the vertical split pane', () => loadList([s.interview], { vertical: true }), 'rowDate', firstRow, (f) => expect(f[0]?.getAttribute('title')).toMatch(/ at /)],
  ['the preview pane', () => loadThread(s.interview, { preview: true }), 'previewPane', () => main(), (f) => expect(f[0]?.querySelector('.a98')).not.toBeNull()],
  ['the preview pane', () => loadThread(s.interview, { preview: true }), 'threadContainer', () => main(), (f) => expect(f[0]?.closest('.aia')).not.toBeNull()],
  ['the preview pane', () => loadThread(s.interview, { preview: true }), 'threadList', () => main(), (f) => expect(f).toHaveLength(1)],
  [
    'an open reply',
    () => {
      loadThread(s.interview);
      lastMessage().querySelector('.ip')!.innerHTML = replyEditorHtml('Sam', 'old text');
    },
    'editor',
    () => document,
    (f) => expect(f[0]?.getAttribute('g_editable')).toBe('true'),
  ],
  [
    'the account button',
    () => load('<header id="gb"><a aria-label="Google Account: Sam Rivera (sam.rivera@example.com)">S</a></header>'),
    'account',
    () => document,
    (f) => expect(f[0]?.getAttribute('aria-label')).toContain('@'),
  ],
];

describe('Gmail selectors on the fixtures', () => {
  beforeEach(() => resetSelectorStats());

  it.each(cases)('on %s, "%s" finds what it should', (_fixture, setup, name, scope, expected) => {
    setup();
    expected(findAll(scope(), name));
  });

  it('every selector in the catalogue is covered by a fixture case', () => {
    const covered = new Set(cases.map((c) => c[2]));
    expect(Object.keys(SELECTORS).filter((name) => !covered.has(name as SelectorName))).toEqual([]);
  });

  it('no alternative joins selectors with commas (alternatives are tried one by one)', () => {
    const joined = Object.entries(SELECTORS).flatMap(([name, alts]) => alts.filter((a) => a.css.includes(',')).map(() => name));
    expect(joined).toEqual([]);
  });

  it('counts a miss per selector name when a page lacks it, and reports each count once', () => {
    load('<div id="app">nothing</div>');
    expect(find(document, 'main')).toBeNull();
    expect(find(document, 'main')).toBeNull();
    expect(find(document, 'subject', { optional: true })).toBeNull();
    expect(takeSelectorStats()).toEqual({ main: { hits: 0, misses: 2 } });
    expect(takeSelectorStats()).toBeNull();
  });
});
