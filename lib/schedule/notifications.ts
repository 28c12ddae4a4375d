/** Notifications for reminders as they fall due; a click opens the popup on that item, or the thread. */
import { browser } from 'wxt/browser';
import type { Reminder } from '../core/reminders/types';
import { RULES } from '../core/playbook';
import type { Application } from '../core/timeline/types';
import { t } from '../ui-text/i18n';
import { ruleAction, ruleWhy, threadUrl } from '../ui-text/labels';
import { count } from '../ui-text/plural';
import { POPUP_FOCUS_KEY, type PopupFocus } from '../popup/focus';
import { MAX_NOTIFICATIONS, notifyKey } from './plan';

export const NOTIFIED_KEY = 'notifiedReminders';
const PREFIX = 'callback:';
const SUMMARY_ID = `${PREFIX}summary`;
const KEEP = 500;

export async function loadNotified(): Promise<Set<string>> {
  const stored = (await browser.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY];
  return new Set(Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : []);
}

async function remember(keys: string[]): Promise<void> {
  const list = [...(await loadNotified()), ...keys];
  await browser.storage.local.set({ [NOTIFIED_KEY]: list.slice(-KEEP) });
}

/**
 * One notification for what became due: a single reminder as itself (a click opens it), several summed up in one
 * ("3 follow-ups are due", the first few named). Remembered so none is announced twice.
 */
export async function announce(
  reminders: readonly Reminder[],
  more: number,
  applications: ReadonlyMap<string, Application>,
): Promise<void> {
  if (reminders.length === 0 && more === 0) return;
  const notifications = browser.notifications;
  if (!notifications) return;
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  const what = (reminder: Reminder) => {
    const app = applications.get(reminder.applicationId);
    const known = !!RULES[reminder.ruleId];
    return {
      action: known ? ruleAction(reminder.ruleId) : null,
      why: known ? ruleWhy(reminder.ruleId) : undefined,
      place: app ? `${app.company}${app.role ? `, ${app.role}` : ''}` : null,
    };
  };
  const total = reminders.length + more;
  if (total === 1 && reminders[0]) {
    const { action, why, place } = what(reminders[0]);
    await notifications.create(`${PREFIX}${reminders[0].id}`, {
      type: 'basic',
      iconUrl,
      title: action ?? t('notify_reminder'),
      message: place ?? t('notify_one_due'),
      contextMessage: why,
    });
  } else {
    const named = reminders.slice(0, MAX_NOTIFICATIONS).map((r) => {
      const { action, place } = what(r);
      const doing = action ?? t('notify_a_follow_up');
      return place ? t('notify_item', { action: doing, place }) : doing;
    });
    const rest = total - named.length;
    if (rest > 0) named.push(t('notify_and_more', { count: rest }));
    await notifications.create(SUMMARY_ID, {
      type: 'basic',
      iconUrl,
      title: count(total, 'count_due'),
      message: `${named.join('; ')}.`,
      contextMessage: t('notify_open'),
    });
  }
  await remember(reminders.map(notifyKey));
}

/**
 * A click on a notification: remember which reminder the popup should show, then open the popup (Chrome 127+);
 * where that is not allowed, open the thread in Gmail, or the popup page in a tab.
 */
export async function openFromNotification(notificationId: string, find: (id: string) => Promise<Reminder | null>): Promise<void> {
  if (!notificationId.startsWith(PREFIX)) return;
  const reminderId = notificationId === SUMMARY_ID ? null : notificationId.slice(PREFIX.length);
  await browser.notifications?.clear(notificationId);
  const focus: PopupFocus = { reminderId, at: new Date().toISOString() };
  await browser.storage.local.set({ [POPUP_FOCUS_KEY]: focus });
  try {
    await browser.action.openPopup();
    return;
  } catch {
    // No popup without a browser window in focus (or an older browser): fall through.
  }
  const reminder = reminderId ? await find(reminderId) : null;
  const url = reminder?.threadId
    ? threadUrl(reminder.threadId, reminder.account)
    : browser.runtime.getURL(`/popup.html${reminderId ? `#reminder-${encodeURIComponent(reminderId)}` : ''}`);
  await browser.tabs.create({ url });
}
