import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BAR_ATTR, buildBar } from '../../../lib/mail/bar';
import { gmailHost, placeBar } from '../../../lib/mail/gmail/host';
import { find } from '../../../lib/mail/gmail/selectors';
import { startMailHost } from '../../../lib/mail/start';
import type { ThreadBar } from '../../../lib/messaging/content-messages';
import { sampleThreads } from '../../fixtures/gmail/threads';
import { load, loadThread } from './fixtures';

const s = sampleThreads(new Date(2026, 2, 11, 12));

const model = (over: Partial<ThreadBar> = {}): ThreadBar => ({
  applicationId: 'app1',
  messageId: 'm1',
  kind: 'interview_confirmed',
  company: 'Northwind Labs',
  role: 'Senior Backend Engineer',
  interview: { start: '2026-03-10T14:00:00Z', end: null, timeZone: 'Europe/Berlin' },
  confidence: 0.9,
  evidence: [{ signal: 'confirm your interview', where: 'body' }],
  corrections: [{ label: 'Not job mail', kind: 'other' }],
  actions: [
    { reminderId: 'r1', ruleId: 'thank-you-each', label: 'Draft thank-you to Ana Pereira', kind: 'draft', body: 'Hi Ana,', why: 'w', source: 's' },
  ],
  ...over,
});
const handlers = { onDraft: vi.fn(async () => 'done'), onCorrect: vi.fn(async () => true), onStance: vi.fn() };

/** Every HTML-parsing sink Gmail's Trusted Types would refuse, watched while `fn` runs. */
function htmlWrites(fn: () => void): string[] {
  const writes: string[] = [];
  const inner = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
  const outer = Object.getOwnPropertyDescriptor(Element.prototype, 'outerHTML')!;
  const adjacent = Element.prototype.insertAdjacentHTML;
  const shadowInner = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'innerHTML');
  Object.defineProperty(Element.prototype, 'innerHTML', { ...inner, set(v: string) { writes.push('innerHTML'); inner.set!.call(this, v); } });
  Object.defineProperty(Element.prototype, 'outerHTML', { ...outer, set(v: string) { writes.push('outerHTML'); outer.set!.call(this, v); } });
  if (shadowInner) Object.defineProperty(ShadowRoot.prototype, 'innerHTML', { ...shadowInner, set(v: string) { writes.push('shadow innerHTML'); shadowInner.set!.call(this, v); } });
  Element.prototype.insertAdjacentHTML = function (this: Element, ...args: Parameters<Element['insertAdjacentHTML']>) {
    writes.push('insertAdjacentHTML');
    return adjacent.apply(this, args);
  };
  try {
    fn();
  } finally {
    Object.defineProperty(Element.prototype, 'innerHTML', inner);
    Object.defineProperty(Element.prototype, 'outerHTML', outer);
    if (shadowInner) Object.defineProperty(ShadowRoot.prototype, 'innerHTML', shadowInner);
    Element.prototype.insertAdjacentHTML = adjacent;
  }
  return writes;
}

