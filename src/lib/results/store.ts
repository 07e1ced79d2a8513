import { z } from 'astro/zod';
import { phrase, type Phrase } from '../scoring/phrase.ts';
import { savedResultSchema, type SavedResult } from '../schema/saved-result.ts';
import { ResultSet, skipReason } from '../intake/result-set.ts';
import { migrateResult, type MigrationOutcome } from './migrations.ts';
import { describeIssues } from './result-issues.ts';
import {
  canStore,
  readItem,
  removeItem,
  writeItem,
  type StorageEngine,
  type WriteFailure,
  type WriteFailureReason,
  type WriteOutcome,
} from './storage-engine.ts';
import { fnv1a32 } from './version.ts';

// The stores' entry point: the draft store and the engine type are part of this module's API.
export { createDraftStore, type Draft, type DraftLoad, type DraftStore } from './draft-store.ts';
export type { StorageEngine, WriteFailure, WriteFailureReason, WriteOutcome } from './storage-engine.ts';

/** Where every saved result lives: one key, one versioned envelope. */
export const RESULTS_KEY = 'tl-results';
/** The envelope version this code reads and writes. */
export const STORE_VERSION = 1;
/** Damaged envelopes are copied to `${BACKUP_KEY_PREFIX}<hash of the text>` before being replaced. */
export const BACKUP_KEY_PREFIX = 'tl-results-backup-';
const PROBE_KEY = 'tl-results-probe';

/**
 * The stored envelope. Records stay `unknown` here: each is checked on its own when read, so
 * one bad record never hides the others, and records this code cannot read are written
 * back exactly as they were.
 */
export const resultStoreEnvelopeSchema = z.object({
  store: z.int().min(1),
  results: z.array(z.unknown()),
  /** Keys of backups of damaged envelopes this one replaced; `clear()` removes them too. */
  backups: z.array(z.string()).optional(),
});

export interface SkippedResult {
  result: SavedResult;
  /** `duplicate`: the same result is saved or came earlier in the list; `invalid`: not a saved result at all. */
  kind: 'duplicate' | 'invalid';
  /** Why it was not added, for the page to word. */
  reason: Phrase;
  /** Its position in the list that was being added, from 0, so a caller can name the row or entry. */
  index: number;
}

export interface StoreProblem {
  /** Position of the record in storage; null when the problem is with the store as a whole. */
  index: number | null;
  /** What is wrong and what to do, for the person. */
  reason: string;
  /** For a problem with the store as a whole, its cause, so a page can word it in its language. */
  cause?: WriteFailureReason;
}

export interface ResultList {
  /** Readable results, in the order they were saved; older formats are upgraded. */
  results: SavedResult[];
  problems: StoreProblem[];
  /** Keys holding copies of damaged data that a save replaced. */
  backups: string[];
}

export interface ResultStore {
  list(): ResultList;
  /** Adds a result, or replaces the saved result with the same id. */
  save(result: SavedResult): WriteOutcome<{ backupKey?: string }>;
  /** Deletes the result with this id; deleting one that is not there is not an error. */
  remove(id: string): WriteOutcome;
  /** Sets a result's label; an empty or blank label removes it. */
  relabel(id: string, label: string): WriteOutcome;
  /** Forgets every saved result on this device, and the backups of damaged data. */
  clear(): WriteOutcome;
  /**
   * Adds the results that are not saved already (see isSameResult). `skipped` holds the
   * invalid ones first, then the duplicates, each with its position in `results`.
   */
  importMany(results: readonly SavedResult[]): WriteOutcome<{ added: SavedResult[]; skipped: SkippedResult[]; backupKey?: string }>;
  /** Whether this browser lets the site save at all. */
  available(): boolean;
}

interface Entry {
  raw: unknown;
  read: MigrationOutcome;
}

type StoredState =
  | { kind: 'readable'; entries: Entry[]; backups: string[] }
  | { kind: 'damaged'; text: string; message: string }
  | { kind: 'newer'; store: number }
  | { kind: 'unavailable'; failure: WriteFailure };

const NEWER_STORE_MESSAGE = 'Your saved results were stored by a newer version of Touchline; reload the site to update it, then try again.';

