/**
 * After Undo the keyboard goes to the item that came back, never to the page body. The item comes back when the
 * live query next renders the lists, which can be many frames later (the store is read and every reminder derived
 * again): until then the Undo bar stays, with the keyboard on it; then the item takes the keyboard and the bar goes.
 */
import { useCallback, useEffect, useState } from 'react';

/** The live data as far as this needs it: what the user did to each reminder. */
interface LiveActions {
  actions: readonly { reminderId: string }[];
}

interface Pending {
  id: string;
  /** The live data when Undo was pressed: it, or a later read that still holds the action, predates the undo. */
  since: LiveActions | null | undefined;
}

/**
 * `live` is the store's data (undefined before it is read), `rendered` what the lists were rendered from (the
 * effect runs after each render of them), `onBack` closes the Undo bar. `moreId` names the "Show N more" button:
 * an item that came back beyond the ones shown is behind it, so the keyboard goes there.
 */
export function useRefocusWhenBack(
  live: LiveActions | null | undefined,
  rendered: unknown,
  onBack: () => void,
  moreId: string,
): (id: string, since: LiveActions | null | undefined) => void {
  const [pending, setPending] = useState<Pending | null>(null);
  useEffect(() => {
    if (!pending) return;
    // A read from before the undo may still list the item (its Done not yet read), and then drop it: wait for one
    // made after the undo. Before any live data, the first view shows the item as soon as it is settled back.
    if (live && (live === pending.since || live.actions.some((a) => a.reminderId === pending.id))) return;
    const item = document.getElementById(`reminder-${pending.id}`) ?? (live ? document.getElementById(moreId) : null);
    if (item) {
      item.focus();
      setPending(null);
      onBack();
    } else if (live) {
      // Read after the undo and still not listed (it left the sections meanwhile): the bar stays, keyboard on it.
      setPending(null);
    }
  }, [pending, live, rendered, onBack, moreId]);
  return useCallback((id, since) => setPending({ id, since }), []);
}
