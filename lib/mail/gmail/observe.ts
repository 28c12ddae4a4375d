/**
 * Seeing what the user looks at, cheaply. Triggers: `hashchange` and `popstate` (Gmail routes by hash, under
 * /mail/u/N/ for each account), then a bounded wait with backoff for the page to render (Gmail inserts the thread
 * asynchronously, gmail.js #765); while it waits, a change of the page is looked at at once (the thread's bar should
 * not wait a debounce behind its rendering). Between route changes two narrow observers keep the view current, both
 * `childList` only, and their callbacks only re-arm one debounce timer (nothing runs per mutation record):
 *  - on `div[role=main]` without subtree: Gmail swaps the list and the thread as its children;
 *  - on the focus of the current view: the thread's message list (a new message, e.g. the user's own reply), the
 *    list's rows (new mail, another page), or the preview pane (split mode, where a click may not change the hash).
 * A scan reads nothing itself: it finds the view and calls back; callers skip work when nothing changed.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MailView } from '../host';
import { watchView } from '../watch-view';
import { find } from './selectors';

/** The open thread's container, if a thread is shown (full page or preview pane), and the thread list's. */
export type GmailView = MailView;

export interface WatchOptions {
  onView(view: GmailView): void;
  /** Debounce of observer-triggered scans, ms. */
  debounceMs?: number;
  /** Delays of the waits after a route change, ms (the last one ends the wait). */
  backoffMs?: readonly number[];
}

const BACKOFF = [0, 100, 200, 400, 800, 1600, 3200, 3200] as const;

/** The current view, or null parts when the page has none of them. */
export function currentView(doc: Document): GmailView {
  const main = find(doc, 'main', { optional: true });
  if (!main) return { thread: null, list: null };
  return {
    thread: find(main, 'threadContainer', { optional: true }),
    list: find(main, 'threadList', { optional: true }),
  };
}

/** Start watching; everything stops when the content script's context is invalidated. */
export function watchGmail(ctx: ContentScriptContext, options: WatchOptions): void {
  watchView(ctx, {
    routeEvents: ['hashchange', 'popstate'],
    debounceMs: options.debounceMs ?? 250,
    backoffMs: options.backoffMs ?? BACKOFF,
    read: currentView,
    show(view, [mainWatcher, focusWatcher]) {
      const main = find(document, 'main', { optional: true });
      mainWatcher.watch(main, { childList: true });
      const pane = view.thread ? find(main ?? document, 'previewPane', { optional: true }) : null;
      const focus = pane ?? (view.thread ? find(view.thread, 'messageList', { optional: true }) : null)
        ?? (view.list ? view.list.querySelector('tbody') : null);
      // The preview pane needs subtree (its thread is deep inside); it is a small part of the page.
      focusWatcher.watch(focus, { childList: true, subtree: focus === pane });
      if (view.thread || view.list) options.onView(view);
    },
  });
}