function readState(engine: StorageEngine): StoredState {
  const read = readItem(engine, RESULTS_KEY);
  if (!read.ok) return { kind: 'unavailable', failure: read };
  if (read.value === null) return { kind: 'readable', entries: [], backups: [] };
  let data: unknown;
  try {
    data = JSON.parse(read.value);
  } catch {
    return { kind: 'damaged', text: read.value, message: 'it is not valid JSON' };
  }
  const store: unknown = typeof data === 'object' && data !== null ? (data as { store?: unknown }).store : undefined;
  if (typeof store === 'number' && Number.isInteger(store) && store > STORE_VERSION) return { kind: 'newer', store };
  const envelope = resultStoreEnvelopeSchema.safeParse(data);
  if (!envelope.success || envelope.data.store !== STORE_VERSION) {
    return { kind: 'damaged', text: read.value, message: envelope.success ? `store version ${envelope.data.store} is unknown` : describeIssues(envelope.error, data) };
  }
  return {
    kind: 'readable',
    entries: envelope.data.results.map((raw) => ({ raw, read: migrateResult(raw) })),
    backups: envelope.data.backups ?? [],
  };
}

function damagedMessage(message: string): string {
  return `The results saved in this browser are damaged and cannot be read (${message}). They are left as they are; the next save keeps a copy of them first.`;
}

/** Readable records in their current format, the others exactly as they were stored. */
function writeEntries(engine: StorageEngine, entries: readonly Entry[], backups: readonly string[]): WriteOutcome {
  const envelope = {
    store: STORE_VERSION,
    results: entries.map((entry) => (entry.read.ok ? entry.read.result : entry.raw)),
    ...(backups.length > 0 ? { backups } : {}),
  };
  return writeItem(engine, RESULTS_KEY, JSON.stringify(envelope));
}

function asEntry(result: SavedResult): Entry {
  return { raw: result, read: { ok: true, result } };
}

/**
 * The entries to add to, for a write that adds results. Damaged data is first copied to a
 * backup key (named by its hash, so one backup never overwrites another) and only then
 * replaced; when the copy fails nothing is written.
 */
function entriesForAdding(engine: StorageEngine): { ok: true; entries: Entry[]; backups: string[]; backupKey?: string } | WriteFailure {
  const state = readState(engine);
  switch (state.kind) {
    case 'unavailable':
      return state.failure;
    case 'newer':
      return { ok: false, reason: 'newer', message: NEWER_STORE_MESSAGE };
    case 'readable':
      return { ok: true, entries: state.entries, backups: state.backups };
    case 'damaged': {
      const backupKey = `${BACKUP_KEY_PREFIX}${fnv1a32(state.text)}`;
      const backup = writeItem(engine, backupKey, state.text);
      if (!backup.ok) {
        return {
          ok: false,
          reason: 'corrupt',
          message: `The results saved in this browser are damaged, and a safe copy of them could not be made (${backup.message}), so nothing was saved over them.`,
        };
      }
      return { ok: true, entries: [], backups: [backupKey], backupKey };
    }
  }
}

/** The readable entries, for a write that changes saved results; damaged data is never touched. */
function entriesForChanging(engine: StorageEngine): { ok: true; entries: Entry[]; backups: string[] } | WriteFailure {
  const state = readState(engine);
  switch (state.kind) {
    case 'unavailable':
      return state.failure;
    case 'newer':
      return { ok: false, reason: 'newer', message: NEWER_STORE_MESSAGE };
    case 'damaged':
      return { ok: false, reason: 'corrupt', message: damagedMessage(state.message) };
    case 'readable':
      return { ok: true, entries: state.entries, backups: state.backups };
  }
}

function invalid(message: string): WriteFailure {
  return { ok: false, reason: 'invalid', message };
}

