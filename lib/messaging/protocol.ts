/**
 * Typed messages between content scripts, extension pages and the background.
 * Names say their direction: `content->bg:*` from a mail page, `page->bg:*` from an extension page.
 * Each direction has its own file so the Gmail side and the pages can grow independently.
 */
import type { ContentToBackground, ContentReplies } from './content-messages';
import type { PageToBackground, PageReplies } from './page-messages';

export type ToBackground = ContentToBackground | PageToBackground;
export type Replies = ContentReplies & PageReplies;
export type ReplyTo<M extends ToBackground> = M['type'] extends keyof Replies ? Replies[M['type']] : never;
