/**
 * The only file that knows Gmail's markup. Each selector is an ordered list of alternatives tried one by one (never
 * joined with commas: `querySelector('a, b')` returns whichever comes first in the page, not the preferred one).
 * Attributes (`role`, `email`, `name`, `title`, `data-*`, `g_editable`, `gh`) come before Gmail's obfuscated class
 * names wherever one exists; localized labels (aria-label text, tooltips) are never matched.
 *
 * Sources (lib/mail/README.md says how they are used): GJS = gmail.js src/gmail.js @b7dfdab; ISDK = InboxSDK
 * dom-driver/gmail @a8a6fe2; ISDK-REG = @inboxsdk/core 2.2.26 selector registry; COMM = community extensions
 * (fallback only); 2014 = the real inbox page in tests/fixtures/gmail/inboxsdk-2014-inbox.html.
 * None was checked on a live Gmail page by us: misses are counted (see `selectorHealth`) so a layout change shows up.
 */

import { CANARY_PREFIX } from '../../messaging/selector-health';
import { alt, lookups, tryCss, tryCssAll, type Alternative, type FindOptions, type SelectorStat } from '../lookup';

export type { Alternative, FindOptions, SelectorStat };


/**
 * Rows other extensions inject into the list that look like Gmail's (InboxSDK#1224, `b6b811d7`, `65892fe0`):
 * Simplify's `tr.bundle`, Inbundly's `.bundle-row`, InboxSDK's own `.inboxsdk__ignore_row`. Never read as mail.
 */
export const LOOK_ALIKE_ROWS = ['.bundle', '.bundle-row', '.inboxsdk__ignore_row'] as const;
const NOT_LOOK_ALIKE = LOOK_ALIKE_ROWS.map((c) => `:not(${c})`).join('');

/**
 * The message header row, by structure alone: the table row that holds the sender's `[email]`. Every layout in the
 * catalogue puts the sender, the date and the per-message buttons in that one row (`tr.acZ`: GJS L4460-4468,
 * FlowCrypt 5a6b382a `td.acX`), so it still finds them when every short class is hashed (InboxSDK a235da97).
 */
const HEADER_ROW = 'tr:has([email])';

