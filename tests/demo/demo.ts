/**
 * `npm run demo`: the built extension in Chromium on the demo mailboxes (a Gmail-shaped page and an Outlook-shaped
 * one written by the project, served at https://mail.google.com/ and https://outlook.office.com/ through request
 * routing; nothing leaves the machine).
 * With a display: a real window to click through. Without one (or with --headless): screenshots in demo-output/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { findChromium, INSTALL_HINT } from '../support/chromium';
import { launchExtension } from '../support/extension';
import { demoMailbox, demoOutlook } from './mailbox';

const OUT = resolve(import.meta.dirname, '../../demo-output');

function hasDisplay(): boolean {
  if (process.argv.includes('--headless')) return false;
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** Wait for Callback's in-thread bar (a shadow-root host the content script adds), if this build has one. */
async function waitForBar(page: Page): Promise<boolean> {
  try {
    await page.waitForSelector('[data-callback-bar]', { state: 'attached', timeout: 8_000 });
    await page.waitForTimeout(300);
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  if (!findChromium()) {
    console.error(INSTALL_HINT);
    return 1;
  }
  const headed = hasDisplay();
  const session = await launchExtension({ pages: demoMailbox(), sites: demoOutlook(), headless: !headed, viewport: { width: 1280, height: 860 } });

  if (headed) {
    await session.openAt('https://outlook.office.com/mail/inbox');
    const mail = await session.openMail('/mail/u/0/#inbox');
    await mail.bringToFront();
    console.log('Callback demo is open in Chromium.');
    console.log('  - Click a thread in the demo inbox: Callback shows its bar above job-search emails.');
    console.log('  - The other tab is the same mail in an Outlook-shaped mailbox at https://outlook.office.com/.');
    console.log(`  - The popup: chrome-extension://${session.extensionId}/popup.html (or the toolbar icon).`);
    console.log('Close the browser window to end the demo.');
    await new Promise<void>((done) => session.context.on('close', () => done()));
    return 0;
  }

  mkdirSync(OUT, { recursive: true });
  const shots: string[] = [];
  const shoot = async (page: Page, name: string) => {
    const path = resolve(OUT, name);
    await page.screenshot({ path });
    shots.push(path);
  };

  const mail = await session.openMail('/mail/u/0/#inbox');
  await mail.waitForLoadState('load');
  await mail.waitForTimeout(1_500); // the content script reads the visible rows after a short debounce
  await shoot(mail, 'mailbox.png');

  // Open each sample thread that has one, in the order the mailbox lists them, and capture Callback's bar.
  const rows = await mail.locator('tr.zA').count();
  for (let i = 0; i < rows; i++) {
    const row = mail.locator('tr.zA').nth(i);
    const subject = ((await row.innerText()).split('\n').find((line) => line.trim().length > 12) ?? `thread-${i + 1}`).trim();
    await row.click();
    const bar = await waitForBar(mail);
    if (bar) await shoot(mail, `thread-${i + 1}.png`);
    if (bar && !shots.some((path) => path.endsWith('reply.png'))) {
      // One click, the way a user does it: Callback opens Gmail's reply and types the thank-you into it.
      const draft = mail.locator('[data-callback-bar] button', { hasText: /^Draft thank-you to Ana/ }).first();
      if ((await draft.count()) > 0) {
        await draft.click();
        const editor = mail.locator('[g_editable="true"]').first();
        await editor.waitFor({ state: 'visible', timeout: 8_000 }).catch(() => undefined);
        await mail.waitForTimeout(500);
        await editor.scrollIntoViewIfNeeded().catch(() => undefined);
        await shoot(mail, 'reply.png');
      }
    }
    console.log(`  thread ${i + 1}: ${subject.slice(0, 60)}${bar ? '' : ' (no Callback bar: not job mail, or not recognised)'}`);
    await mail.goBack().catch(() => undefined);
    await mail.waitForTimeout(300);
  }

  // The same mail in Outlook on the web, in a browser of its own (a fresh store: the same interview seen twice is one
  // interview): the list, a conversation with the bar, and the draft in Outlook's reply.
  const owa = await launchExtension({ sites: demoOutlook(), headless: true, viewport: { width: 1280, height: 860 } });
  const outlook = await owa.openAt('https://outlook.office.com/mail/inbox');
  await outlook.waitForTimeout(1_000);
  await shoot(outlook, 'outlook-mailbox.png');
  await outlook.locator('[data-fixture-row]', { hasText: 'Interview confirmation' }).first().click();
  if (await waitForBar(outlook)) {
    await shoot(outlook, 'outlook-thread.png');
    await outlook.locator('[data-callback-bar] button', { hasText: /^Draft thank/ }).first().click();
    await outlook.locator('[role=textbox][aria-multiline=true]').waitFor({ state: 'visible', timeout: 8_000 }).catch(() => undefined);
    await outlook.waitForTimeout(500);
    await shoot(outlook, 'outlook-reply.png');
  }
  console.log(`  Outlook: ${shots.some((p) => p.endsWith('outlook-thread.png')) ? 'bar shown and draft typed' : 'no Callback bar'}`);
  await owa.close();
  if (owa.offRoute.length) {
    console.error(`Unexpected network requests: ${owa.offRoute.join(', ')}`);
    return 1;
  }

  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await popup.waitForTimeout(800);
  await shoot(popup, 'popup.png');

  const badge = await session.inWorker(() => chrome.action.getBadgeText({}));
  await session.close();

  console.log('\nCallback demo screenshots:');
  for (const path of shots) console.log(`  ${path}`);
  console.log(`Toolbar badge: ${badge ? `"${badge}" follow-ups` : 'empty (nothing due)'}`);
  if (session.offRoute.length) {
    console.error(`Unexpected network requests: ${session.offRoute.join(', ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
