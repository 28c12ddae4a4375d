import { browser } from 'wxt/browser';
import type { HelloReply, ToBackground } from './protocol';

interface Replies {
  'content->bg:hello': HelloReply;
}

/** Send a typed message to the background; resolves to its typed reply, or null when no one answered. */
export async function sendToBackground<M extends ToBackground>(message: M): Promise<Replies[M['type']] | null> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    return (reply ?? null) as Replies[M['type']] | null;
  } catch {
    // The background may be restarting or the extension updated under an open tab: not an error for the user.
    return null;
  }
}
