/**
 * The popup, the badge, the data section, alarms and notifications of the built add-on in Firefox, and what Firefox
 * does differently from Chrome: an MV3 background *page* (event page) that Firefox unloads when idle and wakes for a
 * message or an alarm.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyId, mailboxPage } from '../fixtures/gmail/layout';
import { ACCOUNT, sampleThreads } from '../fixtures/gmail/threads';
import { findFirefox, launchFirefox, waitForDownload, type FirefoxSession } from '../support/firefox';
import { badge, clickText, count, importFile, sectionCount, setViewport, textOf } from '../support/firefox-dom';
import { buildAlarmSeed } from '../support/firefox-seed';
import { buildSeed } from '../support/pages-seed';
import type { Page } from 'puppeteer-core';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../fixtures/pages', name));

describe.skipIf(!findFirefox())('the popup, the badge and the data section in Firefox', () => {
  let session: FirefoxSession;
  let options: Page;

  beforeAll(async () => {
    session = await launchFirefox();
    options = await session.openExtensionPage('options.html');
    expect(await importFile(options, 'seed.json', await buildSeed(new Date()))).toMatch(/^Imported 4 applications/);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows Overdue, Due today, Upcoming and Review, and the badge counts what is due', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await expect.poll(() => sectionCount(popup, 'review')).toBe(1);
    for (const key of ['overdue', 'today', 'upcoming'] as const) expect(await sectionCount(popup, key)).toBeGreaterThan(0);
    expect(await textOf(popup, 'section.section-overdue')).toContain('Send a thank-you email');
    expect(await textOf(popup, 'section.section-overdue')).toMatch(/overdue since/);
    expect(await textOf(popup, 'section.section-review')).toContain('Next steps for your application');
    const due = (await sectionCount(popup, 'overdue')) + (await sectionCount(popup, 'today'));
    await expect.poll(() => badge(session), { timeout: 10_000 }).toBe(String(due));
    expect(await session.inExtension(() => browser.action.getBadgeBackgroundColor({}))).toEqual([201, 42, 42, 255]);
    await setViewport(popup, 380, 600);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await popup.close();
  });

  it('"Done" takes a reminder off the badge and out of the open popup', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await expect.poll(() => sectionCount(popup, 'today')).toBeGreaterThan(0);
    const before = Number(await badge(session));
    const first = (await popup.$('section.section-today > ul > li'))!;
    const label = await first.evaluate((e) => e.getAttribute('aria-label'));
    await (await first.$('::-p-text(Done)'))!.click();
    await expect.poll(() => badge(session)).toBe(String(before - 1));
    expect(await popup.evaluate((l) => [...document.querySelectorAll('li')].some((li) => li.getAttribute('aria-label') === l), label)).toBe(false);
    await popup.close();
  });

  it('export then import through the options page round-trips, a bad file changes nothing', async () => {
    const known = new Set<string>();
    await clickText(options, 'button', 'Export JSON');
    const exported = await waitForDownload(session.downloadDir, known);
    known.add(exported.name);
    expect(exported.name).toMatch(/^callback-.*\.json$/);
    expect(JSON.parse(exported.text).data.applications).toHaveLength(4);
    await clickText(options, 'button', 'Export CSV');
    const csv = await waitForDownload(session.downloadDir, known);
    expect(csv.text).toMatch(/Northwind Labs/);
    const badgeBefore = await badge(session);

    for (const name of ['truncated-export.json', 'wrong-format.json']) {
      expect(await importFile(options, name, fixture(name))).toMatch(/^Nothing was imported: /);
    }
    expect(await badge(session)).toBe(badgeBefore);

    await clickText(options, 'button', 'Delete everything…');
    await clickText(options, 'button', 'Yes, delete everything');
    await expect.poll(() => badge(session)).toBe('');
    const popup = await session.openExtensionPage('popup.html');
    await expect.poll(() => textOf(popup, 'body')).toContain('Nothing to follow up yet.');

    expect(await importFile(options, 'callback.json', exported.text)).toMatch(/^Imported 4 applications/);
    await expect.poll(() => badge(session)).toBe(badgeBefore);
    await expect.poll(() => sectionCount(popup, 'overdue')).toBeGreaterThan(0);
    await popup.close();
  });

  it('"Add to calendar" in the popup saves the interview\'s .ics file', async () => {
    const popup = await session.openExtensionPage('popup.html');
    const known = new Set(readdirSync(session.downloadDir));
    await clickText(popup, 'button', 'Add to calendar');
    const saved = await waitForDownload(session.downloadDir, known);
    expect(saved.name).toMatch(/^quarry-robotics-interview-\d{4}-\d{2}-\d{2}\.ics$/);
    expect(saved.text).toMatch(/\r\nSUMMARY:Interview: Platform Engineer at Quarry Robotics\r\n/);
    expect(saved.text.match(/BEGIN:VALARM/g)).toHaveLength(2);
    await popup.close();
  });

  it('makes no network request of its own, and its pages show no errors', () => {
    expect(session.offRoute).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

describe.skipIf(!findFirefox())('Firefox unloads the idle background page: alarms, notifications and messages wake it', () => {
  const s = sampleThreads(new Date());
  let session: FirefoxSession;
  const backgroundAlive = () =>
    session.inExtension(() => browser.extension.getViews().some((w) => w.location.pathname.endsWith('_generated_background_page.html')));

  beforeAll(async () => {
    session = await launchFirefox({
      // Firefox unloads an idle MV3 background after 30 s; 2 s here, so the tests can watch it happen.
      prefs: { 'extensions.background.idle.timeout': 2000 },
      pages: { '/mail/u/0/': mailboxPage({ account: ACCOUNT, threads: [s.interview, s.acknowledgement] }) },
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('an alarm wakes the unloaded background, which counts the newly due thank-you and announces it', { timeout: 90_000 }, async () => {
    // Far enough ahead that Firefox has unloaded the idle background well before, even on a busy 2-core machine.
    const endsIn = 30_000;
    const options = await session.openExtensionPage('options.html');
    expect(await importFile(options, 'seed.json', await buildAlarmSeed(endsIn))).toMatch(/^Imported 1 application/);
    await options.close();
    const due = Date.now() + endsIn;
    // The interview has not ended: nothing is due yet, and the background set its one alarm for the moment it ends.
    await expect.poll(() => session.inExtension(async () => (await browser.alarms.get('callback-due'))?.scheduledTime ?? null)).toBeGreaterThan(due - 5_000);
    expect(await badge(session)).toBe('');
    expect(Object.keys(await session.inExtension(() => browser.notifications.getAll()))).toEqual([]);
    // Idle: Firefox unloads the background page before the alarm.
    await expect.poll(backgroundAlive, { timeout: 20_000, interval: 250 }).toBe(false);
    expect(Date.now()).toBeLessThan(due);
    // The alarm fires, Firefox starts the background again, and the user sees the badge and a notification.
    await expect.poll(() => badge(session), { timeout: 45_000 }).toBe('1');
    // The badge is set first, the notifications a moment later.
    const shown = async () => {
      const all = (await session.inExtension(() => browser.notifications.getAll())) as unknown as Record<string, { title: string; message: string }>;
      return Object.values(all).map((n) => `${n.title}: ${n.message}`);
    };
    await expect.poll(shown, { timeout: 15_000 }).toEqual(expect.arrayContaining(['Send a thank-you email: Lumen Optics, QA Engineer']));
  });

  it('a Gmail thread opened while the background sleeps still gets its bar (the message wakes it)', async () => {
    await expect.poll(backgroundAlive, { timeout: 10_000, interval: 250 }).toBe(false);
    const page = await session.openMail(`/mail/u/0/#inbox/${legacyId(s.interview.id)}`);
    await page.waitForSelector('[data-callback-bar] >>> .kind', { timeout: 20_000 });
    expect(await textOf(page, '[data-callback-bar] >>> .kind')).toBe('Interview confirmed');
    expect(await backgroundAlive()).toBe(true);
    // And it keeps working after unloading again: the next thread is read too.
    await expect.poll(backgroundAlive, { timeout: 10_000, interval: 250 }).toBe(false);
    await page.evaluate((key) => {
      location.hash = `#inbox/${key}`;
    }, legacyId(s.acknowledgement.id));
    await expect.poll(() => textOf(page, '[data-callback-bar] >>> .kind'), { timeout: 20_000 }).toBe('Application received');
    expect(await count(page, '[data-callback-bar]')).toBe(1);
    await page.close();
  });

  it('makes no network request of its own, and pages show no errors', () => {
    expect(session.offRoute).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
