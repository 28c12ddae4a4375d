/**
 * The demo mailbox's stylesheet: a webmail in Gmail's spirit (light theme, rounded white card on a pale blue page,
 * dense list rows, message cards with avatars) drawn over the fixture's Gmail-shaped markup. Page CSS only: system
 * fonts, no image, no external font. Avatars are CSS too: one rule per sender sets the initials and colour on the
 * message that carries that sender's address (`:has()`), so the markup stays exactly the fixture's.
 */
import type { Person } from '../fixtures/gmail/layout';

/** Muted avatar colours; a sender always gets the same one (hash of the address). */
const AVATAR_COLOURS = ['#1e8e3e', '#d93025', '#8430ce', '#e8710a', '#1967d2', '#12858a', '#b80672', '#5f6368'];

/** "Priya Natarajan" -> "PN", "sam" -> "S": the first letter of the first two words. */
export function initials(name: string): string {
  const words = name.split(/[\s._-]+/).filter((w) => /^\p{L}/u.test(w));
  return words.slice(0, 2).map((w) => w[0]!.toUpperCase()).join('') || '?';
}

function colourOf(address: string): string {
  let h = 0;
  for (const ch of address) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return AVATAR_COLOURS[h % AVATAR_COLOURS.length]!;
}

/** A CSS string literal (quotes, backslashes and line breaks escaped). */
const cssString = (text: string): string => `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;

/** Per-sender avatar rules, for collapsed and expanded messages alike. */
export function avatarCss(people: readonly Person[]): string {
  const seen = new Set<string>();
  const rules: string[] = [];
  for (const p of people) {
    if (seen.has(p.address)) continue;
    seen.add(p.address);
    rules.push(
      `:is(.adn, .kv):has(.gD[email=${cssString(p.address)}]) { --initials: ${cssString(initials(p.name))}; --avatar: ${colourOf(p.address)}; --who: ${cssString(p.name)}; }`,
    );
  }
  return rules.join('\n');
}

const FONT = `Roboto, "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif`;

