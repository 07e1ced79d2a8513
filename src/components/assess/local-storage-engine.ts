import type { StorageEngine } from '../../lib/results/storage-engine.ts';

/**
 * The browser's localStorage as a storage engine, or an engine whose every call throws
 * when storage is off (some private windows throw on the mere access to localStorage).
 */
export function localStorageEngine(): StorageEngine {
  try {
    const storage = window.localStorage;
    const probe = '__tl_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    const unavailable = () => {
      throw new Error('Storage is not available in this browser window.');
    };
    return { getItem: unavailable, setItem: unavailable, removeItem: unavailable };
  }
}
