/**
 * Outlook on the web in the real browser with the built extension, on each of its four hosts and in each catalogued
 * variant (reading pane and full view, German labels, every class renamed, dark theme): the bar shows the right kind,
 * company and people under the subject, and a click types the draft into Outlook's reply above the signature with
 * the quote kept. Pages are written from the catalogue (tests/fixtures/outlook/layout.ts), not captured. Set
 * CALLBACK_SCREENSHOTS=<dir> to keep screenshots of the bar and the draft per variant.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationPath, convId, mailBase, outlookPage, unreadablePage, type OutlookHostName, type OutlookLayout } from '../fixtures/outlook/layout';
import { ACCOUNT, sampleThreads } from '../fixtures/gmail/threads';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { storeCounts } from '../support/gmail-worker';

const s = sampleThreads(new Date());
const threads = [s.interview, s.rejection, s.acknowledgement, s.jobAlert];
const bar = '[data-callback-bar]';
const editor = '[role=textbox][aria-multiline=true]';
const SHOTS = process.env.CALLBACK_SCREENSHOTS;

const VARIANTS: Array<[string, OutlookHostName, OutlookLayout, 'route' | 'click']> = [
  ['outlook.office.com, reading pane, light', 'outlook.office.com', {}, 'click'],
  ['outlook.live.com, full reading view', 'outlook.live.com', { view: 'full' }, 'route'],
  ['outlook.office365.com, German labels', 'outlook.office365.com', { lang: 'de' }, 'click'],
  ['outlook.cloud.microsoft, every class renamed, dark theme', 'outlook.cloud.microsoft', { hashed: true, dark: true }, 'route'],
];

const site = (host: OutlookHostName, layout: OutlookLayout, title: string) => ({
  '*': outlookPage({ account: ACCOUNT, threads, host, ...layout, title }),
});

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `outlook-${name.replace(/\W+/g, '-')}.png`) });
}

describe('Outlook on the web on its four hosts (built extension in Chromium)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    const sites: Record<string, Record<string, string>> = {};
    for (const [name, host, layout] of VARIANTS) sites[`https://${host}`] = site(host, layout, `Browser test: ${name}.`);
    session = await launchExtension({ sites });
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(VARIANTS)('%s: the bar shows kind, company and people, and a click types the draft above the signature', async (name, host, layout, how) => {
    const page = await session.openAt(`https://${host}${how === 'route' ? conversationPath(s.interview, host) : `${mailBase(host)}inbox`}`);
    if (how === 'click') await page.locator(`[data-fixture-row="${convId(s.interview)}"]`).click();
    await expect.poll(() => page.locator(`${bar} .kind`).textContent(), { timeout: 15_000 }).toBe('Interview confirmed');
    expect(await page.locator(`${bar} .company`).textContent()).toBe('Northwind Labs · Senior Backend Engineer');
    for (const person of ['Ana Pereira', 'Ben Okafor']) {
      expect(await page.locator(`${bar} button`, { hasText: `Draft thank-you to ${person}` }).count()).toBe(1);
    }
    // Once, right under the subject's block (the Copilot button beside the subject stays where it is).
    expect(await page.locator(bar).count()).toBe(1);
    expect(await page.locator(bar).evaluate((el) => el.previousElementSibling?.querySelector('[role=heading] span[title]')?.getAttribute('title'))).toBe(s.interview.subject);
    expect(await page.locator(bar).getAttribute('data-theme')).toBe(layout.dark ? 'dark' : 'light');
    await shot(page, `${name}-bar`);

    await page.locator(`${bar} button`, { hasText: 'Draft thank-you to Ana Pereira' }).click();
    const box = page.locator(editor);
    await expect.poll(() => box.count(), { timeout: 10_000 }).toBe(1);
    // Ana's address is not known: the reply to Priya asks her to pass the thanks on (issue #15).
    await expect.poll(() => box.innerText(), { timeout: 10_000 }).toMatch(/^Hi Priya,\s+Could you please pass on my thanks to Ana\?[\s\S]*Hi Ana,/);
    await expect.poll(() => page.locator(`${bar} [role=status]`).textContent()).toContain('Draft added');
    const text = await box.innerText();
    // Typed as input (Outlook saves drafts on input), in Outlook's own first line, above the signature and quote.
    expect(Number(await box.getAttribute('data-input-events'))).toBeGreaterThan(0);
    expect(await box.evaluate((el) => el.firstElementChild?.className)).toBe('elementToProof');
    expect(text.indexOf('Ana')).toBeLessThan(text.indexOf('Sam Rivera'));
    expect(await box.locator('#Signature').innerText()).toBe('Sam Rivera');
    expect(await box.locator('#divRplyFwdMsg').count()).toBe(1);
    expect(await box.locator('[data-fixture-quote]').innerText()).toContain('happy to confirm your interview');
    await shot(page, `${name}-draft`);
    // Nothing was sent: the conversation still has its three messages (counted in the page, not in the bar's shadow root).
    expect(await page.evaluate(() => document.querySelectorAll('[data-fixture=conversation] [aria-expanded]').length)).toBe(3);
    await page.close();
  });

  it('the same conversation on four hosts is one conversation in the timeline', async () => {
    const counts = (await storeCounts(session))!;
    const interviews = counts.events.filter((e) => e.kind === 'interview_confirmed');
    expect(interviews).toHaveLength(1);
    expect(interviews[0]!.threadId).toBe(convId(s.interview));
  });

  it('the popup names Outlook on the reminders from this mail, and its link opens the conversation in Outlook', async () => {
    const popup = await session.openExtensionPage('popup.html');
    const open = popup.getByRole('button', { name: 'Open in Outlook' });
    await expect.poll(() => open.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await popup.getByRole('button', { name: 'Open in Gmail' }).count()).toBe(0);
    // The new tab asks for Outlook's conversation link (the fixture sites serve only the mailbox pages).
    const [request] = await Promise.all([session.context.waitForEvent('request', (r) => r.isNavigationRequest() && r.frame().parentFrame() === null && !r.url().startsWith('chrome')), open.first().click()]);
    expect(request.url()).toMatch(/^https:\/\/outlook\.(live\.com|office\.com|office365\.com|cloud\.microsoft)\/mail\/deeplink\/readconv\//);
    await request.frame().page().close();
    await popup.close();
  });

  it('switching to Calendar takes the bar away, and back in Mail it returns', async () => {
    const page = await session.openAt(`https://outlook.office.com${conversationPath(s.rejection)}`);
    await expect.poll(() => page.locator(`${bar} .kind`).textContent(), { timeout: 15_000 }).toBe('Rejection');
    await page.locator('[data-fixture-app=calendar]').click();
    await expect.poll(() => page.locator(bar).count(), { timeout: 5_000 }).toBe(0);
    await page.locator('[data-fixture-app=mail]').click();
    await page.locator(`[data-fixture-row="${convId(s.rejection)}"]`).click();
    await expect.poll(() => page.locator(`${bar} .kind`).textContent(), { timeout: 15_000 }).toBe('Rejection');
    await page.close();
  });

  it("the user's own reply appearing in the conversation completes the reminder it answers", async () => {
    const page = await session.openAt(`https://outlook.office.com${conversationPath(s.rejection)}`);
    const gracious = page.getByRole('button', { name: 'Draft gracious reply', exact: true });
    await gracious.waitFor({ timeout: 15_000 });
    // Outlook adds the sent reply to the conversation (built with DOM calls, as Outlook's page would).
    await page.evaluate((account) => {
      const first = document.querySelector('[data-fixture-message]')!;
      const message = document.createElement('div');
      message.setAttribute('aria-expanded', 'true');
      const sender = document.createElement('span');
      sender.id = 'MSG_sent1_FROM';
      sender.textContent = `Sam Rivera<${account}>`;
      const date = document.createElement('div');
      date.setAttribute('data-testid', 'SentReceivedSavedTime');
      const now = new Date();
      date.title = `${now.getMonth() + 1}/${now.getDate()}/${now.getFullYear()} ${now.getHours()}:${String(now.getMinutes()).padStart(2, '0')}`;
      const body = document.createElement('div');
      body.id = 'UniqueMessageBody_9';
      body.setAttribute('role', 'document');
      body.textContent = 'Thank you, Marta. I enjoyed meeting the team and would love to stay in touch.';
      message.append(sender, date, body);
      first.after(message);
    }, ACCOUNT.address);
    await expect.poll(() => gracious.count(), { timeout: 10_000 }).toBe(0);
    expect((await storeCounts(session))!.events.map((e) => e.kind)).toContain('user_reply');
    await page.close();
  });

  it('makes no network request of its own, and Outlook starts and shows no errors (no second Trusted Types policy)', async () => {
    const page = await session.openAt(`https://outlook.office365.com${mailBase()}inbox`);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-fixture-boot'))).toBe('ok');
    await page.close();
    expect(session.offRoute).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('an Outlook page Callback cannot read (built extension in Chromium)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({ sites: { 'https://outlook.office.com': { '*': unreadablePage() } } });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('gets no bar, and the page stays untouched and error-free', async () => {
    const page = await session.openAt('https://outlook.office.com/mail/inbox/id/AQQkADAwATM0');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await page.evaluate(() => history.pushState({}, '', '/mail/inbox/id/AQQkADAwATM1'));
    await page.waitForTimeout(2500);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await page.locator(bar).count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
    expect(session.offRoute).toEqual([]);
    await page.close();
  });
});
