/**
 * The Gmail content script: its size gzipped, and the main-thread time it adds per thread open (a 50-message
 * thread, 47 collapsed) and per 100 inbox rows, measured in Chromium on a fresh build in its own folder. The content
 * script records performance measures only on pages that ask (`<html data-callback-measure>`): `callback:view` (the
 * scan and the synchronous reading of the thread or the rows) and `callback:bar` (building and placing the bar).
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { legacyId, mailboxPage, type FixtureThread } from '../fixtures/gmail/layout';
import { ACCOUNT, longThread, manyRows, sampleThreads } from '../fixtures/gmail/threads';
import { findChromium, INSTALL_HINT } from '../support/chromium';
import { percentile, type BenchRow } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = '.output-gmail-bench';
const RUNS = 15;

async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
}

export default async function gmailBench(): Promise<BenchRow[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  execSync('npx wxt build', { cwd: ROOT, env: { ...process.env, CALLBACK_OUT_DIR: OUT }, stdio: 'ignore' });
  const dir = join(ROOT, OUT, 'chrome-mv3');
  const script = readFileSync(join(dir, 'content-scripts/gmail.js'));
  const gzipKb = gzipSync(script, { level: 9 }).length / 1024;

  const now = new Date();
  const s = sampleThreads(now);
  // A 50-message job thread: 47 collapsed, then the interview thread's three messages expanded.
  const filler = longThread(now, 47).messages.map((m) => ({ ...m, collapsed: true }));
  const long: FixtureThread = { ...s.interview, id: 1795000000000777000n, messages: [...filler, ...s.interview.messages.map((m) => ({ ...m, collapsed: false }))] };
  const rows = manyRows(now, 100);
  const pages: Record<string, string> = {
    '/mail/u/0/': mailboxPage({ account: ACCOUNT, threads: [long], rows: [long], measure: true }),
    '/mail/u/1/': mailboxPage({ account: ACCOUNT, threads: [], rows, measure: true }),
  };

  const userDataDir = mkdtempSync(join(tmpdir(), 'callback-gmail-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const html = url.origin === 'https://mail.google.com' ? pages[url.pathname] : undefined;
      if (html && route.request().resourceType() === 'document') await route.fulfill({ status: 200, contentType: 'text/html', body: html });
      else if (/^(chrome-extension|data|blob|about):/.test(url.protocol)) await route.continue();
      else await route.abort('blockedbyclient');
    });
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 15_000 });

    // Thread opens: list -> thread, RUNS times, each waiting for the bar.
    const page = await context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    const threadOpens: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const before = (await measures(page, 'callback:bar')).length;
      await page.evaluate((key) => { location.hash = `#inbox/${key}`; }, legacyId(long.id));
      await page.waitForFunction((n) => performance.getEntriesByName('callback:bar').length > n, before, { timeout: 15_000 });
      await page.waitForTimeout(400); // let the debounced observers settle before reading
      const view = await measures(page, 'callback:view');
      const bars = await measures(page, 'callback:bar');
      // Everything measured since this open began: the scans of this route plus the bar.
      threadOpens.push(view.slice(-1)[0]! + bars.slice(-1)[0]!);
      await page.evaluate(() => { location.hash = '#inbox'; });
      await page.waitForTimeout(300);
    }
    const threadRead = await measures(page, 'callback:thread-read');
    await page.close();

    // 100 rows: a fresh page each run (rows already sent are skipped, so reload).
    const rowRuns: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const list = await context.newPage();
      await list.goto('https://mail.google.com/mail/u/1/#inbox');
      await list.waitForFunction(() => performance.getEntriesByName('callback:rows-read').length > 0, null, { timeout: 15_000 });
      rowRuns.push((await measures(list, 'callback:rows-read'))[0]!);
      await list.close();
    }

    const median = (xs: number[]) => percentile(xs, 50);
    return [
      { name: 'Gmail content script size, gzipped', value: gzipKb, unit: 'KB', aim: '<= 40 KB', met: gzipKb <= 40 },
      { name: 'Gmail content script size, raw', value: script.length / 1024, unit: 'KB' },
      { name: 'main thread per thread open, 50 messages (median)', value: median(threadOpens), unit: 'ms', aim: '< 5 ms', met: median(threadOpens) < 5 },
      { name: 'main thread per thread open, p90', value: percentile(threadOpens, 90), unit: 'ms' },
      { name: 'of which reading the thread (median)', value: median(threadRead), unit: 'ms' },
      { name: 'main thread per 100 inbox rows (median)', value: median(rowRuns), unit: 'ms' },
      { name: 'main thread per 100 inbox rows, p90', value: percentile(rowRuns, 90), unit: 'ms' },
    ];
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
