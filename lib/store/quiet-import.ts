/**
 * The import worker's own connection to the store, quiet about each write. Dexie tells every page of the extension
 * which keys each transaction changed (a BroadcastChannel message), and each page merges those keys into its live
 * queries' ranges on its main thread: an import writes a batch every few hundred milliseconds, and on the options
 * page that merging ran 50 to 190 ms at a time (profiled in Chromium, a shared machine) while the user watched the
 * bar. Here the worker's writes announce nothing key by key; instead "these tables changed" goes out at most once a
 * second and at the end, naming the tables written since (whole): the live queries that read them re-read once (an
 * open timeline page refreshes as it would after any change), and the others, the options page's settings, lessons
 * and corrections, stay as they are (they re-read and re-rendered the whole options page once a second, a main-thread
 * task of 40 to 90 ms on a loaded machine).
 */
import { Dexie, RangeSet, type ObservabilitySet } from 'dexie';
import { DB_NAME, openDb, type CallbackDb, type DbDeps } from './db';
import { dexieImportSink } from './mail-import';

/** At most one "the store changed" a second while an import writes. */
const SIGNAL_MS = 1000;

/** The tables a quiet connection wrote since it last said so. */
const written = new WeakMap<CallbackDb, Set<string>>();

/** Every key of the tables written since the last call, as Dexie names them for its live queries; then forgets them. */
function changedParts(db: CallbackDb): ObservabilitySet {
  const parts: ObservabilitySet = {};
  const tables = written.get(db);
  for (const name of tables ?? []) {
    const table = db.table(name);
    const prefix = `idb://${db.name}/${name}/`;
    for (const index of table.schema.indexes) if (index.name) parts[prefix + index.name] = new RangeSet(-Infinity, [[[]]]);
    parts[prefix] = new RangeSet(-Infinity, [[[]]]);
    parts[`${prefix}:dels`] = new RangeSet(-Infinity, [[[]]]);
  }
  tables?.clear();
  return parts;
}

/**
 * A connection whose writes are not announced key by key (Dexie's observability layer left out); it only notes
 * which tables it wrote, for quietImportSink to announce.
 */
export function openQuietDb(name: string = DB_NAME, deps?: DbDeps): CallbackDb {
  const db = openDb(name, deps);
  db.unuse({ stack: 'dbcore', name: 'Observability' });
  const tables = new Set<string>();
  written.set(db, tables);
  db.use({
    stack: 'dbcore',
    name: 'WrittenTables',
    create: (core) => ({
      ...core,
      table: (tableName) => {
        const table = core.table(tableName);
        return {
          ...table,
          mutate: (req) => {
            tables.add(tableName);
            return table.mutate(req);
          },
        };
      },
    }),
  });
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
    const parts = changedParts(db);
    if (Object.keys(parts).length > 0) Dexie.on.storagemutated.fire(parts);
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