describe('the in-thread bar', () => {
  it('is built without any HTML sink (Trusted Types), and hostile email text stays text', () => {
    loadThread(s.interview);
    let host!: HTMLElement;
    const hostile = '<img src=x onerror="alert(1)">Evil Corp';
    const writes = htmlWrites(() => {
      host = buildBar(document, model({ company: hostile, evidence: [{ signal: '<script>x</script>', where: 'subject' }] }), handlers, 't1');
      placeBar(find(document, 'threadContainer')!, host);
    });
    expect(writes).toEqual([]);
    const root = host.shadowRoot!;
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('.company')!.textContent).toContain(hostile);
  });

  it('the HTML-sink watch above does catch a write (so that check can fail)', () => {
    expect(htmlWrites(() => document.createElement('div').insertAdjacentHTML('beforeend', '<b>x</b>'))).toEqual(['insertAdjacentHTML']);
    expect(htmlWrites(() => { document.createElement('div').innerHTML = '<b>x</b>'; })).toEqual(['innerHTML']);
  });

  it.each([
    ['the kind', '.kind', 'Interview confirmed'],
    ['the company and role', '.company', 'Northwind Labs · Senior Backend Engineer'],
    ['the interview time in the zone the email gave', 'time', '(Europe/Berlin)'],
  ])('shows %s', (_what, selector, text) => {
    const host = buildBar(document, model(), handlers, 't1');
    expect(host.shadowRoot!.querySelector(selector)!.textContent).toContain(text);
  });

  it('sits right under the subject, above the messages', () => {
    loadThread(s.interview);
    const host = buildBar(document, model(), handlers, 't1');
    expect(placeBar(find(document, 'threadContainer')!, host)).toBe(true);
    expect(host.previousElementSibling?.querySelector('h2')?.textContent).toBe(s.interview.subject);
  });

  it('is keyboard and screen-reader friendly: real buttons, a toggle that says its state, a polite live region', () => {
    const root = buildBar(document, model(), handlers, 't1').shadowRoot!;
    const toggle = root.querySelector<HTMLButtonElement>('button.why-toggle')!;
    const why = root.querySelector<HTMLElement>('ul.why')!;
    expect(why.hidden).toBe(true);
    toggle.click();
    expect(why.hidden).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe(why.id);
    expect(root.querySelector('[role=status]')!.getAttribute('aria-live')).toBe('polite');
    expect(Array.from(root.querySelectorAll('button')).every((b) => b.type === 'button')).toBe(true);
  });

  it('"Why?" lists the evidence and the confidence, once however often it is opened', () => {
    const root = buildBar(document, model({ evidence: [{ signal: 'confirm your interview', where: 'body' }, { signal: 'calendar invite', where: 'subject' }] }), handlers, 't1').shadowRoot!;
    const toggle = root.querySelector<HTMLButtonElement>('button.why-toggle')!;
    const items = () => Array.from(root.querySelectorAll('ul.why li'), (li) => li.textContent);
    toggle.click();
    expect(items()).toHaveLength(3);
    expect(items()[0]).toContain('confirm your interview');
    expect(items()[1]).toContain('calendar invite');
    expect(items()[2]).toContain('90');
    toggle.click();
    toggle.click();
    expect(items()).toHaveLength(3);
  });

  it('a draft button asks for the draft and reads out the result', async () => {
    const root = buildBar(document, model(), handlers, 't1').shadowRoot!;
    Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Draft thank-you to Ana Pereira')!.click();
    await vi.waitFor(() => expect(root.querySelector('[role=status]')!.textContent).toBe('done'));
    expect(handlers.onDraft).toHaveBeenCalledWith(expect.objectContaining({ reminderId: 'r1' }));
  });

  it('"Reflect instead" shows the questions and records the stance', () => {
    const reflect = model({
      kind: 'rejection',
      actions: [{ reminderId: 'r2', ruleId: 'reflect', label: 'Reflect instead', kind: 'reflect', why: 'w', source: 's', questions: ['Was it a fit?'], stance: 'clean_break' }],
    });
    const root = buildBar(document, reflect, handlers, 't1').shadowRoot!;
    Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Reflect instead')!.click();
    expect(root.querySelector('.detail li')!.textContent).toBe('Was it a fit?');
    expect(handlers.onStance).toHaveBeenCalledWith('clean_break');
  });
});

describe('a page missing every selector', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    ctx = new ContentScriptContext('gmail-test');
  });
  afterEach(() => ctx.abort());

  it('gets no bar and no error, and its DOM is left as it was', async () => {
    load('<div id="app"><p>Loading…</p><table><tr><td>x</td></tr></table></div>');
    const before = document.body.innerHTML;
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    expect(() => startMailHost(ctx, gmailHost)).not.toThrow();
    window.location.hash = '#inbox/123';
    await new Promise((r) => setTimeout(r, 600));
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector(`[${BAR_ATTR}]`)).toBeNull();
  });
});
