/** Screenshots of the popup, options and timeline for the README (demo-output/), light and dark. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { buildSeed } from '../support/pages-seed';

const OUT = resolve(import.meta.dirname, '../../demo-output');

describe('screenshots of the pages', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    session = await launchExtension();
    const options = await session.openExtensionPage('options.html');
    await options
      .getByLabel(/Import a Callback JSON export/)
      .setInputFiles({ name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(await buildSeed(new Date())) });
    await options.getByText(/^Imported/).waitFor();
    await options.close();
  });
  afterAll(async () => {
    await session?.close();
  });

  const shoot = async (page: Page, name: string) => {
    await page.screenshot({ path: resolve(OUT, name), fullPage: true });
  };

  it.each(['light', 'dark'] as const)('the popup in %s mode, with a draft open, fits 380 px', async (scheme) => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.getByRole('region', { name: /^Overdue/ }).waitFor();
    await popup.getByRole('listitem', { name: /Reply graciously/ }).getByRole('button', { name: 'Draft' }).click();
    await shoot(popup, `popup-${scheme}.png`);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await popup.close();
  });

  it('the options page', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.setViewportSize({ width: 900, height: 800 });
    await page.getByRole('button', { name: 'Save settings' }).waitFor();
    await shoot(page, 'options.png');
    await page.close();
  });

  it('the timeline page with a rejected application open', async () => {
    const page = await session.openExtensionPage('timeline.html');
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.getByRole('button', { name: /Harbor Finance/ }).click();
    await page.getByRole('heading', { name: 'After the rejection' }).waitFor();
    await shoot(page, 'timeline.png');
    await page.close();
    expect(session.pageErrors).toEqual([]);
  });
});
