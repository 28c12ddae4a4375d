/**
 * Every message the background accepts, one schema each, by type. Names say their direction: `content->bg:*` from
 * a mail page (content-messages.ts), `page->bg:*` from an extension page (page-messages.ts). Every message type and
 * reply type is inferred from these tables, so a message cannot exist without its schema; the background's router
 * validates against them before any handler runs.
 *
 * Adding a message: its schema in the table of its direction (built from fields.ts; strict, every string and list
 * capped) and its reply schema beside it; tsc then asks for its handler in lib/background (content-handlers.ts or
 * page-handlers.ts) and its sample in tests/support/messages.ts, which the router and handler tests spoil in every
 * way they know. A mail page imports the message's type only (`import type`): zod stays out of its bundle.
 */
import type { z } from 'zod';
import { CONTENT_MESSAGES, CONTENT_REPLIES, type Failure } from './content-messages';
import { PAGE_MESSAGES, PAGE_REPLIES } from './page-messages';

export const MESSAGES = { ...CONTENT_MESSAGES, ...PAGE_MESSAGES } as const;
export const REPLIES = { ...CONTENT_REPLIES, ...PAGE_REPLIES } as const;

export type MessageType = keyof typeof MESSAGES;
export type ContentMessageType = keyof typeof CONTENT_MESSAGES;
export type PageMessageType = keyof typeof PAGE_MESSAGES;

/** The message of a type, as the handler receives it (parsed). */
export type MessageOf<T extends MessageType> = z.output<(typeof MESSAGES)[T]>;
/** Any message to the background. */
export type ToBackground = MessageOf<MessageType>;
/** What a handler answers: its success, or a refusal. */
export type ReplyOf<T extends MessageType> = z.output<(typeof REPLIES)[T]> | Failure;
export type ReplyTo<M extends ToBackground> = ReplyOf<M['type']>;

/** True when `type` names a message the background accepts (own keys only: `__proto__` is not a message). */
export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(MESSAGES, type);
}
