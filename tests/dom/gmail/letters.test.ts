/**
 * Issue #15 in the content script: a letter for someone else opens a new message through the host's compose link;
 * never two letters in one reply; a draft the reply could not take is shown with a Copy button; the bar offers to
 * add an address it lacks.
 */
import { describe, expect, it, vi } from 'vitest';
import { buildBar, showDraftText } from '../../../lib/mail/bar';
import { draftIntoReply, gmailComposeUrl } from '../../../lib/mail/gmail/compose';
import { gmailHost } from '../../../lib/mail/gmail/host';
import { find } from '../../../lib/mail/gmail/selectors';
import type { ThreadBar } from '../../../lib/messaging/content-messages';
import { replyEditorHtml } from '../../fixtures/gmail/layout';
import { sampleThreads } from '../../fixtures/gmail/threads';
import { loadThread } from './fixtures';

const s = sampleThreads(new Date(2026, 2, 11, 12));

describe("Gmail's compose link, through the mail-host contract", () => {
  it('opens a new message in the same mailbox with recipient, subject and body filled in', () => {
    const url = new URL(gmailHost.composeUrl!({ index: 2, address: 'sam@example.com' }, { to: 'ana@northwind.example', subject: 'Thank you & more', body: 'Hi Ana,\n\nThanks!' })!);
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/u/2/');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('to')).toBe('ana@northwind.example');
    expect(url.searchParams.get('su')).toBe('Thank you & more');
    expect(url.searchParams.get('body')).toBe('Hi Ana,\n\nThanks!');
    expect(gmailComposeUrl({ index: null, address: null }, { to: '', subject: '', body: '' })).toMatch(/^https:\/\/mail\.google\.com\/mail\/u\/0\/\?/);
  });
});

describe('never two letters in one reply', () => {
  const open = () => {
    loadThread(s.interview);
    document.querySelector('.adn.ads .ip')!.innerHTML = replyEditorHtml('Sam Rivera', 'Earlier words');
    return find(document, 'threadContainer')!;
  };

  it('a second draft replaces a Callback draft the user has not touched', async () => {
    const thread = open();
    expect(await draftIntoReply(thread, 'Hi Ana,\n\nFirst letter.', 200)).toMatchObject({ ok: true });
    expect(await draftIntoReply(thread, 'Hi Ben,\n\nSecond letter.', 200)).toMatchObject({ ok: true });
    const editor = document.querySelector('[g_editable=true]')!;
    expect(editor.textContent).toContain('Second letter.');
    expect(editor.textContent).not.toContain('First letter.');
    expect(editor.querySelector('.gmail_signature')!.textContent).toBe('-- Sam Rivera');
    expect(editor.querySelector('blockquote')!.textContent).toBe('Earlier words');
  });

  it('once the user edited the first draft, the second is refused so it can go into its own message', async () => {
    const thread = open();
    await draftIntoReply(thread, 'Hi Ana,\n\nFirst letter.', 200);
    const editor = document.querySelector<HTMLElement>('[g_editable=true]')!;
    editor.insertBefore(document.createTextNode('My own words. '), editor.firstChild);
    expect(await draftIntoReply(thread, 'Hi Ben,\n\nSecond letter.', 200)).toEqual({ ok: false, reason: 'edited-draft' });
    expect(editor.textContent).toContain('My own words. Hi Ana,');
    expect(editor.textContent).not.toContain('Second letter.');
  });
});

const model = (over: Partial<ThreadBar> = {}): ThreadBar => ({
  applicationId: 'app1',
  messageId: 'm1',
  kind: 'interview_confirmed',
  company: 'Northwind Labs',
  role: null,
  interview: null,
  confidence: 0.9,
  evidence: [],
  corrections: [],
  actions: [
    {
      reminderId: 'r1',
      ruleId: 'thank-you-each',
      label: 'Draft thank-you to Ana Pereira (through Priya: no address for Ana)',
      kind: 'draft',
      body: 'Hi Priya,',
      why: 'w',
      source: 's',
      missingAddress: { personId: 'p-ana', name: 'Ana Pereira' },
    },
  ],
  ...over,
});

