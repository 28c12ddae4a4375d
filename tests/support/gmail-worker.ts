/**
 * Helpers for the Gmail browser tests: read the extension's database from its service worker (plain IndexedDB, no
 * Dexie: the function is serialised into the worker), and serve the fixture mailboxes.
 */
import type { ExtensionSession } from './extension';

export interface StoreCounts {
  events: Array<{ kind: string; messageId: string | null; threadId: string | null; account: { index: number | null; address: string | null } | null }>;
  review: Array<{ messageId: string; status: string }>;
  corrections: number;
}

/** What the extension stored, or null while its database does not exist yet. */
export function storeCounts(session: ExtensionSession): Promise<StoreCounts | null> {
  return session.inWorker(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('callback')) return null;
    return new Promise<StoreCounts | null>((resolve) => {
      const request = indexedDB.open('callback');
      request.onerror = () => resolve(null);
      request.onsuccess = () => {
        const db = request.result;
        const wanted = ['events', 'reviewItems', 'corrections'];
        if (!wanted.every((n) => db.objectStoreNames.contains(n))) {
          db.close();
          resolve(null);
          return;
        }
        const tx = db.transaction(wanted, 'readonly');
        const all = (name: string) =>
          new Promise<Array<Record<string, string | null>>>((ok) => {
            const r = tx.objectStore(name).getAll();
            r.onsuccess = () => ok(r.result);
            r.onerror = () => ok([]);
          });
        void Promise.all(wanted.map(all)).then(([events, review, corrections]) => {
          db.close();
          resolve({
            events: events!.map((e) => ({
              kind: String(e['kind']),
              messageId: e['messageId'] ?? null,
              threadId: e['threadId'] ?? null,
              account: (e['account'] as unknown as { index: number | null; address: string | null } | undefined) ?? null,
            })),
            review: review!.map((r) => ({ messageId: String(r['messageId']), status: String(r['status']) })),
            corrections: corrections!.length,
          });
        });
      };
    });
  });
}

export function badgeText(session: ExtensionSession): Promise<string> {
  return session.inWorker(() => chrome.action.getBadgeText({}));
}
