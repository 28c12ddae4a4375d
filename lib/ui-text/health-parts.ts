/**
 * The parts of a mail host's page Callback looks for (its selectors' names, `threadList`, `replyButton`), named in
 * the interface's language for the options page's health section. Gmail and Outlook share names where the part
 * is the same (`list` is Outlook's `threadList`); a name not listed here (a newer build's) is shown as it is.
 */
import { t, type MessageKey } from './i18n';

const PARTS: Record<string, MessageKey> = {
  main: 'health_part_main',
  threadList: 'health_part_thread_list',
  list: 'health_part_thread_list',
  row: 'health_part_row',
  rowSender: 'health_part_row_sender',
  rowSubject: 'health_part_row_subject',
  rowSnippet: 'health_part_row_snippet',
  rowDate: 'health_part_row_date',
  rowIds: 'health_part_row_ids',
  selectedRow: 'health_part_selected_row',
  threadContainer: 'health_part_conversation',
  conversation: 'health_part_conversation',
  previewPane: 'health_part_reading_pane',
  readingPane: 'health_part_reading_pane',
  subject: 'health_part_subject',
  threadIds: 'health_part_thread_ids',
  messageList: 'health_part_message_list',
  message: 'health_part_message',
  messageHeader: 'health_part_message_header',
  messageWrapper: 'health_part_message_wrapper',
  collapsed: 'health_part_collapsed',
  sender: 'health_part_sender',
  date: 'health_part_date',
  body: 'health_part_body',
  quoted: 'health_part_quoted',
  replyButton: 'health_part_reply_button',
  bottomReply: 'health_part_bottom_reply',
  editor: 'health_part_editor',
  editorProtected: 'health_part_editor_protected',
  account: 'health_part_account',
  fluentIcons: 'health_part_fluent_icons',
  reply: 'health_part_reply',
  more: 'health_part_more',
  pills: 'health_part_pills',
};

export function healthPartName(name: string): string {
  const key = Object.hasOwn(PARTS, name) ? PARTS[name] : undefined;
  return key ? t(key) : name;
}
