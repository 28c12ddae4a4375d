/**
 * The Firefox harness, beside the Chromium one (extension.ts): Debian's firefox-esr driven over WebDriver BiDi with
 * puppeteer-core, the built add-on (.output/firefox-mv3) installed as a temporary add-on (BiDi webExtension.install,
 * what about:debugging's "Load Temporary Add-on…" does), Gmail pages served from the same fixtures at
 * https://mail.google.com/ through BiDi request interception, and a record of every request that leaves the machine.
 *
 * The record has two layers, because BiDi only intercepts tabs:
 * - every tab's requests are intercepted: a mail.google.com document is served from the fixtures, the extension's
 *   own files load, anything else is recorded and refused;
 * - every other connection the browser makes (the add-on's background script, an extension page, Firefox itself) is
 *   sent to a recording proxy on 127.0.0.1 that refuses it. Firefox's own background services are switched off by
 *   the prefs below, so the proxy's record stays empty unless something really tried to leave.
 *
 * The add-on's background is an MV3 event page, not a service worker, and BiDi does not expose it. Everything the
 * Chromium tests ask the worker (badge, storage, alarms, IndexedDB) is asked from one of the add-on's own pages,
 * which share the background's origin, storage and browser.* APIs.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';


/**
 * Waits until `predicate` (run in the page with `args`) is true, polling with `evaluate`. Not puppeteer's
 * `waitForFunction`: its wait builds the predicate with Function() inside the page, which an extension page's content
 * security policy blocks (Firefox enforces that on WebDriver's scripts since ESR 140.12).
 */
