/**
 * What a woken worker reads: after each pass the schedule stores, per application, its reminder horizon (the last
 * moment any of its reminders can be in a list: reminderHorizons in lib/core/reminders) and a fingerprint of the data
 * those horizons were computed from. A wake-up then reads by index only the applications whose horizon is still
 * ahead, instead of every event: a long history of applications that went quiet months ago is not read at all. When
 * the store no longer matches the fingerprint (counts, the latest update, the user's actions or the settings differ)
 * it reads the whole store again.
 *
 * The fingerprint describes the data the horizons came from (StoreMark: counted from the read itself, or checked
 * against the store in the transaction that read it), never the store at some later moment: a write that lands
 * after the read, before the horizons are saved, leaves the store unlike the fingerprint, and the next wake-up reads
 * it whole instead of trusting horizons that do not know of the write.
 */
import { Dexie } from 'dexie';
import { browser } from 'wxt/browser';
import { reminderHorizons } from '../core/reminders';
import type { ReminderAction } from '../core/reminders/types';
import type { Settings } from '../core/settings';
import type { Timeline } from '../core/timeline/types';
import type { CallbackDb } from '../store';

/** The store's part of the fingerprint: the size of each table and the latest update of an application. */
export interface StoreMark {
  applications: number;
  events: number;
  people: number;
  notes: number;
  latest: string | null;
}

const KEY = 'scheduleHorizons';
const VERSION = 2;

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

/**
 * The store's mark, read inside the caller's transaction (so that it describes what the same transaction reads).
 * A Dexie promise, not a native async function: Dexie follows its transaction through only a few native steps.
 */
function storeMark(db: CallbackDb): Promise<StoreMark> {
  return Dexie.Promise.all([db.applications.count(), db.events.count(), db.people.count(), db.notes.count(), db.applications.orderBy('updatedAt').last()]).then(
    ([applications, events, people, notes, latest]) => ({ applications, events, people, notes, latest: latest?.updatedAt ?? null }),
  );
}

/** The fingerprint: the mark of the data and the actions and settings the horizons were computed from. */
function fingerprint(mark: StoreMark, actions: ReminderAction[], settings: Settings): string {
  const acted = actions.map((a) => `${a.reminderId}|${a.status}|${a.snoozedUntil ?? ''}|${a.at}`).sort();
  return JSON.stringify([mark.applications, mark.events, mark.people, mark.notes, mark.latest, acted, settings]);
}

/**
 * After a pass: store which applications a wake-up must read, with the mark of the data `timeline` was taken from
 * (TimelineCache.mark). Without a mark (data of unknown provenance) the horizons are dropped: the next wake-up reads
 * the store whole.
 */
export async function saveHorizons(mark: StoreMark | null, timeline: Timeline, actions: ReminderAction[], settings: Settings, now: Date): Promise<void> {
  try {
    if (!mark) {
      await dropHorizons();
      return;
    }
    const ahead = [...reminderHorizons(timeline, actions, settings)].filter(([, until]) => until > now.getTime());
    const stored: Stored = { version: VERSION, fingerprint: fingerprint(mark, actions, settings), apps: ahead };
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
 * The timeline a wake-up needs at `now`: the applications whose horizon is ahead, with their records, read by index
 * in the transaction that checks the store against the fingerprint (a write cannot land between the check and the
 * read); with the number of applications in the store and the store's mark. Null when there are no stored horizons
 * or the store changed since they were computed: then read it whole.
 */
export async function readLiveTimeline(
  db: CallbackDb,
  actions: ReminderAction[],
  settings: Settings,
  now: Date,
): Promise<{ timeline: Timeline; applications: number; mark: StoreMark } | null> {
  const stored = (await area().get(KEY))[KEY] as Stored | undefined;
  if (!stored || stored.version !== VERSION || !Array.isArray(stored.apps)) return null;
  const ids = stored.apps.filter(([, until]) => until > now.getTime()).map(([id]) => id);
  return db.transaction('r', [db.applications, db.events, db.people, db.notes], () =>
    storeMark(db).then((mark) => {
      if (stored.fingerprint !== fingerprint(mark, actions, settings)) return null;
      return Dexie.Promise.all([
        db.applications.bulkGet(ids),
        db.events.where('applicationId').anyOf(ids).toArray(),
        db.people.where('applicationId').anyOf(ids).toArray(),
        db.notes.where('applicationId').anyOf(ids).toArray(),
      ]).then(([applications, events, people, notes]) => ({
        timeline: { applications: applications.filter((a) => a !== undefined), events, people, notes },
        applications: mark.applications,
        mark,
      }));
    }),
  );
}
