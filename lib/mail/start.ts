/**
 * The wiring every mail host shares: the host's watcher reports a view, its reader turns the conversation or the
 * rows into emails, the background stores them and answers with the bar, the bar's draft button types into the
 * host's reply. Each feature runs on its own (`safely`): one throwing never stops another, and never reaches the
 * mail page. A page without the host's structure gets no bar, no observer beyond the host's route listener, and no
 * change at all.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Email, MailAccount } from '../core/email';
import type { BarAction, ThreadBar } from '../messaging/content-messages';
import { sendToBackground, sendWithRetry } from '../messaging/send';
import { BAR_ATTR, buildBar, removeBars, showDraftText } from './bar';
import type { ComposeMessage, MailHostAdapter, MailView } from './host';
import { measured, measureRoundTrips, measuring, safely, spanned } from './safely';
import { t } from '../ui-text/i18n';

/** Rows read per scan at most: a page of a list is 50 to 100 rows. */
const MAX_ROWS = 200;
const HEALTH_DELAY_MS = 5000;

export function startMailHost(ctx: ContentScriptContext, host: MailHostAdapter): void {
  if (ctx.isInvalid) return;
  void sendToBackground({ type: 'content->bg:hello', host: host.name, url: location.href });
  // The bench's pages only: the messaging floor, once the page has settled.
  if (measuring()) ctx.setTimeout(() => safely('round-trip', () => measureRoundTrips((m) => browser.runtime.sendMessage(m), 10)), 3000);

  let threadSignature = '';
  let thread: Element | null = null;
  let bar: { key: string; model: ThreadBar; element: HTMLElement } | null = null;
  const rowsSent = new Set<string>();
  let healthTimer: number | undefined;

  const flushHealth = () => {
    healthTimer = undefined;
    const stats = host.takeHealth();
    if (stats) void sendToBackground({ type: 'content->bg:selector-health', host: host.name, stats });
  };
  const scheduleHealth = () => {
    if (healthTimer === undefined && !ctx.isInvalid) healthTimer = ctx.setTimeout(flushHealth, HEALTH_DELAY_MS);
  };

  const render = (container: Element, key: string, model: ThreadBar | null, corrected: string | null = null) => {
    if (!model) {
      removeBars(document);
      bar = null;
      return;
    }
    measured('bar', () => {
      // A rebuilt bar keeps the keyboard where it was (on its notice's button, else its first), never the page body.
      const hadFocus = !!bar && (document.activeElement === bar.element || bar.element.contains(document.activeElement));
      const element = buildBar(document, model, handlers(container, model), key, host.themeRoot(document), corrected);
      removeBars(document);
      if (host.placeBar(container, element)) {
        bar = { key, model, element };
        if (hadFocus) (element.shadowRoot?.querySelector<HTMLElement>('.notice button') ?? element.shadowRoot?.querySelector<HTMLElement>('button'))?.focus();
      }
    });
  };
  let lastCorrection: ThreadBar | null = null;

  /** Open the host's compose link (a tab of the mail host's own origin; the user sends). False without one. */
  const openCompose = (message: ComposeMessage): boolean => {
    const url = host.composeUrl?.(host.account(document), message);
    if (!url) return false;
    window.open(url, '_blank', 'noopener');
    return true;
  };

  const handlers = (container: Element, model: ThreadBar) => ({
    async onDraft(action: BarAction) {
      const text = action.body ?? '';
      if (!text) return t('bar_no_draft');
      if (action.compose) {
        // A letter for someone other than this thread's sender: their own message, never this reply.
        if (openCompose({ to: action.compose.to, subject: action.compose.subject, body: text })) {
          return t('bar_opened_new', { address: action.compose.to });
        }
        if (bar) showDraftText(bar.element, text);
        return t('bar_no_new_message');
      }
      const outcome = await host.draftIntoReply(container, text);
      if (outcome.ok) return t('bar_added');
      if (outcome.reason === 'edited-draft') {
        // The reply holds a Callback draft the user changed: never two letters in one reply.
        const subject = model.replyTo?.subject ? `Re: ${model.replyTo.subject.replace(/^(re:\s*)+/i, '')}` : '';
        if (openCompose({ to: model.replyTo?.address ?? '', subject, body: text })) {
          return t('bar_edited_own_message');
        }
        if (bar) showDraftText(bar.element, text);
        return t('bar_edited_copy');
      }
      if (bar) showDraftText(bar.element, text);
      return t('bar_no_reply');
    },
    async onAddAddress(personId: string, address: string) {
      const threadId = threadKeyOf(threadSignature);
      const reply = await sendToBackground({ type: 'content->bg:person-address', host: host.name, personId, threadId, address });
      if (!reply?.ok) return false;
      ctx.setTimeout(() => safely('bar', () => render(container, threadId ?? threadSignature, reply.bar)), 1500);
      return true;
    },
    async onCorrect(kind: ThreadBar['kind']) {
      const threadId = threadKeyOf(threadSignature);
      const reply = await sendToBackground({ type: 'content->bg:correct', host: host.name, messageId: model.messageId, threadId, kind });
      // "Not job mail": the bar stays, with its Undo, until the user moves on (no bar there next time).
      lastCorrection = reply?.ok ? reply.bar : null;
      return !!reply?.ok;
    },
    onCorrected(text: string) {
      const next = lastCorrection;
      const threadId = threadKeyOf(threadSignature);
      if (next) ctx.setTimeout(() => safely('bar', () => render(container, threadId ?? threadSignature, next, text)), 600);
    },
    async onUndoCorrect() {
      const threadId = threadKeyOf(threadSignature);
      const reply = await sendToBackground({ type: 'content->bg:undo-correct', host: host.name, messageId: model.messageId, threadId });
      if (!reply?.ok) return false;
      ctx.setTimeout(() => safely('bar', () => render(container, threadId ?? threadSignature, reply.bar)), 1500);
      return true;
    },
    onStance(stance: 'door_open' | 'clean_break') {
      void sendToBackground({ type: 'content->bg:stance', host: host.name, applicationId: model.applicationId, stance });
    },
  });

  const onThread = async (container: Element, account: MailAccount) => {
    const emails: Email[] = measured('thread-read', () => host.readThread(container, document, account));
    if (emails.length === 0) return;
    const threadId = emails[0]?.threadId ?? null;
    const signature = `${threadId ?? ''}|${emails.map((e) => e.id).join(',')}`;
    if (signature === threadSignature && container === thread) {
      // Same thread, same messages: only put the bar back if the host re-rendered it away.
      if (bar && !bar.element.isConnected) render(container, bar.key, bar.model);
      return;
    }
    threadSignature = signature;
    thread = container;
    host.countCanaries(container);
    const stillHere = () => !ctx.isInvalid && thread === container && threadSignature === signature;
    // Sent again until answered (a worker stopped mid-ingest); the bar shows when the answer comes.
    const reply = await spanned('thread-reply', () => sendWithRetry({ type: 'content->bg:thread-seen', host: host.name, threadId, emails }, { stillWanted: stillHere }));
    if (!stillHere()) return; // the user moved on
    render(container, threadId ?? signature, reply && reply.ok ? reply.bar : null);
  };

  const onRows = async (list: Element, account: MailAccount) => {
    // A re-scan (the wait for a thread after a route change looks up to eight times) reads only rows not sent yet.
    const known = rowsSent.size > 0 ? (id: string) => rowsSent.has(id) : undefined;
    const fresh = measured('rows-read', () => host.readRows(list, account, MAX_ROWS, known).filter((email) => !rowsSent.has(email.id)));
    if (fresh.length === 0) return;
    for (const email of fresh) rowsSent.add(email.id);
    const reply = await spanned('rows-reply', () => sendWithRetry({ type: 'content->bg:rows-seen', host: host.name, emails: fresh }, { stillWanted: () => !ctx.isInvalid }));
    // Never answered: let the next scan send these rows again.
    if (!reply) for (const email of fresh) rowsSent.delete(email.id);
  };

  function onView(view: MailView): void {
    const account = host.account(document);
    if (view.thread) {
      const container = view.thread;
      safely('thread', () => onThread(container, account));
    } else if (thread) {
      thread = null;
      threadSignature = '';
      safely('bar', () => removeBars(document));
      bar = null;
    }
    if (view.list) {
      const list = view.list;
      safely('rows', () => onRows(list, account));
    }
    scheduleHealth();
  }

  host.watch(ctx, (view) => measured('view', () => onView(view)));
  ctx.onInvalidated(() => {
    for (const element of Array.from(document.querySelectorAll(`[${BAR_ATTR}]`))) element.remove();
  });
}

function threadKeyOf(signature: string): string | null {
  const id = signature.split('|')[0];
  return id ? id : null;
}
