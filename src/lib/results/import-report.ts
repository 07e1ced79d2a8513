import type { SavedResult } from '../schema/saved-result.ts';
import type { CsvImport } from './csv.ts';
import type { SkippedResult } from './duplicates.ts';
import type { JsonImport } from './json.ts';

/** What happened to one row of a CSV file or one entry of a JSON file. */
export interface ImportLine {
  /** Where it was in the file, as a person finds it: "Row 5" (the header is row 1) or "Entry 3" (from 1). */
  where: string;
  status: 'added' | 'skipped' | 'rejected';
  /** Why it was skipped or rejected, in a sentence. */
  reason?: string;
  /** The result read from it, when it could be read. */
  result?: SavedResult;
}

export interface ImportReport {
  lines: ImportLine[];
  added: number;
  skipped: number;
  rejected: number;
  /** Problems with the file as a whole. */
  problems: string[];
}

/** What the store said about the results read from a file (see ResultStore.importMany). */
export interface StoreImportOutcome {
  skipped: readonly SkippedResult[];
}

/** A line with its position in the file, for sorting. */
type PlacedLine = ImportLine & { order: number };

/**
 * Every line in file order: the reader's rejections, then what it accepted, whose places
 * `readable` gives in the order of the reader's results (the store's skipped entries
 * point into those results by index).
 */
function linesFor(rejectedByReader: PlacedLine[], readable: { where: string; order: number }[], results: readonly SavedResult[], outcome: StoreImportOutcome): ImportLine[] {
  const skippedAt = new Map(outcome.skipped.map((entry) => [entry.index, entry]));
  const accepted = readable.map(({ where, order }, index): PlacedLine => {
    const result = results[index];
    const skipped = skippedAt.get(index);
    if (!skipped) return { where, order, status: 'added', ...(result ? { result } : {}) };
    return { where, order, status: skipped.kind === 'invalid' ? 'rejected' : 'skipped', reason: skipped.reason, ...(result ? { result } : {}) };
  });
  return [...rejectedByReader, ...accepted]
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...line }) => line);
}

function summarise(lines: ImportLine[], problems: string[]): ImportReport {
  const count = (status: ImportLine['status']) => lines.filter((line) => line.status === status).length;
  return { lines, added: count('added'), skipped: count('skipped'), rejected: count('rejected'), problems };
}

/** The row-by-row report of a CSV import: what the file held, then what the store made of it. */
export function csvImportReport(reading: CsvImport, outcome: StoreImportOutcome): ImportReport {
  const rejected: PlacedLine[] = [];
  const readable: { where: string; order: number }[] = [];
  for (const row of reading.rows) {
    if (row.status === 'rejected') rejected.push({ where: `Row ${row.row}`, order: row.row, status: 'rejected', reason: row.reason ?? 'the row could not be read' });
    else readable.push({ where: `Row ${row.row}`, order: row.row });
  }
  return summarise(linesFor(rejected, readable, reading.results, outcome), reading.problems);
}

/** The entry-by-entry report of a JSON import. A file that could not be used at all has only a problem. */
export function jsonImportReport(reading: JsonImport, outcome: StoreImportOutcome): ImportReport {
  if (!reading.ok) return summarise([], [reading.message]);
  const rejected: PlacedLine[] = [];
  const readable: { where: string; order: number }[] = [];
  for (const entry of reading.entries) {
    const where = `Entry ${entry.index + 1}`;
    if (entry.status === 'rejected') rejected.push({ where, order: entry.index, status: 'rejected', reason: entry.reason ?? 'the entry could not be read' });
    else readable.push({ where, order: entry.index });
  }
  return summarise(linesFor(rejected, readable, reading.results, outcome), []);
}
