/**
 * Recompute badge, alarm, notifications and the popup snapshot from the store. Runs on start (a browser restart or a woken worker),
 * on alarms, and on every change; overlapping calls are coalesced so a burst of changes makes one refresh.
 */
import type { ReminderAction, Reminder } from '../core/reminders/types';
import type { Settings } from '../core/settings';
import type { ReviewItem } from '../core/timeline/review';
import type { Timeline } from '../core/timeline/types';
import { getDb, getSettings, listReminderActions, listReviewItems, loadTimeline, type CallbackDb } from '../store';
import { setDueAlarm } from './alarms';
import { setBadge } from './badge';
import { computeReminders } from './engine';
import { announce, loadNotified } from './notifications';
import { planSchedule, type Plan } from './plan';
import { buildPopupSnapshot } from './popup-snapshot';
import { writePopupSnapshot } from './snapshot-storage';

export interface Snapshot {
  timeline: Timeline;
  actions: ReminderAction[];
  settings: Settings;
  /** The open review items (the popup snapshot shows the first ones and their number). */
  review: ReviewItem[];
}

export interface ScheduleDeps {
  db: () => CallbackDb;
  now: () => Date;
}

const defaults: ScheduleDeps = { db: getDb, now: () => new Date() };
let deps: ScheduleDeps = defaults;

/** The database the schedule reads (the extension's, or a test's). */
export function scheduleDb(): CallbackDb {
  return deps.db();
}

/** Tests swap the database and the clock. */
export function setScheduleDeps(next: Partial<ScheduleDeps> | null): void {
  deps = next ? { ...defaults, ...next } : defaults;
}

export async function loadSnapshot(db: CallbackDb): Promise<Snapshot> {
  const [timeline, actions, settings, review] = await Promise.all([
    loadTimeline(db),
    listReminderActions(db),
    getSettings(db),
    listReviewItems(db),
  ]);
  return { timeline, actions, settings, review };
}

/** Apply a snapshot: badge, alarm, popup snapshot, notifications. Returns the plan (for tests and logs). */
export async function applySnapshot(snapshot: Snapshot): Promise<Plan> {
  const now = deps.now();
  const { reminders, count, nextWake } = computeReminders(snapshot, now);
  const plan = planSchedule({ reminders, settings: snapshot.settings, now, count, nextWake, notified: await loadNotified() });
  await setBadge(plan.badgeText, plan.badgeColour);
  await setDueAlarm(plan.alarmAt);
  await savePopupSnapshot(snapshot, reminders, plan, now);
  const apps = new Map(snapshot.timeline.applications.map((a) => [a.id, a]));
  await announce(plan.notify, plan.more, apps);
  return plan;
}

/** The popup's first view (popup-snapshot.ts). A failure here costs the popup its head start, nothing else. */
async function savePopupSnapshot(snapshot: Snapshot, reminders: Reminder[], plan: Plan, now: Date): Promise<void> {
  try {
    const { timeline, settings, review } = snapshot;
    const badge = { text: plan.badgeText, colour: plan.badgeColour };
    await writePopupSnapshot(buildPopupSnapshot({ reminders, timeline, settings, review, badge, now }));
  } catch (error) {
    console.error('Callback: popup snapshot not saved', error);
  }
}

let running: Promise<Plan | null> | null = null;
let again = false;

/** Recompute everything now. Safe to call from anywhere in the background (e.g. after an ingest). */
export function refreshSchedule(snapshot?: Snapshot): Promise<Plan | null> {
  if (running) {
    again = true;
    return running;
  }
  const run = async (): Promise<Plan | null> => {
    let plan: Plan | null = null;
    let next = snapshot;
    do {
      again = false;
      try {
        plan = await applySnapshot(next ?? (await loadSnapshot(deps.db())));
      } catch (error) {
        console.error('Callback: schedule refresh failed', error);
      }
      next = undefined;
    } while (again);
    return plan;
  };
  running = run().finally(() => {
    running = null;
  });
  return running;
}

/** Find one reminder as it is now (a notification was clicked). */
export async function findReminder(id: string): Promise<Reminder | null> {
  const snapshot = await loadSnapshot(deps.db());
  return computeReminders(snapshot, deps.now()).reminders.find((r) => r.id === id) ?? null;
}