const BASE = `
:root { --page: #f6f8fc; --card: #fff; --ink: #1f1f1f; --muted: #5f6368; --line: #eceff1; --hover: #f2f6fc;
  --accent: #0b57d0; --select: #d3e3fd; --read: #f2f6fc; }
html, body { height: 100%; }
body { margin: 0; font: 14px/20px ${FONT}; color: var(--ink); background: var(--page); overflow: hidden;
  display: grid; grid-template-columns: 256px minmax(0, 1fr); grid-template-rows: 64px auto minmax(0, 1fr);
  grid-template-areas: "top top" "nav tools" "nav main"; }
a { color: inherit; text-decoration: none; }

/* Top bar: the fixture's header#gb with the demo's brand, search and icons before the account link. */
header#gb { grid-area: top; display: flex; align-items: center; gap: 8px; padding: 8px 16px 8px 8px; }
.demo-brand { display: flex; align-items: center; width: 232px; flex: none; }
.demo-iconbtn { display: inline-grid; place-items: center; width: 40px; height: 40px; border-radius: 50%; color: #444746;
  font-size: 18px; flex: none; cursor: pointer; }
.demo-iconbtn:hover { background: rgba(68, 71, 70, .08); }
.demo-burger i, .demo-burger i::before, .demo-burger i::after { display: block; width: 18px; height: 2px; background: #444746;
  border-radius: 1px; position: relative; content: ""; }
.demo-burger i::before { position: absolute; top: -6px; } .demo-burger i::after { position: absolute; top: 6px; }
.demo-mark { position: relative; width: 30px; height: 22px; margin: 0 8px 0 8px; border-radius: 4px;
  background: linear-gradient(135deg, #4f7ef0, #3d5ad6); overflow: hidden; }
.demo-mark::before { content: ""; position: absolute; left: 4px; top: -9px; width: 20px; height: 20px; transform: rotate(45deg);
  border: 2px solid #fff; border-radius: 3px; }
.demo-name { font-size: 22px; color: #444746; letter-spacing: -.2px; }
.demo-tag { margin-left: 8px; font-size: 11px; line-height: 16px; padding: 0 6px; border-radius: 8px; background: #e1e3e1; color: #444746; }
.demo-search { flex: 0 1 720px; display: flex; align-items: center; height: 48px; padding: 0 4px 0 8px; border-radius: 24px;
  background: #e9eef6; }
.demo-search:focus-within { background: #fff; box-shadow: 0 1px 1px rgba(65,69,73,.3), 0 1px 3px 1px rgba(65,69,73,.15); }
.demo-search input { flex: 1; border: 0; background: transparent; font: 16px ${FONT}; color: var(--ink); outline: none; padding: 0 8px; }
.demo-search input::placeholder { color: #444746; }
.demo-glass { position: relative; width: 40px; height: 40px; flex: none; }
.demo-glass::before { content: ""; position: absolute; left: 12px; top: 11px; width: 11px; height: 11px; border: 2px solid #444746; border-radius: 50%; }
.demo-glass::after { content: ""; position: absolute; left: 24px; top: 24px; width: 7px; height: 2px; background: #444746; transform: rotate(45deg); transform-origin: 0 0; }
.demo-tune { font-size: 16px; }
.demo-top-icons { margin-left: auto; display: flex; align-items: center; gap: 2px; }
.demo-help { font-weight: 700; font-size: 15px; }
.demo-help::before { content: ""; position: absolute; }
.demo-apps i { display: block; width: 4px; height: 4px; border-radius: 50%; background: #444746;
  box-shadow: 7px 0 #444746, 14px 0 #444746, 0 7px #444746, 7px 7px #444746, 14px 7px #444746, 0 14px #444746, 7px 14px #444746, 14px 14px #444746;
  transform: translate(-7px, -7px); }
/* The account link the content script reads (aria-label holds the address): shown as the avatar. */
header#gb > a[aria-label] { display: grid; place-items: center; flex: none; width: 32px; height: 32px; margin: 0 4px 0 8px; border-radius: 50%;
  color: #fff; font-size: 15px; font-weight: 500; outline: 4px solid transparent; }
header#gb > a[aria-label]:hover { outline-color: rgba(68, 71, 70, .12); }

/* Left navigation. */
.demo-nav { grid-area: nav; display: flex; flex-direction: column; padding: 8px 16px 16px 8px; overflow: auto; }
.demo-compose { display: inline-flex; align-items: center; gap: 12px; align-self: flex-start; height: 56px; padding: 0 24px 0 18px;
  margin: 0 0 16px; border: 0; border-radius: 16px; background: #c2e7ff; color: #001d35; font: 500 14px ${FONT}; cursor: pointer;
  transition: box-shadow .2s; }
.demo-compose:hover { box-shadow: 0 1px 3px rgba(60,64,67,.3), 0 4px 8px 3px rgba(60,64,67,.15); }
.demo-pencil { font-size: 20px; }
.demo-folder { display: flex; align-items: center; height: 32px; padding: 0 12px 0 26px; border-radius: 0 16px 16px 0;
  color: #202124; cursor: pointer; }
.demo-folder:hover { background: #e1e5ea; }
.demo-folder.demo-current { background: var(--select); color: #001d35; font-weight: 700; }
.demo-ico { width: 20px; margin-right: 18px; text-align: center; font-size: 16px; color: #444746; }
.demo-current .demo-ico { color: #001d35; }
.demo-label { flex: 1; }
.demo-count { font-size: 12px; font-weight: 700; }
.demo-chip::before { content: ""; display: inline-block; width: 12px; height: 12px; border-radius: 3px; background: var(--chip); }
.demo-labels-head { display: flex; justify-content: space-between; margin: 16px 12px 4px 26px; font-size: 16px; line-height: 24px; font-weight: 500; color: #202124; }

/* The white card: toolbar on top, then the fixture's main area. */
.demo-tools { grid-area: tools; margin-right: 16px; background: var(--card); border-radius: 16px 16px 0 0; }
body > div.nH { grid-area: main; margin: 0 16px 16px 0; background: var(--card); border-radius: 0 0 16px 16px; overflow: auto; min-height: 0; }
div[role=main] { background: var(--card); }
.demo-toolrow { display: flex; align-items: center; height: 48px; padding: 0 8px 0 12px; gap: 2px; color: #444746; }
.demo-toolrow .demo-iconbtn { width: 36px; height: 36px; font-size: 17px; }
.demo-range { margin-left: auto; padding: 0 8px; font-size: 12px; color: var(--muted); }
.demo-dim { color: #bdc1c6 !important; }
.demo-archive i { position: relative; width: 16px; height: 11px; margin-top: 4px; border: 2px solid #444746; border-top: 0;
  border-radius: 0 0 2px 2px; box-sizing: border-box; }
.demo-archive i::before { content: ""; position: absolute; left: -3px; top: -5px; width: 18px; height: 5px; border: 2px solid #444746;
  border-radius: 1px; box-sizing: border-box; }
.demo-archive i::after { content: ""; position: absolute; left: 4px; top: 2px; width: 4px; height: 2px; background: #444746; }
.demo-selectall i { width: 14px; height: 14px; border: 2px solid #5f6368; border-radius: 2px; box-sizing: border-box; }
.demo-sep { width: 1px; height: 20px; margin: 0 8px; background: #dadce0; }
.demo-tabs { display: flex; border-bottom: 1px solid var(--line); padding-left: 0; }
.demo-tab { flex: 0 1 250px; height: 52px; display: flex; align-items: center; padding: 0 16px; box-sizing: border-box; color: #444746;
  font-weight: 500; border-bottom: 3px solid transparent; }
.demo-tab-on { color: var(--accent); border-bottom-color: var(--accent); }
body:has(div[role=main] [data-fixture=thread]) .demo-for-list,
body:not(:has(div[role=main] [data-fixture=thread])) .demo-for-thread { display: none; }
`;

