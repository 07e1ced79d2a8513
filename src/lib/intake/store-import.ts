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

const MiB = 1024 * 1024;

/**
 * What localStorage holds per site, in characters: 5 Mi in Firefox and Safari, and 10 MiB
 * of UTF-16 (the same 5 Mi characters) in Chromium. A list longer than this cannot be kept,
 * so it is refused in the worker, before a string of tens of megabytes reaches the page and
 * its one setItem blocks the main thread only to fail.
 */
export const STORAGE_CHARS = 5 * MiB;

function megabytes(characters: number): string {
  return `${((characters * 2) / MiB).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}

export function importIntoStore(snapshot: Readonly<Record<string, string | null>>, readings: readonly SourceReading[], limit = STORAGE_CHARS): StoreImport {
  const writes: StoreWrite[] = [];
  const store = createResultStore(recordingEngine(snapshot, writes));
  const set = new ResultSet(store.list().results, { corrections: false });
  const collected = collect(set, readings, { held: 'saved' });
  if (collected.added.length === 0) return { collected, writes };
  const outcome = store.importMany(collected.added);
  if (!outcome.ok) return { collected, writes: [], failure: outcome };
  const written = writes.reduce((sum, write) => sum + write.key.length + (write.value?.length ?? 0), 0);
  if (written > limit) {
    const message = `your saved results with these ${collected.added.length.toLocaleString('en-GB')} added would take ${megabytes(written)}, and a browser keeps at most ${megabytes(limit)} of results for a site. Nothing was added, and what you had saved is unchanged. Import fewer results at a time (the team view takes files of any size up to its limit).`;
    return { collected, writes: [], failure: { ok: false, reason: 'full', message } };
  }
  return { collected, writes };
}

/**
 * Makes the writes on the page's storage. A full quota is reported with the size that did
 * not fit, so "full" is never said of a store that was simply asked for too much at once.
 */
export function applyWrites(engine: StorageEngine, writes: readonly StoreWrite[]): WriteOutcome {
  for (const { key, value } of writes) {
    const outcome = value === null ? removeItem(engine, key) : writeItem(engine, key, value);
    if (outcome.ok) continue;
    if (outcome.reason === 'full' && value !== null) {
      return { ...outcome, message: `your saved results with these added would take ${megabytes(key.length + value.length)}, more than this browser has left for the site (${FULL_MESSAGE.charAt(0).toLowerCase()}${FULL_MESSAGE.slice(1, -1)}). Nothing was added.` };
    }
    return outcome;
  }
  return { ok: true };
}
