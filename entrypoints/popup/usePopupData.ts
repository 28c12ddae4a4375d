/** The popup's data: a live query over the store (re-runs on every change, from any page or the background). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { dueBucket, deriveReminders } from '../../lib/core/reminders';
import type { Reminder } from '../../lib/core/reminders/types';
import { getDb, getSettings, listReminderActions, listReviewItems, loadTimeline } from '../../lib/store';
import { isOpen } from '../../lib/schedule/plan';

/** The popup's clock: ticks each minute so "by tonight" turns into "overdue since" while it is open. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function useStoreSnapshot() {
  return useLiveQuery(async () => {
    const db = getDb();
    const [timeline, actions, settings, review] = await Promise.all([
      loadTimeline(db),
      listReminderActions(db),
      getSettings(db),
      listReviewItems(db),
    ]);
    // Marks for the benchmark: how much of the first render is reading the store.
    if (!performance.getEntriesByName('popup:loaded').length) performance.mark('popup:loaded');
    return { timeline, actions, settings, review };
  }, []);
}

const UPCOMING_WINDOW_MS = 2 * 86_400_000;

export interface Buckets {
  overdue: Reminder[];
  today: Reminder[];
  upcoming: Reminder[];
}

export function usePopupData() {
  const snapshot = useStoreSnapshot();
  const now = useNow();
  const derived = useMemo(() => {
    if (!snapshot) return null;
    const started = performance.now();
    const reminders = deriveReminders(snapshot.timeline, snapshot.actions, snapshot.settings, now);
    if (!performance.getEntriesByName('popup:derive').length) performance.measure('popup:derive', { start: started, end: performance.now() });
    const buckets: Buckets = { overdue: [], today: [], upcoming: [] };
    const soon = now.getTime() + UPCOMING_WINDOW_MS;
    for (const r of reminders) {
      if (!isOpen(r, now)) continue;
      const bucket = dueBucket(r, snapshot.settings, now);
      // Upcoming lists what has started or starts within two days: a thank-you for an interview next month is noise.
      if (bucket === 'upcoming' && Date.parse(r.startsAt) > soon) continue;
      buckets[bucket].push(r);
    }
    const byDue = (a: Reminder, b: Reminder) => Date.parse(a.dueAt) - Date.parse(b.dueAt);
    buckets.overdue.sort(byDue);
    buckets.today.sort(byDue);
    buckets.upcoming.sort(byDue);
    return { reminders, buckets };
  }, [snapshot, now]);
  return { snapshot, now, derived };
}
