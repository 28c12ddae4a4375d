// Dexie's liveQuery needs a global indexedDB to run at all; each test still opens its own database.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_COLOURS } from '../../../lib/schedule/plan';
import { DUE_ALARM, SAFETY_ALARM } from '../../../lib/schedule/alarms';
import { refreshSchedule, setScheduleDeps, startSchedule, stopSchedule } from '../../../lib/schedule/start';
import {
  addManualApplication,
  addManualInterview,
  openDb,
  saveSettings,
  setReminderAction,
  type CallbackDb,
} from '../../../lib/store';
import { setTestLocale } from '../../support/i18n';

// One application with an interview on Tuesday 3 March 2026, 10:00-10:45 UTC, one interviewer.
// The engine then asks for a thank-you email by the end of that day (overdue 10:00 the next morning) and a
// posted note by the end of the next working day (Wednesday 17:30).
const THANK_YOU = 'thank-you-email';
let db: CallbackDb;
let now: Date;
let n = 0;

function rgb(hex: string): number[] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255, 255];
}
const badge = () => browser.action.getBadgeText({});
const colour = () => browser.action.getBadgeBackgroundColor({});
const reminderId = async (rule: string) => {
  const interview = (await db.events.toArray()).find((e) => e.kind === 'manual_interview')!;
  return `${rule}:${interview.id}`;
};

