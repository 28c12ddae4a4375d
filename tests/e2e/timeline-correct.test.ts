/**
 * Correcting from the timeline page on the built extension in Chromium, with the real IndexedDB: an email-read event
 * marked "Not job mail" leaves the application's history and stays gone after a reload; Undo on the page, or the
 * options page's list of corrections, brings it back.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionSession } from '../support/extension';
import { launchSeeded } from '../support/seeded-extension';

const kinds = (page: Page) => page.getByRole('list', { name: 'Events' }).locator('.event-kind').allTextContents();

describe('correcting an event on the timeline page of the built extension', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchSeeded();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('"Not job mail" removes the rejection from the history, a reload keeps it so, and Undo brings it back', async () => {
    const timeline = await session.openExtensionPage('timeline.html');
    await timeline.getByRole('button', { name: /Harbor Finance/ }).click();
    await expect.poll(() => kinds(timeline)).toEqual(['Application received', 'Rejection']);
    // Only the email-read rejection offers a correction; the application the user added by hand does not.
    expect(await timeline.getByRole('list', { name: 'Events' }).getByRole('combobox').count()).toBe(1);
    await timeline.screenshot({ path: 'demo-output/timeline-correct.png' }).catch(() => undefined);
    await timeline.getByRole('combobox', { name: 'Correct “Rejection”: what is this email really?' }).selectOption('other');
    await expect.poll(() => kinds(timeline)).toEqual(['Application received']);
    await expect.poll(() => timeline.getByText(/^Marked as not job mail/).count()).toBe(1);
    await timeline.screenshot({ path: 'demo-output/timeline-corrected.png' }).catch(() => undefined);

    await timeline.reload();
    await timeline.getByRole('button', { name: /Harbor Finance/ }).click();
    await expect.poll(() => kinds(timeline)).toEqual(['Application received']);

    // The options page lists the correction; its Undo puts the rejection back.
    const options = await session.openExtensionPage('options.html');
    const undo = options.getByRole('button', { name: 'Undo the correction of “Your application to Harbor Finance”' });
    await undo.click();
    // The page lists the correction until its Undo has been stored: closing it sooner could cut the write short.
    await expect.poll(() => undo.count()).toBe(0);
    await options.close();
    await timeline.reload();
    await timeline.getByRole('button', { name: /Harbor Finance/ }).click();
    await expect.poll(() => kinds(timeline)).toEqual(['Application received', 'Rejection']);

    // And Undo on the page itself, straight after the correction.
    await timeline.getByRole('combobox', { name: 'Correct “Rejection”: what is this email really?' }).selectOption('other');
    await expect.poll(() => kinds(timeline)).toEqual(['Application received']);
    await timeline.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => kinds(timeline)).toEqual(['Application received', 'Rejection']);
    await timeline.close();
  });
});
