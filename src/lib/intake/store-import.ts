/**
 * Intake into My results, split so that the work runs in a worker and the page only writes:
 * the worker reads the stored results from a snapshot of the page's storage, collects the
 * readings against them (no corrections: a person's own history is never replaced by an
 * import) and returns the storage writes; the page applies them (localStorage exists only on
 * the main thread), which is one setItem of the new list.
 */
import { RESULTS_KEY, createResultStore } from '../results/store.ts';
import { FULL_MESSAGE, removeItem, writeItem, type StorageEngine, type WriteFailure, type WriteOutcome } from '../results/storage-engine.ts';
import { collect, type Collected } from './collect.ts';
import type { SourceReading } from './readings.ts';
import { ResultSet } from './result-set.ts';

/** One write for the page to make: a value to set, or null to remove the key. */
export interface StoreWrite {
  key: string;
  value: string | null;
}

export interface StoreImport {
  collected: Collected;
  writes: StoreWrite[];
  /** Set when the store refused before any write (e.g. a newer store version): nothing may be added. */
  failure?: WriteFailure;
}

/** The keys the worker needs from the page's storage. */
export const SNAPSHOT_KEYS = [RESULTS_KEY] as const;

/** Storage that reads a snapshot and records what would be written. */
function recordingEngine(snapshot: Readonly<Record<string, string | null>>, writes: StoreWrite[]): StorageEngine {
  const current = new Map(Object.entries(snapshot));
  return {
    getItem: (key) => current.get(key) ?? null,
    setItem: (key, value) => {
      current.set(key, value);
      writes.push({ key, value });
    },
    removeItem: (key) => {
      current.set(key, null);
      writes.push({ key, value: null });
    },
  };
}

export function importIntoStore(snapshot: Readonly<Record<string, string | null>>, readings: readonly SourceReading[]): StoreImport {
  const writes: StoreWrite[] = [];
  const store = createResultStore(recordingEngine(snapshot, writes));
  const set = new ResultSet(store.list().results, { corrections: false });
  const collected = collect(set, readings, { held: 'saved' });
  if (collected.added.length === 0) return { collected, writes };
  const outcome = store.importMany(collected.added);
  return outcome.ok ? { collected, writes } : { collected, writes: [], failure: outcome };
}

const MiB = 1024 * 1024;

/**
 * Makes the writes on the page's storage. A full quota is reported with the size that did
 * not fit, so "full" is never said of a store that was simply asked for too much at once.
 */
export function applyWrites(engine: StorageEngine, writes: readonly StoreWrite[]): WriteOutcome {
  for (const { key, value } of writes) {
    const outcome = value === null ? removeItem(engine, key) : writeItem(engine, key, value);
    if (outcome.ok) continue;
    if (outcome.reason === 'full' && value !== null) {
      const size = ((value.length * 2) / MiB).toLocaleString('en-GB', { maximumFractionDigits: 1 });
      return { ...outcome, message: `Your results with these added would take ${size} MB of this browser's storage for the site, more than it allows. Nothing was added. Import fewer results at a time, or delete some you no longer need. (${FULL_MESSAGE})` };
    }
    return outcome;
  }
  return { ok: true };
}
