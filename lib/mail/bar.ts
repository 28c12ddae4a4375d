/**
 * The in-thread bar, the same on every mail host: what Callback recognised in this thread and the drafts it has for it. Plain DOM built with
 * createElement and textContent only (Gmail enforces Trusted Types; email text is data, never markup), styles
 * scoped in a shadow root, native buttons for the keyboard, a polite live region for screen readers, and a light
 * and a dark palette chosen from Gmail's own page background (its dark theme) or the system's preference.
 */
import type { BarAction, ThreadBar } from '../messaging/content-messages';
import { formatInterview } from '../ui-text/format';
import { evidenceText } from '../ui-text/evidence';
import { t } from '../ui-text/i18n';
import { kindLabel } from '../ui-text/labels';
import { addressForm } from './bar-address';
import { el } from './bar-dom';
import { BAR_CSS, themeOf } from './bar-theme';

export interface BarHandlers {
  /** Insert the draft into Gmail's reply; resolves to a message for the live region. */
  onDraft(action: BarAction): Promise<string>;
  onCorrect(kind: ThreadBar['corrections'][number]['kind']): Promise<boolean>;
  onStance(stance: 'door_open' | 'clean_break'): void;
  /** After a correction other than "not job mail": rebuild the bar from the timeline's new view, saying `text`. */
  onCorrected?(text: string): void;
  /** Undo the correction just made; resolves true when the timeline is back as it was. */
  onUndoCorrect?(): Promise<boolean>;
  /** Save an address for a person the bar could not write to directly; resolves true when saved. */
  onAddAddress?(personId: string, address: string): Promise<boolean>;
}

export const BAR_ATTR = 'data-callback-bar';

const WHERE = { subject: 'bar_where_subject', body: 'bar_where_body', sender: 'bar_where_sender' } as const;

