/**
 * Intake into My results, split so that the work runs in a worker and the page only writes:
 * the worker reads the stored results from a snapshot of the page's storage, collects the
 * readings against them (no corrections: a person's own history is never replaced by an
 * import) and returns the storage writes; the page applies them (localStorage exists only on
 * the main thread), which is one setItem of the new list.
 */
import { RESULTS_KEY, createResultStore } from '../results/store.ts';
import { phrase, type Phrase } from '../scoring/phrase.ts';
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
  failure?: ImportFailure;
}

/** A refusal, with what to tell the person in their language when the store's reason is not enough. */
export type ImportFailure = WriteFailure & { said?: Phrase };

/** Why nothing was kept, for the import report: the sizes when known, else the store's reason. */
export function failurePhrase(failure: ImportFailure): Phrase {
  return failure.said ?? phrase(`intake.store.${failure.reason}`);
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

function megabytes(characters: number): number {
  // Rounded up to a tenth: the page writes it the language's way.
  return Math.ceil(((characters * 2) / MiB) * 10) / 10;
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
    const message = `your saved results with these ${collected.added.length.toLocaleString('en-GB')} added would take ${megabytes(written)} MB, and a browser keeps at most ${megabytes(limit)} MB of results for a site. Nothing was added, and what you had saved is unchanged. Import fewer results at a time (the team view takes files of any size up to its limit).`;
    const said = phrase('intake.store.tooLarge', { count: collected.added.length, size: megabytes(written), limit: megabytes(limit) });
    return { collected, writes: [], failure: { ok: false, reason: 'full', message, said } };
  }
  return { collected, writes };
}

/**
 * Makes the writes on the page's storage. A full quota is reported with the size that did
 * not fit, so "full" is never said of a store that was simply asked for too much at once.
 */
export function applyWrites(engine: StorageEngine, writes: readonly StoreWrite[]): WriteOutcome | ImportFailure {
  for (const { key, value } of writes) {
    const outcome = value === null ? removeItem(engine, key) : writeItem(engine, key, value);
    if (outcome.ok) continue;
    if (outcome.reason === 'full' && value !== null) {
      const size = megabytes(key.length + value.length);
      return { ...outcome, message: `your saved results with these added would take ${size} MB, more than this browser has left for the site (${FULL_MESSAGE.charAt(0).toLowerCase()}${FULL_MESSAGE.slice(1, -1)}). Nothing was added.`, said: phrase('intake.store.fullAt', { size }) };
    }
    return outcome;
  }
  return { ok: true };
}
