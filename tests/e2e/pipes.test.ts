import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../support/extension';

const blank = readFileSync(resolve(import.meta.dirname, '../fixtures/gmail/blank.html'), 'utf8');

describe('the built extension in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({ pages: { '*': blank } });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads with its service worker and the manifest a user installs', async () => {
    const manifest = await session.inWorker(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Callback');
    expect(manifest.permissions).toEqual(expect.arrayContaining(['storage', 'alarms']));
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('runs its content script on a mail.google.com page', async () => {
    const page = await session.openMail('/mail/u/0/#inbox');
    await expect
      .poll(() => session.inWorker(async () => (await chrome.storage.local.get('lastMailPage')).lastMailPage), {
        timeout: 10_000,
      })
      .toMatchObject({ host: 'gmail' });
    // The page itself is left as it was.
    expect(await page.locator('#app').textContent()).toBe('Loading…');
    await page.close();
  });

  it('opens the popup and renders it', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByRole('heading', { name: 'Callback' }).count()).toBe(1);
    await popup.close();
  });

  it('makes no network request of its own, and pages show no errors', () => {
    expect(session.offRoute).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('the privacy check itself', () => {
  it('catches a request to any address that is not a routed fixture', async () => {
    // If this check were blind, every "no network request" assertion above would pass for nothing.
    const leaky = '<!doctype html><title>leak</title><img src="https://tracker.example.net/pixel.gif">';
    const session = await launchExtension({ pages: { '*': leaky } });
    try {
      const page = await session.openMail('/mail/u/0/');
      await expect.poll(() => session.offRoute, { timeout: 10_000 }).toContain('https://tracker.example.net/pixel.gif');
      await page.close();
    } finally {
      await session.close();
    }
  });
});
