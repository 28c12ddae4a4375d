/** What every extension page does the same way: open Gmail or another page as a tab, wake the schedule, copy. */
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../lib/messaging/send';
import { gmailThreadUrl } from '../../lib/ui-text/labels';

/** A tab, never a network request of ours. */
export function openThread(threadId: string): void {
  void browser.tabs.create({ url: gmailThreadUrl(threadId) });
}

export function openGmail(): void {
  void browser.tabs.create({ url: 'https://mail.google.com/mail/u/0/#inbox' });
}

export function openPage(path: '/timeline.html' | '/options.html', hash = ''): void {
  void browser.tabs.create({ url: browser.runtime.getURL(path) + hash });
}

/**
 * After a change: the background recomputes the badge and the popup snapshot now (its own store watch only runs
 * while it is awake).
 */
export function refreshBadge(): void {
  void sendToBackground({ type: 'page->bg:refresh-schedule' });
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
