/**
 * The popup's data, in the order it arrives: first the popup snapshot the background left (lib/popup/snapshot.ts),
 * shown at once; then the live data, a store read that Dexie re-runs on every change (from any page or the
 * background), with the reminders derived from it, which replaces the snapshot. Returns the views the page shows.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { deriveReminders } from '../../lib/core/reminders';
import { popupSections } from '../../lib/popup/sections';
import type { PopupSnapshot } from '../../lib/popup/snapshot';
import { liveViews, snapshotViews, type Views } from '../../lib/popup/views';
import { getDb, readStore } from '../../lib/store';
import { refreshBadge } from './page-actions';
import { useStoredSnapshot } from './useStoredSnapshot';

/** The popup's clock: ticks each minute so "by tonight" turns into "overdue since" while it is open. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** The store read the popup derives from; undefined until read, and while `enabled` is false. */
export function useStoreRead(enabled = true) {
  return useLiveQuery(async () => {
    if (!enabled) return undefined;
    const read = await readStore(getDb());
    // Marks for the benchmark: how much of the first render is reading the store.
    if (!performance.getEntriesByName('popup:loaded').length) performance.mark('popup:loaded');
    return read;
  }, [enabled]);
}

/** The live data and its reminders, by section at the popup's clock. */
function useLiveReminders(enabled: boolean) {
  const live = useStoreRead(enabled);
  const now = useNow();
  const derived = useMemo(() => {
    if (!live) return null;
    const started = performance.now();
    const reminders = deriveReminders(live.timeline, live.actions, live.settings, now);
    if (!performance.getEntriesByName('popup:derive').length) performance.measure('popup:derive', { start: started, end: performance.now() });
    return { reminders, sections: popupSections(reminders, live.settings, now) };
  }, [live, now]);
  return { live, now, derived };
}

/**
 * True once the first view is on screen (the snapshot, or the knowledge that there is none), a task later: reading
 * and deriving the store keeps the main thread busy for a while, and the first view should not wait behind it.
 */
function useAfterFirstView(ready: boolean): boolean {
  const [allowed, setAllowed] = useState(false);
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => setAllowed(true), 0);
    return () => clearTimeout(timer);
  }, [ready]);
  return allowed;
}

/** Marks for the benchmark (tests/bench/popup.bench.ts): the first useful render, and the first with live data. */
function useRenderMarks(source: Views['source'] | null): void {
  useEffect(() => {
    if (!source) return;
    const started = performance.getEntriesByName('popup:start').length > 0;
    if (!performance.getEntriesByName('popup:shown').length) {
      performance.mark('popup:shown', { detail: { source } });
      if (started) performance.measure('popup:first-render', 'popup:start', 'popup:shown');
    }
    if (source === 'live' && !performance.getEntriesByName('popup:ready').length) {
      performance.mark('popup:ready');
      if (started) performance.measure('popup:live-render', 'popup:start', 'popup:ready');
    }
  }, [source]);
}

/**
 * Everything the popup shows. `firstView` is a read of the popup snapshot already under way (main.tsx starts it
 * before React renders). `settle` takes an item off the snapshot's lists at once when the user acts on it (the live
 * data reads the action from the store).
 */
export function usePopupData(firstView?: Promise<PopupSnapshot | null>) {
  const stored = useStoredSnapshot(firstView);
  const { live, now, derived } = useLiveReminders(useAfterFirstView(stored !== undefined));
  const [showAll, setShowAll] = useState(false);
  const [settled, setSettled] = useState<ReadonlySet<string>>(() => new Set());
  const settle = useCallback(
    (id: string, gone: boolean) =>
      setSettled((prev) => {
        const next = new Set(prev);
        if (gone) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  const toggleShowAll = useCallback(() => setShowAll((s) => !s), []);
  const views = useMemo(() => {
    if (live && derived) return liveViews(live, derived.sections, now, showAll);
    if (stored) return snapshotViews(stored, settled);
    return null;
  }, [live, derived, stored, settled, now, showAll]);
  useRenderMarks(views?.source ?? null);
  // Opened without a usable snapshot (the worker slept through a change of section): have the background write a
  // fresh one for next time.
  const noSnapshot = stored === null && live !== undefined;
  useEffect(() => {
    if (noSnapshot) refreshBadge();
  }, [noSnapshot]);
  return { views, live, reminders: derived?.reminders ?? null, now, showAll, toggleShowAll, settle };
}

export type PopupData = ReturnType<typeof usePopupData>;