const LIST = `
/* The inbox list: the fixture's table, one dense row per thread. */
[gh=tl] table.F { width: 100%; border-collapse: collapse; table-layout: fixed; }
[gh=tl]::after { content: "Demo mailbox, served on this machine by npm run demo. No real account, nothing sent."; display: block;
  padding: 20px 16px; text-align: center; font-size: 12px; color: var(--muted); }
tr.zA { height: 40px; cursor: pointer; position: relative; }
tr.zA > td { padding: 0; border-bottom: 1px solid var(--line); white-space: nowrap; overflow: hidden; vertical-align: middle; }
tr.zA.yO > td { background: var(--read); }
tr.zA.zE > td { background: var(--card); }
tr.zA:hover { box-shadow: inset 1px 0 0 #dadce0, inset -1px 0 0 #dadce0, 0 1px 2px 0 rgba(60,64,67,.3), 0 1px 3px 1px rgba(60,64,67,.15); z-index: 2; }
td.oZ-x3 { width: 72px; padding-left: 12px !important; }
td.oZ-x3 { display: table-cell; }
.oZ-jc { display: inline-block; vertical-align: middle; width: 14px; height: 14px; margin: 0 12px 0 8px; border: 2px solid #8e918f;
  border-radius: 2px; box-sizing: border-box; }
td.oZ-x3::after { content: "\\2606"; display: inline-block; vertical-align: middle; font-size: 18px; color: #8e918f; }
td.yX { width: 200px; padding-right: 24px !important; }
.yW { overflow: hidden; text-overflow: ellipsis; }
.zF { color: var(--ink); }
.zE .zF, .zE .bog, .zE td.xW { font-weight: 700; color: var(--ink); }
td.a4W { padding-right: 16px !important; }
.xS, .xT { display: flex; min-width: 0; overflow: hidden; }
.y6 { flex: 0 1 auto; overflow: hidden; text-overflow: ellipsis; }
.xT > .y2 { flex: 1 1 0; margin-left: .3em; min-width: 60px; overflow: hidden; text-overflow: ellipsis; color: var(--muted); }
td.xW { width: 92px; padding-right: 20px !important; text-align: right; font-size: 12px; color: var(--muted); }
`;

