/**
 * The only file that knows the markup of Outlook on the web (outlook.live.com, outlook.office.com,
 * outlook.office365.com, outlook.cloud.microsoft). Each selector is an ordered list of alternatives tried one by one:
 * fixed ids and id patterns first, then data attributes, then roles and ARIA state, then OWA's hashed CSS-module
 * classes as dated fallbacks. No alternative matches a translated label (aria-label text, button names), so a German
 * or Chinese Outlook reads the same as an English one.
 *
 * Sources (lib/mail/README.md says how they are used): MV = mailvelope outlook-api branch @c623e53,
 * MV-MOCK = its DOM templates @0f7b06e (German UI, Nov 2025), BR = Briskine @98b08db, TR = Trocker @be36adc,
 * GW = outlook-web-skill @ff7238c, WK = WebKit quirks, WD = wd-extension-poc, DR = Dark Reader, COMM = anonymous
 * public files (corroboration only). Status M/A/S/G as defined in lib/mail/README.md. None was checked on a live Outlook page by
 * us: misses are counted (see `takeSelectorStats`) so a change of Outlook's page shows up in the options page.
 */
import { CANARY_PREFIX } from '../../messaging/selector-health';
import { alt, lookups, type Alternative } from '../lookup';

export const SELECTORS = {
  /** The message list region (§3.1). */
  list: [
    alt('[data-app-section="MessageList"]', 'all 2023-26 layouts (COMM, 4 files) A'),
    alt('#MailList', 'wraps the listbox (MV L113; MV-MOCK L156) M'),
    alt('[role=listbox]:has([role=option][data-convid])', 'the listbox that holds conversation rows (WD consts L9; GW L48-57) M'),
  ],
  /** One list row (§3.2); off-screen rows are empty shells that keep data-convid. */
  row: [
    alt('[role=option][data-convid]', 'one per conversation (MV L118-123; MV-MOCK L158-161; GW L66-68) M'),
    alt('[data-focusable-row][data-convid]', 'rows by their focus hook (GW L102; WK onOutlookMailListItem) M'),
  ],
  /** An address the row's sender element carries in `title` (§3.2: G; read only when it is an address). */
  rowSender: [alt('span[title*="@"]', 'row sender span with the address in title (COMM-56856066597 for span[title]) G')],
  /** The selected row, for the conversation id when the URL has none. */
  selectedRow: [
    alt('[role=option][aria-selected="true"][data-convid]', 'selected conversation row (MV L118; WD observer L30-46) M'),
    alt('[data-convid][aria-selected="true"]', 'selected row without its role') ,
  ],
  /** The reading pane, full-page reading view too; present but empty when nothing is open (§3.1). */
  readingPane: [
    alt('[data-app-section="MailReadCompose"]', 'role=main reading area, all layouts (WD L8; MV-MOCK L167, L379; GW L136-158) M'),
    alt('#ReadingPaneContainerId', 'same area, older and current (COMM, 4 files; EV 2022) M'),
  ],
  /** The open conversation (§3.3, §3.4). */
  conversation: [
    alt('[data-app-section="ConversationContainer"]', 'conversation view (MV-MOCK; COMM) M'),
    alt('#ConversationReadingPaneContainer', 'conversation container id (COMM; OWA-SRC names it) M'),
  ],
  /** The subject heading; its span[title] holds the whole subject (§3.3). */
  subject: [
    alt('[role=heading][id^="CONV_"][id$="_SUBJECT"]', 'subject heading with the CONV_ id (COMM-71175739612, -44612532355 Feb 2026) A'),
    alt('[id^="CONV_"][id$="_SUBJECT"]', 'same id without the role (COMM-52242194563)'),
    alt('[data-app-section="ConversationContainer"] [role=heading][aria-level]', 'first heading of the conversation (GW L139; COMM-52457128589) S'),
  ],
  /** A message body (§3.5); role=document sits on it or on its parent, never required on both. */
  body: [
    alt('[id^="UniqueMessageBody"]', 'UniqueMessageBody_N, older builds without the suffix (MV L271; MV-MOCK L267-435; COMM) M'),
    alt('[role=document]', 'the body by role, label "Message body" localised (MV L282; GW L149) M'),
    alt('.allowTextSelection', 'readable class on the body div (MV-MOCK L269) S'),
  ],
  /** One message wrapper, when climbing from the body finds no header (§3.4). */
  message: [
    alt('.aVla3', 'one wrapper per message, Nov 2025, hashed (MV L137; MV-MOCK L169) M hashed'),
    alt('div.SlLx9', 'message card, hashed, unchanged Nov 2022 to Feb 2026 (TR L202; MV-MOCK L306) M hashed'),
  ],
  /** What a message header holds: used to tell the message's own wrapper while climbing from its body. */
  messageHeader: [
    alt('[id^="MSG_"][id$="_FROM"]', 'sender of one message (COMM-71175739612 olIsDraft) A'),
    alt('[data-testid="SentReceivedSavedTime"]', 'date of one message (COMM, 5 files) A'),
  ],
  /** Collapsed messages: header and date, no body (§3.4). */
  collapsed: [alt('[aria-expanded="false"]:has([data-testid="SentReceivedSavedTime"])', 'collapsed message (COMM-66902315357; MV-MOCK L304) A')],
  /** The sender of one message: text `Name<addr>`, or the name alone for a colleague (§3.5). */
  sender: [
    alt('[id^="MSG_"][id$="_FROM"]', 'sender text Name<addr> (COMM-71175739612, -44612532355, -68360476522) A'),
    alt('[data-testid="SenderPersona"] [title*="@"]', 'persona hook with the address in title (COMM-68428554668) G'),
    alt('.OZZZK', 'sender span, hashed (MV-MOCK L178, L312; COMM-38872500984) M hashed'),
  ],
  /** The date of one message: `title` if present, else text, in the user's locale and settings (§3.5). */
  date: [
    alt('[data-testid="SentReceivedSavedTime"]', 'sent/received time (COMM, 5 files; OWA-SRC component) A'),
    alt('[id$="_DATETIME"]', 'date by id suffix (COMM-62576646164) G'),
  ],
  /** Quoted history and markers inside a body: all alternatives apply (removal). `$=`/`*=` because OWA adds `x_`. */
  quoted: [
    alt('[id$="divRplyFwdMsg"]', 'Outlook reply header (COMM-68304803835; hteumeuleu/email-bugs#38, #61) M'),
    alt('[id$="appendonsend"]', 'Outlook "append on send" marker (OWA-sent samples) M'),
    alt('[id$="mail-editor-reference-message-container"]', 'mobile and new Outlook history (COMM) M'),
    alt('[id*="OLK_SRC_BODY_SECTION"]', 'Outlook for Mac history (COMM) M'),
    alt('a[name="_MailEndCompose"]', 'Word-based Outlook end of composed text (COMM) M'),
    alt('div[style*="border-top:solid #E1E1E1"]', 'Word header block of a quoted message (COMM) M'),
    alt('blockquote', 'quoted text from any mailer'),
    alt('[class*="gmail_quote"]', 'Gmail quote, also as x_gmail_quote (email-bugs#38)'),
  ],
  /** Reply of one message: by icon name (not localised), then old icon names, then the message toolbar (§3.6). */
  replyButton: [
    alt('button:has(> [data-icon-name="ArrowReplyRegular"])', 'Fluent 2 reply icon (MV-MOCK L195, L321; MV L372; COMM-28385730784) M'),
    alt('button:has([data-icon-name="ArrowReplyRegular"])', 'reply icon deeper in the button'),
    alt('[role=menuitem]:has([data-icon-name="ArrowReplyRegular"])', 'reply icon in a menu-item button'),
    alt('button:has([data-icon-name="Reply"])', 'Fabric MDL2 icon, pre-2023 builds (COMM, 3 files) A'),
    alt('[role=toolbar] button[role=menuitem]', 'first button of the message actions toolbar (MV L346; GW L150) M'),
  ],
  /** The reply editor (§3.7); recipient wells are contenteditable but never multiline. */
  editor: [
    alt('[contenteditable="true"][role=textbox][aria-multiline="true"]', 'roosterjs body (BR outlook.spec L23; AS; COMM) M'),
    alt('[id^="editorParent_"] [contenteditable="true"]', 'editor inside editorParent_N (COMM, 6 files) A'),
  ],
  /** Nodes of the editor the draft goes above: signature and history (§3.7, §5). */
  editorProtected: [
    alt('[id$="Signature"]', 'signature block (OWA-sent HTML; editor: inference) A'),
    alt('[id$="appendonsend"]', 'history marker (OWA-sent samples) M'),
    alt('[id$="divRplyFwdMsg"]', 'quoted message header M'),
    alt('[id$="mail-editor-reference-message-container"]', 'history in new Outlook M'),
    alt('hr', 'the rule before the history'),
  ],
  /** The signed-in address (§3.8): the folder tree's mailbox root carries it in title or data-folder-name. */
  account: [
    alt('[id^="primaryMailboxRoot_"][title*="@"]', 'folder tree mailbox root (MV L61-77; MV-MOCK L627-651) M'),
    alt('[id^="primaryMailboxRoot_"][data-folder-name*="@"]', 'same, address in data-folder-name (MV-MOCK) M'),
    alt('[aria-labelledby^="primaryMailboxRoot_"]', 'older builds: the address in the id itself (COMM-26968661387) M'),
    alt('#mectrl_currentAccount_secondary', 'account flyout, only when the user opened it (COMM, 4 files) A'),
  ],
} satisfies Record<string, readonly Alternative[]>;

export type SelectorName = keyof typeof SELECTORS;

const table = lookups<SelectorName>(SELECTORS);
export const { find, findAll, findEvery, matches, closest } = table;
export const takeSelectorStats = table.takeStats;
export const resetSelectorStats = table.resetStats;

/**
 * Layout markers: markup of today's OWA (Fluent 2 icons, the hashed message wrapper of Nov 2025). Counted once per
 * conversation as `new:<name>`; their absence tells an older build or a changed page apart from a broken lookup.
 */
export const CANARIES = {
  fluentIcons: alt('[data-icon-name$="Regular"]', 'Fluent 2 icon names, 2023-26 (MV-MOCK; MV)'),
  messageWrapper: alt('.aVla3', 'hashed message wrapper, Nov 2025 (MV L137)'),
} as const;

export function countCanaries(root: ParentNode): void {
  for (const [name, { css }] of Object.entries(CANARIES)) {
    let hit = false;
    try {
      hit = root.querySelector(css) !== null;
    } catch {
      hit = false;
    }
    table.count(`${CANARY_PREFIX}${name}`, hit);
  }
}
