import { afterEach, describe, expect, it } from 'vitest';
import { insertIntoEditor } from '../../../lib/mail/editor';
import { draftIntoReply } from '../../../lib/mail/gmail/compose';
import { find } from '../../../lib/mail/gmail/selectors';
import { replyEditorHtml } from '../../fixtures/gmail/layout';
import { sampleThreads } from '../../fixtures/gmail/threads';
import { loadThread } from './fixtures';

const s = sampleThreads(new Date(2026, 2, 11, 12));
const DRAFT = 'Hi Ana,\n\nThank you for your time yesterday.\n\nWarm regards,';

/** What Gmail does when Reply is pressed (mousedown/mouseup/click): the editor appears a moment later. */
let listeners = new AbortController();
afterEach(() => {
  listeners.abort();
  listeners = new AbortController();
});

function gmailOpensReplyOn(events: string[]): string[] {
  const seen: string[] = [];
  for (const type of events) {
    document.addEventListener(type, (event) => {
      const button = (event.target as Element).closest('[role=button]');
      if (!button) return;
      seen.push(type);
      if (type !== 'click') return;
      const slot = button.closest('.adn')!.querySelector('.ip')!;
      setTimeout(() => {
        slot.innerHTML = replyEditorHtml('Sam Rivera', 'Earlier words');
      }, 30);
    }, { signal: listeners.signal });
  }
  return seen;
}

describe('putting a draft into Gmail’s reply', () => {
  it.each([
    ['icon', s.interview, 'aaq'],
    ['text-label', s.rejection, 'bsQ'],
  ])('opens the reply with the %s reply button like a mouse does, and types the draft above the signature and quote', async (_variant, thread) => {
    loadThread(thread);
    const seen = gmailOpensReplyOn(['mousedown', 'mouseup', 'click']);
    const outcome = await draftIntoReply(find(document, 'threadContainer')!, DRAFT, 2000);
    expect(outcome).toMatchObject({ ok: true, opened: true });
    expect(seen.slice(0, 3)).toEqual(['mousedown', 'mouseup', 'click']);
    const editor = document.querySelector('[g_editable=true]')!;
    const text = editor.textContent!;
    expect(text.startsWith('Hi Ana,')).toBe(true);
    expect(text.indexOf('Warm regards,')).toBeLessThan(text.indexOf('Sam Rivera'));
    expect(editor.querySelector('.gmail_signature')!.textContent).toBe('-- Sam Rivera');
    expect(editor.querySelector('blockquote')!.textContent).toBe('Earlier words');
  });

  it('uses the reply already open instead of opening another', async () => {
    loadThread(s.interview);
    const slot = document.querySelector('.adn.ads .ip')!;
    slot.innerHTML = replyEditorHtml('Sam Rivera', 'Earlier words');
    const outcome = await draftIntoReply(find(document, 'threadContainer')!, DRAFT, 200);
    expect(outcome).toMatchObject({ ok: true, opened: false });
    expect(document.querySelectorAll('[g_editable=true]')).toHaveLength(1);
  });

  it.each([
    ['no reply button at all', () => document.querySelectorAll('[role=button], .amn').forEach((b) => b.remove()), 'no-reply-button'],
    ['a reply button that opens nothing', () => undefined, 'no-editor'],
  ])('reports %s instead of throwing', async (_what, breakPage, reason) => {
    loadThread(s.interview);
    breakPage();
    expect(await draftIntoReply(find(document, 'threadContainer')!, DRAFT, 100)).toEqual({ ok: false, reason });
  });

  it('keeps every line of the draft, in order', () => {
    loadThread(s.interview);
    document.querySelector('.adn.ads .ip')!.innerHTML = replyEditorHtml('Sam Rivera', 'q');
    const editor = document.querySelector<HTMLElement>('[g_editable=true]')!;
    expect(insertIntoEditor(editor, 'One\nTwo\n\nThree')).not.toBeNull();
    const lines = Array.from(editor.childNodes).slice(0, 6).map((n) => (n.nodeName === 'BR' ? '<br>' : n.textContent));
    expect(lines).toEqual(['One', '<br>', 'Two', '<br>', '<br>', 'Three']);
  });
});
