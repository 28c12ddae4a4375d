/**
 * The first page of applications, read straight from IndexedDB as soon as the page's script runs (main.tsx starts
 * it before React renders), so the first item waits for neither Dexie's open nor React's first render. The page's
 * live query replaces it with the same rows when it answers.
 */
import { useEffect, useState } from 'react';
import { readFirstPage, type FirstPage } from '../../lib/store/first-page';

let early: FirstPage | null = null;
let reading: Promise<FirstPage | null> | null = null;

/** Start the read (once). */
export function startEarlyPage(limit: number): void {
  reading ??= readFirstPage(limit).then(
    (page) => (early = page),
    () => null,
  );
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
