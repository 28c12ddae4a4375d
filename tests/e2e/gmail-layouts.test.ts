/**
 * Every Gmail layout the public catalogues describe, in the real browser with the built extension: the bar shows the
 * right kind, company and people, and a click puts the draft into the reply. Pages are written from the catalogues
 * (gmail-selectors.md, gmail-2026.md), not captured: tests/fixtures/gmail/layout.ts says which layout each is.
 * Set CALLBACK_SCREENSHOTS=<dir> to keep a screenshot of the bar and the draft per layout.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyId, LOOK_ALIKE_SUBJECTS, mailboxPage, type LayoutOptions } from '../fixtures/gmail/layout';
import { ACCOUNT, inOtherMailbox, sampleThreads, WORK_ACCOUNT } from '../fixtures/gmail/threads';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { storeCounts } from '../support/gmail-worker';

const s = sampleThreads(new Date());
const threads = [s.interview, s.rejection, s.acknowledgement, s.jobAlert];
const bar = '[data-callback-bar]';
const SHOTS = process.env.CALLBACK_SCREENSHOTS;

const LAYOUTS: Array<[string, LayoutOptions, 'hash' | 'click']> = [
  ['the rebuilt conversation view', { layout: 'rebuilt' }, 'hash'],
  ['every short class hashed', { hashed: true }, 'hash'],
  ['the rebuilt view, every short class hashed', { layout: 'rebuilt', hashed: true }, 'hash'],
  ['a perm id of "undefined"', { permIdUndefined: true }, 'hash'],
  ['the vertical split pane', { vertical: true }, 'click'],
  ['look-alike rows from another extension', { lookAlikeRows: true }, 'click'],
];

async function openInterview(page: Page, how: 'hash' | 'click'): Promise<void> {
  if (how === 'click') await page.locator('tr[data-fixture-key]', { hasText: s.interview.subject }).first().click();
}

async function draftThankYou(page: Page): Promise<string> {
  const button = page.locator(`${bar} button`, { hasText: 'Draft thank-you to Ana Pereira' });
  await button.click();
  const editor = page.locator('[g_editable=true]');
  await expect.poll(() => editor.count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toMatch(/^Hi Priya,\s+Could you please pass on my thanks to Ana\?[\s\S]*Hi Ana,/);
  expect(Number(await editor.getAttribute('data-input-events'))).toBeGreaterThan(0);
  await expect.poll(() => page.locator(`${bar} [role=status]`).textContent()).toContain('Draft added');
  return editor.innerText();
}

describe.each(LAYOUTS)('Gmail with %s (built extension in Chromium)', (name, layout, how) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({
      pages: { '/mail/u/0/': mailboxPage({ account: ACCOUNT, threads, ...layout, title: `Browser test: ${name}.` }) },
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the bar with the kind, company and people, and a click types the draft into the reply', async () => {
    const page = await session.openMail(how === 'hash' ? `/mail/u/0/#inbox/${legacyId(s.interview.id)}` : '/mail/u/0/#inbox');
    await openInterview(page, how);
    await expect.poll(() => page.locator(`${bar} .kind`).textContent(), { timeout: 15_000 }).toBe('Interview confirmed');
    expect(await page.locator(`${bar} .company`).textContent()).toBe('Northwind Labs · Senior Backend Engineer');
    for (const person of ['Ana Pereira', 'Ben Okafor']) {
      expect(await page.locator(`${bar} button`, { hasText: `Draft thank-you to ${person}` }).count()).toBe(1);
    }
    // The bar sits under the subject, once.
    expect(await page.locator(bar).count()).toBe(1);
    expect(await page.locator(bar).evaluate((el) => el.previousElementSibling?.querySelector('h2')?.textContent)).toBe(s.interview.subject);
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `${name.replace(/\W+/g, '-')}-bar.png`) });
    }
    const text = await draftThankYou(page);
    expect(text).toMatch(/--\s*\nSam Rivera/); // the signature, intact
    expect(text).toContain('Priya Natarajan wrote:'); // the quote, intact
    expect(text.indexOf('Ana')).toBeLessThan(text.indexOf('Sam Rivera'));
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name.replace(/\W+/g, '-')}-draft.png`) });
    const counts = (await storeCounts(session))!;
    expect(counts.events.find((e) => e.kind === 'interview_confirmed')?.threadId).toBe(legacyId(s.interview.id));
    await page.close();
  });

  it('makes no network request of its own, shows no page errors, and stores no look-alike row', async () => {
    expect(session.offRoute).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    const counts = await storeCounts(session);
    const subjects = JSON.stringify(counts);
    for (const subject of LOOK_ALIKE_SUBJECTS) expect(subjects).not.toContain(subject);
  });
});

describe('two Gmail accounts in two tabs (built extension in Chromium)', () => {
  let session: ExtensionSession;
  const work = [inOtherMailbox(s.rejection), inOtherMailbox(s.acknowledgement)];
  beforeAll(async () => {
    session = await launchExtension({
      pages: {
        '/mail/u/0/': mailboxPage({ account: ACCOUNT, threads, title: 'Personal account.' }),
        '/mail/u/1/': mailboxPage({ account: WORK_ACCOUNT, threads: work, layout: 'rebuilt', title: 'Work account, rebuilt layout.' }),
      },
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('each account\'s mail is kept with its own account, and the timeline opens each in its own mailbox', async () => {
    const personal = await session.openMail(`/mail/u/0/#inbox/${legacyId(s.interview.id)}`);
    const office = await session.openMail(`/mail/u/1/#inbox/${legacyId(work[0]!.id)}`);
    await expect.poll(() => personal.locator(`${bar} .kind`).textContent(), { timeout: 15_000 }).toBe('Interview confirmed');
    await expect.poll(() => office.locator(`${bar} .kind`).textContent(), { timeout: 15_000 }).toBe('Rejection');
    // The draft goes into the work account's reply, in its own tab.
    await office.getByRole('button', { name: 'Draft gracious reply', exact: true }).click();
    await expect.poll(() => office.locator('[g_editable=true]').innerText(), { timeout: 10_000 }).toMatch(/Marta/);
    expect(await personal.locator('[g_editable=true]').count()).toBe(0);

    const events = (await storeCounts(session))!.events;
    const accountOf = (threadId: string) => events.find((e) => e.threadId === threadId)?.account;
    expect(accountOf(legacyId(s.interview.id))).toEqual({ index: 0, address: ACCOUNT.address });
    expect(accountOf(legacyId(work[0]!.id))).toEqual({ index: 1, address: WORK_ACCOUNT.address });

    // The timeline's "Open email" of the work rejection opens /mail/u/1/, the interview's /mail/u/0/.
    const timeline = await session.openExtensionPage('timeline.html');
    const opened: string[] = [];
    for (const company of ['Bluefin Analytics', 'Northwind Labs']) {
      await timeline.getByRole('button', { name: new RegExp(company) }).first().click();
      const [tab] = await Promise.all([
        session.context.waitForEvent('page'),
        timeline.getByRole('button', { name: 'Open email' }).first().click(),
      ]);
      await tab.waitForURL(/^https:\/\/mail\.google\.com\//, { timeout: 10_000 });
      opened.push(new URL(tab.url()).pathname);
      await tab.close();
    }
    expect(opened).toEqual(['/mail/u/1/', '/mail/u/0/']);
    await Promise.all([personal.close(), office.close(), timeline.close()]);
  });

  it('makes no network request of its own, and pages show no errors', () => {
    expect(session.offRoute).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
