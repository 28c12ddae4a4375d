/** Messages the popup, options and timeline pages send to the background, and the replies they get. */

export interface PingMessage {
  type: 'page->bg:ping';
}

export type PageToBackground = PingMessage;

export interface PageReplies {
  'page->bg:ping': { ok: true };
}
