/**
 * What a woken worker reads: after each whole read the schedule stores, per application, its reminder horizon (the
 * last moment any of its reminders can be in a list: reminderHorizons in lib/core/reminders) and a fingerprint of
 * the store. A wake-up then reads by index only the applications whose horizon is still ahead, instead of every
 * event: a long history of applications that went quiet months ago is not read at all. When the store changed
 * since (counts, the latest update, the user's actions or the settings differ) it reads the whole store again.
 */
import { browser } from 'wxt/browser';
import { reminderHorizons } from '../core/reminders';
import type { ReminderAction } from '../core/reminders/types';
import type { Settings } from '../core/settings';
import type { Timeline } from '../core/timeline/types';
import type { CallbackDb } from '../store';

const KEY = 'scheduleHorizons';
const VERSION = 1;

interface Stored {
  version: number;
  fingerprint: string;
  /** Applications whose horizon is ahead of the whole read: id, horizon (ms since 1970). */
  apps: [string, number][];
}

/** Session storage where the browser has it (cleared with the browser, kept across worker restarts). */
function area() {
  return browser.storage.session ?? browser.storage.local;
}

/** What the stored horizons were computed from: the store's size and latest update, the actions and the settings. */
async function fingerprint(db: CallbackDb, actions: ReminderAction[], settings: Settings): Promise<string> {
  const [apps, events, people, notes, latest] = await db.transaction('r', [db.applications, db.events, db.people, db.notes], () =>
    Promise.all([db.applications.count(), db.events.count(), db.people.count(), db.notes.count(), db.applications.orderBy('updatedAt').last()]),
  );
  const acted = actions.map((a) => `${a.reminderId}|${a.status}|${a.snoozedUntil ?? ''}|${a.at}`).sort();
  return JSON.stringify([apps, events, people, notes, latest?.updatedAt ?? null, acted, settings]);
}

/** After a whole read (or a pass over the whole copy): store which applications a wake-up must read. */
export async function saveHorizons(db: CallbackDb, timeline: Timeline, actions: ReminderAction[], settings: Settings, now: Date): Promise<void> {
  try {
    const ahead = [...reminderHorizons(timeline, actions, settings)].filter(([, until]) => until > now.getTime());
    const stored: Stored = { version: VERSION, fingerprint: await fingerprint(db, actions, settings), apps: ahead };
    await area().set({ [KEY]: stored });
  } catch (error) {
    console.error('Callback: schedule horizons not saved', error);
  }
}

/** Forget them (a change the fingerprint might not see: the next wake-up reads the whole store). */
export async function dropHorizons(): Promise<void> {
  await area().remove(KEY);
}

/**
 * The timeline a wake-up needs at `now`: the applications whose horizon is ahead, with their records, read by
 * index; with the number of applications in the store. Null when there are no stored horizons or the store changed
 * since they were computed: then read it whole.
 */
export async function readLiveTimeline(
  db: CallbackDb,
  actions: ReminderAction[],
  settings: Settings,
  now: Date,
): Promise<{ timeline: Timeline; applications: number } | null> {
  const stored = (await area().get(KEY))[KEY] as Stored | undefined;
  if (!stored || stored.version !== VERSION || !Array.isArray(stored.apps)) return null;
  if (stored.fingerprint !== (await fingerprint(db, actions, settings))) return null;
  const ids = stored.apps.filter(([, until]) => until > now.getTime()).map(([id]) => id);
  const [applications, events, people, notes, count] = await db.transaction('r', [db.applications, db.events, db.people, db.notes], () =>
    Promise.all([
      db.applications.bulkGet(ids),
      db.events.where('applicationId').anyOf(ids).toArray(),
      db.people.where('applicationId').anyOf(ids).toArray(),
      db.notes.where('applicationId').anyOf(ids).toArray(),
      db.applications.count(),
    ]),
  );
  return { timeline: { applications: applications.filter((a) => a !== undefined), events, people, notes }, applications: count };
}
