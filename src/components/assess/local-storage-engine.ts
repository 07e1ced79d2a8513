import type { StorageEngine } from '../../lib/results/storage-engine.ts';

/**
 * The browser's localStorage as a storage engine, or an engine whose every call throws
 * when storage is off (some private windows throw on the mere access to localStorage).
 * Only reading is probed: storage that is full, or refuses writes, still lets what was
 * saved be read, and the stores report each failed write themselves.
 */
export function localStorageEngine(): StorageEngine {
  try {
    const storage = window.localStorage;
    storage.getItem('tl-results');
    return storage;
  } catch {
    const unavailable = () => {
      throw new Error('Storage is not available in this browser window.');
    };
    return { getItem: unavailable, setItem: unavailable, removeItem: unavailable };
  }
}
