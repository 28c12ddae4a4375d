/**
 * The loop both mail hosts watch their page with. A route change starts a bounded wait with backoff for the
 * conversation to render; while it waits, a change of the page is looked at at once (the thread's bar should not wait
 * a debounce behind its rendering). Between route changes two narrow observers keep the view current, and their
 * callbacks only re-arm one debounce timer (nothing runs per mutation record). A scan reads nothing itself: the host
 * finds the view and reports it; callers skip work when nothing changed.
 */
import type { ContentScriptContext, WxtWindowEventMap } from 'wxt/utils/content-script-context';
import type { MailView } from './host';

/** A mutation observer on one element at a time: it moves only when its target changes. */
export interface Watcher {
  watch(target: Element | null, options: MutationObserverInit): void;
}

export interface ViewLoop {
  /** The window events that say the host routed to another view. */
  routeEvents: readonly (keyof WxtWindowEventMap)[];
  /** Debounce of observer-triggered scans, ms. */
  debounceMs: number;
  /** Delays of the waits after a route change, ms (the last one ends the wait). */
  backoffMs: readonly number[];
  /** The current view. */
  read(doc: Document): MailView;
  /** Points the two watchers at what to observe for this view, and reports the view. */
  show(view: MailView, watchers: readonly [Watcher, Watcher]): void;
  /** After a route change the wait goes on while no thread shows, and while this holds (default: always). */
  mayWait?(): boolean;
  /** Mutations that are no change of the view (Callback's own bar going in or out). */
  ignore?(records: MutationRecord[]): boolean;
}

function watcher(callback: MutationCallback): Watcher & { disconnect(): void } {
  const observer = new MutationObserver(callback);
  let observed: Element | null = null;
  return {
    watch(target, options) {
      if (target === observed) return;
      observer.disconnect();
      if (target) observer.observe(target, options);
      observed = target;
    },
    disconnect: () => observer.disconnect(),
  };
}

/** Start watching; everything stops when the content script's context is invalidated. */
export function watchView(ctx: ContentScriptContext, loop: ViewLoop): void {
  const backoff = loop.backoffMs;
  let timer: number | undefined;
  let waitStep = -1;

  const onMutations = (records: MutationRecord[]) => {
    if (loop.ignore?.(records)) return;
    if (timer !== undefined) clearTimeout(timer);
    // Waiting for the thread after a route change: look as soon as the page has changed (a task later, so one burst
    // of insertions is one scan), not a debounce later. A look that finds no thread spends a step of the backoff, so a
    // page that keeps changing gets at most as many early looks as the backoff has steps.
    timer = ctx.setTimeout(scan, waitStep >= 0 ? 0 : loop.debounceMs);
  };
  const watchers = [watcher(onMutations), watcher(onMutations)] as const;
  ctx.onInvalidated(() => {
    for (const w of watchers) w.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });

  function scan(): void {
    timer = undefined;
    if (ctx.isInvalid) return;
    let view: MailView = { thread: null, list: null };
    try {
      view = loop.read(document);
      loop.show(view, watchers);
    } catch (error) {
      // Never into the host's console as an uncaught error; one quiet line for whoever debugs.
      console.debug('Callback: scan failed', error);
    }
    // After a route change, keep looking until a thread shows up (the list may render first) or the wait ends.
    if (waitStep >= 0 && !view.thread && (loop.mayWait?.() ?? true) && waitStep < backoff.length - 1) {
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
  for (const event of loop.routeEvents) ctx.addEventListener(window, event, onRoute);
  onRoute();
}
