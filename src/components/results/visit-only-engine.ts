import type { StorageEngine } from '../../lib/results/storage-engine.ts';

/**
 * Storage that lasts only while the page is open: where the browser keeps nothing, the
 * results page still lets a person import and look at results for the visit.
 */
export function visitOnlyEngine(): StorageEngine {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  };
}
