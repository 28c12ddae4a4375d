import { browser } from 'wxt/browser';
import type { ToBackground } from '../messaging/protocol';

/** Every listener is registered synchronously at start, so a woken service worker never misses an event. */
export function startBackground(): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const msg = message as ToBackground;
    if (msg && msg.type === 'content->bg:hello') {
      lastHello = { url: msg.url, at: Date.now() };
      sendResponse({ ok: true, version: browser.runtime.getManifest().version });
      return false;
    }
    return false;
  });
}

/** For tests and diagnostics: the last mail page that said hello. */
export let lastHello: { url: string; at: number } | null = null;
