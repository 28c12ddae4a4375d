/** Issue #15: a 400-character word in a subject or company name wraps on every page instead of widening it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { buildSeed } from '../support/pages-seed';

const WORD = 'Supercalifragilistic'.repeat(20);

describe('long text wraps on every surface', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
    const seed = JSON.parse(await buildSeed(new Date()));
    for (const event of seed.data.events) event.subject = `Interview ${WORD}`;
    for (const app of seed.data.applications) app.company = `${app.company} ${WORD}`.slice(0, 450);
    const options = await session.openExtensionPage('options.html');
    await options
      .getByLabel(/Import a Callback JSON export/)
      .setInputFiles({ name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seed)) });
    await options.getByText(/^Imported/).waitFor();
    await options.close();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each([
    ['timeline.html', 1200],
    ['popup.html', 380],
    ['options.html', 900],
  ] as const)('%s stays within %i px', async (path, width) => {
    const page = await session.openExtensionPage(path);
    await page.setViewportSize({ width, height: 800 });
    await page.waitForLoadState('load');
    if (path === 'timeline.html') {
      await page.getByRole('button', { name: /Harbor Finance/ }).click();
      await page.getByRole('heading', { name: 'After the rejection' }).waitFor();
    } else await page.waitForTimeout(800);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.close();
  });
});
