/**
 * Entry of the Gmail content script: wires the page watcher to the readers, the background and the bar. Each feature
 * runs on its own (`safely`): one throwing never stops another, and never reaches Gmail. A page without Gmail's
 * structure gets no bar, no observer beyond the route listener, and no change at all.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Email } from '../../core/email';
import type { ThreadBar } from '../../messaging/content-messages';
import { sendToBackground, sendWithRetry } from '../../messaging/send';
import { BAR_ATTR, buildBar, placeBar, removeBars, showDraftText } from './bar';
import { draftIntoReply } from './compose';
import { watchGmail } from './observe';
import { accountAddress, listRows, readRow, readThread } from './read';
import { takeSelectorStats } from './selectors';

/** Rows read per scan at most: a page of Gmail's list is 50 to 100 rows. */
const MAX_ROWS = 200;
const HEALTH_DELAY_MS = 5000;

function safely(name: string, fn: () => void | Promise<unknown>): void {
  try {
    const result = fn();
    if (result instanceof Promise) result.catch((error: unknown) => console.debug(`Callback: ${name} failed`, error));
  } catch (error) {
    console.debug(`Callback: ${name} failed`, error);
  }
}

/** Performance marks for the benchmark, only when the page asks (`<html data-callback-measure>`). */
function measured<T>(name: string, fn: () => T): T {
  if (!document.documentElement.hasAttribute('data-callback-measure')) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(`callback:${name}`, { start, end: performance.now() });
  }
}

function shown(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}

export function startGmail(ctx: ContentScriptContext): void {
  if (ctx.isInvalid) return;
  void sendToBackground({ type: 'content->bg:hello', host: 'gmail', url: location.href });

  let threadSignature = '';
  let thread: Element | null = null;
  let bar: { key: string; model: ThreadBar; host: HTMLElement } | null = null;
  const rowsSent = new Set<string>();
  let healthTimer: number | undefined;

  const flushHealth = () => {
    healthTimer = undefined;
    const stats = takeSelectorStats();
    if (stats) void sendToBackground({ type: 'content->bg:selector-health', host: 'gmail', stats });
  };
  const scheduleHealth = () => {
    if (healthTimer === undefined && !ctx.isInvalid) healthTimer = ctx.setTimeout(flushHealth, HEALTH_DELAY_MS);
  };

  const render = (container: Element, key: string, model: ThreadBar | null) => {
    if (!model) {
      removeBars(document);
      bar = null;
      return;
    }
    measured('bar', () => {
      const host = buildBar(document, model, handlers(container, model), key);
      removeBars(document);
      if (placeBar(container, host)) bar = { key, model, host };
    });
  };

  const handlers = (container: Element, model: ThreadBar) => ({
    async onDraft(action: { body?: string }) {
      const text = action.body ?? '';
      if (!text) return 'No draft for this one.';
      const outcome = await draftIntoReply(container, text);
      if (outcome.ok) return 'Draft added to your reply. Read it, fill any [blanks], and send it yourself.';
      if (bar) showDraftText(bar.host, text);
      return 'Could not open Gmail’s reply here; the draft is shown below to copy.';
    },
    async onCorrect(kind: ThreadBar['kind']) {
      const threadId = threadKeyOf(threadSignature);
      const reply = await sendToBackground({ type: 'content->bg:correct', host: 'gmail', messageId: model.messageId, threadId, kind });
      if (!reply?.ok) return false;
      // Show what the timeline says now (no bar at all once it is "not job mail"), after the status was read out.
      ctx.setTimeout(() => safely('bar', () => render(container, threadId ?? threadSignature, reply.bar)), 1500);
      return true;
    },
    onStance(stance: 'door_open' | 'clean_break') {
      void sendToBackground({ type: 'content->bg:stance', host: 'gmail', applicationId: model.applicationId, stance });
    },
  });

  const onThread = async (container: Element) => {
    const emails: Email[] = measured('thread-read', () => readThread(container, document, accountAddress(document)));
    if (emails.length === 0) return;
    const threadId = emails[0]?.threadId ?? null;
    const signature = `${threadId ?? ''}|${emails.map((e) => e.id).join(',')}`;
    if (signature === threadSignature && container === thread) {
      // Same thread, same messages: only put the bar back if Gmail re-rendered it away.
      if (bar && !bar.host.isConnected) render(container, bar.key, bar.model);
      return;
    }
    threadSignature = signature;
    thread = container;
    const stillHere = () => !ctx.isInvalid && thread === container && threadSignature === signature;
    // Sent again until answered (a worker stopped mid-ingest); the bar shows when the answer comes.
    const reply = await sendWithRetry({ type: 'content->bg:thread-seen', host: 'gmail', threadId, emails }, { stillWanted: stillHere });
    if (!stillHere()) return; // the user moved on
    render(container, threadId ?? signature, reply && reply.ok ? reply.bar : null);
  };

  const onRows = async (list: Element) => {
    const fresh = measured('rows-read', () => {
      const account = accountAddress(document);
      const out: Email[] = [];
      for (const row of listRows(list).slice(0, MAX_ROWS)) {
        if (!shown(row)) continue;
        const read = readRow(row, account);
        if (read && !rowsSent.has(read.email.id)) out.push(read.email);
      }
      return out;
    });
    if (fresh.length === 0) return;
    for (const email of fresh) rowsSent.add(email.id);
    const reply = await sendWithRetry({ type: 'content->bg:rows-seen', host: 'gmail', emails: fresh }, { stillWanted: () => !ctx.isInvalid });
    // Never answered: let the next scan send these rows again.
    if (!reply) for (const email of fresh) rowsSent.delete(email.id);
  };

  watchGmail(ctx, {
    onView(view) {
      measured('view', () => onView(view));
    },
  });

  function onView(view: { thread: Element | null; list: Element | null }): void {
    if (view.thread) {
      const container = view.thread;
      safely('thread', () => onThread(container));
    } else if (thread) {
      thread = null;
      threadSignature = '';
      safely('bar', () => removeBars(document));
      bar = null;
    }
    if (view.list) {
      const list = view.list;
      safely('rows', () => onRows(list));
    }
    scheduleHealth();
  }
  ctx.onInvalidated(() => {
    for (const host of Array.from(document.querySelectorAll(`[${BAR_ATTR}]`))) host.remove();
  });
}

function threadKeyOf(signature: string): string | null {
  const id = signature.split('|')[0];
  return id ? id : null;
}
