/**
 * The import worker's own connection to the store, quiet about each write. Dexie tells every page of the extension
 * which keys each transaction changed (a BroadcastChannel message), and each page merges those keys into its live
 * queries' ranges on its main thread: an import writes a batch every few hundred milliseconds, and on the options
 * page that merging ran 50 to 190 ms at a time (profiled in Chromium, a shared machine) while the user watched the
 * bar. Here the worker's writes announce nothing key by key; instead "something changed" goes out at most once a
 * second and at the end, and every live query re-reads once (the options page's are a few small reads; an open
 * timeline page refreshes as it would after any change).
 */
import { Dexie, RangeSet } from 'dexie';
import { DB_NAME, openDb, type CallbackDb, type DbDeps } from './db';
import { dexieImportSink } from './mail-import';

/** At most one "the store changed" a second while an import writes. */
const SIGNAL_MS = 1000;

function storeChanged(): void {
  Dexie.on.storagemutated.fire({ all: new RangeSet(-Infinity, [[]]) });
}

/** A connection whose writes are not announced key by key (Dexie's observability layer left out). */
export function openQuietDb(name: string = DB_NAME, deps?: DbDeps): CallbackDb {
  const db = openDb(name, deps);
  db.unuse({ stack: 'dbcore', name: 'Observability' });
  return db;
}

/** The import sink over a quiet connection, announcing its writes as a whole, now and then and at the end. */
export function quietImportSink(db: CallbackDb, now: () => Date, clock: () => number = () => performance.now()) {
  const inner = dexieImportSink(db, now);
  let last = -Infinity;
  const signal = (force: boolean) => {
    const t = clock();
    if (!force && t - last < SIGNAL_MS) return;
    last = t;
    storeChanged();
  };
  return {
    checkpoint: inner.checkpoint,
    store: async (...args: Parameters<typeof inner.store>) => {
      const results = await inner.store(...args);
      signal(false);
      return results;
    },
    finish: async (...args: Parameters<typeof inner.finish>) => {
      const results = await inner.finish(...args);
      signal(true);
      return results;
    },
    stop: async (key: string) => {
      await inner.stop(key);
      signal(true);
    },
  };
}