/** Build the bar's host element (not yet in the page). */
export function buildBar(
  doc: Document,
  model: ThreadBar,
  handlers: BarHandlers,
  threadKey: string,
  themeRoot: Element | null = null,
  /** A correction just made (the bar is rebuilt with the timeline's new view): said, with its Undo. */
  corrected: string | null = null,
): HTMLElement {
  const host = doc.createElement('div');
  host.setAttribute(BAR_ATTR, threadKey);
  const dark = themeOf(doc, themeRoot);
  if (dark !== null) host.setAttribute('data-theme', dark ? 'dark' : 'light');
  const root = host.attachShadow({ mode: 'open' });
  // The parts every bar has, one copy of the page's own skeleton (see `skeleton` for their order).
  const parts = skeleton(doc);
  const bar = parts.lastElementChild as HTMLElement;
  const head = bar.firstElementChild as HTMLElement;
  const tools = head.nextElementSibling as HTMLElement;
  const whyList = tools.nextElementSibling as HTMLUListElement;
  const actions = whyList.nextElementSibling as HTMLElement;
  const detail = actions.nextElementSibling as HTMLElement;
  const notice = detail.nextElementSibling as HTMLElement;
  const status = notice.nextElementSibling as HTMLElement;
  const whyButton = tools.firstElementChild as HTMLButtonElement;
  whyButton.textContent = t('bar_why');
  (head.lastElementChild as HTMLElement).textContent = kindLabel(model.kind);
  const what = [model.company, model.role].filter(Boolean).join(' · ');
  if (what) head.appendChild(el(doc, 'span', 'meta company', what));
  if (model.interview) {
    const time = el(doc, 'time', 'meta interview', formatInterview(model.interview.start, model.interview.timeZone));
    time.setAttribute('datetime', model.interview.start);
    head.appendChild(time);
  }
  const say = (text: string) => {
    status.textContent = text;
  };

  // Why? The evidence, on demand: its items are written when it is first opened (most bars are never asked why, and
  // each item is elements and messages the thread's opening would otherwise pay for).
  whyButton.addEventListener('click', () => {
    if (!whyList.firstChild) whyList.append(...whyItems(doc, model));
    whyList.hidden = !whyList.hidden;
    whyButton.setAttribute('aria-expanded', String(!whyList.hidden));
  });
  // A notice with one way back (undo a correction, switch the stance back), kept beside the status line.
  const notify = (text: string, back?: { label: string; run: () => Promise<string> }) => {
    notice.replaceChildren(el(doc, 'span', undefined, text));
    if (!back) return;
    const button = el(doc, 'button', 'undo', back.label);
    button.type = 'button';
    button.addEventListener('click', () => {
      button.disabled = true;
      void back.run().then((said) => {
        notice.replaceChildren();
        say(said);
      }, () => say(t('bar_undo_failed'))).finally(() => {
        button.disabled = false;
      });
    });
    notice.appendChild(button);
    button.focus();
  };
  const correct = (kind: ThreadBar['kind'], label: string, focusBack: HTMLElement) => {
    void handlers.onCorrect(kind).then(
      (ok) => {
        if (!ok) return say(t('bar_correct_failed'));
        if (kind === 'other') {
          // The email left the timeline: nothing here applies any more, but the way back stays.
          tools.hidden = true;
          actions.hidden = true;
          detail.replaceChildren();
        }
        const text = kind === 'other' ? t('bar_marked_other') : t('bar_marked', { label });
        if (kind !== 'other' && handlers.onCorrected) return handlers.onCorrected(text);
        const undo = handlers.onUndoCorrect;
        notify(text, undo ? { label: t('undo'), run: async () => t((await undo()) ? 'bar_undone' : 'bar_undo_failed') } : undefined);
      },
      () => say(t('bar_correct_failed')),
    ).finally(() => {
      if (focusBack.isConnected && !notice.querySelector('button')) focusBack.focus();
    });
  };
  for (const correction of model.corrections) {
    const button = el(doc, 'button', 'correct', correction.label);
    button.type = 'button';
    button.addEventListener('click', () => {
      if (correction.choices?.length) {
        // "Not a rejection": ask what it is, rather than guess.
        const ask = el(doc, 'div', 'choices');
        ask.setAttribute('role', 'group');
        ask.setAttribute('aria-label', t('bar_what_is'));
        ask.appendChild(el(doc, 'p', 'note', t('bar_what_then')));
        const row = el(doc, 'div', 'row');
        for (const choice of correction.choices) {
          const pick = el(doc, 'button', undefined, choice.label);
          pick.type = 'button';
          pick.addEventListener('click', () => {
            detail.replaceChildren();
            correct(choice.kind, choice.label, button);
          });
          row.appendChild(pick);
        }
        ask.appendChild(row);
        detail.replaceChildren(ask);
        row.querySelector('button')?.focus();
        return;
      }
      correct(correction.kind, correction.label, button);
    });
    tools.appendChild(button);
  }

  for (const action of model.actions) {
    const button = el(doc, 'button', action.kind === 'draft' ? 'primary' : undefined, action.label);
    button.type = 'button';
    button.title = action.why;
    button.addEventListener('click', () => {
      const stance = action.stance;
      if (stance && stance !== model.stance) {
        // Switching the stance is said, with the way back.
        handlers.onStance(stance);
        const before = model.stance ?? (stance === 'clean_break' ? 'door_open' : 'clean_break');
        model.stance = stance;
        notify(
          t(stance === 'clean_break' ? 'bar_now_clean_break' : 'bar_now_door_open'),
          {
            label: t(before === 'door_open' ? 'bar_keep_open_instead' : 'bar_reflect_instead_of_writing'),
            run: async () => {
              handlers.onStance(before);
              model.stance = before;
              return t(before === 'door_open' ? 'bar_back_door_open' : 'bar_back_reflect');
            },
          },
        );
      }
      if (action.kind === 'reflect') {
        detail.replaceChildren(el(doc, 'p', 'note', action.why));
        const list = el(doc, 'ul');
        for (const q of action.questions ?? []) list.appendChild(el(doc, 'li', undefined, q));
        detail.appendChild(list);
        say(t('bar_no_letter'));
        return;
      }
      button.disabled = true;
      say(t('bar_opening'));
      void handlers.onDraft(action).then(say, () => say(t('bar_open_failed'))).finally(() => {
        button.disabled = false;
      });
    });
    actions.appendChild(button);
  }
  // A letter that has to go through someone else: offer to add the person's address (then it is their own message).
  const missing = new Map<string, string>();
  for (const action of model.actions) if (action.missingAddress) missing.set(action.missingAddress.personId, action.missingAddress.name);
  if (handlers.onAddAddress) {
    for (const [personId, name] of missing) {
      const first = name.split(' ')[0] || name;
      const button = el(doc, 'button', 'add-address', t('bar_add_address', { name: first }));
      button.type = 'button';
      button.addEventListener('click', () => {
        detail.replaceChildren(addressForm(doc, personId, name, handlers.onAddAddress!, say));
        detail.querySelector('input')?.focus();
      });
      actions.appendChild(button);
    }
  }
  if (model.actions.length === 0) actions.remove();
  root.appendChild(parts);
  if (corrected) {
    const undo = handlers.onUndoCorrect;
    notify(corrected, undo ? { label: t('undo'), run: async () => t((await undo()) ? 'bar_undone' : 'bar_undo_failed') } : undefined);
  }
  return host;
}