const THREAD = `
/* The thread view. */
.nH.g.id { padding: 0 0 24px; }
.ha { display: flex; align-items: center; padding: 20px 24px 12px 72px; }
h2.hP { margin: 0; font-size: 22px; line-height: 28px; font-weight: 400; color: var(--ink); outline: none; }
h2.hP::after { content: "Inbox"; display: inline-block; vertical-align: 4px; margin-left: 12px; padding: 0 8px; border-radius: 4px;
  background: #ddd; color: #444746; font-size: 12px; line-height: 18px; font-weight: 400; }
/* Callback's bar (its shadow host), aligned with the message column. */
[data-callback-bar] { margin: 4px 24px 16px 72px !important; }

[role=listitem] { position: relative; }
:is(.adn, .kv)::before { content: var(--initials, "?"); position: absolute; left: 16px; top: 16px; width: 40px; height: 40px;
  border-radius: 50%; display: grid; place-items: center; background: var(--avatar, #5f6368); color: #fff; font-size: 16px;
  font-weight: 500; letter-spacing: .3px; }
.kv { position: relative; border-top: 1px solid var(--line); cursor: pointer; }
.kv::before { top: 8px; }
.kv:hover { background: var(--hover); }
.adf { display: flex; align-items: baseline; gap: 12px; padding: 18px 24px 18px 72px; white-space: nowrap; }
.adf .gD { flex: none; font-weight: 700; }
.adf .y2 { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; color: var(--muted); }
.adf .g3 { flex: none; font-size: 12px; color: var(--muted); }

.adn { position: relative; padding: 16px 24px 8px 72px; border-top: 1px solid var(--line); }
table.cf.gJ { width: 100%; border-collapse: collapse; }
table.cf.gJ td { padding: 0; vertical-align: top; }
h3.iw { margin: 0; font-size: 14px; line-height: 20px; font-weight: 400; }
h3.iw .gD { font-weight: 700; color: var(--ink); }
h3.iw .go { color: var(--muted); font-size: 12px; }
h3.iw::after { content: "to me \\25BE"; display: block; font-size: 12px; color: var(--muted); }
td.gH { white-space: nowrap; width: 1%; }
/* The date cell shows the full date of its title (the short text stays in the DOM for the reader). */
.gK .g3 { font-size: 0; }
.gK .g3::after { content: attr(title); font-size: 12px; color: var(--muted); }
td.acX { padding-left: 8px !important; }
td.acX::before { content: "\\2606"; display: inline-grid; place-items: center; width: 32px; height: 32px; vertical-align: middle;
  font-size: 18px; color: #444746; }
.T-I { display: inline-grid; place-items: center; vertical-align: middle; min-width: 32px; height: 32px; border-radius: 16px;
  color: #444746; cursor: pointer; box-sizing: border-box; }
.T-I:hover { background: rgba(68, 71, 70, .08); }
.T-I.aaq::before { content: "\\21A9"; font-size: 18px; }
.T-I.aap::before { content: "\\22EE"; font-size: 18px; font-weight: 700; }
.T-I.bsQ { padding: 0 12px; font-weight: 500; color: var(--accent); }
.ii.gt { padding: 16px 0 8px; }
.a3s { font-size: 14px; line-height: 20px; color: #222; word-wrap: break-word; }
.a3s a { color: #1a0dab; text-decoration: underline; }
.a3s .gmail_quote { margin-top: 12px; color: var(--muted); }
.a3s .gmail_attr { margin-bottom: 4px; }
blockquote.gmail_quote { margin: 0 0 0 .8ex; padding-left: 1ex; border-left: 1px solid #ccc; }

/* Reply / Reply all / Forward under the last message. */
.amn { display: flex; gap: 12px; padding: 16px 24px 8px 72px; }
.ams { display: inline-flex; align-items: center; gap: 8px; height: 36px; padding: 0 20px 0 16px; border: 1px solid #747775;
  border-radius: 18px; color: #444746; font-weight: 500; cursor: pointer; }
.ams:hover { background: rgba(68, 71, 70, .08); }
.ams::before { font-size: 17px; }
.ams.bkH::before { content: "\\21A9"; }
.ams.bkI::before { content: "\\21A9\\FE0E"; text-shadow: 5px 0 0 #444746; margin-right: 5px; }
.ams.bkG::before { content: "\\21AA"; }
.nH:has(.ip.adB) > .amn { display: none; }

/* The reply editor, as a compose box: who it goes to, the editable body with the signature, a Send button. */
.ip.adB { margin: 16px 0 8px; border-radius: 8px; background: var(--card);
  box-shadow: 0 1px 2px 0 rgba(60,64,67,.3), 0 2px 6px 2px rgba(60,64,67,.15); overflow: hidden; }
.ip.adB::before { content: "\\21A9  \\25BE   " var(--who, ""); display: block; padding: 12px 16px 8px; font-size: 14px; color: #444746;
  white-space: pre; }
.ip.adB::after { content: "Send"; display: inline-block; margin: 8px 16px 14px; padding: 0 24px; height: 36px; line-height: 36px;
  border-radius: 18px; background: var(--accent); color: #fff; font-weight: 500; }
.M9 .Ap .Am { min-height: 120px; padding: 4px 16px 8px; font-size: 14px; line-height: 20px; color: var(--ink); outline: none; }
.Am .gmail_signature { color: var(--muted); }
.Am .gmail_quote { margin-top: 16px; color: var(--muted); }
`;

/** The whole demo stylesheet, with avatar rules for the account (top bar) and these people (messages). */
export function webmailCss(account: Person, people: readonly Person[]): string {
  const me = `header#gb > a[aria-label] { background: ${colourOf(account.address)}; }`;
  return `${BASE}${LIST}${THREAD}\n/* Avatars. */\n${me}\n${avatarCss([account, ...people])}\n`;
}
