// The popup's sections as the user reads them: which reminder is Overdue, Due today or Upcoming, in what order, and
// what the review list holds, at a clock the test sets (Tuesday 3 March 2026, 15:00 UTC, unless a test moves it).
import { describe, expect, it } from 'vitest';
import { emptyExtraction } from '../../../lib/core/detection';
import type { ReminderAction, Reminder } from '../../../lib/core/reminders/types';
import { badgeCount } from '../../../lib/core/reminders';
import { DEFAULT_SETTINGS } from '../../../lib/core/settings';
import type { ReviewItem } from '../../../lib/core/timeline/review';
import type { Timeline } from '../../../lib/core/timeline/types';
import { popupSections, sectionsChangeAt, UPCOMING_WINDOW_MS } from '../../../lib/popup/sections';
import { POPUP_SHOWN } from '../../../lib/popup/snapshot';
import { liveViews } from '../../../lib/popup/views';

const settings = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };
const NOW = new Date('2026-03-03T15:00:00Z');
const END_OF_TODAY = Date.parse('2026-03-03T23:59:59.999Z');

/** A pending reminder: it started at `startsAt`, is due at `dueAt`, overdue at `overdueAt` (a day later by default). */
function reminder(id: string, dueAt: string, more: Partial<Reminder> = {}): Reminder {
  const due = Date.parse(dueAt);
  return {
    id,
    ruleId: 'thank-you-email',
    applicationId: 'app-1',
    eventId: `event-${id}`,
    personId: null,
    threadId: null,
    startsAt: new Date(due - 6 * 3_600_000).toISOString(),
    dueAt,
    overdueAt: new Date(due + 86_400_000).toISOString(),
    notifyAt: new Date(due - 6 * 3_600_000).toISOString(),
    status: 'pending',
    snoozedUntil: null,
    ...more,
  };
}

const ids = (list: readonly Reminder[]) => list.map((r) => r.id);

describe('the popup sections at a given moment', () => {
  const overdue = reminder('overdue', '2026-03-01T20:00:00Z', { overdueAt: '2026-03-02T12:00:00Z' });
  const tonight = reminder('tonight', '2026-03-03T21:00:00Z');
  const tomorrow = reminder('tomorrow', '2026-03-04T17:00:00Z', { overdueAt: '2026-03-05T10:00:00Z' });
  const nextMonth = reminder('next-month', '2026-04-02T17:00:00Z', { startsAt: '2026-04-01T09:00:00Z' });

  it('puts a reminder past its overdue time in Overdue, one due by tonight in Due today, tomorrow\'s in Upcoming', () => {
    const sections = popupSections([tomorrow, tonight, overdue], settings, NOW);
    expect(ids(sections.overdue)).toEqual(['overdue']);
    expect(ids(sections.today)).toEqual(['tonight']);
    expect(ids(sections.upcoming)).toEqual(['tomorrow']);
  });

  it('leaves out of Upcoming what starts more than two days ahead (a thank-you for next month\'s interview)', () => {
    const sections = popupSections([nextMonth, tomorrow], settings, NOW);
    expect(ids(sections.upcoming)).toEqual(['tomorrow']);
    // Two days before it starts, it is listed.
    const later = new Date(Date.parse(nextMonth.startsAt) - UPCOMING_WINDOW_MS);
    expect(ids(popupSections([nextMonth], settings, later).upcoming)).toEqual(['next-month']);
  });

  it('lists each section most pressing first: the earliest deadline on top', () => {
    const late = reminder('late', '2026-03-03T22:00:00Z', { startsAt: '2026-03-03T09:00:00Z' });
    const early = reminder('early', '2026-03-03T16:00:00Z');
    expect(ids(popupSections([late, tonight, early], settings, NOW).today)).toEqual(['early', 'tonight', 'late']);
  });

  it('keeps a reminder that has not started in Upcoming until it starts, as the badge counts it (a "prepare" from 09:00)', () => {
    const prepare = reminder('prepare', '2026-03-03T17:30:00Z', { ruleId: 'prepare', startsAt: '2026-03-03T09:00:00Z', overdueAt: '2026-03-04T12:00:00Z' });
    const early = new Date('2026-03-03T00:10:00Z');
    expect(ids(popupSections([prepare], settings, early).upcoming)).toEqual(['prepare']);
    expect(badgeCount([prepare], settings, early)).toBe(0);
    expect(sectionsChangeAt([prepare], END_OF_TODAY, early)).toBe(Date.parse('2026-03-03T09:00:00Z'));
    const started = new Date('2026-03-03T09:00:00Z');
    expect(ids(popupSections([prepare], settings, started).today)).toEqual(['prepare']);
    expect(badgeCount([prepare], settings, started)).toBe(1);
  });

  it('lists nothing done, dismissed, or snoozed past now; a snooze that ended is back', () => {
    const done = reminder('done', '2026-03-03T18:00:00Z', { status: 'done' });
    const dismissed = reminder('dismissed', '2026-03-03T18:00:00Z', { status: 'dismissed' });
    const snoozed = reminder('snoozed', '2026-03-03T18:00:00Z', { status: 'snoozed', snoozedUntil: '2026-03-04T09:00:00Z' });
    const back = reminder('back', '2026-03-03T18:00:00Z', { snoozedUntil: '2026-03-03T14:00:00Z' });
    const sections = popupSections([done, dismissed, snoozed, back], settings, NOW);
    expect(ids([...sections.overdue, ...sections.today, ...sections.upcoming])).toEqual(['back']);
  });

  it('moves the same reminder from Due today to Overdue when the clock passes its overdue time', () => {
    const due = reminder('due', '2026-03-03T17:00:00Z', { overdueAt: '2026-03-03T18:00:00Z' });
    expect(ids(popupSections([due], settings, NOW).today)).toEqual(['due']);
    expect(ids(popupSections([due], settings, new Date('2026-03-03T18:00:00Z')).overdue)).toEqual(['due']);
  });

  it('keeps a reminder past its deadline but on time until a later day in Upcoming, not Due today', () => {
    // Friday's thank-you, on time until Monday 10:00, seen on Saturday.
    const weekend = reminder('weekend', '2026-03-06T21:00:00Z', { overdueAt: '2026-03-09T10:00:00Z' });
    const saturday = new Date('2026-03-07T11:00:00Z');
    const sections = popupSections([weekend], settings, saturday);
    expect(ids(sections.upcoming)).toEqual(['weekend']);
    expect(sections.today).toEqual([]);
  });

  it('knows the next moment the sections can change, and nothing when all is done', () => {
    const due = reminder('due', '2026-03-03T17:00:00Z', { overdueAt: '2026-03-03T18:00:00Z' });
    expect(sectionsChangeAt([due], END_OF_TODAY, NOW)).toBe(Date.parse('2026-03-03T17:00:00Z'));
    expect(sectionsChangeAt([{ ...due, status: 'done' }], END_OF_TODAY, NOW)).toBeNull();
  });
});

