/**
 * The timeline page's first screen, read with IndexedDB itself the moment the page's script starts: the most
 * recently active applications (the `updatedAt` index, newest first) and how many there are, in one read
 * transaction. It does not wait for Dexie to open the database, nor for React's first render: the page shows these
 * rows, and its live query (timeline-pages.ts, through Dexie) takes over when it answers.
 *
 * The page starts it twice, whichever runs first: a classic script in the page's head (entrypoints/timeline-first.ts,
 * run while the page's modules are still loading) and the page's module (main.tsx); the read is shared through a
 * global, so it happens once.
 *
 * It never creates or upgrades the database: a database that does not exist yet is left to Dexie (null), and the
 * connection closes as soon as the read is done, or at once when another connection asks for a new version.
 */
import type { Application } from '../core/timeline/types';
import { DB_NAME } from './db-name';

export interface FirstPage {
  /** Up to `limit` applications, most recent activity first (as recentApplications orders them). */
  applications: Application[];
  /** More applications exist beyond them. */
  more: boolean;
  /** How many applications the store holds. */
  total: number;
}

/** The first `limit` applications and the count, or null when the database is not there (or cannot be read). */
export function readFirstPage(limit: number, factory: Pick<IDBFactory, 'open'> = indexedDB, name: string = DB_NAME): Promise<FirstPage | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      resolve(null);
      return;
    }
    // No database yet: opening would create an empty one at version 1, under Dexie's feet. Abort; Dexie creates it.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      try {
        if (!db.objectStoreNames.contains('applications')) throw new Error('no applications');
        const tx = db.transaction('applications', 'readonly');
        const store = tx.objectStore('applications');
        const found: Application[] = [];
        let total = 0;
        store.count().onsuccess = (event) => {
          total = (event.target as IDBRequest<number>).result;
        };
        const cursor = store.index('updatedAt').openCursor(null, 'prev');
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) return;
          found.push(at.value as Application);
          if (found.length <= limit) at.continue();
        };
        tx.oncomplete = () => {
          db.close();
          resolve({ applications: found.slice(0, limit), more: found.length > limit, total });
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          resolve(null);
        };
      } catch {
        db.close();
        resolve(null);
      }
    };
  });
}

const SHARED = '__callbackFirstPage';

/** The first page's read, started once per page whichever script asks first (see above). */
export function startFirstPage(limit: number): Promise<FirstPage | null> {
  const shared = globalThis as { [SHARED]?: Promise<FirstPage | null> };
  return (shared[SHARED] ??= readFirstPage(limit).catch(() => null));
}
