/**
 * Badge, alarms, notifications and the popup snapshot: kept right after a browser restart, a worker wake-up and every
 * change.
 */
import { liveQuery, type Subscription } from 'dexie';
import { browser } from 'wxt/browser';
import { ensureSafetyAlarm, isScheduleAlarm } from './alarms';
import { openFromNotification } from './notifications';
import { findReminder, loadSnapshot, refreshSchedule, scheduleDb, setScheduleDeps } from './refresh';

export { refreshSchedule, setScheduleDeps };

let subscription: Subscription | null = null;

/** Every listener is added synchronously (a woken worker gets the event that woke it), then one refresh runs. */
export function startSchedule(): void {
  browser.runtime.onStartup.addListener(() => void refreshSchedule());
  browser.runtime.onInstalled.addListener(() => void refreshSchedule());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (isScheduleAlarm(alarm.name)) void refreshSchedule();
  });
  browser.notifications?.onClicked.addListener((id) => void openFromNotification(id, findReminder));
  void ensureSafetyAlarm();
  // Every change in the store, from any extension page or the background itself, while this worker is awake.
  // The first emission is the wake-up refresh.
  subscription?.unsubscribe();
  subscription = liveQuery(() => loadSnapshot(scheduleDb())).subscribe({
    next: (snapshot) => void refreshSchedule(snapshot),
    error: (error) => console.error('Callback: schedule subscription failed', error),
  });
}

/** Stop watching the store (tests). */
export function stopSchedule(): void {
  subscription?.unsubscribe();
  subscription = null;
}