export const SELECTORS = {
  /** The main content area (list or thread). */
  main: [alt('div[role=main]', 'every layout since 2011 (GJS L316; ISDK gmail-route-view.ts L342)')],

  /** The thread list container: holds the rows of a list view. */
  threadList: [
    alt('[gh=tl]', 'every list layout incl. 2014 (GJS L321; ISDK gmail-element-getter.ts L294; 2014)'),
    alt('.bGI.nH', 'the [gh=tl] wrapper class, in case the attribute goes (ISDK page-parser.ts L21-40)'),
  ],

  /** One row of a list view; look-alike rows injected by other extensions are never rows. */
  row: [
    alt(`tr.zA${NOT_LOOK_ALIKE}`, 'list rows 2014 to today, read .yO and unread .zE (GJS L3954; ISDK thread-row-view L327; 2014)'),
    alt(`tr[role=row]${NOT_LOOK_ALIKE}`, 'rows by role: hashed class names (ISDK a235da97) or a renamed row class (GJS tbody>tr.zA[role=row])'),
  ],
  rowSender: [
    alt('.yW span[email]', 'sender cell td.yX div.yW (ISDK thread-row-view L1252; 2014)'),
    alt('.yX [email]', 'sender cell, any element with an address (GJS L3956)'),
    alt('span[email]', 'hashed class names: the row\'s first element with an address (attribute held since 2014)'),
  ],
  rowSubject: [
    alt('span.bog', 'rows since ~2018: subject span (COMM, many extensions)'),
    alt('span.bqe', 'rows since ~2018, unread variant (COMM)'),
    alt('.y6 > span[id]', 'td.a4W div.xS div.xT div.y6 > span[id] (ISDK thread-row-view L1134; 2014)'),
    alt('.y6 > span:not(.y2)', '2014 rows whose subject span has no id (the duplicated row in the 2014 page)'),
    alt('span[data-legacy-thread-id]', 'hashed class names: today\'s subject span carries the ids (ISDK thread-row-view L1170)'),
  ],
  rowSnippet: [
    alt('span.y2', 'snippet, old layout prefixes " - " (2014; COMM)'),
    alt('div:has(> span > [data-legacy-thread-id]) + span', 'hashed class names: the span after the subject block (today\'s rows)'),
    alt('td > span:not([title])', 'hashed class names, vertical split pane: the third row\'s only span'),
  ],
  rowDate: [
    alt('td.xW > span[title]', 'date cell, title is the full date (ISDK thread-row-view L1154; 2014)'),
    alt('.xW span[title]', 'date cell with a wrapper span'),
    alt('td.yf.apt > div.apm > span[title]', 'vertical split pane (.apv), date in the first of three rows (ISDK thread-row-view L1154)'),
    alt('td > span[title]:not([email])', 'hashed class names: the cell whose span carries the full date'),
    alt('td > div > span[title]:not([email])', 'hashed class names, vertical split pane form'),
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
    alt('div:has(> [role=list] [data-legacy-message-id])', 'hashed class names: the parent of the message list that holds messages (ISDK thread-view L299)'),
    alt('div:has(> [role=list] [data-message-id])', 'hashed class names, #msg-f: ids only'),
  ],
  /** The preview (split) pane, when the user turned it on. */
  previewPane: [alt('.aia', 'split-pane mode (ISDK element-getter L352, L384)')],
  subject: [
    alt('h2[data-legacy-thread-id]', 'thread subject carries the ids (ISDK thread-view L553)'),
    alt('h2.hP', 'thread subject (GJS L4504; ISDK-REG threadView.subject)'),
    alt('.ha h2', 'thread subject header (ISDK-REG threadView.subject)'),
    alt('h2[data-thread-perm-id]', 'hashed class names: the subject by its id attribute (ISDK thread-view L608)'),
  ],
  /**
   * Where the thread id is when the subject has none: since 2025-11-10 `data-thread-perm-id` can be "undefined" or
   * absent and the legacy id sits on another element of the conversation (InboxSDK 1b0ea3b9, 1787941b, de44f3ad).
   */
  threadIds: [alt('[data-legacy-thread-id]', 'any element of the conversation carrying the legacy id (ISDK 1787941b)')],
  /** The list of messages in a thread; its children are the messages, collapsed or not. */
  messageList: [alt('[role=list]', 'thread message list, children [role=listitem] (ISDK gmail-thread-view.ts L299)')],
  /** An expanded message (collapsed ones have no body in the DOM). */
  message: [
    alt('div.adn.ads', 'expanded message with data-message-id / data-legacy-message-id (GJS L2493, L4295)'),
    alt('[data-legacy-message-id]', 'any element carrying a message id (hashed class names too)'),
    alt('[data-message-id]', 'any element carrying a message id (#msg-f: form)'),
  ],
  sender: [
    alt('td.gF span[email]', 'sender cell of a message header (ISDK-REG messageView.senderSpan)'),
    alt('span.gD[email]', 'sender span (GJS L4460)'),
    alt('h3 span[email]', 'sender heading h3.iw, should the cell classes change (hashed class names too)'),
    alt(`${HEADER_ROW} [email]`, 'hashed class names: the first address in the message header row'),
  ],
  date: [
    alt('.gK .g3[title]', 'message date, title is the full local date (ISDK-REG messageView.dateElement)'),
    alt('span.g3[title]', 'message date (GJS L4463)'),
    alt(`${HEADER_ROW} span[title]:not([email])`, 'hashed class names: the dated span of the message header row'),
  ],
  body: [
    alt('.ii.gt div.a3s', 'message body (ISDK-REG messageView.body; GJS L470)'),
    alt('div.a3s', 'message body without the .ii wrapper (GJS L4459)'),
    alt('.ii.gt', 'body container (ISDK gmail-message-view.ts L210)'),
    alt('.adP', 'body container fallback (ISDK gmail-message-view.ts L215)'),
    alt('table:has([email]) + div', 'hashed class names: the block right after the message header table'),
  ],
  /** Parts of a body that are quoted history or trimmed content. All alternatives apply (removal, not lookup). */
  quoted: [
    alt('blockquote', 'quoted text in every layout (ISDK isElementInQuotedArea)'),
    alt('.gmail_quote', 'Gmail-written quote wrapper (COMM)'),
    alt('.gmail_extra', 'older quote wrapper (COMM)'),
    alt('.yj6qo', 'trimmed-content "…" toggle (COMM)'),
    alt('.adL', 'trimmed content after the "…" (COMM)'),
  ],
  /**
   * Reply control of one message. Classic icon mode, text-label mode, then the rebuilt header (a `<button>`), then
   * by structure: the first button of the header row that opens no menu ("More" has aria-haspopup, or
   * aria-expanded since the rebuild). Only a visible one is clicked (see `findVisible`).
   */
  replyButton: [
    alt('div[role=button].aaq', 'classic, per-message reply in icon mode (GJS L4468)'),
    alt('div[role=button].bsQ', 'classic, per-message reply in text-label mode (GJS #738/#739)'),
    alt('td.acX button.DILLkc', 'rebuilt conversation view, since 2025-11 per account (FlowCrypt 5a6b382a, #6111)'),
    alt('button.DILLkc', 'rebuilt "pill" reply outside td.acX (Inbox Reborn health check 89f7c19d, 2026-07)'),
    alt(`${HEADER_ROW} button:not([aria-haspopup]):not([aria-expanded])`, 'hashed class names: first plain button of the header row'),
    alt(`${HEADER_ROW} [role=button]:not([aria-haspopup]):not([aria-expanded])`, 'hashed class names, classic div buttons'),
  ],
  /**
   * The bottom bar's Reply, matched by class and position, never by its localized text. Since 2025-11 there can be
   * several `.amn` bars, some hidden or inside a table (InboxSDK 240ca0ea): only a visible one outside a table counts.
   */
  bottomReply: [
    alt('.amn span.ams.bkH', 'classic thread bottom bar Reply (COMM; InboxSDK 240ca0ea for the several .amn)'),
    alt('button.btDi4d', 'rebuilt bottom pills, the first is Reply (Inbox Reborn health check 89f7c19d, 2026-07)'),
  ],
  /** The reply editor, inline or in a pop-out compose. */
  editor: [
    alt('.M9 .Ap [g_editable=true]', 'compose body (ISDK gmail-compose-view.ts L1096)'),
    alt('[g_editable=true][contenteditable=true]', 'compose body by attributes alone (Inbox Reborn 2026-07; hashed classes)'),
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
// The counted lookups every host shares (../lookup.ts), over Gmail's table.
const table = lookups<SelectorName>(SELECTORS);
const count = table.count;
export const { find, findAll, findEvery, matches, closest } = table;
export const takeSelectorStats = table.takeStats;
/** Forget every count (tests). */
export const resetSelectorStats = table.resetStats;

/** Shown on the page: rendered, not `display:none`, not inside a hidden ancestor (a stale or A/B-tested copy). */
export function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el);
  return !el.closest('[hidden], [aria-hidden=true]');
}

