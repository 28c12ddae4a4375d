/**
 * Badge, alarms, notifications and the popup snapshot: kept right after a browser restart, a worker wake-up and every
 * change.
 */
import { liveQuery, type Subscription } from 'dexie';
import { browser } from 'wxt/browser';
import { ensureSafetyAlarm, isScheduleAlarm } from './alarms';
import { openFromNotification } from './notifications';
import { findReminder, refreshFromCopy, refreshSchedule, scheduleDb, setScheduleDeps } from './refresh';

export { refreshSchedule, setScheduleDeps };

let subscription: Subscription | null = null;

/** Every listener is added synchronously (a woken worker gets the event that woke it), then one refresh runs. */
export function startSchedule(): void {
  browser.runtime.onStartup.addListener(() => void refreshSchedule());
  browser.runtime.onInstalled.addListener(() => void refreshSchedule());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (isScheduleAlarm(alarm.name)) void refreshFromCopy();
  });
  browser.notifications?.onClicked.addListener((id) => void openFromNotification(id, findReminder));
  void ensureSafetyAlarm();
  // The user's actions and settings, from any extension page, while this worker is awake: small tables, watched
  // here so a snooze or a setting is reflected without a message. The timeline itself is not watched (reading
  // 10,000 events on every write made ingest slow down as the store grew): an ingest names the applications it
  // changed (scheduleChanged), and a page that edits the timeline asks for a refresh. The first emission is the
  // wake-up refresh, which reads the timeline whole.
  subscription?.unsubscribe();
  const db = scheduleDb();
  subscription = liveQuery(() => Promise.all([db.reminderActions.toArray(), db.settings.toArray()])).subscribe({
    next: () => void refreshFromCopy(),
    error: (error) => console.error('Callback: schedule subscription failed', error),
  });
}

/** Stop watching the store (tests). */
export function stopSchedule(): void {
  subscription?.unsubscribe();
  subscription = null;
}