export async function waitInPage<A extends string[]>(page: Page, timeoutMs: number, predicate: (...args: A) => boolean, ...args: A): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const check = predicate as (...args: string[]) => boolean;
  while (!(await page.evaluate(check, ...args).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms on ${page.url()} for ${predicate.toString().slice(0, 80)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.CALLBACK_OUT_DIR ?? '.output', 'firefox-mv3');
/** The add-on id (manifest browser_specific_settings.gecko.id) and the moz-extension host the profile assigns it. */
export const ADDON_ID = 'callback@callback.local';
export const ADDON_UUID = '5a3c7c1e-0b6d-4f6e-9c1a-2b7d3e4f5a60';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox/firefox', '/snap/bin/firefox'];

export const FIREFOX_INSTALL_HINT = [
  'No Firefox found. The Firefox browser tests need Firefox 140 or later (Debian: firefox-esr).',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y firefox-esr',
  'Or point FIREFOX_PATH at a Firefox binary:  FIREFOX_PATH=/path/to/firefox npm test',
].join('\n');

/** FIREFOX_PATH, then Debian's firefox-esr, then other usual places. Never downloads one. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.FIREFOX_PATH?.trim();
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * Prefs that stop Firefox's own connections (on top of puppeteer's defaults, which already point the blocklist,
 * normandy, health report and SNTP at dummy hosts): telemetry, updates, remote settings, captive portal, safe
 * browsing, normandy/studies, push, connectivity checks, DoH, prefetching, the new tab page's feeds.
 */
export const QUIET_PREFS: Record<string, string | number | boolean> = {
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': 'data:,',
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'datareporting.usage.uploadEnabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.showSponsored': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.newtabpage.activity-stream.default.sites': '',
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.update.staging.enabled': false,
  'app.update.url': 'data:,',
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'nimbus.enabled': false,
  // Remote settings skip all activity with this server when MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 (set at launch).
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'services.sync.engine.addons': false,
  'identity.fxaccounts.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': '',
  'network.trr.mode': 5,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'dom.push.enabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.abuseReport.enabled': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'extensions.getAddons.showPane': false,
  'extensions.webservice.discoverURL': '',
  'browser.discovery.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.search.geoip.url': '',
  'browser.search.update': false,
  'browser.contentblocking.report.lockwise.enabled': false,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'browser.translations.enable': false,
  'browser.ml.enable': false,
  'browser.aboutHomeSnippets.updateUrl': '',
  'geo.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-manager.url': 'data:,',
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'privacy.query_stripping.enabled': false,
  'browser.tabs.remote.warmup.enabled': false,
  'browser.startup.homepage_override.mstone': 'ignore',
};

/** A page served at a mail.google.com path: HTML text. `'*'` is served for any path not listed. */
export type MailPages = Record<string, string>;

export interface FirefoxLaunchOptions {
  pages?: MailPages;
  /** Pages of other mail hosts, by origin ("https://outlook.office.com"): served like Gmail's. */
  sites?: Record<string, MailPages>;
  /** Extra prefs for this session (e.g. a short idle timeout for the background). */
  prefs?: Record<string, string | number | boolean>;
  /** Build to install (default .output/firefox-mv3). */
  extensionDir?: string;
}

export interface FirefoxSession {
  browser: Browser;
  /** Requests that were neither a routed fixture nor the add-on's own files, from tabs and from the proxy. Must stay empty. */
  offRoute: string[];
  /** Console errors and uncaught errors seen on any tab. */
  pageErrors: string[];
  /** Where downloads land. */
  downloadDir: string;
  setPages(pages: MailPages): void;
  /** A new tab at a mail.google.com path, routed from the fixtures. */
  openMail(path?: string): Promise<Page>;
  /** A new tab at a full address on one of the `sites` (Outlook on the web), routed from the fixtures. */
  openAt(url: string): Promise<Page>;
  /** A new tab on one of the add-on's pages (popup.html, options.html, timeline.html). */
  openExtensionPage(file: string): Promise<Page>;
  /** Evaluate in an add-on page (kept open): badge, storage, alarms and the database are the background's own. */
  inExtension<T>(fn: () => T | Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A proxy that answers nothing and writes down every connection the browser tried to make through it. */
async function recordingProxy(record: string[]): Promise<Server> {
  const server = createServer((request, response) => {
    record.push(request.url ?? '(unknown)');
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket: Socket) => {
    record.push(`https://${request.url ?? '(unknown)'}`.replace(/:443$/, '/'));
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return server;
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_INSTALL_HINT);
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built add-on at ${extensionDir}: run \`npm run build:firefox\` first.`);
  }
  const offRoute: string[] = [];
  const pageErrors: string[] = [];
  const proxy = await recordingProxy(offRoute);
  const proxyPort = (proxy.address() as AddressInfo).port;
  const downloadDir = mkdtempSync(join(tmpdir(), 'callback-firefox-downloads-'));

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // CALLBACK_FIREFOX_DEBUG=1: Firefox's console (pages, add-on, background) on this process's stderr.
    dumpio: Boolean(process.env.CALLBACK_FIREFOX_DEBUG),
    // Lets BiDi open moz-extension:// pages in a tab (navigation to them is refused otherwise). Test-only.
    args: ['-remote-allow-system-access'],
    // Firefox's own test switch: remote settings stay idle and no non-local connection is opened (the proxy is local).
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      // Every connection goes through the recording proxy; nothing is exempt (not even localhost names).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.failover_direct': false,
      // Notifications as Firefox's own alert windows (they exist headless too), not the desktop's notification daemon.
      'alerts.useSystemBackend': false,
      // A known moz-extension host for the add-on, so the tests can open its pages.
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Downloads (the options page's export) land in a folder the test reads, without a dialog.
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
      ...(process.env.CALLBACK_FIREFOX_DEBUG ? { 'devtools.console.stdout.content': true, 'devtools.console.stdout.chrome': true } : {}),
      ...options.prefs,
    },
  });
  // The profile puppeteer made holds the prefs; temporary add-ons install into it like about:debugging does.
  await browser.installExtension(extensionDir);

  let pages: MailPages = options.pages ?? {};
  let helper: Page | null = null;

  const route = async (request: HTTPRequest) => {
    const raw = request.url();
    const url = new URL(raw);
    const sitePages = url.origin === 'https://mail.google.com' ? pages : options.sites?.[url.origin];
    if (sitePages) {
      const html = sitePages[url.pathname] ?? sitePages['*'];
      if (html !== undefined && request.isNavigationRequest()) {
        await request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      } else {
        await request.respond({ status: 404, contentType: 'text/plain', body: 'not in the fixtures' });
      }
      return;
    }
    if (/^(moz-extension|data|blob|about):$/.test(url.protocol)) {
      await request.continue();
      return;
    }
    if (!offRoute.includes(raw)) offRoute.push(raw);
    await request.abort('blockedbyclient');
  };

  const newTab = async (): Promise<Page> => {
    // Each page in a window of its own: a new tab is opened in the last focused window, and once an extension page
    // has been navigated to, Firefox's remote agent (ESR 140.12) no longer finds that window's tabs
    // ("TabManager.getTabBrowser(...) is undefined").
    const page = await browser.newPage({ type: 'window' });
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error instanceof Error ? error.message : String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${page.url()}: ${message.text()}`);
    });
    await page.setRequestInterception(true);
    page.on('request', (request) => void route(request).catch(() => undefined));
    return page;
  };

  const openExtensionPage = async (file: string): Promise<Page> => {
    const page = await newTab();
    // A moz-extension page loads in the extension process; puppeteer's own navigation tracking does not follow that
    // switch, so navigate with BiDi directly and wait until the document is complete.
    const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: string): Promise<void> } };
    await frame.browsingContext.navigate(`${EXTENSION_ORIGIN}/${file}`, 'complete');
    await waitInPage(page, 15_000, (origin) => location.origin === origin && document.readyState === 'complete', EXTENSION_ORIGIN);
    return page;
  };

  return {
    browser,
    offRoute,
    pageErrors,
    downloadDir,
    setPages(next) {
      pages = next;
    },
    async openMail(path = '/mail/u/0/') {
      const page = await newTab();
      await page.goto(`https://mail.google.com${path}`, { waitUntil: 'load' });
      return page;
    },
    async openAt(address) {
      const page = await newTab();
      await page.goto(address, { waitUntil: 'load' });
      return page;
    },
    openExtensionPage,
    async inExtension(fn) {
      if (!helper || helper.isClosed()) helper = await openExtensionPage('timeline.html');
      return helper.evaluate(fn) as Promise<Awaited<ReturnType<typeof fn>>>;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await new Promise<void>((ok) => proxy.close(() => ok()));
      proxy.closeAllConnections();
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}

/** The newest file in the download folder once it is complete (Firefox writes `.part` files while downloading). */
export async function waitForDownload(dir: string, known: ReadonlySet<string>, timeoutMs = 10_000): Promise<{ name: string; text: string }> {
  const end = Date.now() + timeoutMs;
  // Firefox first creates the final name empty, then writes a ".part" beside it and renames that over it: between
  // the two the folder holds an empty file and no ".part". A download is read once it is non-empty and has the
  // same size on two looks 100 ms apart.
  let last: { name: string; size: number } | null = null;
  while (Date.now() < end) {
    const all = readdirSync(dir);
    const names = all.filter((n) => !known.has(n) && !n.endsWith('.part'));
    const parts = all.filter((n) => n.endsWith('.part'));
    if (names.length && !parts.length) {
      const name = names[0]!;
      try {
        const size = statSync(join(dir, name)).size;
        if (size > 0 && last && last.name === name && last.size === size) {
          return { name, text: readFileSync(join(dir, name), 'utf8') };
        }
        last = { name, size };
      } catch {
        last = null; // renamed under us: look again
      }
    } else {
      last = null;
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`no download in ${dir} after ${timeoutMs} ms`);
}
