/**
 * Where the popup snapshot lives: `browser.storage.session` under POPUP_SNAPSHOT_KEY (in memory, gone when the
 * browser quits, readable by the extension's pages only), or `storage.local` where there is no session area.
 */
import { browser } from 'wxt/browser';
import { usableSnapshot, type PopupSnapshot } from './snapshot';

/** The storage key of the popup snapshot (see snapshot.ts for its shape). */
export const POPUP_SNAPSHOT_KEY = 'popupSnapshot';

/** The popup waits at most this long for storage before it reads the store instead. */
const READ_TIMEOUT_MS = 300;

function area() {
  return browser.storage.session ?? browser.storage.local;
}

export async function writePopupSnapshot(snapshot: PopupSnapshot): Promise<void> {
  await area().set({ [POPUP_SNAPSHOT_KEY]: snapshot });
}

/** The stored snapshot if it can be shown at `now`, else null (never throws, never waits long). */
export async function readPopupSnapshot(now: Date = new Date()): Promise<PopupSnapshot | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const stored = await Promise.race([
      area().get(POPUP_SNAPSHOT_KEY),
      new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), READ_TIMEOUT_MS);
      }),
    ]);
    return stored ? usableSnapshot(stored[POPUP_SNAPSHOT_KEY], now) : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
