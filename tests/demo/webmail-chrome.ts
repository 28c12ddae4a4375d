/**
 * The demo's webmail dressing: a top bar (menu, a made-up "Mail" mark, search, icons), a left navigation, a toolbar
 * above the list or the thread, and the stylesheet (./webmail-style.ts). Only around Gmail's structure and on top
 * of it: every element, class and attribute the content script reads (lib/mail/gmail/selectors.ts) stays as the
 * fixture builds it. The chrome itself never uses what those selectors look for (no [email], no role=list/row/main,
 * no contenteditable, no link with an address in the top bar), so it cannot be mistaken for mail.
 * No Google logo or asset: the mark, avatars and icons are CSS and system-font glyphs.
 */
import { esc, type FixtureThread, type PageChrome, type Person } from '../fixtures/gmail/layout';
import { webmailCss } from './webmail-style';

/** The left navigation, top to bottom: [icon glyph, label]. Only the Inbox goes anywhere (back to the list). */
const FOLDERS: ReadonlyArray<readonly [string, string]> = [
  ['\u2606', 'Starred'],
  ['\u25F7', 'Snoozed'],
  ['\u27A4', 'Sent'],
  ['\u25A4', 'Drafts'],
  ['\u2304', 'More'],
];

/** Labels under the folders: [colour, name]. */
const LABELS: ReadonlyArray<readonly [string, string]> = [
  ['#1a73e8', 'Job search'],
  ['#188038', 'Interviews'],
  ['#e37400', 'Receipts'],
];

const TABS = ['Primary', 'Promotions', 'Social', 'Updates'];

function header(): string {
  return `<div class="demo-brand">
  <span class="demo-iconbtn demo-burger" aria-hidden="true"><i></i></span>
  <span class="demo-mark" aria-hidden="true"></span><span class="demo-name">Mail</span><span class="demo-tag">demo</span>
</div>
<label class="demo-search"><span class="demo-glass" aria-hidden="true"></span><input type="search" placeholder="Search mail" aria-label="Search mail" autocomplete="off"><span class="demo-iconbtn demo-tune" aria-hidden="true">\u2630</span></label>
<div class="demo-top-icons" aria-hidden="true">
  <span class="demo-iconbtn demo-help">?</span><span class="demo-iconbtn demo-gear">\u2699</span><span class="demo-iconbtn demo-apps"><i></i></span>
</div>`;
}

function nav(unread: number): string {
  const folders = FOLDERS.map(([icon, label]) => `<span class="demo-folder"><span class="demo-ico">${icon}</span><span class="demo-label">${esc(label)}</span></span>`).join('\n  ');
  const labels = LABELS.map(
    ([colour, name]) => `<span class="demo-folder"><span class="demo-ico demo-chip" style="--chip:${colour}"></span><span class="demo-label">${esc(name)}</span></span>`,
  ).join('\n  ');
  return `<nav class="demo-nav" aria-label="Mailboxes">
  <button type="button" class="demo-compose"><span class="demo-pencil" aria-hidden="true">\u270E</span>Compose</button>
  <a class="demo-folder demo-current" href="#inbox"><span class="demo-ico">\u2709</span><span class="demo-label">Inbox</span>${
    unread > 0 ? `<span class="demo-count">${unread}</span>` : ''
  }</a>
  ${folders}
  <div class="demo-labels-head"><span>Labels</span><span aria-hidden="true">+</span></div>
  ${labels}
</nav>`;
}

function toolbar(rows: number): string {
  const range = rows > 0 ? `1\u2013${rows} of ${rows}` : '0 of 0';
  const tabs = TABS.map((tab, i) => `<span class="demo-tab${i === 0 ? ' demo-tab-on' : ''}">${esc(tab)}</span>`).join('');
  return `<div class="demo-tools">
  <div class="demo-toolrow demo-for-list" aria-hidden="true">
    <span class="demo-iconbtn demo-selectall"><i></i></span><span class="demo-iconbtn">\u21BB</span><span class="demo-iconbtn">\u22EE</span>
    <span class="demo-range">${range}</span><span class="demo-iconbtn demo-dim">\u2039</span><span class="demo-iconbtn demo-dim">\u203A</span>
  </div>
  <div class="demo-tabs demo-for-list" aria-hidden="true">${tabs}</div>
  <div class="demo-toolrow demo-for-thread">
    <a class="demo-iconbtn demo-back" href="#inbox" aria-label="Back to Inbox">\u2190</a>
    <span class="demo-sep" aria-hidden="true"></span>
    <span class="demo-iconbtn demo-archive" aria-hidden="true"><i></i></span><span class="demo-iconbtn" aria-hidden="true">\u26A0</span><span class="demo-iconbtn" aria-hidden="true">\u2716</span>
    <span class="demo-sep" aria-hidden="true"></span>
    <span class="demo-iconbtn" aria-hidden="true">\u2709</span><span class="demo-iconbtn" aria-hidden="true">\u25F7</span><span class="demo-iconbtn" aria-hidden="true">\u22EE</span>
  </div>
</div>`;
}

/** The dressing for a mailbox of these threads and rows, for `mailboxPage({ chrome })`. */
export function webmailChrome(account: Person, threads: readonly FixtureThread[], rows: readonly FixtureThread[]): PageChrome {
  const unread = rows.filter((t) => t.unread !== false).length;
  const people = [...threads.flatMap((t) => t.messages.map((m) => m.from))];
  return { css: webmailCss(account, people), header: header(), beforeMain: `${nav(unread)}\n${toolbar(rows.length)}\n` };
}
