/**
 * "Import past mail" in the real options page: a generated Takeout mailbox chosen through the page's file input is
 * read by the page's worker; the summary names the applications found, the timeline has them, and the same file
 * chosen again adds nothing. CALLBACK_SCREENSHOTS=<dir> keeps screenshots mid-import and at the end.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../support/extension';
import { generateMailbox } from '../support/mailbox-gen';

const SHOTS = process.env.CALLBACK_SCREENSHOTS;

describe('import past mail from the options page', () => {
  let session: ExtensionSession;
  let file: string;
  let jobThreads = 0;
  beforeAll(async () => {
    session = await launchExtension();
    file = join(mkdtempSync(join(tmpdir(), 'callback-import-')), 'Takeout-All mail.mbox');
    let text = '';
    jobThreads = generateMailbox({ messages: 3000, seed: 11, jobEvery: 100, end: new Date() }, (t) => (text += t)).jobThreads.length;
    writeFileSync(file, text);
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads a chosen mbox in the page worker and shows the applications found, and what they are', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.getByLabel('Mailbox or .eml files').setInputFiles(file);
    await page.getByTestId('import-stats').waitFor();
    if (SHOTS) await page.locator('section.import').screenshot({ path: join(SHOTS, 'import-running.png') });
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    if (SHOTS) await page.locator('section.import').screenshot({ path: join(SHOTS, 'import-done.png') });
    await expect(summary.textContent()).resolves.toContain(`${jobThreads} applications found in 3,000 messages`);
    await expect(page.getByTestId('import-found').textContent()).resolves.toMatch(/Job emails: .*rejection/i);
    const timeline = await session.openExtensionPage('timeline.html');
    await timeline.getByText(/Acme|Northwind|Globex|Initech|Hooli/).first().waitFor();
    expect(session.offRoute).toEqual([]);
    await timeline.close();
    await page.close();
  });

  it('the same file chosen again finds the same applications and stores nothing twice', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.getByLabel('Mailbox or .eml files').setInputFiles(file);
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    await expect(summary.textContent()).resolves.toContain('0 applications found');
    await page.close();
  });

  it('a file that is not mail gets a clear message', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.getByLabel('Mailbox or .eml files').setInputFiles({ name: 'notes.mbox', mimeType: 'application/octet-stream', buffer: Buffer.from('%PDF-1.7 not mail') });
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/notes\.mbox: not an mbox or \.eml file/);
    await page.close();
  });
});