export interface VisibleOptions extends FindOptions {
  /** Skip matches inside a table (the stale copies of Gmail's bottom bar since 2025-11, InboxSDK 240ca0ea). */
  outsideTable?: boolean;
}

/**
 * The first visible element of the first alternative that has one: a click must land on what the user sees, not on
 * a hidden or stale copy that an earlier alternative (or the page order) would pick.
 */
export function findVisible(root: ParentNode, name: SelectorName, options: VisibleOptions = {}): Element | null {
  for (const { css } of SELECTORS[name]) {
    for (const el of tryCssAll(root, css)) {
      if (options.outsideTable && el.closest('table')) continue;
      if (!isVisible(el)) continue;
      if (!options.optional) count(name, true);
      return el;
    }
  }
  if (!options.optional) count(name, false);
  return null;
}

/**
 * "New layout" canaries (Inbox Reborn's selector health check, 89f7c19d, 2026-07): markup only the rebuilt
 * conversation view has. Counted once per thread read, as `new:<name>`: a hit means this account has migrated, so
 * misses of a classic alternative are a migration the other alternatives cover, not a break.
 */
export const CANARIES = {
  reply: alt('.DILLkc', 'rebuilt per-message Reply button (FlowCrypt 5a6b382a, 2025-11-12)'),
  more: alt('.Wsq5Cf', 'rebuilt per-message "More" (FlowCrypt 5a6b382a)'),
  pills: alt('.btDi4d', 'rebuilt bottom Reply/Forward pills (Inbox Reborn 89f7c19d)'),
} as const;

/** Count each canary as present (hit) or absent (miss) in `root`, the open conversation. */
export function countCanaries(root: ParentNode): void {
  for (const [name, { css }] of Object.entries(CANARIES)) count(`${CANARY_PREFIX}${name}`, tryCss(root, css) !== null);
}