async function seed(settings: Parameters<typeof saveSettings>[1] = {}) {
  await saveSettings(db, { timeZone: 'UTC', ...settings });
  const app = await addManualApplication(db, { company: 'Acme', role: 'Engineer', appliedAt: '2026-02-20T10:00:00Z' }, { now: '2026-02-20T10:00:00Z' });
  await addManualInterview(
    db,
    app.id,
    { start: '2026-03-03T10:00:00Z', end: '2026-03-03T10:45:00Z', interviewers: [{ name: 'Ana Diaz', email: 'ana@acme.test' }] },
    { now: '2026-03-01T10:00:00Z' },
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`schedule-${n++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  now = new Date('2026-03-03T15:00:00Z');
  setScheduleDeps({ db: () => db, now: () => now });
});

afterEach(async () => {
  stopSchedule();
  await refreshSchedule();
  setScheduleDeps(null);
  vi.restoreAllMocks();
});

describe('the toolbar badge', () => {
  it('is empty when nothing is due', async () => {
    await refreshSchedule();
    expect(await badge()).toBe('');
  });

  it.each([
    ['the afternoon of the interview: the thank-you is due tonight', '2026-03-03T15:00:00Z', '1', BADGE_COLOURS.due],
    ['the next noon: the thank-you is overdue, the posted note due today', '2026-03-04T12:00:00Z', '2', BADGE_COLOURS.overdue],
    ['the day before: only "prepare" is due', '2026-03-02T12:00:00Z', '1', BADGE_COLOURS.due],
  ])('counts what is due on %s', async (_, at, text, hex) => {
    await seed();
    now = new Date(at);
    await refreshSchedule();
    expect(await badge()).toBe(text);
    expect(await colour()).toEqual(rgb(hex));
  });

  it('drops a reminder the user marked done, and loses the overdue colour with it', async () => {
    await seed();
    now = new Date('2026-03-04T12:00:00Z');
    await setReminderAction(db, await reminderId(THANK_YOU), { status: 'done' });
    await refreshSchedule();
    expect(await badge()).toBe('1');
    expect(await colour()).toEqual(rgb(BADGE_COLOURS.due));
  });

  it('drops a snoozed reminder until its snooze ends', async () => {
    await seed();
    await setReminderAction(db, await reminderId(THANK_YOU), { status: 'snoozed', snoozedUntil: '2026-03-03T18:00:00Z' });
    await refreshSchedule();
    expect(await badge()).toBe('');
    now = new Date('2026-03-03T18:30:00Z');
    await refreshSchedule();
    expect(await badge()).toBe('1');
  });

  it('follows every change in the store while the background is awake, without being asked', async () => {
    await seed();
    startSchedule();
    await vi.waitFor(async () => expect(await badge()).toBe('1'));
    await setReminderAction(db, await reminderId(THANK_YOU), { status: 'dismissed' });
    await vi.waitFor(async () => expect(await badge()).toBe(''));
  });

  it.each([
    ['the browser starts', () => fakeBrowser.runtime.onStartup.trigger()],
    ['the extension is installed or updated', () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never)],
    ['the due alarm fires', () => fakeBrowser.alarms.onAlarm.trigger({ name: DUE_ALARM, scheduledTime: 0 } as never)],
    ['the safety alarm fires', () => fakeBrowser.alarms.onAlarm.trigger({ name: SAFETY_ALARM, scheduledTime: 0 } as never)],
  ])('is recomputed when %s', async (_, fire) => {
    await seed();
    startSchedule();
    await vi.waitFor(async () => expect(await badge()).toBe('1'));
    // Time passes with the worker asleep: the thank-you turns overdue and the posted note falls due.
    now = new Date('2026-03-04T12:00:00Z');
    await fire();
    await vi.waitFor(async () => expect(await badge()).toBe('2'));
  });
});

describe('alarms', () => {
  it('sets one alarm for the next moment something changes, and a periodic safety alarm', async () => {
    await seed();
    startSchedule();
    await vi.waitFor(async () => expect(await browser.alarms.get(DUE_ALARM)).toBeTruthy());
    const alarms = await browser.alarms.getAll();
    expect(alarms.map((a) => a.name).sort()).toEqual([DUE_ALARM, SAFETY_ALARM]);
    // The thank-you's deadline at the end of Tuesday.
    expect((await browser.alarms.get(DUE_ALARM))!.scheduledTime).toBe(Date.parse('2026-03-03T23:59:59.999Z'));
    expect((await browser.alarms.get(SAFETY_ALARM))!.periodInMinutes).toBe(30);
  });

  it('sets no due alarm when nothing is ahead', async () => {
    await refreshSchedule();
    expect(await browser.alarms.get(DUE_ALARM)).toBeUndefined();
  });
});

describe('notifications', () => {
  const shown = () => Object.values(fakeBrowser.notifications.getAllCreateOptions()).map((o) => o.title);

  // Issue #15: four threads opened raised five notifications, one for a reminder not yet due.
  it('announces what became due, once, and nothing that is not due yet (the note to post is due tomorrow)', async () => {
    await seed();
    const create = vi.spyOn(browser.notifications, 'create');
    await refreshSchedule();
    expect(shown()).toEqual(['Send a thank-you email']);
    await refreshSchedule();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('several due at once are summed up in one notification', async () => {
    await seed();
    now = new Date('2026-03-04T12:00:00Z');
    const create = vi.spyOn(browser.notifications, 'create');
    await refreshSchedule();
    expect(create).toHaveBeenCalledTimes(1);
    const [options] = Object.values(fakeBrowser.notifications.getAllCreateOptions());
    expect(options!.title).toBe('2 follow-ups due');
    expect(options!.message).toMatch(/Send a thank-you email.*; Post a handwritten note/);
  });

  it('in German, the summary and the toolbar button read German', async () => {
    setTestLocale('de');
    try {
      await seed();
      now = new Date('2026-03-04T12:00:00Z');
      await refreshSchedule();
      const [options] = Object.values(fakeBrowser.notifications.getAllCreateOptions());
      expect(options!.title).toBe('2 Nachfassaktionen fällig');
      expect(options!.message).toMatch(/Dankesnachricht schicken \(Acme, Engineer\); Handgeschriebene Karte schicken/);
      expect(options!.contextMessage).toBe('Öffnen Sie Callback, um sie zu sehen.');
      expect(await browser.action.getTitle({})).toMatch(/^Callback: \d+ Nachfassaktion(en)? fällig$/);
    } finally {
      setTestLocale('en');
    }
  });

  it('holds them back in quiet hours and shows them when quiet hours end', async () => {
    await seed();
    now = new Date('2026-03-03T22:00:00Z');
    await refreshSchedule();
    expect(shown()).toEqual([]);
    now = new Date('2026-03-04T08:05:00Z');
    await refreshSchedule();
    expect(shown()).toHaveLength(1);
  });

  it('shows none when the user switched them off', async () => {
    await seed({ notifications: false });
    await refreshSchedule();
    expect(shown()).toEqual([]);
    expect(await badge()).toBe('1');
  });

  it('a click opens the popup on that reminder, or a tab when the popup cannot open', async () => {
    await seed();
    await refreshSchedule();
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    const id = await reminderId(THANK_YOU);
    startSchedule();
    await fakeBrowser.notifications.onClicked.trigger(`callback:${id}`);
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    // A hand-added interview has no Gmail thread: the popup page opens at the reminder.
    expect(create.mock.calls[0]![0].url).toBe(`chrome-extension://test-extension-id/popup.html#reminder-${encodeURIComponent(id)}`);
    expect((await browser.storage.local.get('popupFocus')).popupFocus).toMatchObject({ reminderId: id });
  });
});
