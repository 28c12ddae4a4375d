/** A database of its own per test, on its own in-memory IndexedDB (fake-indexeddb). */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDb, type CallbackDb } from '../../../lib/store';

export function freshDb(name = 'callback'): CallbackDb {
  return openDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}
