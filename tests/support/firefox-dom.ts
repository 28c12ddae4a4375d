/**
 * Small page helpers for the Firefox browser tests (puppeteer-core over BiDi has no Playwright locators): text and
 * counts read in the page, clicks as real input on the element found, file inputs filled from a temporary file, and
 * a poll for values (the same shape as Vitest's expect.poll, for places where a value must settle first).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { waitInPage, type FirefoxSession } from './firefox';

/** Text of the first element matching a selector (`>>>` pierces the bar's shadow root), or null. */
export function textOf(page: Page, selector: string): Promise<string | null> {
  return page.$(selector).then((el) => (el ? el.evaluate((e) => (e as HTMLElement).innerText ?? e.textContent) : null));
}

export async function count(page: Page, selector: string): Promise<number> {
  return (await page.$$(selector)).length;
}

/** The first element under `scope` matching `selector` whose text contains (or matches) `text`. */
export async function findByText(page: Page, selector: string, text: string | RegExp): Promise<ElementHandle<Element> | null> {
  for (const el of await page.$$(selector)) {
    const value = (await el.evaluate((e) => e.textContent ?? '')).trim();
    if (typeof text === 'string' ? value.includes(text) : text.test(value)) return el;
  }
  return null;
}

/** Wait for an element with that text, then click it with real input. */
export async function clickText(page: Page, selector: string, text: string | RegExp, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const el = await findByText(page, selector, text);
    if (el) {
      await el.click();
      return;
    }
    if (Date.now() > end) throw new Error(`no ${selector} with text ${String(text)} after ${timeoutMs} ms`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/**
 * Put a file into a file input (BiDi input.setFiles) from bytes. Firefox reads the file lazily, when the page asks
 * for its contents, so the temporary copy must outlive the read: the returned function removes it.
 */
export async function chooseFile(page: Page, selector: string, name: string, bytes: Buffer | string): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'callback-upload-'));
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const input = (await page.waitForSelector(selector)) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
  return () => rmSync(dir, { recursive: true, force: true });
}

/**
 * Sets the page's viewport with WebDriver BiDi's own command. Not puppeteer's `setViewport`, which also sends a screen
 * orientation override that Firefox (ESR 140.12) does not know, and fails.
 */
export async function setViewport(page: Page, width: number, height: number): Promise<void> {
  const frame = page.mainFrame() as unknown as { browsingContext: { setViewport(options: { viewport: { width: number; height: number } }): Promise<void> } };
  await frame.browsingContext.setViewport({ viewport: { width, height } });
}

/** Import a file through the options page; resolves to the message the page shows for it. */
export async function importFile(options: Page, name: string, bytes: Buffer | string): Promise<string> {
  const status = 'section[aria-labelledby="data-heading"] p[role="status"]';
  const before = (await textOf(options, status)) ?? '';
  const remove = await chooseFile(options, 'section[aria-labelledby="data-heading"] input[type=file]', name, bytes);
  try {
    await waitInPage(
      options,
      15_000,
      (sel: string, prev: string) => {
        const text = document.querySelector(sel)?.textContent ?? '';
        return text !== prev && /^(Imported|Nothing was imported)/.test(text);
      },
      status,
      before,
    );
  } finally {
    remove();
  }
  return (await textOf(options, status)) ?? '';
}

/** Items listed in a popup section (overdue, today, upcoming, review); 0 when the section is not shown. */
export function sectionCount(popup: Page, key: 'overdue' | 'today' | 'upcoming' | 'review'): Promise<number> {
  return popup.evaluate((k) => document.querySelectorAll(`section.section-${k} > ul > li`).length, key);
}

export function badge(session: FirefoxSession): Promise<string> {
  return session.inExtension(() => browser.action.getBadgeText({}));
}

/** What the add-on's database holds (plain IndexedDB from an add-on page: the background's own database). */
export interface FirefoxStore {
  events: Array<{ kind: string; messageId: string | null }>;
  review: Array<{ messageId: string }>;
  corrections: number;
  applications: number;
}

export function storeContents(session: FirefoxSession): Promise<FirefoxStore | null> {
  return session.inExtension(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('callback')) return null;
    return new Promise<FirefoxStore | null>((resolve) => {
      const request = indexedDB.open('callback');
      request.onerror = () => resolve(null);
      request.onsuccess = () => {
        const db = request.result;
        const wanted = ['events', 'reviewItems', 'corrections', 'applications'];
        if (!wanted.every((n) => db.objectStoreNames.contains(n))) {
          db.close();
          resolve(null);
          return;
        }
        const tx = db.transaction(wanted, 'readonly');
        const all = (name: string) =>
          new Promise<Array<Record<string, string | null>>>((ok) => {
            const r = tx.objectStore(name).getAll();
            r.onsuccess = () => ok(r.result);
            r.onerror = () => ok([]);
          });
        void Promise.all(wanted.map(all)).then(([events, review, corrections, applications]) => {
          db.close();
          resolve({
            events: events!.map((e) => ({ kind: String(e['kind']), messageId: e['messageId'] ?? null })),
            review: review!.map((r) => ({ messageId: String(r['messageId']) })),
            corrections: corrections!.length,
            applications: applications!.length,
          });
        });
      };
    });
  });
}
