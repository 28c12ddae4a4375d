/**
 * The only file that knows Gmail's markup. Each selector is an ordered list of alternatives tried one by one (never
 * joined with commas: `querySelector('a, b')` returns whichever comes first in the page, not the preferred one).
 * Attributes (`role`, `email`, `name`, `title`, `data-*`, `g_editable`, `gh`) come before Gmail's obfuscated class
 * names wherever one exists; localized labels (aria-label text, tooltips) are never matched.
 *
 * Sources, as in ../shared/design/gmail-selectors.md: GJS = gmail.js src/gmail.js @b7dfdab; ISDK = InboxSDK
 * dom-driver/gmail @a8a6fe2; ISDK-REG = @inboxsdk/core 2.2.26 selector registry; COMM = community extensions
 * (fallback only); 2014 = the real inbox page in tests/fixtures/gmail/inboxsdk-2014-inbox.html.
 * None was checked on a live Gmail page by us: misses are counted (see `selectorHealth`) so a layout change shows up.
 */

export interface Alternative {
  css: string;
  /** The Gmail layout this alternative matches, and where it comes from. */
  layout: string;
}

const alt = (css: string, layout: string): Alternative => ({ css, layout });

export const SELECTORS = {
  /** The main content area (list or thread). */
  main: [alt('div[role=main]', 'every layout since 2011 (GJS L316; ISDK gmail-route-view.ts L342)')],

  /** The thread list container: holds the rows of a list view. */
  threadList: [
    alt('[gh=tl]', 'every list layout incl. 2014 (GJS L321; ISDK gmail-element-getter.ts L294; 2014)'),
    alt('.bGI.nH', 'the [gh=tl] wrapper class, in case the attribute goes (ISDK page-parser.ts L21-40)'),
  ],

  /** One row of a list view. */
  row: [
    alt('tr.zA', 'list rows 2014 to today, read .yO and unread .zE (GJS L3954; ISDK thread-row-view L327; 2014)'),
    alt('tr[role=row]', 'rows by role, should the class change (GJS tbody>tr.zA[role=row])'),
  ],
  rowSender: [
    alt('.yW span[email]', 'sender cell td.yX div.yW (ISDK thread-row-view L1252; 2014)'),
    alt('.yX [email]', 'sender cell, any element with an address (GJS L3956)'),
  ],
  rowSubject: [
    alt('span.bog', 'rows since ~2018: subject span (COMM, many extensions)'),
    alt('span.bqe', 'rows since ~2018, unread variant (COMM)'),
    alt('.y6 > span[id]', 'td.a4W div.xS div.xT div.y6 > span[id] (ISDK thread-row-view L1134; 2014)'),
    alt('.y6 > span:not(.y2)', '2014 rows whose subject span has no id (the duplicated row in the 2014 page)'),
  ],
  rowSnippet: [alt('span.y2', 'snippet, old layout prefixes " - " (2014; COMM)')],
  rowDate: [
    alt('td.xW > span[title]', 'date cell, title is the full date (ISDK thread-row-view L1154; 2014)'),
    alt('.xW span[title]', 'date cell with a wrapper span'),
  ],
  /** Carries data-thread-id, data-legacy-thread-id and data-legacy-last-message-id on today's rows. */
  rowIds: [
    alt('[data-legacy-thread-id]', 'subject span of rows since ~2018 (ISDK thread-row-view L1170; GJS L3959)'),
    alt('[data-thread-id]', 'same span, the #thread-f: form only'),
  ],

  /** The open conversation. */
  threadContainer: [
    alt('.a98.iY', 'thread view since the 2023-11-16 redesign, full page and preview pane (ISDK element-getter L334-346)'),
    alt('div.iY', 'thread view as gmail.js detects it (GJS L2478)'),
    alt('table.Bs', 'thread view before Nov 2023 (ISDK element-getter L346, legacy)'),
  ],
  /** The preview (split) pane, when the user turned it on. */
  previewPane: [alt('.aia', 'split-pane mode (ISDK element-getter L352, L384)')],
  subject: [
    alt('h2[data-legacy-thread-id]', 'thread subject carries the ids (ISDK thread-view L553)'),
    alt('h2.hP', 'thread subject (GJS L4504; ISDK-REG threadView.subject)'),
    alt('.ha h2', 'thread subject header (ISDK-REG threadView.subject)'),
  ],
  /** The list of messages in a thread; its children are the messages, collapsed or not. */
  messageList: [alt('[role=list]', 'thread message list, children [role=listitem] (ISDK gmail-thread-view.ts L299)')],
  /** An expanded message (collapsed ones have no body in the DOM). */
  message: [
    alt('div.adn.ads', 'expanded message with data-message-id / data-legacy-message-id (GJS L2493, L4295)'),
    alt('[data-legacy-message-id]', 'any element carrying a message id'),
    alt('[data-message-id]', 'any element carrying a message id (#msg-f: form)'),
  ],
  sender: [
    alt('td.gF span[email]', 'sender cell of a message header (ISDK-REG messageView.senderSpan)'),
    alt('span.gD[email]', 'sender span (GJS L4460)'),
    alt('h3 span[email]', 'sender heading h3.iw, should the cell classes change'),
  ],
  date: [
    alt('.gK .g3[title]', 'message date, title is the full local date (ISDK-REG messageView.dateElement)'),
    alt('span.g3[title]', 'message date (GJS L4463)'),
  ],
  body: [
    alt('.ii.gt div.a3s', 'message body (ISDK-REG messageView.body; GJS L470)'),
    alt('div.a3s', 'message body without the .ii wrapper (GJS L4459)'),
    alt('.ii.gt', 'body container (ISDK gmail-message-view.ts L210)'),
    alt('.adP', 'body container fallback (ISDK gmail-message-view.ts L215)'),
  ],
  /** Parts of a body that are quoted history or trimmed content. All alternatives apply (removal, not lookup). */
  quoted: [
    alt('blockquote', 'quoted text in every layout (ISDK isElementInQuotedArea)'),
    alt('.gmail_quote', 'Gmail-written quote wrapper (COMM)'),
    alt('.gmail_extra', 'older quote wrapper (COMM)'),
    alt('.yj6qo', 'trimmed-content "…" toggle (COMM)'),
    alt('.adL', 'trimmed content after the "…" (COMM)'),
  ],
  /** Reply control of one message: icon mode, then text-label mode. */
  replyButton: [
    alt('div[role=button].aaq', 'per-message reply, icon mode (GJS L4468)'),
    alt('div[role=button].bsQ', 'per-message reply, text-label mode (GJS #738/#739)'),
  ],
  /** The bottom bar's Reply (Reply / Reply all / Forward); matched by class, not by its localized text. */
  bottomReply: [alt('.amn span.ams.bkH', 'thread bottom bar Reply (COMM, unverified)')],
  /** The reply editor, inline or in a pop-out compose. */
  editor: [
    alt('.M9 .Ap [g_editable=true]', 'compose body (ISDK gmail-compose-view.ts L1096)'),
    alt('[g_editable=true][contenteditable=true]', 'compose body by attributes alone'),
    alt('div[contenteditable=true][role=textbox]', 'compose body by role (GJS L4257, COMM)'),
  ],
  /** The account button: its aria-label holds "…(name@host)" in every language; only the address is read. */
  account: [
    alt('header a[aria-label*="@"]', 'Google bar account button (COMM)'),
    alt('#gb a[aria-label*="@"]', 'Google bar by id (COMM)'),
    alt('[role=banner] a[aria-label*="@"]', 'banner landmark (COMM)'),
  ],
} satisfies Record<string, readonly Alternative[]>;

