/** The timeline page's second module (later.ts), loaded once, on demand and right after the first page is asked for. */
import { useEffect, useState } from 'react';
import type * as LaterModule from './later';

type Later = typeof LaterModule;

let loading: Promise<Later> | null = null;

export function loadLater(): Promise<Later> {
  return (loading ??= import('./later'));
}

/**
 * The module once loaded (null until then). The load starts once `start` is true: after the first page is on screen,
 * since evaluating it (zod's schemas, the letters) would otherwise run on the main thread before the first item.
 */
export function useLater(start: boolean): Later | null {
  const [later, setLater] = useState<Later | null>(null);
  useEffect(() => {
    if (!start) return;
    let live = true;
    void loadLater().then((module) => live && setLater(() => module));
    return () => {
      live = false;
    };
  }, [start]);
  return later;
}
