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

/** Waits between attempts of sendWithRetry: the worker restarts in well under a second; an update takes longer. */
export const RETRY_DELAYS_MS = [250, 1000, 3000, 8000] as const;

/**
 * Send until someone answers: a worker stopped mid-ingest drops the reply (its transaction rolled back, nothing was
 * half-stored), and the next attempt wakes a new one. Only for idempotent messages (the thread's and the rows'
 * messages carry the mail host's ids: a second delivery is a duplicate, never a second event). Gives up when
 * `stillWanted` says the answer is no longer of use (the user moved on, the script was retired) and after the
 * last delay.
 */
export async function sendWithRetry<M extends ToBackground>(
  message: M,
  options: { stillWanted?: () => boolean; delays?: readonly number[]; wait?: (ms: number) => Promise<void> } = {},
): Promise<ReplyTo<M> | null> {
  const delays = options.delays ?? RETRY_DELAYS_MS;
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 0; ; attempt++) {
    const reply = await sendToBackground(message);
    if (reply !== null) return reply;
    const delay = delays[attempt];
    if (delay === undefined || (options.stillWanted && !options.stillWanted())) return null;
    await wait(delay);
    if (options.stillWanted && !options.stillWanted()) return null;
  }
}
