import { browser } from 'wxt/browser';
import type { ReplyTo, ToBackground } from './protocol';

/** Send a typed message to the background; resolves to its typed reply, or null when no one answered. */
export async function sendToBackground<M extends ToBackground>(message: M): Promise<ReplyTo<M> | null> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    return (reply ?? null) as ReplyTo<M> | null;
  } catch {
    // The background may be restarting, or the extension was updated under an open tab: not an error for the user.
    return null;
  }
}
