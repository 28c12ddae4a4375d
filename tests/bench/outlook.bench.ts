/**
 * The Outlook content script: its size gzipped, and the main-thread time it spends per conversation open on a
 * 50-message conversation (47 collapsed, 3 expanded), measured in Chromium on a fresh build in its own folder, on a
 * page built from the catalogue (tests/fixtures/outlook/layout.ts). Per open, everything the script measured is
 * added up: every scan the route change, the reading-pane observer and the bar's own insertion caused
 * (`callback:view`, which includes reading the conversation) and building and placing the bar (`callback:bar`).
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import type { FixtureThread } from '../fixtures/gmail/layout';
import { ACCOUNT, longThread, sampleThreads } from '../fixtures/gmail/threads';
import { convId, outlookPage } from '../fixtures/outlook/layout';
import { findChromium, INSTALL_HINT } from '../support/chromium';
import { percentile, type BenchRow } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = '.output-outlook-bench';
const RUNS = 15;

const total = (page: Page) =>
  page.evaluate(() => ['callback:view', 'callback:bar'].flatMap((n) => performance.getEntriesByName(n)).reduce((sum, e) => sum + e.duration, 0));

export default async function outlookBench(): Promise<BenchRow[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  execSync('npx wxt build', { cwd: ROOT, env: { ...process.env, CALLBACK_OUT_DIR: OUT }, stdio: 'ignore' });
  const dir = join(ROOT, OUT, 'chrome-mv3');
  const script = readFileSync(join(dir, 'content-scripts/outlook.js'));
  const gzipKb = gzipSync(script, { level: 9 }).length / 1024;

  const now = new Date();
  const s = sampleThreads(now);
  const filler = longThread(now, 47).messages.map((m) => ({ ...m, collapsed: true }));
  const long: FixtureThread = { ...s.interview, id: 1795000000000777000n, messages: [...filler, ...s.interview.messages.map((m) => ({ ...m, collapsed: false }))] };
  const html = outlookPage({ account: ACCOUNT, threads: [long], measure: true });

  const userDataDir = mkdtempSync(join(tmpdir(), 'callback-outlook-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === 'https://outlook.office.com' && route.request().resourceType() === 'document') await route.fulfill({ status: 200, contentType: 'text/html', body: html });
      else if (/^(chrome-extension|data|blob|about):/.test(url.protocol)) await route.continue();
      else await route.abort('blockedbyclient');
    });
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 15_000 });

    const page = await context.newPage();
    await page.goto('https://outlook.office.com/mail/inbox');
    await page.waitForTimeout(1500);
    const opens: number[] = [];
    const reads: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const before = await total(page);
      const bars = await page.evaluate(() => performance.getEntriesByName('callback:bar').length);
      await page.locator(`[data-fixture-row="${convId(long)}"]`).click();
      await page.waitForFunction((n) => performance.getEntriesByName('callback:bar').length > n, bars, { timeout: 15_000 });
      // Wait out the route poll (WXT checks the URL once a second) and the debounced observer: count their scans too.
      await page.waitForTimeout(1500);
      opens.push((await total(page)) - before);
      reads.push(await page.evaluate(() => performance.getEntriesByName('callback:thread-read').slice(-1)[0]?.duration ?? NaN));
      await page.locator('[data-fixture-app=mail]').click();
      await page.waitForTimeout(1500);
    }
    await page.close();
    const median = (xs: number[]) => percentile(xs, 50);
    return [
      { name: 'Outlook content script size, gzipped', value: gzipKb, unit: 'KB', aim: '<= 40 KB', met: gzipKb <= 40 },
      { name: 'Outlook content script size, raw', value: script.length / 1024, unit: 'KB' },
      { name: 'main thread per conversation open, 50 messages (median)', value: median(opens), unit: 'ms', aim: '<= 5 ms', met: median(opens) <= 5 },
      { name: 'main thread per conversation open, p90', value: percentile(opens, 90), unit: 'ms' },
      { name: 'of which one reading of the conversation (median)', value: median(reads), unit: 'ms' },
    ];
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
