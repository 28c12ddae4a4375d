/**
 * The first page of applications, read straight from IndexedDB as soon as the page's scripts run (the head's
 * classic script, or main.tsx before React renders), so the first item waits for neither Dexie's open nor React's first render. The page's
 * live query replaces it with the same rows when it answers.
 */
import { useEffect, useState } from 'react';
import { startFirstPage, type FirstPage } from '../../lib/store/first-page';

let early: FirstPage | null = null;
let reading: Promise<FirstPage | null> | null = null;

/** Start the read, or take up the one the head's script started (timeline-first.ts). */
export function startEarlyPage(limit: number): void {
  reading ??= startFirstPage(limit).then((page) => (early = page));
}

/** The early first page once read (at the first render if it was quick enough), null until then or without one. */
export function useEarlyPage(): FirstPage | null {
  const [page, setPage] = useState<FirstPage | null>(() => early);
  useEffect(() => {
    let live = true;
    if (!page) void reading?.then((read) => live && read && setPage(read));
    return () => {
      live = false;
    };
  }, [page]);
  return page;
}