/** Saved results in one localStorage-shaped engine. No method throws. */
export function createResultStore(engine: StorageEngine): ResultStore {
  return {
    list() {
      const state = readState(engine);
      switch (state.kind) {
        case 'unavailable':
          return { results: [], problems: [{ index: null, reason: state.failure.message, cause: state.failure.reason }], backups: [] };
        case 'newer':
          return { results: [], problems: [{ index: null, reason: NEWER_STORE_MESSAGE, cause: 'newer' }], backups: [] };
        case 'damaged':
          return { results: [], problems: [{ index: null, reason: damagedMessage(state.message), cause: 'corrupt' }], backups: [] };
        case 'readable': {
          const results: SavedResult[] = [];
          const problems: StoreProblem[] = [];
          state.entries.forEach((entry, index) => {
            if (entry.read.ok) results.push(entry.read.result);
            else problems.push({ index, reason: entry.read.message });
          });
          return { results, problems, backups: state.backups };
        }
      }
    },

    save(result) {
      const checked = savedResultSchema.safeParse(result);
      if (!checked.success) return invalid(`This result cannot be saved: ${describeIssues(checked.error, result)}.`);
      const current = entriesForAdding(engine);
      if (!current.ok) return current;
      const at = current.entries.findIndex((entry) => entry.read.ok && entry.read.result.id === checked.data.id);
      const entries = at === -1 ? [...current.entries, asEntry(checked.data)] : current.entries.with(at, asEntry(checked.data));
      const written = writeEntries(engine, entries, current.backups);
      return written.ok && current.backupKey ? { ok: true, backupKey: current.backupKey } : written;
    },

    remove(id) {
      const current = entriesForChanging(engine);
      if (!current.ok) return current;
      const entries = current.entries.filter((entry) => !(entry.read.ok && entry.read.result.id === id));
      return entries.length === current.entries.length ? { ok: true } : writeEntries(engine, entries, current.backups);
    },

    relabel(id, label) {
      const current = entriesForChanging(engine);
      if (!current.ok) return current;
      const at = current.entries.findIndex((entry) => entry.read.ok && entry.read.result.id === id);
      const entry = current.entries[at];
      if (!entry?.read.ok) return invalid(`There is no saved result with the id "${id}"; it may have been deleted in another tab.`);
      const { label: _old, ...rest } = entry.read.result;
      const trimmed = label.trim();
      const checked = savedResultSchema.safeParse(trimmed === '' ? rest : { ...rest, label: trimmed });
      if (!checked.success) return invalid(`That label cannot be used: ${describeIssues(checked.error, { label: trimmed })}.`);
      return writeEntries(engine, current.entries.with(at, asEntry(checked.data)), current.backups);
    },

    clear() {
      const state = readState(engine);
      if (state.kind === 'unavailable') return state.failure;
      for (const key of state.kind === 'readable' ? state.backups : []) {
        const removed = removeItem(engine, key);
        if (!removed.ok) return removed;
      }
      return removeItem(engine, RESULTS_KEY);
    },

    importMany(incoming) {
      const valid: SavedResult[] = [];
      /** Where each valid result was in `incoming`. */
      const validAt: number[] = [];
      const rejected: SkippedResult[] = [];
      incoming.forEach((result, index) => {
        const checked = savedResultSchema.safeParse(result);
        if (checked.success) {
          valid.push(checked.data);
          validAt.push(index);
        } else rejected.push({ result, index, kind: 'invalid', reason: phrase('intake.reason.notAResult', { detail: describeIssues(checked.error, result) }) });
      });
      if (valid.length === 0) return { ok: true, added: [], skipped: rejected };
      const current = entriesForAdding(engine);
      if (!current.ok) return current;
      const existing = current.entries.flatMap((entry) => (entry.read.ok ? [entry.read.result] : []));
      // My results keeps a person's history: an import never replaces what is saved (no corrections).
      const set = new ResultSet(existing, { corrections: false });
      const added = new Set<SavedResult>();
      const skipped: SkippedResult[] = [];
      valid.forEach((result, index) => {
        const outcome = set.add(result);
        if (outcome.added) added.add(result);
        else skipped.push({ result, index: validAt[index]!, kind: 'duplicate', reason: skipReason(outcome, 'saved', added.has(outcome.duplicateOf)) });
      });
      const outcome = { added: [...added], skipped: [...rejected, ...skipped], ...(current.backupKey ? { backupKey: current.backupKey } : {}) };
      // Damaged data means nothing existing to match against, so something is always added then.
      if (added.size === 0) return { ok: true, ...outcome };
      const written = writeEntries(engine, [...current.entries, ...outcome.added.map(asEntry)], current.backups);
      return written.ok ? { ok: true, ...outcome } : written;
    },

    available() {
      return canStore(engine, PROBE_KEY);
    },
  };
}
