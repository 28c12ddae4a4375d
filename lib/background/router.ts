/**
 * One onMessage listener; handlers register by message type. A handler that throws answers `{ ok: false, error }`
 * instead of leaving the sender hanging, and never takes the background down.
 */
import { browser } from 'wxt/browser';
import type { ToBackground } from '../messaging/protocol';

type Handler = (message: ToBackground, sender: { tab?: { id?: number }; url?: string }) => unknown;

const handlers = new Map<string, Handler>();

export function handle<T extends ToBackground['type']>(
  type: T,
  handler: (message: Extract<ToBackground, { type: T }>, sender: { tab?: { id?: number }; url?: string }) => unknown,
): void {
  handlers.set(type, handler as Handler);
}

export function listen(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    const handler = typeof type === 'string' ? handlers.get(type) : undefined;
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler(message as ToBackground, sender))
      .then(
        (reply) => sendResponse(reply ?? { ok: true }),
        (error: unknown) => {
          console.error('Callback: message failed', type, error);
          sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) });
        },
      );
    return true; // async reply
  });
}
