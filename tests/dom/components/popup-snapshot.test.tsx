// The popup's first view from the background's snapshot, on a real Dexie (fake-indexeddb). Reading the store is
// held back at will (a gate in front of the store read, readStore) so each test sees the popup before and after its live data.
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../../entrypoints/popup/PopupApp';
import { POPUP_SNAPSHOT_VERSION, type PopupSnapshot } from '../../../lib/popup/snapshot';
import { refreshSchedule, setScheduleDeps } from '../../../lib/schedule/refresh';
import { POPUP_SNAPSHOT_KEY } from '../../../lib/popup/snapshot-storage';
import { deleteEverything, getDb, importJson } from '../../../lib/store';
import { buildSeed } from '../../support/pages-seed';

const gate = vi.hoisted(() => {
  let open: () => void = () => {};
  const state = { held: null as Promise<void> | null, reads: 0 };
  return {
    state,
    hold() {
      state.held = new Promise<void>((resolve) => {
        open = resolve;
      });
    },
    release() {
      state.held = null;
      open();
    },
  };
});

vi.mock(import('../../../lib/store'), async (original) => {
  const store = await original();
  return {
    ...store,
    readStore: async (...args: Parameters<typeof store.readStore>) => {
      gate.state.reads++;
      if (gate.state.held) await gate.state.held;
      return store.readStore(...args);
    },
  };
});

beforeEach(async () => {
  fakeBrowser.reset();
  gate.release();
  gate.state.reads = 0;
  await deleteEverything(getDb());
});
afterEach(() => {
  cleanup();
  gate.release();
  setScheduleDeps(null);
  vi.restoreAllMocks();
});

const region = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });
const storeSnapshot = (value: unknown) => browser.storage.session.set({ [POPUP_SNAPSHOT_KEY]: value });
/** The popup has read its snapshot and asked the store for its data (held back by the gate). */
const readingStore = () => waitFor(() => expect(gate.state.reads).toBeGreaterThan(0));

/** The live data has replaced the first view: drafts are offered. */
const liveShown = () =>
  waitFor(() => {
    const item = screen.getByRole('listitem', { name: /Reply graciously/ });
    expect((within(item).getByRole('button', { name: 'Draft' }) as HTMLButtonElement).disabled).toBe(false);
  });
/** The number "Due today" shows in its heading, 0 when the section is gone. */
const todayCount = () => {
  const section = screen.queryByRole('region', { name: /^Due today/ });
  return section ? Number(section.querySelector('.count')?.textContent) : 0;
};

/** The seeded store, and the snapshot the background writes for it. */
async function seedWithSnapshot(): Promise<PopupSnapshot> {
  await importJson(getDb(), await buildSeed(new Date()));
  setScheduleDeps({ db: getDb });
  await refreshSchedule();
  return (await browser.storage.session.get(POPUP_SNAPSHOT_KEY))[POPUP_SNAPSHOT_KEY] as PopupSnapshot;
}

/** A snapshot naming a reminder the store does not hold: shows which of the two the popup is showing. */
function otherSnapshot(overrides: Partial<PopupSnapshot> = {}): PopupSnapshot {
  const now = Date.now();
  const reminder = {
    id: 'thank-you-email:snap-1',
    ruleId: 'thank-you-email',
    dueAt: new Date(now - 20 * 3_600_000).toISOString(),
    overdueAt: new Date(now - 2 * 3_600_000).toISOString(),
    snoozedUntil: null,
    status: 'pending' as const,
    company: 'Snapshot Works',
    role: 'Designer',
    person: 'Lee Park',
    threadId: 'thread-snap-1',
    due: { state: 'overdue' as const, text: 'overdue since 08:00' },
  };
  return {
    version: POPUP_SNAPSHOT_VERSION,
    computedAt: new Date(now - 60_000).toISOString(),
    validUntil: new Date(now + 3_600_000).toISOString(),
    timeZone: 'UTC',
    applications: 30,
    badge: { text: '30', colour: '#c92a2a' },
    sections: { overdue: [reminder], today: [], upcoming: [] },
    review: [],
    totals: { overdue: 30, today: 0, upcoming: 0, review: 0 },
    ...overrides,
  };
}
const SNAPSHOT_ITEM = 'Send a thank-you email, Lee Park · Snapshot Works, Designer';
const LIVE_ITEM = 'Send a thank-you email, Dana Reyes · Northwind Labs, Backend Engineer';

