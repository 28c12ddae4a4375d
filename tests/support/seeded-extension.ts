/**
 * The built extension in Chromium with the pages' seed (four applications, `pages-seed.ts`) imported through the
 * options page, as a user restoring an export would: the start of the pages' browser tests.
 */
import { launchExtension, type ExtensionSession } from './extension';
import { buildSeed } from './pages-seed';

export async function launchSeeded(now: Date = new Date()): Promise<ExtensionSession> {
  const session = await launchExtension();
  const options = await session.openExtensionPage('options.html');
  const status = options.locator('section[aria-labelledby="data-heading"] p[role="status"]');
  await options.getByLabel(/Import a Callback JSON export/).setInputFiles({ name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(await buildSeed(now)) });
  await options.waitForFunction((el) => /^Imported 4 applications/.test(el?.textContent ?? ''), await status.elementHandle());
  await options.close();
  return session;
}
