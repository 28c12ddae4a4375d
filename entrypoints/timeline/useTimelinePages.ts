/**
 * The timeline page's data, a page at a time: the most recently active applications first (by index, with their
 * records), more as the user scrolls to the end of the list, and the same for a search or a stage filter. The whole
 * timeline (the funnel, the list of applications to merge with) is read once the first page is on screen.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { matchesQuery } from '../../components/timeline/ApplicationList';
import type { Application, Stage } from '../../lib/core/timeline/types';
// The store's modules for the first screen, not its index: the index brings the settings' and backups' zod schemas,
// ingest and import, none of which the first page of applications needs (later.ts loads them apart).
import { getDb } from '../../lib/store/db';
import { applicationTimeline, recentApplications, type TimelinePage } from '../../lib/store/timeline-pages';
import { useEarlyPage } from './early-page';
import { useLater } from './load-later';

/** Applications read per page: a screen and a half of the list. */
export const PAGE_SIZE = 50;

export type StageFilter = Stage | 'all' | 'archived';

/** The applications a search and a stage filter keep. */
export function applicationFilter(query: string, stage: StageFilter): (app: Application) => boolean {
  return (a) => (stage === 'all' || (stage === 'archived' ? a.archived : a.stage === stage && !a.archived)) && matchesQuery(a, query);
}

export function useTimelinePages({ query, stage, selected }: { query: string; stage: StageFilter; selected: string | null }) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  // A new search or filter starts again from one page.
  useEffect(() => setLimit(PAGE_SIZE), [query, stage]);
  const all = stage === 'all' && query.trim() === '';
  // The page and the count in one transaction.
  const live = useLiveQuery(
    () => recentApplications(getDb(), { limit, keep: all ? undefined : applicationFilter(query, stage), records: false }),
    [limit, query, stage],
  );
  // Until the live query answers, the first page read straight from IndexedDB at the script's start (early-page.ts).
  const early = useEarlyPage();
  const page: TimelinePage | undefined =
    live ?? (early && all && limit === PAGE_SIZE ? { timeline: { applications: early.applications, events: [], people: [], notes: [] }, more: early.more, total: early.total } : undefined);
  const total = page?.total;
  const selectedTimeline = useLiveQuery(() => (selected ? applicationTimeline(getDb(), selected) : null), [selected]);
  // The whole store only after the first page has been painted: it is what the first screen must not wait for.
  const [wholeAllowed, setWholeAllowed] = useState(false);
  const firstShown = page !== undefined;
  useEffect(() => {
    if (!firstShown) return;
    const timer = setTimeout(() => setWholeAllowed(true), 0);
    return () => clearTimeout(timer);
  }, [firstShown]);
  // The settings, the store's writes and its whole read come with the second module (later.ts), after the first page.
  const later = useLater(wholeAllowed);
  const settings = useLiveQuery(() => later?.getSettings(getDb()), [later]);
  const whole = useLiveQuery(() => (wholeAllowed && later ? later.loadTimeline(getDb()) : undefined), [wholeAllowed, later]);
  const showMore = useCallback(() => setLimit((n) => n + PAGE_SIZE), []);
  return { page, total, settings, whole, selectedTimeline, showMore };
}

/**
 * A ref for an element after the list: while it is in view and more applications match, the next page is read.
 * `size` is the number of applications shown, so a page that still leaves the end in view asks for another.
 */
export function useMoreOnScroll(more: boolean, size: number, showMore: () => void): (element: HTMLElement | null) => void {
  const [visible, setVisible] = useState(false);
  const observer = useRef<IntersectionObserver | null>(null);
  useEffect(() => {
    if (visible && more) showMore();
  }, [visible, more, size, showMore]);
  useEffect(() => () => observer.current?.disconnect(), []);
  return useCallback((element: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    observer.current = new IntersectionObserver((entries) => setVisible(entries.some((e) => e.isIntersecting)), { rootMargin: '400px' });
    observer.current.observe(element);
  }, []);
}

/** Marks for the benchmark (tests/bench/timeline-page.bench.ts): the first render with an application in the list. */
export function useFirstItemMark(count: number): void {
  useEffect(() => {
    if (count > 0 && performance.getEntriesByName('timeline:first-item').length === 0) performance.mark('timeline:first-item');
  }, [count]);
}
