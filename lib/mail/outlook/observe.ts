/**
 * Seeing what the user looks at in Outlook on the web, cheaply (outlook-selectors.md §4). OWA routes with
 * `history.pushState`, which the isolated world cannot wrap: WXT's `wxt:locationchange` (it compares `location.href`
 * once a second) and `popstate` start a bounded wait with backoff for the conversation to render. Between route
 * changes two narrow observers keep the view current, and their callbacks only re-arm one debounce timer:
 *  - the reading pane (`MailReadCompose`) with subtree: OWA renders the messages deep inside it, and a click in the
 *    list can re-render the pane before or after the URL changes; it is a small part of the page;
 *  - the list's rows, `childList` only (virtualised rows churn on scroll).
 * Only `/mail/` paths are read: Mail and Calendar are one page, and the script stays when the user switches.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BAR_ATTR } from '../bar';
import type { MailView } from '../host';
import { watchView } from '../watch-view';
import { find } from './selectors';

const BACKOFF = [0, 100, 200, 400, 800, 1600, 3200, 3200] as const;

const inMail = (doc: Document) => (doc.location?.pathname ?? '').startsWith('/mail');

/** The current view: the open conversation (with at least one readable message) and the list, either or both. */
export function currentView(doc: Document): MailView {
  if (!inMail(doc)) return { thread: null, list: null };
  const pane = find(doc, 'readingPane', { optional: true });
  const conversation = pane ? (find(pane, 'conversation', { optional: true }) ?? pane) : null;
  // A conversation with at least one message body; drafts and collapsed messages are the reader's concern.
  const thread = conversation && find(conversation, 'body', { optional: true }) ? conversation : null;
  return { thread, list: find(doc, 'list', { optional: true }) };
}

/** A mutation that only adds or removes Callback's bar (or happens inside it). */
function isOurs(record: MutationRecord): boolean {
  const bar = (node: Node) => node.nodeType === 1 && (node as Element).hasAttribute(BAR_ATTR);
  if (record.target.nodeType === 1 && (record.target as Element).closest(`[${BAR_ATTR}]`)) return true;
  const changed = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return changed.length > 0 && changed.every(bar);
}

export function watchOutlook(ctx: ContentScriptContext, onView: (view: MailView) => void, debounceMs = 250): void {
  let shown = false;
  watchView(ctx, {
    routeEvents: ['wxt:locationchange', 'popstate'],
    debounceMs,
    backoffMs: BACKOFF,
    read: currentView,
    show(view, [paneWatcher, rowsWatcher]) {
      const pane = inMail(document) ? find(document, 'readingPane', { optional: true }) : null;
      paneWatcher.watch(pane, { childList: true, subtree: true });
      rowsWatcher.watch(view.list ? (view.list.querySelector('[role=listbox]') ?? view.list) : null, { childList: true });
      // Report an empty view once (the user left the conversation or went to Calendar), so the bar goes.
      if (view.thread || view.list || shown) onView(view);
      shown = Boolean(view.thread || view.list);
    },
    mayWait: () => inMail(document),
    // Our own bar going in or out of the pane is no change of the view (one check per batch, not per element).
    ignore: (records) => records.every(isOurs),
  });
}
