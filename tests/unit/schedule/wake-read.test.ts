// A woken worker reads only the applications whose reminders can still be in a list (lib/schedule/wake-read.ts):
// its badge and popup snapshot must be those of a whole read at the same moment.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dropScheduleCache, refreshFromCopy, refreshSchedule, scheduleChanged, setScheduleDeps } from '../../../lib/schedule/refresh';
import { POPUP_SNAPSHOT_KEY } from '../../../lib/popup/snapshot-storage';
import { addManualApplication, addManualInterview, openDb, saveSettings, type CallbackDb } from '../../../lib/store';

let db: CallbackDb;
let now: Date;
let n = 0;
const D = 86_400_000;

const at = (ms: number) => new Date(ms).toISOString();
const stored = async (key: string) => ((await browser.storage.session.get(key)) as Record<string, unknown>)[key];

/** Three applications that went quiet months ago and one with an interview the day after `wake`. */
async function seed(wake: number): Promise<{ live: string; quiet: string[] }> {
  await saveSettings(db, { timeZone: 'UTC' });
  const quiet: string[] = [];
  for (const [i, company] of ['Old One', 'Old Two', 'Old Three'].entries()) {
    const start = wake - (120 + 10 * i) * D;
    const app = await addManualApplication(db, { company, role: null, appliedAt: at(start - 10 * D) }, { now: at(start - 10 * D) });
    await addManualInterview(db, app.id, { start: at(start), end: at(start + 3_600_000), interviewers: [{ name: 'Ana Diaz', email: null }] }, { now: at(start - 5 * D) });
    quiet.push(app.id);
  }
  const app = await addManualApplication(db, { company: 'Acme', role: 'Engineer', appliedAt: at(wake - 20 * D) }, { now: at(wake - 20 * D) });
  await addManualInterview(db, app.id, { start: at(wake + D), end: at(wake + D + 3_600_000), interviewers: [{ name: 'Bo Li', email: null }] }, { now: at(wake - 3 * D) });
  return { live: app.id, quiet };
}

/** What the user sees: the badge and the popup's first view (its time aside). */
async function seen() {
  return { badge: await browser.action.getBadgeText({}), popup: await stored(POPUP_SNAPSHOT_KEY) };
}

beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`wake-${n++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  setScheduleDeps({ db: () => db, now: () => now });
});

afterEach(() => {
  setScheduleDeps(null);
  vi.restoreAllMocks();
});

describe('a woken worker', () => {
  it.each([
    ['an hour later', 3_600_000],
    ['the evening before the interview', 10 * 3_600_000],
    ['the interview day, after it', D + 5 * 3_600_000],
    ['ten days later, when every reminder has lapsed', 10 * D],
  ])('reads only the live applications and shows what a whole read shows: %s', async (_, later) => {
    const wake = Date.parse('2026-03-02T08:00:00Z');
    const { live, quiet } = await seed(wake);
    now = new Date(wake);
    await refreshSchedule();
    // What the next wake-up will read: the application with the interview ahead, none of the quiet ones.
    const horizons = (await stored('scheduleHorizons')) as { apps: [string, number][] };
    expect(horizons.apps.map(([id]) => id)).toEqual([live]);
    expect(quiet.every((id) => !horizons.apps.some(([x]) => x === id))).toBe(true);

    now = new Date(wake + later);
    setScheduleDeps({ db: () => db, now: () => now }); // the worker stopped: its copy is gone
    const wholeRead = vi.spyOn(db.events, 'toArray');
    await refreshFromCopy();
    expect(wholeRead).not.toHaveBeenCalled();
    wholeRead.mockRestore();
    const afterWake = await seen();
    dropScheduleCache();
    await refreshSchedule(); // the whole store, at the same moment
    expect(afterWake).toEqual(await seen());
  });

  it('reads the whole store when it changed while the worker slept (a page wrote to it)', async () => {
    const wake = Date.parse('2026-03-02T08:00:00Z');
    const { quiet } = await seed(wake);
    now = new Date(wake);
    await refreshSchedule();
    // A new interview for a quiet application, written with no worker awake to hear of it.
    await addManualInterview(db, quiet[0]!, { start: at(wake + 2 * D), end: at(wake + 2 * D + 3_600_000), interviewers: [{ name: 'Cy Ng', email: null }] }, { now: at(wake) });
    now = new Date(wake + 2 * D + 5 * 3_600_000);
    setScheduleDeps({ db: () => db, now: () => now });
    const wholeRead = vi.spyOn(db.events, 'toArray');
    await refreshFromCopy();
    expect(wholeRead).toHaveBeenCalled();
    const snapshot = (await stored(POPUP_SNAPSHOT_KEY)) as { sections: Record<string, { company?: string }[]> };
    const companies = Object.values(snapshot.sections).flat().map((r) => JSON.stringify(r));
    expect(companies.some((r) => r.includes('Old One'))).toBe(true);
  });

  /**
   * A page writes while the worker is between its read and saving the horizons (here: while it sets the badge), and
   * the worker stops before it hears of the write. The next wake-up must not trust horizons that do not know of it.
   */
  async function writeDuringPass(pass: () => Promise<unknown>, write: () => Promise<unknown>): Promise<void> {
    const setBadgeText = browser.action.setBadgeText.bind(browser.action);
    let written = false;
    vi.spyOn(browser.action, 'setBadgeText').mockImplementation(async (details) => {
      if (!written) {
        written = true;
        await write();
      }
      return setBadgeText(details);
    });
    await pass();
    expect(written).toBe(true);
    vi.mocked(browser.action.setBadgeText).mockRestore();
  }

  async function wakeShowsOldOne(wake: number): Promise<void> {
    now = new Date(wake + 2 * D + 5 * 3_600_000); // after the new interview: its thank-you is due
    setScheduleDeps({ db: () => db, now: () => now }); // the worker stopped: its copy is gone
    await refreshFromCopy();
    const snapshot = (await stored(POPUP_SNAPSHOT_KEY)) as { sections: Record<string, { company?: string }[]> };
    const rows = Object.values(snapshot.sections).flat().map((r) => JSON.stringify(r));
    expect(rows.some((r) => r.includes('Old One'))).toBe(true);
  }

  it('does not miss a write that landed between the whole read and the saving of the horizons', async () => {
    const wake = Date.parse('2026-03-02T08:00:00Z');
    const { quiet } = await seed(wake);
    now = new Date(wake);
    await writeDuringPass(
      () => refreshSchedule(),
      () => addManualInterview(db, quiet[0]!, { start: at(wake + 2 * D), end: at(wake + 2 * D + 3_600_000), interviewers: [{ name: 'Cy Ng', email: null }] }, { now: at(wake) }),
    );
    await wakeShowsOldOne(wake);
  });

  it('does not miss a write to another application that landed while an ingest patched the copy', async () => {
    const wake = Date.parse('2026-03-02T08:00:00Z');
    const { live, quiet } = await seed(wake);
    now = new Date(wake);
    await refreshSchedule();
    // An ingest changed the live application; a page writes to a quiet one while that change is recomputed.
    await addManualInterview(db, live, { start: at(wake + 3 * D), end: at(wake + 3 * D + 3_600_000), interviewers: [{ name: 'Di Ho', email: null }] }, { now: at(wake) });
    await writeDuringPass(
      () => {
        scheduleChanged([live]);
        return refreshFromCopy();
      },
      () => addManualInterview(db, quiet[0]!, { start: at(wake + 2 * D), end: at(wake + 2 * D + 3_600_000), interviewers: [{ name: 'Cy Ng', email: null }] }, { now: at(wake) }),
    );
    await wakeShowsOldOne(wake);
  });

  it('reads a woken copy whole before patching it, and the next wake-up again reads only the live applications', async () => {
    const wake = Date.parse('2026-03-02T08:00:00Z');
    const { live } = await seed(wake);
    now = new Date(wake);
    await refreshSchedule();
    setScheduleDeps({ db: () => db, now: () => now }); // stopped; the alarm wakes it
    await refreshFromCopy();
    await addManualInterview(db, live, { start: at(wake + 3 * D), end: at(wake + 3 * D + 3_600_000), interviewers: [{ name: 'Di Ho', email: null }] }, { now: at(wake) });
    const wholeRead = vi.spyOn(db.events, 'toArray');
    scheduleChanged([live]);
    await refreshFromCopy();
    expect(wholeRead).toHaveBeenCalled();
    wholeRead.mockClear();
    setScheduleDeps({ db: () => db, now: () => now });
    await refreshFromCopy();
    expect(wholeRead).not.toHaveBeenCalled();
  });
});
