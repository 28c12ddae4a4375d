/**
 * Firefox beside Chromium on the same bench: the Gmail content script's main-thread time per thread open (a
 * 50-message thread, 47 collapsed) and per inbox row (100 rows read at once), from the measures the content script
 * records on pages that ask (`<html data-callback-measure>`), each browser on its own fresh build of the same source.
 * Aim (issue 19): Firefox within 1.5x of Chromium. Firefox's timer precision is reduced by default (privacy); it is
 * switched off here so both browsers measure at the same resolution.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { legacyId, mailboxPage, type FixtureThread } from '../fixtures/gmail/layout';
import { ACCOUNT, longThread, manyRows, sampleThreads } from '../fixtures/gmail/threads';
import { findChromium, INSTALL_HINT } from '../support/chromium';
import { FIREFOX_INSTALL_HINT, findFirefox, launchFirefox } from '../support/firefox';
import { percentile, type BenchRow } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = '.output-firefox-bench';
const RUNS = 12;

/** What a browser tab must offer the bench: evaluate and navigate. */
interface Tab {
  evaluate<T, A>(fn: (arg: A) => T, arg: A): Promise<T>;
  close(): Promise<void>;
}
interface Driver {
  open(path: string): Promise<Tab>;
  close(): Promise<void>;
}

function pages(): { pages: Record<string, string>; threadKey: string } {
  const now = new Date();
  const s = sampleThreads(now);
  const filler = longThread(now, 47).messages.map((m) => ({ ...m, collapsed: true }));
  const long: FixtureThread = { ...s.interview, id: 1795000000000777000n, messages: [...filler, ...s.interview.messages.map((m) => ({ ...m, collapsed: false }))] };
  return {
    threadKey: legacyId(long.id),
    pages: {
      '/mail/u/0/': mailboxPage({ account: ACCOUNT, threads: [long], rows: [long], measure: true }),
      '/mail/u/1/': mailboxPage({ account: ACCOUNT, threads: [], rows: manyRows(now, 100), measure: true }),
    },
  };
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const entries = (tab: Tab, name: string) => tab.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);

async function waitFor(tab: Tab, name: string, more: number): Promise<void> {
  const end = Date.now() + 20_000;
  while ((await entries(tab, name)).length <= more) {
    if (Date.now() > end) throw new Error(`no ${name} measure after 20 s`);
    await sleep(50);
  }
}

async function measure(driver: Driver, threadKey: string): Promise<{ thread: number[]; rows: number[] }> {
  const tab = await driver.open('/mail/u/0/#inbox');
  const thread: number[] = [];
  // One warm-up open, then RUNS measured ones: list -> thread, each waiting for the bar.
  for (let i = 0; i <= RUNS; i++) {
    const before = (await entries(tab, 'callback:bar')).length;
    await tab.evaluate((key) => {
      location.hash = `#inbox/${key}`;
    }, threadKey);
    await waitFor(tab, 'callback:bar', before);
    await sleep(400);
    const view = await entries(tab, 'callback:view');
    const bars = await entries(tab, 'callback:bar');
    if (i > 0) thread.push(view.at(-1)! + bars.at(-1)!);
    await tab.evaluate(() => {
      location.hash = '#inbox';
    }, null);
    await sleep(300);
  }
  await tab.close();
  const rows: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const list = await driver.open('/mail/u/1/#inbox');
    await waitFor(list, 'callback:rows-read', 0);
    if (i > 0) rows.push((await entries(list, 'callback:rows-read'))[0]! / 100);
    await list.close();
  }
  return { thread, rows };
}

async function chromiumDriver(dir: string, served: Record<string, string>): Promise<Driver> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const userDataDir = mkdtempSync(join(tmpdir(), 'callback-ff-bench-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const html = url.origin === 'https://mail.google.com' ? served[url.pathname] : undefined;
    if (html && route.request().resourceType() === 'document') await route.fulfill({ status: 200, contentType: 'text/html', body: html });
    else if (/^(chrome-extension|data|blob|about):/.test(url.protocol)) await route.continue();
    else await route.abort('blockedbyclient');
  });
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return {
    async open(path) {
      const page = await context.newPage();
      await page.goto(`https://mail.google.com${path}`);
      return { evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never, close: () => page.close() };
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function firefoxDriver(dir: string, served: Record<string, string>): Promise<Driver> {
  const session = await launchFirefox({ extensionDir: dir, pages: served, prefs: { 'privacy.reduceTimerPrecision': false } });
  return {
    async open(path) {
      const page = await session.openMail(path);
      return { evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never, close: () => page.close() };
    },
    close: () => session.close(),
  };
}

export default async function firefoxBench(): Promise<BenchRow[]> {
  if (!findFirefox()) throw new Error(FIREFOX_INSTALL_HINT);
  const env = { ...process.env, CALLBACK_OUT_DIR: OUT };
  execSync('npx wxt build', { cwd: ROOT, env, stdio: 'ignore' });
  execSync('npx wxt build -b firefox --mv3', { cwd: ROOT, env, stdio: 'ignore' });
  const { pages: served, threadKey } = pages();
  const median = (xs: number[]) => percentile(xs, 50);

  const chrome = await chromiumDriver(join(ROOT, OUT, 'chrome-mv3'), served);
  let c: { thread: number[]; rows: number[] };
  try {
    c = await measure(chrome, threadKey);
  } finally {
    await chrome.close();
  }
  const firefox = await firefoxDriver(join(ROOT, OUT, 'firefox-mv3'), served);
  let f: { thread: number[]; rows: number[] };
  try {
    f = await measure(firefox, threadKey);
  } finally {
    await firefox.close();
  }
  const threadRatio = median(f.thread) / median(c.thread);
  const rowRatio = median(f.rows) / median(c.rows);
  return [
    { name: 'Chromium: per thread open, 50 messages (median)', value: median(c.thread), unit: 'ms' },
    { name: 'Firefox: per thread open, 50 messages (median)', value: median(f.thread), unit: 'ms' },
    { name: 'Firefox / Chromium, per thread', value: threadRatio, unit: 'x', aim: '<= 1.5x', met: threadRatio <= 1.5 },
    { name: 'Chromium: per inbox row, of 100 (median)', value: median(c.rows), unit: 'ms' },
    { name: 'Firefox: per inbox row, of 100 (median)', value: median(f.rows), unit: 'ms' },
    { name: 'Firefox / Chromium, per email (inbox row)', value: rowRatio, unit: 'x', aim: '<= 1.5x', met: rowRatio <= 1.5 },
  ];
}
