/**
 * After an update, the mail tabs that were open keep the old content script, cut off from the new background (no
 * bar until the page is reloaded). The browser does not inject content scripts into open tabs on an update, so the
 * background does, once, with the files the manifest lists; the new script retires the old one (see
 * lib/messaging/quiet-handshake.ts). Needs the `scripting` permission; where the browser refuses (no permission, a
 * tab it will not script), the tab gets its bar on the next reload as before.
 */
import { browser } from 'wxt/browser';

export async function reattachContentScripts(): Promise<number> {
  const scripting = browser.scripting;
  if (!scripting) return 0;
  let injected = 0;
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
    const files = script.js ?? [];
    if (files.length === 0 || !script.matches?.length) continue;
    let tabs: Array<{ id?: number }> = [];
    try {
      tabs = await browser.tabs.query({ url: script.matches });
    } catch {
      continue;
    }
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      try {
        // The manifest's own paths: public files of this build.
        await scripting.executeScript({ target: { tabId: tab.id }, files: files as never });
        injected++;
      } catch (error) {
        console.debug('Callback: could not re-attach to a tab', error);
      }
    }
  }
  return injected;
}

/** On an update (not a first install: no mail tab has an old script then), re-attach to the open mail tabs. */
export function reattachOnUpdate(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'update') void reattachContentScripts();
  });
}
