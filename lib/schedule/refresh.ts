/**
 * Recompute badge, alarm, notifications and the popup snapshot (lib/popup) from a store read. Runs on start (a
 * browser restart or a woken worker), on alarms, and on every change; overlapping calls are coalesced so a burst of
 * changes makes one refresh.
 */
import type { Reminder } from '../core/reminders/types';
import { getDb, getSettings, listReminderActions, listReviewItems, readStore, type CallbackDb, type StoreRead } from '../store';
import { setDueAlarm } from './alarms';
import { setBadge } from './badge';
import { computeReminders } from './engine';
import { announce, loadNotified } from './notifications';
import { planSchedule, type Plan } from './plan';
import { buildPopupSnapshot } from '../popup/snapshot';
import { writePopupSnapshot } from '../popup/snapshot-storage';
import { TimelineCache } from './timeline-cache';
import { readLiveTimeline, saveHorizons } from './wake-read';

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
  cache = null;
}

/** Recompute from a store read: badge, alarm, popup snapshot, notifications. Returns the plan (for tests and logs). */
export async function applyStoreRead(read: StoreRead): Promise<Plan> {
  const now = deps.now();
  const { reminders, count, nextWake } = computeReminders(read, now);
  const plan = planSchedule({ reminders, settings: read.settings, now, count, nextWake, notified: await loadNotified() });
  await setBadge(plan.badgeText, plan.badgeColour, count);
  await setDueAlarm(plan.alarmAt);
  await savePopupSnapshot(read, reminders, plan, now);
  const apps = new Map(read.timeline.applications.map((a) => [a.id, a]));
  await announce(plan.notify, plan.more, apps);
  return plan;
}

/** The popup's first view (lib/popup/snapshot.ts). A failure here costs the popup its head start, nothing else. */
async function savePopupSnapshot(read: StoreRead, reminders: Reminder[], plan: Plan, now: Date): Promise<void> {
  try {
    const { timeline, settings, review } = read;
    const badge = { text: plan.badgeText, colour: plan.badgeColour };
    await writePopupSnapshot(buildPopupSnapshot({ reminders, timeline, settings, review, badge, now, applications: read.applications }));
  } catch (error) {
    console.error('Callback: popup snapshot not saved', error);
  }
}

/**
 * After an ingest, wait this long for more changes (the rest of a burst) before recomputing. Recomputing reads the
 * copy and derives every reminder (a few hundred ms on a worker that just woke, at 10,000 events), and the next
 * thread's bar waits behind it: a second of quiet means the user is reading, not clicking through mail.
 */
export const CHANGE_DEBOUNCE_MS = 1000;

let cache: TimelineCache | null = null;
let running: Promise<Plan | null> | null = null;
/** What changed since the last refresh began: everything (a page's change, a wake-up) or some applications. */
let pendingAll = false;
const pendingApps = new Set<string>();
/** A pass is due even if no application changed (a review item was added: the popup's list changes). */
let pendingPass = false;
let debounce: ReturnType<typeof setTimeout> | undefined;

/**
 * The store after what changed: the copy patched from the changed applications; after a wake-up (no copy), only
 * the applications whose reminder horizon is ahead (wake-read.ts), when the store is as they were computed on; else
 * read whole. A wake-up's copy is read whole before its first patch, so that every copy knows which store state it is.
 */
async function nextStoreRead(db: CallbackDb, all: boolean, apps: ReadonlySet<string>): Promise<StoreRead> {
  if (!all && !cache) {
    const [actions, settings, review] = await Promise.all([listReminderActions(db), getSettings(db), listReviewItems(db)]);
    const live = await readLiveTimeline(db, actions, settings, deps.now());
    if (live) {
      cache = TimelineCache.fromTimeline(live.timeline, live.mark);
      return { timeline: live.timeline, actions, settings, review, applications: live.applications };
    }
  }
  if (all || !cache || (!cache.whole && apps.size > 0)) {
    const read = await readStore(db);
    cache = TimelineCache.fromTimeline(read.timeline);
    return read;
  }
  // The copy may hold only the applications a wake-up read: the store's own count for the popup.
  const [, actions, settings, review, applications] = await Promise.all([
    cache.reload(db, apps),
    listReminderActions(db),
    getSettings(db),
    listReviewItems(db),
    db.applications.count(),
  ]);
  return { timeline: cache.timeline(), actions, settings, review, applications };
}

function pending(): boolean {
  return pendingAll || pendingPass || pendingApps.size > 0;
}

function run(read?: StoreRead): Promise<Plan | null> {
  if (running) return running;
  const work = async (): Promise<Plan | null> => {
    let plan: Plan | null = null;
    let given = read;
    while (given || pending()) {
      const all = pendingAll;
      const apps = new Set(pendingApps);
      pendingAll = false;
      pendingPass = false;
      pendingApps.clear();
      try {
        if (given) cache = TimelineCache.fromTimeline(given.timeline);
        const next = given ?? (await nextStoreRead(deps.db(), all, apps));
        plan = await applyStoreRead(next);
        // The copy holds every application that can have a reminder: what the next wake-up reads, with the mark of
        // the data they were computed from (not of the store now: a write since would go unseen).
        await saveHorizons(cache?.mark() ?? null, next.timeline, next.actions, next.settings, deps.now());
      } catch (error) {
        cache = null; // read whole next time
        console.error('Callback: schedule refresh failed', error);
      }
      given = undefined;
    }
    return plan;
  };
  running = work().finally(() => {
    running = null;
    // A change that arrived while the last pass was writing: one more pass.
    if (pending()) void run();
  });
  return running;
}

/**
 * Recompute everything now from the whole store (a page changed it, the browser started, an alarm fired). Overlapping
 * calls are coalesced: a burst of changes makes one more pass.
 */
export function refreshSchedule(read?: StoreRead): Promise<Plan | null> {
  if (!read) pendingAll = true;
  if (running) {
    if (read) pendingAll = true;
    return running.then(() => run());
  }
  return run(read);
}

/**
 * An ingest changed these applications (or the review list): recompute from them shortly, after the thread's bar
 * was answered and the rest of a burst arrived, reading only what changed.
 */
export function scheduleChanged(applicationIds: Iterable<string>): void {
  for (const id of applicationIds) pendingApps.add(id);
  // A review item alone changes the popup's list: an empty set still makes a pass (it re-reads the review list).
  pendingPass = true;
  if (debounce !== undefined) clearTimeout(debounce);
  debounce = setTimeout(() => {
    debounce = undefined;
    void run();
  }, CHANGE_DEBOUNCE_MS);
}

/** The user's actions or settings changed: recompute now over the copy of the timeline (read whole if there is none). */
export function refreshFromCopy(): Promise<Plan | null> {
  pendingPass = true;
  return running ? running.then(() => run()) : run();
}

/** Forget the copy (tests, and a page's change that the next refresh reads whole anyway). */
export function dropScheduleCache(): void {
  cache = null;
}

/** Find one reminder as it is now (a notification was clicked). */
export async function findReminder(id: string): Promise<Reminder | null> {
  const read = await readStore(deps.db());
  return computeReminders(read, deps.now()).reminders.find((r) => r.id === id) ?? null;
}
