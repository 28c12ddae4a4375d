/** The popup's data: a live query over the store (re-runs on every change, from any page or the background). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { deriveReminders } from '../../lib/core/reminders';
import { getDb, getSettings, listReminderActions, listReviewItems, loadTimeline } from '../../lib/store';
import { popupBuckets } from '../../lib/schedule/popup-sections';

/** The popup's clock: ticks each minute so "by tonight" turns into "overdue since" while it is open. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** The store as the popup needs it; undefined until read, and while `enabled` is false. */
export function useStoreSnapshot(enabled = true) {
  return useLiveQuery(async () => {
    if (!enabled) return undefined;
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
  }, [enabled]);
}

/**
 * The live data and the reminders derived from it. `enabled` holds the store's read back until the popup has shown
 * its stored first view: reading and deriving would otherwise keep the main thread busy before that first paint.
 */
export function usePopupData(enabled = true) {
  const snapshot = useStoreSnapshot(enabled);
  const now = useNow();
  const derived = useMemo(() => {
    if (!snapshot) return null;
    const started = performance.now();
    const reminders = deriveReminders(snapshot.timeline, snapshot.actions, snapshot.settings, now);
    if (!performance.getEntriesByName('popup:derive').length) performance.measure('popup:derive', { start: started, end: performance.now() });
    return { reminders, buckets: popupBuckets(reminders, snapshot.settings, now) };
  }, [snapshot, now]);
  return { snapshot, now, derived };
}
