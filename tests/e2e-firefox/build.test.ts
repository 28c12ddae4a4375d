/**
 * The Firefox build a user installs (.output/firefox-mv3): what its manifest promises, that `web-ext lint` (Mozilla's
 * add-on linter, what addons.mozilla.org runs) has nothing to say, and that the privacy check itself sees a leak.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADDON_ID, FIREFOX_EXTENSION_DIR, findFirefox, launchFirefox } from '../support/firefox';

const ROOT = resolve(import.meta.dirname, '../..');
const scripts = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? scripts(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []));

describe('the Firefox build', () => {
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');

  it('declares a stable add-on id, the Firefox it needs, and that it collects no data', () => {
    expect(existsSync(manifestPath), `no build at ${FIREFOX_EXTENSION_DIR}: run npm run build:firefox`).toBe(true);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko).toEqual({
      id: ADDON_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(manifest.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
    // An event page (background scripts), not a service worker; no host permissions; the same permissions as Chrome.
    expect(manifest.background.scripts).toEqual(['background.js']);
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.permissions.sort()).toEqual(['alarms', 'notifications', 'storage']);
  });

  it('ships no eval-like code and no innerHTML write', () => {
    for (const file of scripts(FIREFOX_EXTENSION_DIR)) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\bnew Function\b|\bFunction\(\s*`|\bFunction\(\s*["']|\beval\(/);
      expect(code, file).not.toMatch(/\.innerHTML\s*=\s*[a-zA-Z_$]/);
    }
  });

  it('web-ext lint reports no error, warning or notice', () => {
    const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json', '--no-config-discovery'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    });
    const report = JSON.parse(run.stdout) as { summary: Record<string, number>; errors: unknown[]; warnings: unknown[]; notices: unknown[] };
    expect({ errors: report.errors, warnings: report.warnings, notices: report.notices }).toEqual({ errors: [], warnings: [], notices: [] });
  }, 120_000);
});

describe.skipIf(!findFirefox())('the Firefox privacy check itself', () => {
  it("records a request from a page (interception) and one from the background page (the proxy)", async () => {
    // If this check were blind, every "no network request" assertion in Firefox would pass for nothing.
    const leaky = '<!doctype html><title>leak</title><img src="https://tracker.example.net/pixel.gif">';
    const session = await launchFirefox({ pages: { '*': leaky } });
    try {
      const page = await session.openMail('/mail/u/0/');
      await expect.poll(() => session.offRoute, { timeout: 10_000 }).toContain('https://tracker.example.net/pixel.gif');
      await page.close();
      // BiDi does not see the background page: only the proxy can catch what it sends.
      const outcome = await session.inExtension(async () => {
        const background = (await browser.runtime.getBackgroundPage()) as unknown as Window;
        return background.fetch('https://leak.example.org/collect').then(() => 'sent', () => 'refused');
      });
      expect(outcome).toBe('refused');
      await expect.poll(() => session.offRoute, { timeout: 10_000 }).toContain('https://leak.example.org/');
      expect(session.offRoute).not.toContain('https://leak.example.org/collect');
    } finally {
      await session.close();
    }
  });
});
