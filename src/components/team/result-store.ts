import type { SavedResult } from '../../lib/schema/saved-result.ts';

/**
 * The team view's collected results in IndexedDB: one record per result, keyed by id. The
 * records are read back as `unknown` and checked by the caller, since anything else on the
 * same origin could have written them.
 */
export interface ResultStore {
  all(): Promise<unknown[]>;
  /** Puts `results` and takes out the records of `removed` ids, in one transaction. */
  add(results: readonly SavedResult[], removed?: readonly string[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  /** Ids of results that replaced an earlier result of the same person. */
  corrections(): Promise<string[]>;
  markCorrected(ids: readonly string[]): Promise<void>;
  clear(): Promise<void>;
}

const STORE = 'results';
const CORRECTIONS = 'corrections';
// Version 2 adds the corrections store; version 1 databases are upgraded in place, keeping their results.
const VERSION = 2;

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
      if (!request.result.objectStoreNames.contains(CORRECTIONS)) request.result.createObjectStore(CORRECTIONS);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    // Another tab holds an older version open; this one waits rather than failing.
    request.onblocked = () => undefined;
  });
}

/** Opens (creating when needed) the store named `name`; rejects when the browser keeps no IndexedDB. */
export async function openResultStore(name: string): Promise<ResultStore> {
  if (typeof indexedDB === 'undefined') throw Object.assign(new Error('IndexedDB is not available'), { name: 'NoIndexedDB' });
  const database = await openDatabase(name);
  // Another tab clearing the site's data, or a newer version, closes this connection.
  database.onversionchange = () => database.close();
  return {
    all: () => settled(database.transaction(STORE, 'readonly').objectStore(STORE).getAll()),
    async add(results, removed = []) {
      if (results.length === 0 && removed.length === 0) return;
      const transaction = database.transaction(STORE, 'readwrite');
      const store = transaction.objectStore(STORE);
      for (const id of removed) store.delete(id);
      for (const result of results) store.put(result);
      await committed(transaction);
    },
    async remove(ids) {
      const transaction = database.transaction([STORE, CORRECTIONS], 'readwrite');
      for (const id of ids) {
        transaction.objectStore(STORE).delete(id);
        transaction.objectStore(CORRECTIONS).delete(id);
      }
      await committed(transaction);
    },
    corrections: async () => (await settled(database.transaction(CORRECTIONS, 'readonly').objectStore(CORRECTIONS).getAllKeys())).map(String),
    async markCorrected(ids) {
      if (ids.length === 0) return;
      const transaction = database.transaction(CORRECTIONS, 'readwrite');
      for (const id of ids) transaction.objectStore(CORRECTIONS).put(true, id);
      await committed(transaction);
    },
    async clear() {
      const transaction = database.transaction([STORE, CORRECTIONS], 'readwrite');
      transaction.objectStore(STORE).clear();
      transaction.objectStore(CORRECTIONS).clear();
      await committed(transaction);
    },
  };
}
