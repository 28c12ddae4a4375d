/**
 * The background's one onMessage listener. Each message is validated against its schema (lib/messaging/protocol.ts)
 * before any handler runs: a handler receives the parsed, typed message, and an unknown or malformed one is answered
 * `{ ok: false, error }` without reaching a handler (so nothing is stored). A handler that throws answers the same
 * way; nothing thrown ever reaches the browser's runtime. Handlers are a map with one entry per message type, so a
 * message without a handler does not compile.
 */
import { browser } from 'wxt/browser';
import type { z } from 'zod';
import { isMessageType, MESSAGES, type MessageOf, type MessageType, type ReplyOf } from '../messaging/protocol';
import type { Failure } from '../messaging/content-messages';

/** Who sent a message (the fields of the browser's `MessageSender` the handlers may read). */
export interface Sender {
  tab?: { id?: number };
  url?: string;
}

export type Handler<T extends MessageType> = (message: MessageOf<T>, sender: Sender) => ReplyOf<T> | Promise<ReplyOf<T>>;
/** One handler per message type of `T` (every message type, once content and page handlers are put together). */
export type Handlers<T extends MessageType = MessageType> = { [K in T]: Handler<K> };

const fail = (error: string): Failure => ({ ok: false, error });

/** The refusal of a malformed message: where and what, from the first issue (never the offending value itself). */
export function invalid(error: z.ZodError): Failure {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  return fail(`invalid message: ${issue ? `${where}${issue.message}` : 'malformed'}`);
}

function typeOf(message: unknown): unknown {
  return typeof message === 'object' && message !== null && Object.hasOwn(message, 'type') ? (message as { type: unknown }).type : undefined;
}

async function run<T extends MessageType>(handlers: Handlers, type: T, message: unknown, sender: Sender): Promise<ReplyOf<T>> {
  const parsed = (MESSAGES[type] as unknown as z.ZodType<MessageOf<T>>).safeParse(message);
  if (!parsed.success) return invalid(parsed.error);
  return (handlers as Handlers<T>)[type](parsed.data, sender);
}

/** Validate a message and run its handler; always resolves, to the handler's reply or a refusal. */
export function route(handlers: Handlers): (message: unknown, sender: Sender) => Promise<unknown> {
  return async (message, sender) => {
    const type = typeOf(message);
    if (!isMessageType(type)) return fail(typeof type === 'string' ? 'unknown message type' : 'invalid message: no type');
    try {
      return await run(handlers, type, message, sender);
    } catch (error) {
      console.error('Callback: message failed', type, error);
      return fail(error instanceof Error ? error.message : String(error));
    }
  };
}

/** Register the listener (synchronously at start, so a woken worker never misses a message). */
export function listen(handlers: Handlers): void {
  const handle = route(handlers);
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    void handle(message, sender).then((reply) => {
      try {
        sendResponse(reply);
      } catch {
        // The sender went away (its tab closed, the page was retired): no one to answer.
      }
    });
    return true; // async reply
  });
}