describe('the views of the live data', () => {
  const timeline: Timeline = {
    applications: [{ id: 'app-1', company: 'Acme', role: 'Engineer' } as Timeline['applications'][number]],
    events: [],
    people: [],
    notes: [],
  };
  const review = (n: number): ReviewItem => ({
    id: `review-${n}`,
    key: `gmail:m${n}`,
    source: 'gmail',
    messageId: `m${n}`,
    threadId: null,
    subject: `Subject ${n}`,
    from: { name: 'Priya', address: 'priya@acme.test' },
    date: null,
    snippet: 'Could we find a time next week?',
    detection: { kind: 'interview_request', confidence: 0.5, evidence: [], ...emptyExtraction() },
    status: 'open',
    createdAt: '2026-03-03T10:00:00Z',
    resolvedAt: null,
  });
  const live = (items: ReviewItem[]) => ({ timeline, settings, review: items, actions: [] as ReminderAction[] });

  it('names each section\'s reminders in words, with their totals and the review list', () => {
    const reminders = [reminder('tonight', '2026-03-03T21:00:00Z', { applicationId: 'app-1' })];
    const views = liveViews(live([review(1)]), popupSections(reminders, settings, NOW), NOW, false);
    expect(views.today.map((v) => [v.action, v.forWhom, v.due.text])).toEqual([['Send a thank-you email', 'Acme, Engineer', 'by 21:00']]);
    expect(views.totals).toEqual({ overdue: 0, today: 1, upcoming: 0, review: 1 });
    expect(views.review.map((r) => [r.subject, r.from, r.kind])).toEqual([['Subject 1', 'Priya <priya@acme.test>', 'interview_request']]);
  });

  it('shows the first items of a long section and counts the rest behind "Show N more", all when asked', () => {
    const many = Array.from({ length: POPUP_SHOWN + 4 }, (_, i) => reminder(`r${i}`, `2026-03-01T${String(i).padStart(2, '0')}:00:00Z`, { overdueAt: '2026-03-02T12:00:00Z' }));
    const sections = popupSections(many, settings, NOW);
    const items = Array.from({ length: POPUP_SHOWN + 2 }, (_, i) => review(i));
    const cut = liveViews(live(items), sections, NOW, false);
    expect(cut.overdue).toHaveLength(POPUP_SHOWN);
    expect(cut.hidden).toBe(4);
    expect(cut.review).toHaveLength(POPUP_SHOWN);
    expect(cut.totals).toMatchObject({ overdue: POPUP_SHOWN + 4, review: POPUP_SHOWN + 2 });
    const all = liveViews(live(items), sections, NOW, true);
    expect([all.overdue.length, all.review.length, all.hidden]).toEqual([POPUP_SHOWN + 4, POPUP_SHOWN + 2, 0]);
  });
});
