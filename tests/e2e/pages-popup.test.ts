import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { buildSeed } from '../support/pages-seed';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../fixtures/pages', name));

/** Import a file through the options page; resolves to the message the page shows for it. */
async function importFile(options: Page, name: string, buffer: Buffer): Promise<string> {
  const css = 'section[aria-labelledby="data-heading"] p[role="status"]';
  const before = (await options.locator(css).textContent()) ?? '';
  await options.getByLabel(/Import a Callback JSON export/).setInputFiles({ name, mimeType: 'application/json', buffer });
  await options.waitForFunction(
    ([sel, prev]) => {
      const text = document.querySelector(sel!)?.textContent ?? '';
      return text !== prev && /^(Imported|Nothing was imported)/.test(text);
    },
    [css, before],
  );
  return (await options.locator(css).textContent()) ?? '';
}

const sectionCount = async (popup: Page, name: string) => {
  const section = popup.getByRole('region', { name: new RegExp(`^${name}`) });
  return (await section.count()) ? section.getByRole('listitem').count() : 0;
};

describe('the popup, the badge and the data section on the built extension', () => {
  let session: ExtensionSession;
  let options: Page;
  const badge = () => session.inWorker(() => chrome.action.getBadgeText({}));

  beforeAll(async () => {
    session = await launchExtension();
    options = await session.openExtensionPage('options.html');
    const message = await importFile(options, 'seed.json', Buffer.from(await buildSeed(new Date())));
    expect(message).toMatch(/^Imported 4 applications/);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows Overdue, Due today, Upcoming and Review, and the badge counts what is due', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByRole('region', { name: /^Review/ }).count()).toBe(1);
    for (const name of ['Overdue', 'Due today', 'Upcoming']) expect(await popup.getByRole('region', { name: new RegExp(`^${name}`) }).count()).toBe(1);
    const overdue = popup.getByRole('region', { name: /^Overdue/ });
    await expect.poll(() => overdue.getByText('Send a thank-you email').count()).toBe(1);
    expect(await overdue.getByText(/overdue since/).count()).toBeGreaterThan(0);
    expect(await popup.getByRole('region', { name: /^Review/ }).getByText('Next steps for your application').count()).toBe(1);
    const due = (await sectionCount(popup, 'Overdue')) + (await sectionCount(popup, 'Due today'));
    await expect.poll(badge).toBe(String(due));
    // The overdue colour.
    expect(await session.inWorker(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([201, 42, 42, 255]);
    // Fits the popup: no horizontal scrolling at its width.
    await popup.setViewportSize({ width: 380, height: 600 });
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await popup.close();
  });

  it('opens on the snapshot the background keeps in session storage, then shows the live data', async () => {
    type Stored = { popupSnapshot?: { badge: { text: string }; totals: Record<string, number> } };
    const stored = () => session.inWorker(async () => (await chrome.storage.session.get('popupSnapshot')) as Stored);
    await expect.poll(async () => (await stored()).popupSnapshot?.totals.overdue ?? 0).toBeGreaterThan(0);
    const snapshot = (await stored()).popupSnapshot!;
    expect(snapshot.badge.text).toBe(await badge());

    const popup = await session.openExtensionPage('popup.html');
    await popup.waitForFunction(() => performance.getEntriesByName('popup:ready').length > 0);
    const source = await popup.evaluate(() => (performance.getEntriesByName('popup:shown')[0] as PerformanceMark).detail.source);
    expect(source).toBe('snapshot');
    // The live data lists as many as the snapshot counted.
    expect(await sectionCount(popup, 'Overdue')).toBe(snapshot.totals.overdue);
    expect(await sectionCount(popup, 'Due today')).toBe(snapshot.totals.today);
    expect(await sectionCount(popup, 'Upcoming')).toBe(snapshot.totals.upcoming);
    await popup.close();
  });

  it('done and snooze take a reminder off the badge, and the popup updates while open', async () => {
    const popup = await session.openExtensionPage('popup.html');
    const today = popup.getByRole('region', { name: /^Due today/ });
    await expect.poll(() => today.getByRole('listitem').count()).toBeGreaterThan(0);
    const before = Number(await badge());
    // Not the gracious reply: the draft test below writes one.
    const first = today.getByRole('listitem').filter({ hasNotText: 'Reply graciously' }).first();
    const label = await first.getAttribute('aria-label');
    await first.getByRole('button', { name: 'Done' }).click();
    await expect.poll(badge).toBe(String(before - 1));
    // The list refreshes from the store a moment after the badge: wait for it.
    await expect.poll(() => popup.getByRole('listitem', { name: label! }).count()).toBe(0);
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Marked done.' }).count()).toBe(1);

    // Snooze the first overdue reminder with the keyboard: open the menu, pick "Tomorrow morning".
    const overdue = popup.getByRole('region', { name: /^Overdue/ }).getByRole('listitem').first();
    const snoozed = await overdue.getAttribute('aria-label');
    await overdue.getByRole('button', { name: /Snooze/ }).focus();
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await expect.poll(badge).toBe(String(before - 2));
    await expect.poll(() => popup.getByRole('listitem', { name: snoozed! }).count()).toBe(0);

    // Undo brings the snoozed one back.
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(badge).toBe(String(before - 1));
    await popup.close();
  });

  it('a draft can be copied in another tone, with the advice check shown', async () => {
    const popup = await session.openExtensionPage('popup.html');
    const item = popup.getByRole('listitem', { name: /Reply graciously/ }).first();
    await expect.poll(() => item.count()).toBe(1);
    await item.getByRole('button', { name: 'Draft' }).click();
    const text = item.getByLabel('Draft text');
    const warm = await text.inputValue();
    expect(warm).toMatch(/Harbor Finance/);
    await item.getByLabel('Formal').check();
    await expect.poll(() => text.inputValue()).not.toBe(warm);
    await text.fill('After thinking about it, I can better answer your question. Please reconsider.');
    await expect.poll(() => item.getByRole('list', { name: 'Advice check' }).getByRole('listitem').count()).toBeGreaterThan(0);
    await popup.close();
  });

  it('export then import through the options page round-trips, a bad file changes nothing', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export JSON' }).click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported).data.applications).toHaveLength(4);
    const [csv] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(readFileSync((await csv.path())!, 'utf8')).toMatch(/Northwind Labs/);
    const badgeBefore = await badge();

    for (const name of ['truncated-export.json', 'wrong-format.json']) {
      const message = await importFile(options, name, fixture(name));
      expect(message).toMatch(/^Nothing was imported: /);
    }
    expect(await badge()).toBe(badgeBefore);

    await options.getByRole('button', { name: 'Delete everything…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(badge).toBe('');
    const popup = await session.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByText('Nothing to follow up yet.').count()).toBe(1);

    expect(await importFile(options, 'callback.json', Buffer.from(exported))).toMatch(/^Imported 4 applications/);
    await expect.poll(badge).toBe(badgeBefore);
    await expect.poll(() => popup.getByRole('region', { name: /^Overdue/ }).count()).toBe(1);
    await popup.close();
  });

  it('makes no network request of its own, and pages show no errors', () => {
    expect(session.offRoute).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
