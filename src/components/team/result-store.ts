import type { SavedResult } from '../../lib/schema/saved-result.ts';

/**
 * The team view's collected results in IndexedDB: one record per result, keyed by id. The
 * records are read back as `unknown` and checked by the caller, since anything else on the
 * same origin could have written them.
 */
export interface ResultStore {
  all(): Promise<unknown[]>;
  add(results: readonly SavedResult[]): Promise<void>;
  clear(): Promise<void>;
}

const STORE = 'results';
const VERSION = 1;

/** An IDBRequest as a promise. */
function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when the transaction has committed, so a reload right after finds the data. */
function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, VERSION);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    // Another tab holds an older version open; this one waits rather than failing.
    request.onblocked = () => undefined;
  });
}

/** Opens (creating when needed) the store named `name`; rejects when the browser keeps no IndexedDB. */
export async function openResultStore(name: string): Promise<ResultStore> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  const database = await openDatabase(name);
  // Another tab clearing the site's data, or a newer version, closes this connection.
  database.onversionchange = () => database.close();
  return {
    all: () => settled(database.transaction(STORE, 'readonly').objectStore(STORE).getAll()),
    async add(results) {
      if (results.length === 0) return;
      const transaction = database.transaction(STORE, 'readwrite');
      const store = transaction.objectStore(STORE);
      for (const result of results) store.put(result);
      await committed(transaction);
    },
    async clear() {
      const transaction = database.transaction(STORE, 'readwrite');
      transaction.objectStore(STORE).clear();
      await committed(transaction);
    },
  };
}
