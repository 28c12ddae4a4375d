/**
 * Issue #18: a German speaker meets no English word. The built extension in Chromium running in German
 * (LANGUAGE=de, --lang=de): the bar on a Gmail thread, the popup and the badge's title come from de/messages.json,
 * with German times, and no English message of the catalogue appears anywhere on them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyId, mailboxPage } from '../fixtures/gmail/layout';
import { ACCOUNT, sampleThreads } from '../fixtures/gmail/threads';
import { chromiumHasLocale, launchExtension, type ExtensionSession } from '../support/extension';
import { readCatalogue, substitute } from '../support/i18n';

const en = readCatalogue('en');
const de = readCatalogue('de');
const s = sampleThreads(new Date());
const bar = '[data-callback-bar]';

/**
 * The English words a German page must not show: every English message that German writes differently, cut at
 * its placeholders into runs long enough to be telling ("Draft thank-you to", "Why?", "Snooze").
 */
const ENGLISH: string[] = Object.entries(en)
  .filter(([key, entry]) => key !== 'locale_tag' && de[key]?.message !== entry.message)
  .flatMap(([, entry]) => substitute(entry, Array(9).fill('\u0000')).split('\u0000'))
  .map((part) => part.trim())
  .filter((part) => part.length >= 4 && /[a-z]{3}/i.test(part));

function englishIn(text: string): string[] {
  return [...new Set(ENGLISH.filter((phrase) => text.includes(phrase)))];
}

const german = chromiumHasLocale('de');
if (!german) console.warn('German browser test skipped: this Chromium has no German locale (Debian: apt-get install chromium-l10n).');

describe.runIf(german)('Callback in German (built extension, Chromium in German)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    const threads = [s.interview, s.rejection, s.acknowledgement, s.jobAlert];
    session = await launchExtension({ lang: 'de', pages: { '/mail/u/0/': mailboxPage({ account: ACCOUNT, threads, title: 'Postfach' }) } });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('knows the English it looks for', () => {
    expect(ENGLISH).toEqual(expect.arrayContaining(['Draft thank-you to', 'Why?', 'Snooze', 'Overdue', 'Your applications']));
  });

  it('the bar on an interview confirmation speaks German, with a German time', async () => {
    const page = await session.openMail(`/mail/u/0/#inbox/${legacyId(s.interview.id)}`);
    await expect.poll(() => page.locator(`${bar} .kind`).textContent(), { timeout: 15_000 }).toBe(de.kind_interview_confirmed!.message);
    await page.locator(`${bar} button`, { hasText: 'Dank an Ana Pereira entwerfen' }).waitFor({ timeout: 15_000 });
    await page.locator(`${bar} .why-toggle`).click();
    const text = await page.locator(`${bar} .bar`).innerText();
    expect(text).toContain('Warum?');
    expect(await page.locator(`${bar} time`).textContent()).toMatch(/\b14:00\b/);
    expect(text).not.toMatch(/\b(AM|PM)\b/);
    expect(englishIn(text)).toEqual([]);
    await page.locator(`${bar} button`, { hasText: 'Dank an Ana Pereira entwerfen' }).click();
    await expect.poll(() => page.locator(`${bar} [role=status]`).textContent(), { timeout: 10_000 }).toMatch(/Entwurf in Ihre Antwort eingefügt|Betreff und Entwurf|Kopieren/);
    expect(englishIn(await page.locator(`${bar} .bar`).innerText())).toEqual([]);
    await page.close();
  });

  it('the bar on a rejection offers the German choices, and "Keine Absage" asks in German', async () => {
    const page = await session.openMail(`/mail/u/0/#inbox/${legacyId(s.rejection.id)}`);
    await expect.poll(() => page.locator(`${bar} .kind`).textContent(), { timeout: 15_000 }).toBe('Absage');
    await page.locator(`${bar} button`, { hasText: 'Keine Absage' }).click();
    await page.locator(`${bar} .choices`).waitFor();
    const text = await page.locator(`${bar} .bar`).innerText();
    expect(text).toContain('Was ist diese E-Mail dann?');
    expect(englishIn(text)).toEqual([]);
    await page.close();
  });

  it('the popup and the toolbar button speak German', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 380, height: 700 });
    await popup.getByRole('heading', { name: /Überfällig|Heute fällig|Demnächst|Zu prüfen/ }).first().waitFor({ timeout: 15_000 });
    // German's longer words wrap inside the popup's width instead of widening it.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^de/);
    const text = await popup.locator('body').innerText();
    expect(englishIn(text)).toEqual([]);
    expect(text).not.toMatch(/\b(AM|PM)\b/);
    await expect.poll(() => session.inWorker(() => chrome.action.getTitle({})), { timeout: 10_000 }).toMatch(/^Callback: (\d+ Nachfassaktion(en)? fällig|nichts fällig)$/);
    await popup.close();
  });

  it('the options and timeline pages speak German', async () => {
    for (const file of ['options.html', 'timeline.html']) {
      const page = await session.openExtensionPage(file);
      await page.locator('h1').waitFor();
      await page.waitForTimeout(500);
      expect(englishIn(await page.locator('body').innerText()), file).toEqual([]);
      await page.close();
    }
  });
});
