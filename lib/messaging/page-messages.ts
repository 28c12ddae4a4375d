/** Messages the popup, options and timeline pages send to the background, and the replies they get. */

export interface PingMessage {
  type: 'page->bg:ping';
}

/**
 * A page changed the store (done, snooze, import, settings), or the popup found no usable popup snapshot: recompute
 * badge, alarm, notifications and the popup snapshot now. The background also watches the store itself, but only
 * while awake; this message wakes it.
 */
export interface RefreshScheduleMessage {
  type: 'page->bg:refresh-schedule';
}

export type PageToBackground = PingMessage | RefreshScheduleMessage;

export interface PageReplies {
  'page->bg:ping': { ok: true };
  'page->bg:refresh-schedule': { ok: true; badge: string };
}