describe('the popup before its live data', () => {
  it('shows the stored snapshot first, then the live data replaces it', async () => {
    await importJson(getDb(), await buildSeed(new Date()));
    await storeSnapshot(otherSnapshot());
    gate.hold();
    render(<PopupApp />);
    const item = await screen.findByRole('listitem', { name: SNAPSHOT_ITEM });
    expect(within(region('Overdue')).getByText('30')).toBeTruthy();
    expect(within(item).getByText(/^overdue since/)).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Open in Gmail' })).toBeTruthy();
    // The rest of the section comes with the live data.
    expect((screen.getByRole('button', { name: 'Show 29 more' }) as HTMLButtonElement).disabled).toBe(true);

    gate.release();
    await waitFor(() => expect(screen.queryByRole('listitem', { name: SNAPSHOT_ITEM })).toBeNull());
    expect(within(region('Overdue')).getByRole('listitem', { name: LIVE_ITEM })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });

  it('offers the draft only once the live data is there', async () => {
    await seedWithSnapshot();
    gate.hold();
    render(<PopupApp />);
    const item = await screen.findByRole('listitem', { name: /Reply graciously/ });
    const draft = within(item).getByRole('button', { name: 'Draft' }) as HTMLButtonElement;
    expect(draft.disabled).toBe(true);
    gate.release();
    await waitFor(() => expect((within(item).getByRole('button', { name: 'Draft' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(within(item).getByRole('button', { name: 'Draft' }));
    expect((within(item).getByLabelText('Draft text') as HTMLTextAreaElement).value).toMatch(/Harbor Finance/);
  });

  it.each([
    ['done', 'Done', 'Marked done.', 'done'],
    ['dismiss', 'Dismiss', 'Dismissed.', 'dismissed'],
  ])('%s works from the snapshot at once, before the live data arrives', async (_, button, message, status) => {
    const snapshot = await seedWithSnapshot();
    const id = snapshot.sections.today.find((r) => r.person === 'Sam Okafor')!.id;
    gate.hold();
    render(<PopupApp />);
    const name = /Send a thank-you email, Sam Okafor/;
    const item = await screen.findByRole('listitem', { name });
    await act(async () => fireEvent.click(within(item).getByRole('button', { name: button })));
    expect(await screen.findByText(message)).toBeTruthy();
    expect((await getDb().reminderActions.get(id))?.status).toBe(status);
    // Gone from the first view while the store is still being read, and the section counts one less.
    expect(screen.queryByRole('listitem', { name })).toBeNull();
    expect(todayCount()).toBe(snapshot.totals.today - 1);
    gate.release();
    await liveShown();
    expect(screen.queryByRole('listitem', { name })).toBeNull();
    expect(todayCount()).toBe(snapshot.totals.today - 1);
  });

  it('undo in the first view brings the reminder back', async () => {
    await seedWithSnapshot();
    gate.hold();
    render(<PopupApp />);
    const name = /Send a thank-you email, Sam Okafor/;
    const item = await screen.findByRole('listitem', { name });
    await act(async () => fireEvent.click(within(item).getByRole('button', { name: 'Done' })));
    await waitFor(() => expect(screen.queryByRole('listitem', { name })).toBeNull());
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Undo' })));
    expect(await screen.findByRole('listitem', { name })).toBeTruthy();
    // The keyboard goes to the item that came back, not to the page body.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('listitem', { name })));
    gate.release();
    await liveShown();
    expect(screen.getByRole('listitem', { name })).toBeTruthy();
  });

  it('confirms an email waiting for review from the snapshot', async () => {
    await seedWithSnapshot();
    gate.hold();
    render(<PopupApp />);
    const review = await waitFor(() => region('Review'));
    await act(async () => fireEvent.click(within(review).getByRole('button', { name: /^Yes, interview request/ })));
    await waitFor(() => expect(screen.queryByRole('region', { name: /^Review/ })).toBeNull());
    expect((await getDb().reviewItems.get('review-1'))?.status).toBe('confirmed');
    gate.release();
  });

  it('snoozes from the snapshot, following the working hours in the settings', async () => {
    const snapshot = await seedWithSnapshot();
    const id = snapshot.sections.today.find((r) => r.person === 'Sam Okafor')!.id;
    gate.hold();
    render(<PopupApp />);
    const item = await screen.findByRole('listitem', { name: /Send a thank-you email, Sam Okafor/ });
    fireEvent.click(within(item).getByRole('button', { name: /Snooze/ }));
    await act(async () => fireEvent.click(within(item).getByRole('menuitem', { name: 'Tomorrow morning' })));
    await waitFor(async () => expect((await getDb().reminderActions.get(id))?.status).toBe('snoozed'));
    // Tomorrow at the start of the working day (09:00 in the seed's UTC), never a time of the night.
    expect((await getDb().reminderActions.get(id))?.snoozedUntil).toMatch(/T09:00:00\.000Z$/);
  });

  it.each<[string, (s: PopupSnapshot) => unknown]>([
    ['malformed (a reminder without a deadline)', (s) => ({ ...s, sections: { ...s.sections, overdue: [{ ...s.sections.overdue[0], dueAt: undefined }] } })],
    ['of another version', (s) => ({ ...s, version: 99 })],
    ['two hours old', (s) => ({ ...s, computedAt: new Date(Date.now() - 2 * 3_600_000).toISOString() })],
    ['past the moment its sections could change', (s) => ({ ...s, validUntil: new Date(Date.now() - 60_000).toISOString() })],
  ])('ignores a snapshot that is %s and waits for the live data', async (_, spoil) => {
    await importJson(getDb(), await buildSeed(new Date()));
    await storeSnapshot(spoil(otherSnapshot()));
    gate.hold();
    render(<PopupApp />);
    await readingStore();
    expect(screen.queryByRole('listitem', { name: SNAPSHOT_ITEM })).toBeNull();
    expect(screen.queryByText('Nothing to follow up yet.')).toBeNull();
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    gate.release();
    expect(await screen.findByRole('listitem', { name: LIVE_ITEM })).toBeTruthy();
    expect(screen.queryByRole('listitem', { name: SNAPSHOT_ITEM })).toBeNull();
  });
});

describe('keeping the snapshot fresh', () => {
  const asked = (spy: { mock: { calls: unknown[][] } }) =>
    spy.mock.calls.filter(([message]) => (message as { type?: string }).type === 'page->bg:refresh-schedule').length;

  it.each([
    ['asks the background for one when it found none', false, 1],
    ['asks nothing when it opened on one', true, 0],
  ])('the popup %s', async (_, withSnapshot, times) => {
    if (withSnapshot) await seedWithSnapshot();
    else await importJson(getDb(), await buildSeed(new Date()));
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    render(<PopupApp />);
    await liveShown();
    await waitFor(() => expect(asked(send)).toBe(times));
  });
});

describe('the empty state', () => {
  it('for a brand new user without a snapshot: only once the store says there is nothing', async () => {
    gate.hold();
    render(<PopupApp />);
    await readingStore();
    expect(screen.queryByText('Nothing to follow up yet.')).toBeNull();
    gate.release();
    expect(await screen.findByText('Nothing to follow up yet.')).toBeTruthy();
  });

  it('at once when the snapshot counts nothing', async () => {
    await refreshSchedule();
    gate.hold();
    render(<PopupApp />);
    expect(await screen.findByText('Nothing to follow up yet.')).toBeTruthy();
    gate.release();
  });

  it('never flashes while a snapshot with reminders waits for the live data', async () => {
    await importJson(getDb(), await buildSeed(new Date()));
    await storeSnapshot(otherSnapshot());
    gate.hold();
    render(<PopupApp />);
    await screen.findByRole('listitem', { name: SNAPSHOT_ITEM });
    await readingStore();
    expect(screen.queryByText('Nothing to follow up yet.')).toBeNull();
    expect(screen.queryByText('All caught up.')).toBeNull();
  });
});