describe('the bar', () => {
  it('offers to add an address it lacks, and saves what the user types', async () => {
    const onAddAddress = vi.fn(async () => true);
    const host = buildBar(document, model(), { onDraft: vi.fn(), onCorrect: vi.fn(), onStance: vi.fn(), onAddAddress }, 't');
    document.body.appendChild(host);
    const root = host.shadowRoot!;
    const add = Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Add Ana’s address')!;
    add.click();
    const input = root.querySelector<HTMLInputElement>('form.address input[type=email]')!;
    expect(input.closest('label')!.textContent).toContain('Email address for Ana Pereira');
    input.value = 'ana@northwind.example';
    root.querySelector('form.address')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(onAddAddress).toHaveBeenCalledWith('p-ana', 'ana@northwind.example'));
    await vi.waitFor(() => expect(root.querySelector('.status')!.textContent).toMatch(/Saved/));
  });

  it('a draft shown to copy comes with a Copy button that copies it', async () => {
    const host = buildBar(document, model(), { onDraft: vi.fn(), onCorrect: vi.fn(), onStance: vi.fn() }, 't');
    document.body.appendChild(host);
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    showDraftText(host, 'Hi Priya,\n\nThe letter.');
    const copy = Array.from(host.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent === 'Copy the draft')!;
    copy.click();
    expect(writeText).toHaveBeenCalledWith('Hi Priya,\n\nThe letter.');
    await vi.waitFor(() => expect(host.shadowRoot!.querySelector('.status')!.textContent).toMatch(/Copied/));
  });
});

describe('corrections and stances from the bar can be undone, and say what they did', () => {
  const rejection = (over: Partial<ThreadBar> = {}) =>
    model({
      kind: 'rejection',
      stance: 'door_open',
      corrections: [
        { label: 'Not a rejection', kind: 'application_received', choices: [{ label: 'Interview request', kind: 'interview_request' }, { label: 'Offer', kind: 'offer' }] },
        { label: 'Not job mail', kind: 'other' },
      ],
      actions: [
        { reminderId: 'r', ruleId: 'gracious-reply', label: 'Draft gracious reply', kind: 'draft', body: 'Hi', why: 'w', source: 's', stance: 'door_open' },
        { reminderId: 'r', ruleId: 'reflect', label: 'Reflect instead', kind: 'reflect', why: 'w', source: 's', questions: ['q'], stance: 'clean_break' },
      ],
      ...over,
    });
  const button = (root: ShadowRoot, text: string) => Array.from(root.querySelectorAll('button')).find((b) => b.textContent === text);

  it('"Not a rejection" asks what the email is instead of calling it an acknowledgement', async () => {
    const onCorrect = vi.fn(async () => true);
    const host = buildBar(document, rejection(), { onDraft: vi.fn(), onCorrect, onStance: vi.fn() }, 't');
    document.body.appendChild(host);
    const root = host.shadowRoot!;
    button(root, 'Not a rejection')!.click();
    expect(onCorrect).not.toHaveBeenCalled();
    expect(root.querySelector('[role=group]')!.getAttribute('aria-label')).toBe('What is this email?');
    button(root, 'Interview request')!.click();
    expect(onCorrect).toHaveBeenCalledWith('interview_request');
  });

  it('"Not job mail" keeps an Undo in the bar, with the keyboard on it', async () => {
    const onUndoCorrect = vi.fn(async () => true);
    const host = buildBar(document, rejection(), { onDraft: vi.fn(), onCorrect: vi.fn(async () => true), onStance: vi.fn(), onUndoCorrect }, 't');
    document.body.appendChild(host);
    const root = host.shadowRoot!;
    button(root, 'Not job mail')!.click();
    await vi.waitFor(() => expect(button(root, 'Undo')).toBeDefined());
    expect(root.querySelector('.notice')!.textContent).toMatch(/not job mail/);
    expect(root.activeElement).toBe(button(root, 'Undo'));
    button(root, 'Undo')!.click();
    expect(onUndoCorrect).toHaveBeenCalled();
    await vi.waitFor(() => expect(root.querySelector('.status')!.textContent).toMatch(/Undone/));
  });

  it('"Reflect instead" says the stance changed and offers the way back', () => {
    const onStance = vi.fn();
    const host = buildBar(document, rejection(), { onDraft: vi.fn(), onCorrect: vi.fn(), onStance }, 't');
    document.body.appendChild(host);
    const root = host.shadowRoot!;
    button(root, 'Reflect instead')!.click();
    expect(onStance).toHaveBeenLastCalledWith('clean_break');
    expect(root.querySelector('.notice')!.textContent).toMatch(/reflect instead of writing/);
    button(root, 'Keep the door open instead')!.click();
    expect(onStance).toHaveBeenLastCalledWith('door_open');
  });
});
