/** The popup snapshot the background left (lib/popup/snapshot.ts): the popup's first view. */
import { useEffect, useState } from 'react';
import type { PopupSnapshot } from '../../lib/popup/snapshot';
import { readPopupSnapshot } from '../../lib/popup/snapshot-storage';

/**
 * undefined while reading; null when there is none worth showing (missing, stale, malformed). `early` is a read
 * already under way (main.tsx starts it before React renders, to gain the time of that render).
 */
export function useStoredSnapshot(early?: Promise<PopupSnapshot | null>): PopupSnapshot | null | undefined {
  const [stored, setStored] = useState<PopupSnapshot | null | undefined>(undefined);
  useEffect(() => {
    let mounted = true;
    void (early ?? readPopupSnapshot(new Date())).then((snapshot) => {
      if (mounted) setStored(snapshot);
    });
    return () => {
      mounted = false;
    };
  }, [early]);
  return stored;
}
