/**
 * Issue #18: a German speaker meets no English word. The built extension in Chromium running in German
 * (LANGUAGE=de, --lang=de): the bar on a Gmail thread, the popup and the badge's title come from de/messages.json,
 * with German times, and no English message of the catalogue appears anywhere on them.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyId, mailboxPage } from '../fixtures/gmail/layout';
import { ACCOUNT, sampleThreads } from '../fixtures/gmail/threads';
import { chromiumHasLocale, launchExtension, type ExtensionSession } from '../support/extension';
import { readCatalogue, substitute } from '../support/i18n';
import { buildSeed } from '../support/pages-seed';

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

const letter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

/** The phrase standing as words of its own ("sender", not the German "Absender"). */
function hasWords(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!letter(text[at - 1]) && !letter(text[at + phrase.length])) return true;
  }
  return false;
}

function englishIn(text: string): string[] {
  return [...new Set(ENGLISH.filter((phrase) => hasWords(text, phrase)))];
}

/** A page's words without the emails' own (a subject, a sender, a snippet stay as they were written). */
const interfaceText = (page: Page) =>
  page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const own of body.querySelectorAll('.review-subject, .review-from, .review-snippet')) own.remove();
    document.documentElement.appendChild(body);
    const text = body.innerText;
    body.remove();
    return text;
  });

/** With CALLBACK_SCREENSHOTS=dir, each German page is saved there to be looked at (the test asserts the words). */
async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.CALLBACK_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: resolve(dir, `${name}.png`), fullPage: true });
}

/** The seed's review item, with the evidence the classifier writes now (codes) and wrote before (English only). */
async function seedWithEvidence(): Promise<Buffer> {
  const seed = JSON.parse(await buildSeed(new Date())) as { data: { reviewItems: Array<{ detection: { evidence: unknown[] } }> } };
  seed.data.reviewItems[0]!.detection.evidence = [
    { signal: 'calendar invite', where: 'body', code: 'calendar_invite' },
    { signal: '“availability” (learned)', where: 'body', code: 'learned_words', values: { text: 'availability' } },
    { signal: 'Greenhouse (applicant tracking)', where: 'sender', code: 'sender_ats', values: { name: 'Greenhouse' } },
    // Stored before evidence had codes: worded in German all the same.
    { signal: 'from a colleague at your own organisation', where: 'sender' },
    { signal: 'earlier in this conversation: an interview request', where: 'body' },
  ];
  return Buffer.from(JSON.stringify(seed));
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

  it('the options page in German: its import names problems in German, and the default language of drafts is chosen there', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.locator('h1').waitFor();
    // A file that is not mail: the import says so in German.
    await options.getByLabel(de.import_files!.message).setInputFiles({ name: 'notizen.mbox', mimeType: 'application/octet-stream', buffer: Buffer.from('%PDF-1.7 keine Post') });
    await expect.poll(() => options.getByRole('alert').textContent(), { timeout: 15_000 }).toMatch(/^notizen\.mbox: keine mbox- oder \.eml-Datei/);
    // A backup that is not Callback's, then one that is: both answered in German.
    const status = options.locator('section[aria-labelledby="data-heading"] p[role="status"]');
    await options.getByLabel(de.data_import!.message).setInputFiles({ name: 'fremd.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other","version":1}') });
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/^Nichts wurde importiert: Das ist kein Callback-Export/);
    await options.getByLabel(de.data_import!.message).setInputFiles({ name: 'sicherung.json', mimeType: 'application/json', buffer: await seedWithEvidence() });
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/importiert\.$/);
    // The drafts' default language: German, whatever the conversation's.
    const language = options.getByLabel(de.settings_draft_language!.message);
    expect(await language.locator('option').allInnerTexts()).toEqual(expect.arrayContaining([de.settings_draft_language_conversation!.message, 'Deutsch', 'Französisch']));
    await language.selectOption('de');
    await options.getByRole('button', { name: de.settings_save!.message }).click();
    await expect.poll(() => options.locator('form.settings [role=status]').textContent()).toBe(de.saved!.message);
    // Folded details too (the mail hosts' page parts, counted since the bar ran on Gmail above).
    await options.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const text = await options.locator('body').innerText();
    expect(englishIn(text)).toEqual([]);
    await shoot(options, 'options-de');
    await options.close();
  });

  it("the popup's review card says why in German, and a draft starts in the default language", async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 380, height: 700 });
    const card = popup.getByRole('listitem', { name: /^Prüfen: Next steps/ });
    await card.locator('summary', { hasText: de.bar_why!.message }).click();
    const why = await card.locator('.review-why').innerText();
    expect(why).toContain('Kalendereinladung (Text)');
    expect(why).toContain('„availability“ (gelernt)');
    expect(why).toContain('Greenhouse (Bewerbermanagement)');
    expect(why).toContain('von jemandem aus Ihrer eigenen Organisation');
    expect(why).toContain('früher in dieser Unterhaltung: Einladung');
    // The seed's interview an hour ago is English mail; the default chosen on the options page writes German.
    const item = popup.getByRole('listitem', { name: /Bluefin Health/ }).first();
    await item.getByRole('button', { name: de.reminder_draft!.message, exact: true }).click();
    await expect.poll(() => item.getByLabel(de.draft_language!.message).inputValue()).toBe('de');
    expect(await item.getByLabel(de.draft_text!.message).inputValue()).toMatch(/\bDank\b/);
    expect(englishIn(await interfaceText(popup))).toEqual([]);
    await shoot(popup, 'popup-de');
    await popup.close();
  });

  it('the bar drafts in the default language too, and says why in German', async () => {
    const page = await session.openMail(`/mail/u/0/#inbox/${legacyId(s.interview.id)}`);
    const draft = page.locator(`${bar} button`, { hasText: 'Dank an Ana Pereira entwerfen' });
    await draft.waitFor({ timeout: 15_000 });
    await page.locator(`${bar} .why-toggle`).click();
    expect(englishIn(await page.locator(`${bar} .bar`).innerText())).toEqual([]);
    await shoot(page, 'bar-de');
    await draft.click();
    // The thread is English; the letter follows the user's default, German.
    await expect.poll(() => page.locator('[g_editable=true]').innerText(), { timeout: 10_000 }).toMatch(/Ana/);
    expect(await page.locator('[g_editable=true]').innerText()).toMatch(/\bDank\b/);
    await page.close();
  });
});
