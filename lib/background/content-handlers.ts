/** Handlers for messages from mail pages' content scripts. */
import { browser } from 'wxt/browser';
import { handle } from './router';

export function registerContentHandlers(): void {
  handle('content->bg:hello', async (message) => {
    // Kept for the options page's "Gmail health": when Callback last ran on a mail page.
    await browser.storage.local.set({ lastMailPage: { host: message.host, at: new Date().toISOString() } });
    return { ok: true as const, version: browser.runtime.getManifest().version };
  });
}