/** Each page's skeleton of the bar, built once: a copy is one call, where building it is about thirty. */
const skeletons = new WeakMap<Document, DocumentFragment>();

/**
 * A copy of the parts every bar has, in this order: the styles, then the bar (a section) of the head (the brand and
 * the kind), the tools (the "Why?" toggle first), the hidden "Why?" list, the actions, the detail, the notice and the
 * polite status line. Words that depend on the interface's language are written by `buildBar`, never kept here.
 */
function skeleton(doc: Document): DocumentFragment {
  let parts = skeletons.get(doc);
  if (!parts) {
    parts = doc.createDocumentFragment();
    const style = doc.createElement('style');
    style.textContent = BAR_CSS;
    const bar = el(doc, 'section', 'bar');
    bar.setAttribute('aria-label', 'Callback');
    const head = el(doc, 'div', 'head');
    head.append(el(doc, 'span', 'brand', 'Callback'), el(doc, 'span', 'kind'));
    const whyList = el(doc, 'ul', 'why');
    whyList.id = 'callback-why';
    whyList.hidden = true;
    const whyButton = el(doc, 'button', 'why-toggle');
    whyButton.type = 'button';
    whyButton.setAttribute('aria-expanded', 'false');
    whyButton.setAttribute('aria-controls', whyList.id);
    const tools = el(doc, 'div', 'row');
    tools.appendChild(whyButton);
    const status = el(doc, 'div', 'status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    bar.append(head, tools, whyList, el(doc, 'div', 'row actions'), el(doc, 'div', 'detail'), el(doc, 'div', 'notice'), status);
    parts.append(style, bar);
    skeletons.set(doc, parts);
  }
  return parts.cloneNode(true) as DocumentFragment;
}

/** The evidence (at most 12) and the confidence, one item each. */
function whyItems(doc: Document, model: ThreadBar): HTMLLIElement[] {
  const items = model.evidence.slice(0, 12).map((item) => el(doc, 'li', undefined, t('bar_evidence', { signal: evidenceText(item), where: t(WHERE[item.where]) })));
  items.push(el(doc, 'li', undefined, t('bar_confidence', { percent: Math.round(model.confidence * 100) })));
  return items;
}

/** The draft text with a Copy button, shown when the mail host's reply could not be opened. */
export function showDraftText(host: HTMLElement, text: string): void {
  const root = host.shadowRoot;
  const detail = root?.querySelector('.detail');
  if (!root || !detail) return;
  const doc = host.ownerDocument;
  const pre = el(doc, 'pre', 'draft-text', text);
  const copy = el(doc, 'button', 'primary copy', t('bar_copy'));
  copy.type = 'button';
  const status = root.querySelector('.status');
  copy.addEventListener('click', () => {
    const done = (ok: boolean) => {
      if (status) status.textContent = t(ok ? 'copied' : 'bar_copy_failed');
    };
    const clipboard = doc.defaultView?.navigator.clipboard;
    if (clipboard) void clipboard.writeText(text).then(() => done(true), () => done(false));
    else done(false);
  });
  detail.replaceChildren(copy, pre);
}

/** Remove every bar this script put in the page (another thread opened, or the script was unloaded). */
export function removeBars(doc: Document, keep?: Element | null): void {
  for (const host of Array.from(doc.querySelectorAll(`[${BAR_ATTR}]`))) if (host !== keep) host.remove();
}
