/**
 * Typed messages between content scripts, extension pages and the background.
 * Names say their direction: `content->bg:*` from a mail page, `page->bg:*` from popup/options, `bg->*` from the background.
 */
export interface HelloMessage {
  type: 'content->bg:hello';
  host: 'gmail' | 'outlook';
  url: string;
}

export type ToBackground = HelloMessage;

export interface HelloReply {
  ok: true;
  version: string;
}
