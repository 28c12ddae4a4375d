/**
 * Loads the built extension (.output/chrome-mv3) into a real Chromium with playwright-core, serves Gmail pages from
 * fixtures at https://mail.google.com/ (and other hosts' pages, such as Outlook's, at their origins) through request routing, and records every request that is not a routed
 * fixture or the extension itself: the privacy promise, checked in every browser test.
 */
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium, INSTALL_HINT } from './chromium';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.CALLBACK_OUT_DIR ?? '.output', 'chrome-mv3');

/** A page served at a mail.google.com path: HTML text. `'*'` is served for any path not listed. */
export type MailPages = Record<string, string>;

export interface LaunchOptions {
  pages?: MailPages;
  /** Pages of other mail hosts by origin (`https://outlook.office.com`), served the same way. */
  sites?: Record<string, MailPages>;
  headless?: boolean;
  /** Viewport of new pages. */
  viewport?: { width: number; height: number };
  /**
   * The browser's interface language ("de"): Chromium on Linux takes it from LANGUAGE (and --lang), and finds its
   * own strings for it only when the locale files are installed (Debian: chromium-l10n, see chromiumHasLocale).
   */
  lang?: string;
}

/** Can this Chromium run in `lang`? Without the locale's .pak it falls back to English, extensions included. */
export function chromiumHasLocale(lang: string): boolean {
  const executable = findChromium();
  if (!executable) return false;
  const dirs = [dirname(realpathSync(executable)), '/usr/lib/chromium'];
  return dirs.some((dir) => existsSync(join(dir, 'locales', `${lang}.pak`)));
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Requests that were neither a routed fixture nor the extension's own files. Must stay empty. */
  offRoute: string[];
  /** Console errors and uncaught page errors seen on any page. */
  pageErrors: string[];
  /** The service worker, woken if it slept. */
  worker(): Promise<Worker>;
  /** Replace what mail.google.com serves. */
  setPages(pages: MailPages): void;
  openMail(path?: string): Promise<Page>;
  /** Open any URL (another host's page from `sites`). */
  openAt(url: string): Promise<Page>;
  openExtensionPage(file: string): Promise<Page>;
  /** Evaluate in the service worker (e.g. `chrome.action.getBadgeText({})`). */
  inWorker<T>(fn: () => T | Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const ALLOWED = /^(chrome-extension|data|blob|about|chrome|devtools):/;

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  // Route and record the service worker's own requests too (Chromium only, experimental in Playwright).
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const userDataDir = mkdtempSync(join(tmpdir(), 'callback-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    ...(options.lang ? { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang } } : {}),
    args: [
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-default-apps',
    ],
  });

  let pages: MailPages = options.pages ?? {};
  const sites: Record<string, MailPages> = { ...options.sites };
  const servedBy = (origin: string): MailPages | null => (origin === 'https://mail.google.com' ? pages : (sites[origin] ?? null));
  const offRoute: string[] = [];
  const pageErrors: string[] = [];

  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const served = servedBy(url.origin);
    if (served) {
      const html = served[url.pathname] ?? served['*'];
      if (html !== undefined && route.request().resourceType() === 'document') {
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      } else {
        await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in the fixtures' });
      }
      return;
    }
    if (ALLOWED.test(url.protocol)) {
      await route.continue();
      return;
    }
    offRoute.push(url.href);
    await route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    const url = request.url();
    let origin = '';
    try {
      origin = new URL(url).origin;
    } catch {
      origin = '';
    }
    if (!ALLOWED.test(url) && !servedBy(origin) && !offRoute.includes(url)) offRoute.push(url);
  });
  const watch = (page: Page) => {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${page.url()}: ${message.text()}`);
    });
  };
  context.on('page', watch);

  const worker = async (): Promise<Worker> => {
    const alive = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (alive) return alive;
    return context.waitForEvent('serviceworker', { timeout: 15_000 });
  };
  const first = await worker();
  const extensionId = new URL(first.url()).host;

  return {
    context,
    extensionId,
    offRoute,
    pageErrors,
    worker,
    setPages(next) {
      pages = next;
    },
    async openMail(path = '/mail/u/0/') {
      const page = await context.newPage();
      await page.goto(`https://mail.google.com${path}`);
      return page;
    },
    async openAt(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openExtensionPage(file) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    async inWorker(fn) {
      // A worker may stop after ~30 s idle; wake it by opening an extension page if it is gone.
      let w = context.serviceWorkers().find((x) => x.url().startsWith('chrome-extension://'));
      if (!w) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/popup.html`);
        w = await worker();
        await page.close();
      }
      return w.evaluate(fn);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
