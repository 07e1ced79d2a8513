import { z } from 'astro/zod';
import type { SavedResult } from '../schema/saved-result.ts';
import { phrase, type Phrase } from '../scoring/phrase.ts';
import { CURRENT_FORMAT, migrateResult } from './migrations.ts';
import { runSteps, type StepProgress } from './steps.ts';

/** A results file as Touchline exports it. Entries are checked one by one (see jsonToResults). */
export const resultsFileSchema = z.object({
  touchline: z.literal('results'),
  /** The saved-result format the entries were written in. */
  format: z.int().min(0),
  /** When the file was made, ISO 8601. */
  exportedAt: z.string(),
  results: z.array(z.unknown()),
});

/** Results as a self-describing JSON file. */
export function resultsToJson(results: readonly SavedResult[], exportedAt: Date = new Date()): string {
  return JSON.stringify({ touchline: 'results', format: CURRENT_FORMAT, exportedAt: exportedAt.toISOString(), results }, null, 2);
}

export interface JsonEntryStatus {
  /** Position of the entry in the file's list, from 0. */
  index: number;
  status: 'added' | 'rejected';
  reason?: string;
  /** Set when the entry was in an older format and was upgraded. */
  migratedFrom?: number;
}

export type JsonImport =
  | { ok: true; results: SavedResult[]; entries: JsonEntryStatus[] }
  /** The file as a whole could not be used (intake.json.* keys). */
  | { ok: false; problem: Phrase };

const notResultsFile = phrase('intake.json.notResultsFile');

/** The list of entries in a file: a results file, or (leniently) a bare list or a single result. */
function entriesOf(data: unknown): unknown[] | Phrase {
  if (Array.isArray(data)) return data;
  if (typeof data !== 'object' || data === null) return notResultsFile;
  if (!Object.hasOwn(data, 'touchline')) return Object.hasOwn(data, 'answers') ? [data] : notResultsFile;
  const file = resultsFileSchema.safeParse(data);
  if (!file.success) return notResultsFile;
  if (file.data.format > CURRENT_FORMAT) return phrase('intake.json.newer');
  return file.data.results;
}

/** Results from JSON text, each entry upgraded to the current format or rejected with a reason. Never throws. */
export function jsonToResults(text: string): JsonImport {
  return runSteps(jsonToResultsInSteps(text, Number.POSITIVE_INFINITY));
}

/** jsonToResults a few entries at a time, yielding progress between steps (see csvToResultsInSteps). */
export function* jsonToResultsInSteps(text: string, entriesPerStep = 500): Generator<StepProgress, JsonImport, void> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // The browser's own detail (where the syntax breaks) is in the browser's language, kept as it is.
    return { ok: false, problem: phrase('intake.json.invalid', { detail: error instanceof Error ? error.message : '' }) };
  }
  const list = entriesOf(data);
  if (!Array.isArray(list)) return { ok: false, problem: list };
  const results: SavedResult[] = [];
  const entries: JsonEntryStatus[] = [];
  for (const [index, entry] of list.entries()) {
    if (index > 0 && index % entriesPerStep === 0) yield { done: index, total: list.length };
    const read = migrateResult(entry);
    if (!read.ok) entries.push({ index, status: 'rejected', reason: read.message });
    else {
      results.push(read.result);
      entries.push(read.migratedFrom === undefined ? { index, status: 'added' } : { index, status: 'added', migratedFrom: read.migratedFrom });
    }
  }
  return { ok: true, results, entries };
}
