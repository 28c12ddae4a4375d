// The popup snapshot: written by the background after every recompute, read (and checked) by the popup.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reviewItemFor } from '../../../lib/core/timeline/review';
import { BADGE_COLOURS } from '../../../lib/schedule/plan';
import { dueText } from '../../../lib/ui-text/due-phrase';
import { POPUP_SHOWN, POPUP_SNAPSHOT_VERSION, usableSnapshot, type PopupSnapshot } from '../../../lib/popup/snapshot';
import { POPUP_SNAPSHOT_KEY, readPopupSnapshot } from '../../../lib/popup/snapshot-storage';
import { refreshSchedule, setScheduleDeps, startSchedule, stopSchedule } from '../../../lib/schedule/start';
import { addManualApplication, addManualInterview, openDb, saveSettings, setReminderAction, type CallbackDb } from '../../../lib/store';

// One application (Acme, Engineer) with an interview on Tuesday 3 March 2026, 10:00-10:45 UTC, with Ana Diaz:
// "prepare" is due on the Monday, the thank-you email by Tuesday night, the posted note by Wednesday 17:30.
let db: CallbackDb;
let now: Date;
let n = 0;

async function seed() {
  await saveSettings(db, { timeZone: 'UTC' });
  const app = await addManualApplication(db, { company: 'Acme', role: 'Engineer', appliedAt: '2026-02-20T10:00:00Z' }, { now: '2026-02-20T10:00:00Z' });
  await addManualInterview(
    db,
    app.id,
    { start: '2026-03-03T10:00:00Z', end: '2026-03-03T10:45:00Z', interviewers: [{ name: 'Ana Diaz', email: 'ana@acme.test' }] },
    { now: '2026-03-01T10:00:00Z' },
  );
}

const stored = async () => (await browser.storage.session.get(POPUP_SNAPSHOT_KEY))[POPUP_SNAPSHOT_KEY] as PopupSnapshot | undefined;
const rules = (list: PopupSnapshot['sections']['today']) => list.map((r) => r.ruleId);

beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`popup-snapshot-${n++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  now = new Date('2026-03-03T15:00:00Z');
  setScheduleDeps({ db: () => db, now: () => now });
});

afterEach(async () => {
  stopSchedule();
  await refreshSchedule();
  setScheduleDeps(null);
});

describe('the snapshot written after a recompute', () => {
  it.each([
    ['the day before: "prepare" due today; the hour-before reminder and the thank-yous upcoming', '2026-03-02T12:00:00Z', [], ['prepare'], ['interview-soon', 'thank-you-email', 'thank-you-note-post'], '1', BADGE_COLOURS.due],
    ['the afternoon of the interview: the thank-you due today', '2026-03-03T15:00:00Z', [], ['thank-you-email'], ['thank-you-note-post'], '1', BADGE_COLOURS.due],
    ['the next noon: the thank-you overdue, the posted note today', '2026-03-04T12:00:00Z', ['thank-you-email'], ['thank-you-note-post'], [], '2', BADGE_COLOURS.overdue],
  ])('lists the sections the popup shows on %s, with the badge', async (_, at, overdue, today, upcoming, badge, colour) => {
    await seed();
    now = new Date(at);
    await refreshSchedule();
    const snapshot = (await stored())!;
    expect(rules(snapshot.sections.overdue)).toEqual(overdue);
    expect(rules(snapshot.sections.today)).toEqual(today);
    expect(rules(snapshot.sections.upcoming)).toEqual(upcoming);
    expect(snapshot.totals).toEqual({ overdue: overdue.length, today: today.length, upcoming: upcoming.length, review: 0 });
    expect(snapshot.badge).toEqual({ text: badge, colour });
    expect(await browser.action.getBadgeText({})).toBe(badge);
    expect(snapshot.computedAt).toBe(now.toISOString());
  });

  it('gives each reminder what the popup says about it: for whom, by when, and its thread', async () => {
    await seed();
    await refreshSchedule();
    const [thankYou] = (await stored())!.sections.today;
    expect(thankYou).toEqual({
      id: expect.stringMatching(/^thank-you-email:/),
      ruleId: 'thank-you-email',
      dueAt: '2026-03-03T23:59:59.999Z',
      overdueAt: '2026-03-04T10:00:00.000Z',
      snoozedUntil: null,
      status: 'pending',
      company: 'Acme',
      role: 'Engineer',
      person: 'Ana Diaz',
      threadId: null,
      account: null, // seen before accounts were kept: its link opens the first account
      due: { state: 'due', text: 'by tonight' },
    });
  });

  it.each(['2026-03-02T12:00:00Z', '2026-03-03T15:00:00Z', '2026-03-04T12:00:00Z', '2026-03-04T20:00:00Z'])(
    'computed at %s, its "by when" words still hold the moment before it expires',
    async (at) => {
      await seed();
      now = new Date(at);
      await refreshSchedule();
      const snapshot = (await stored())!;
      const last = new Date(Date.parse(snapshot.validUntil!) - 1);
      const items = [...snapshot.sections.overdue, ...snapshot.sections.today, ...snapshot.sections.upcoming];
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(dueText(item, last, 'UTC')).toEqual(item.due);
    },
  );

  it('keeps the first items of a long section and counts them all', async () => {
    await saveSettings(db, { timeZone: 'UTC' });
    for (let i = 0; i < POPUP_SHOWN + 5; i++) {
      const app = await addManualApplication(db, { company: `Firm ${i}`, role: null, appliedAt: '2026-02-20T10:00:00Z' }, { now: '2026-02-20T10:00:00Z' });
      await addManualInterview(db, app.id, { start: '2026-03-03T10:00:00Z', end: '2026-03-03T10:45:00Z' }, { now: '2026-03-01T10:00:00Z' });
    }
    await refreshSchedule();
    const snapshot = (await stored())!;
    expect(snapshot.sections.today).toHaveLength(POPUP_SHOWN);
    expect(snapshot.totals.today).toBe(POPUP_SHOWN + 5);
    expect(snapshot.applications).toBe(POPUP_SHOWN + 5);
  });

  it('counts the emails waiting for review and keeps what their cards show', async () => {
    await seed();
    await db.reviewItems.add(
      reviewItemFor(
        {
          id: 'msg-1',
          threadId: 'thread-1',
          source: 'gmail',
          subject: 'Next steps',
          from: { name: 'Talent Team', address: 'jobs@kestrel.test' },
          date: '2026-03-03T09:00:00Z',
          body: 'We would like to learn more about your availability. '.repeat(10),
        },
        { kind: 'interview_request', confidence: 0.45, evidence: [], company: 'Kestrel', role: null, people: [], interview: null, links: [], deadline: null, decisionBy: null },
        'review-1',
        '2026-03-03T09:00:00Z',
      ),
    );
    await refreshSchedule();
    const snapshot = (await stored())!;
    expect(snapshot.totals.review).toBe(1);
    expect(snapshot.review).toEqual([
      { id: 'review-1', subject: 'Next steps', from: 'Talent Team <jobs@kestrel.test>', snippet: expect.any(String), kind: 'interview_request', confidence: 0.45 },
    ]);
    expect(snapshot.review[0]!.snippet.length).toBeLessThanOrEqual(160);
  });

  it('follows a change in the store: a reminder marked done leaves the snapshot', async () => {
    await seed();
    startSchedule();
    await vi.waitFor(async () => expect((await stored())?.totals.today).toBe(1));
    const id = (await stored())!.sections.today[0]!.id;
    await setReminderAction(db, id, { status: 'done' });
    await vi.waitFor(async () => expect((await stored())?.totals.today).toBe(0));
    expect((await stored())!.sections.today).toEqual([]);
  });

  it('says zero for a brand new user, so the popup can show its welcome at once', async () => {
    await refreshSchedule();
    const snapshot = (await stored())!;
    expect(snapshot.totals).toEqual({ overdue: 0, today: 0, upcoming: 0, review: 0 });
    expect(snapshot.applications).toBe(0);
  });
});

describe('reading the snapshot back', () => {
  // Computed at 23:30 on the interview day: the thank-you is due at the end of the day.
  it.each([
    ['25 minutes later, before the thank-you deadline', '2026-03-03T23:55:00Z', true],
    ['35 minutes later, past midnight: the thank-you may have moved section', '2026-03-04T00:05:00Z', false],
    ['a little before it was computed (clocks differ by seconds)', '2026-03-03T23:29:50Z', true],
    ['from before it was computed (the clock was set back)', '2026-03-03T22:00:00Z', false],
  ])('%s: shown %s', async (_, at, shown) => {
    await seed();
    now = new Date('2026-03-03T23:30:00Z');
    await refreshSchedule();
    expect((await readPopupSnapshot(new Date(at))) !== null).toBe(shown);
  });

  it('ignores a snapshot older than an hour even when nothing was due to change', async () => {
    await seed();
    now = new Date('2026-03-03T11:00:00Z');
    await refreshSchedule();
    expect(await readPopupSnapshot(new Date('2026-03-03T11:50:00Z'))).not.toBeNull();
    expect(await readPopupSnapshot(new Date('2026-03-03T12:10:00Z'))).toBeNull();
  });

  it('is null when there is none yet', async () => {
    expect(await readPopupSnapshot(now)).toBeNull();
  });
});

describe('a malformed snapshot is ignored', () => {
  const good = (): PopupSnapshot => ({
    version: POPUP_SNAPSHOT_VERSION,
    computedAt: '2026-03-03T15:00:00.000Z',
    validUntil: '2026-03-03T23:59:59.999Z',
    timeZone: 'UTC',
    applications: 1,
    badge: { text: '1', colour: '#3b5bdb' },
    sections: {
      overdue: [],
      today: [
        {
          id: 'thank-you-email:e1',
          ruleId: 'thank-you-email',
          dueAt: '2026-03-03T23:59:59.999Z',
          overdueAt: '2026-03-04T10:00:00.000Z',
          snoozedUntil: null,
          status: 'pending',
          company: 'Acme',
          role: null,
          person: null,
          threadId: null,
          due: { state: 'due', text: 'by tonight' },
        },
      ],
      upcoming: [],
    },
    review: [],
    totals: { overdue: 0, today: 1, upcoming: 0, review: 0 },
  });
  const at = new Date('2026-03-03T15:05:00Z');
  const item = good().sections.today[0]!;

  it('accepts a well-formed one', () => {
    expect(usableSnapshot(good(), at)).toEqual(good());
  });

  it.each<[string, unknown]>([
    ['nothing stored', undefined],
    ['a string', 'popup'],
    ['another version', { ...good(), version: POPUP_SNAPSHOT_VERSION + 1 }],
    ['the version before, which dropped the mail host', { ...good(), version: 1 }],
    ['a section missing', { ...good(), sections: { overdue: [], today: [] } }],
    ['a reminder without an id', { ...good(), sections: { ...good().sections, today: [{ ...item, id: '' }] } }],
    ['a deadline that is not a date', { ...good(), sections: { ...good().sections, today: [{ ...item, dueAt: 'tonight' }] } }],
    ['an unknown status', { ...good(), sections: { ...good().sections, today: [{ ...item, status: 'lost' }] } }],
    ['more items than the popup shows', { ...good(), sections: { ...good().sections, today: Array.from({ length: POPUP_SHOWN + 1 }, () => item) } }],
    ['a negative total', { ...good(), totals: { ...good().totals, today: -1 } }],
    ['a review card of an unknown kind', { ...good(), review: [{ id: 'r', subject: 's', from: 'f', snippet: '', kind: 'spam', confidence: 0.5 }] }],
    ['no time zone', { ...good(), timeZone: '' }],
    ['"by when" words of an unknown state', { ...good(), sections: { ...good().sections, today: [{ ...item, due: { state: 'soon', text: 'by tonight' } }] } }],
  ])('%s', (_, value) => {
    expect(usableSnapshot(value, at)).toBeNull();
  });
});
