/**
 * Outlook on the web in Firefox: the same user-visible behaviour as tests/e2e/outlook.test.ts on the same fixtures
 * (written from the catalogue, not captured), with the built add-on (.output/firefox-mv3) installed as a temporary
 * add-on: the bar under the subject with the right kind, company and people, and a click that types the draft into
 * Outlook's reply above the signature, keeping the quote. Nothing leaves the machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT, sampleThreads } from '../fixtures/gmail/threads';
import { conversationPath, outlookPage, type OutlookHostName, type OutlookLayout } from '../fixtures/outlook/layout';
import { findFirefox, launchFirefox, type FirefoxSession } from '../support/firefox';
import { clickText, count, textOf } from '../support/firefox-dom';

const s = sampleThreads(new Date());
const threads = [s.interview, s.rejection, s.acknowledgement, s.jobAlert];
const bar = '[data-callback-bar]';
const inBar = (css: string) => `${bar} >>> ${css}`;
const editor = '[role=textbox][aria-multiline=true]';

const VARIANTS: Array<[string, OutlookHostName, OutlookLayout]> = [
  ['outlook.office.com, full reading view', 'outlook.office.com', { view: 'full' }],
  ['outlook.live.com, German labels, every class renamed, dark theme', 'outlook.live.com', { lang: 'de', hashed: true, dark: true }],
];

describe.skipIf(!findFirefox())('Outlook on the web in Firefox: the bar and one-click drafts', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    const sites: Record<string, Record<string, string>> = {};
    for (const [name, host, layout] of VARIANTS) sites[`https://${host}`] = { '*': outlookPage({ account: ACCOUNT, threads, host, ...layout, title: `Firefox test: ${name}.` }) };
    session = await launchFirefox({ sites });
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(VARIANTS)('%s: the bar shows kind, company and people, and a click types the draft above the signature', async (_name, host, layout) => {
    const page = await session.openAt(`https://${host}${conversationPath(s.interview, host)}`);
    await page.waitForSelector(inBar('.kind'), { timeout: 15_000 });
    await expect.poll(() => textOf(page, inBar('.kind'))).toBe('Interview confirmed');
    expect(await textOf(page, inBar('.company'))).toBe('Northwind Labs · Senior Backend Engineer');
    expect(await count(page, bar)).toBe(1);
    expect(await page.$eval(bar, (e) => e.getAttribute('data-theme'))).toBe(layout.dark ? 'dark' : 'light');

    await clickText(page, inBar('button'), 'Draft thank-you to Ana Pereira');
    await expect.poll(() => count(page, editor), { timeout: 10_000 }).toBe(1);
    // Ana's address is not known: the reply to Priya asks her to pass the thanks on (issue #15).
    await expect.poll(() => textOf(page, editor), { timeout: 10_000 }).toMatch(/^Hi Priya,\s+Could you please pass on my thanks to Ana\?[\s\S]*Hi Ana,/);
    const text = (await textOf(page, editor))!;
    expect(text.indexOf('Ana')).toBeLessThan(text.indexOf('Sam Rivera'));
    expect(await count(page, `${editor} #Signature`)).toBe(1);
    expect(await count(page, `${editor} #divRplyFwdMsg`)).toBe(1);
    expect(Number(await page.$eval(editor, (e) => e.getAttribute('data-input-events')))).toBeGreaterThan(0);
    // Nothing was sent: the conversation still holds its three messages.
    expect(await page.evaluate(() => document.querySelectorAll('[data-fixture=conversation] [aria-expanded]').length)).toBe(3);
    expect(session.offRoute).toEqual([]);
    await page.close();
  });
});