export type SelectorName = keyof typeof SELECTORS;

/** Per-selector counts since the page loaded: how often a lookup that should have found something found nothing. */
export interface SelectorStat {
  hits: number;
  misses: number;
}

const stats = new Map<SelectorName, SelectorStat>();
let dirty = false;

function count(name: SelectorName, hit: boolean): void {
  const stat = stats.get(name) ?? { hits: 0, misses: 0 };
  if (hit) stat.hits++;
  else stat.misses++;
  stats.set(name, stat);
  dirty = true;
}

export interface FindOptions {
  /** A lookup that may legitimately find nothing (a snippet-less row, an editor not open yet): not counted. */
  optional?: boolean;
}

function tryCss(root: ParentNode, css: string): Element | null {
  try {
    return root.querySelector(css);
  } catch {
    return null; // an engine without :not() or :has() support: treat as a miss, never throw into Gmail
  }
}

function tryCssAll(root: ParentNode, css: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return [];
  }
}

/** The first element matched by the first alternative that matches anything, or null. */
export function find(root: ParentNode, name: SelectorName, options: FindOptions = {}): Element | null {
  for (const { css } of SELECTORS[name]) {
    const found = tryCss(root, css);
    if (found) {
      if (!options.optional) count(name, true);
      return found;
    }
  }
  if (!options.optional) count(name, false);
  return null;
}

/** Every element matched by the first alternative that matches anything (alternatives are never mixed). */
export function findAll(root: ParentNode, name: SelectorName, options: FindOptions = {}): Element[] {
  for (const { css } of SELECTORS[name]) {
    const found = tryCssAll(root, css);
    if (found.length > 0) {
      if (!options.optional) count(name, true);
      return found;
    }
  }
  if (!options.optional) count(name, false);
  return [];
}

/** Every element matched by any alternative (for removal lists such as `quoted`), in no particular order. */
export function findEvery(root: ParentNode, name: SelectorName): Element[] {
  const out = new Set<Element>();
  for (const { css } of SELECTORS[name]) for (const el of tryCssAll(root, css)) out.add(el);
  return [...out];
}

/** Does `el` itself match one of the alternatives? */
export function matches(el: Element, name: SelectorName): boolean {
  return SELECTORS[name].some(({ css }) => {
    try {
      return el.matches(css);
    } catch {
      return false;
    }
  });
}

/** The nearest ancestor (or el itself) matching one of the alternatives, tried in order. */
export function closest(el: Element, name: SelectorName): Element | null {
  for (const { css } of SELECTORS[name]) {
    try {
      const found = el.closest(css);
      if (found) return found;
    } catch {
      /* unsupported selector: next */
    }
  }
  return null;
}

/** The counts gathered since the last call (a delta; the background adds them up), or null when nothing was counted. */
export function takeSelectorStats(): Record<string, SelectorStat> | null {
  if (!dirty) return null;
  dirty = false;
  const out = Object.fromEntries([...stats].map(([k, v]) => [k, { ...v }]));
  stats.clear();
  return out;
}

/** Forget every count (tests). */
export function resetSelectorStats(): void {
  stats.clear();
  dirty = false;
}
