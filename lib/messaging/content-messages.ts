/** Messages a mail page's content script sends to the background, and the replies it gets. */

export interface HelloMessage {
  type: 'content->bg:hello';
  host: 'gmail' | 'outlook';
  url: string;
}

export type ContentToBackground = HelloMessage;

export interface ContentReplies {
  'content->bg:hello': { ok: true; version: string };
}
