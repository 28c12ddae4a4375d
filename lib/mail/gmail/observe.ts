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
import { find } from './selectors';

export interface GmailView {
  /** The open thread's container, if a thread is shown (full page or preview pane). */
  thread: Element | null;
  /** The thread list container, if a list is shown. */
  list: Element | null;
}

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
  const debounceMs = options.debounceMs ?? 250;
  const backoff = options.backoffMs ?? BACKOFF;
  let timer: number | undefined;
  let waitStep = -1;
  let mainObserved: Element | null = null;
  let focusObserved: Element | null = null;

  const onMutations = () => {
    if (timer !== undefined) clearTimeout(timer);
    // Waiting for the thread after a route change: look as soon as the page has changed (a task later, so one burst
    // of insertions is one scan), not a debounce later. A look that finds no thread spends a step of the backoff, so a
    // page that keeps changing gets at most as many early looks as the backoff has steps.
    timer = ctx.setTimeout(scan, waitStep >= 0 ? 0 : debounceMs);
  };
  const mainObserver = new MutationObserver(onMutations);
  const focusObserver = new MutationObserver(onMutations);
  ctx.onInvalidated(() => {
    mainObserver.disconnect();
    focusObserver.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });

  function observe(view: GmailView, main: Element | null): void {
    if (main !== mainObserved) {
      mainObserver.disconnect();
      if (main) mainObserver.observe(main, { childList: true });
      mainObserved = main;
    }
    const pane = view.thread ? find(main ?? document, 'previewPane', { optional: true }) : null;
    const focus = pane ?? (view.thread ? find(view.thread, 'messageList', { optional: true }) : null)
      ?? (view.list ? view.list.querySelector('tbody') : null);
    if (focus !== focusObserved) {
      focusObserver.disconnect();
      // The preview pane needs subtree (its thread is deep inside); it is a small part of the page.
      if (focus) focusObserver.observe(focus, { childList: true, subtree: focus === pane });
      focusObserved = focus ?? null;
    }
  }

  function scan(): void {
    timer = undefined;
    if (ctx.isInvalid) return;
    let view: GmailView = { thread: null, list: null };
    try {
      view = currentView(document);
      observe(view, find(document, 'main', { optional: true }));
      if (view.thread || view.list) options.onView(view);
    } catch (error) {
      // Never into Gmail's console as an uncaught error; one quiet line for whoever debugs.
      console.debug('Callback: scan failed', error);
    }
    // After a route change, keep looking until a thread shows up (the list may render first) or the wait ends.
    if (waitStep >= 0 && !view.thread && waitStep < backoff.length - 1) {
      waitStep++;
      timer = ctx.setTimeout(scan, backoff[waitStep]);
    } else {
      waitStep = -1;
    }
  }

  const onRoute = () => {
    if (timer !== undefined) clearTimeout(timer);
    waitStep = 0;
    timer = ctx.setTimeout(scan, backoff[0]);
  };
  ctx.addEventListener(window, 'hashchange', onRoute);
  ctx.addEventListener(window, 'popstate', onRoute);
  onRoute();
}
