/**
 * The first stage of intake, shared by My results and the team view: result files (JSON or
 * CSV exports, a text file of share links) and pasted share links become readings, one per
 * entry, row or line, each a result or a reason that names where it was and what to do.
 * Nothing here throws on bad input, and nothing here decides what is already saved: that is
 * the result set's job (result-set.ts).
 */
import { phrase, type Phrase } from '../scoring/phrase.ts';
import { asIs } from './report.ts';
import { csvToResultsInSteps } from '../results/csv.ts';
import type { DefinitionsById } from '../results/definitions.ts';
import type { EarlierVersionsById } from '../results/history.ts';
import { jsonToResultsInSteps } from '../results/json.ts';
import { decodeShareCode, longestItemNotes } from '../results/share-code.ts';
import { runSteps, type StepProgress } from '../results/steps.ts';
import type { SavedResult } from '../schema/saved-result.ts';

/** A result read from an input, with where it came from ("entry 3", "row 4", "line 2"). */
export interface ReadResult {
  where: string;
  /** Its position in the source, for putting readings back in file order. */
  order: number;
  result: SavedResult;
}

/** Something that could not be read as a result, with where it was and why. */
export interface Rejection {
  /** Empty when the whole file is meant. */
  where: string;
  order: number;
  reason: Phrase;
}

/** What one file, or the pasted links, held. */
export interface SourceReading {
  /** A file name, or "Pasted links". */
  source: string;
  results: ReadResult[];
  rejected: Rejection[];
  /** Things worth knowing that rejected nothing, e.g. CSV columns that were ignored. */
  notes: Phrase[];
}

export const PASTED_LINKS_SOURCE = 'Pasted links';

const MiB = 1024 * 1024;

/**
 * The largest file intake reads, from memory measured, not guessed: reading and checking a
 * 100,000-row PACE CSV export (14.9 MiB) held 326 MiB more (about 22 bytes per byte of file:
 * the parsed cells, the results, the report lines), so 40 MiB, about 270,000 rows, peaks
 * near 900 MiB in the worker, which a browser on a 4 GB machine still grants it. A larger
 * file is refused with its size before it is read (docs/results-formats.md, "Limits").
 */
export const MAX_FILE_BYTES = 40 * MiB;

/** Megabytes to a tenth, for the page to write its language's way. */
function megabytes(bytes: number): number {
  return Math.round((bytes / MiB) * 10) / 10;
}

/** Why a file is not read at all, or undefined when its size is fine. */
export function fileTooLarge(name: string, bytes: number, limit = MAX_FILE_BYTES): Phrase | undefined {
  if (bytes <= limit) return undefined;
  return phrase('intake.reason.tooLarge', { name, size: megabytes(bytes), limit: megabytes(limit) });
}

export function emptyReading(source: string, reason?: Phrase): SourceReading {
  return { source, results: [], rejected: reason === undefined ? [] : [{ where: '', order: -1, reason }], notes: [] };
}

const notAResultsFile = phrase('intake.reason.notResultsFile');

/** JSON when the name says so or the text starts like JSON; otherwise CSV (or share links). */
function looksLikeJson(name: string, text: string): boolean {
  if (/\.json$/i.test(name)) return true;
  if (/\.csv$/i.test(name)) return false;
  return /^\uFEFF?\s*[[{]/.test(text);
}

/** A text file of share links: every non-blank line looks like a link with a "#" or a bare code. */
function looksLikeLinks(name: string, text: string): boolean {
  if (/\.(json|csv)$/i.test(name)) return false;
  const lines = text.split(/\r\n|\r|\n/, 50).filter((line) => line.trim() !== '');
  return lines.length > 0 && lines.every((line) => /^\s*(https?:\/\/\S*#|#)?[0-9A-Za-z_-]{8,}\s*$/.test(line));
}

/**
 * The readings of one file's text, stepping as csvToResultsInSteps and jsonToResultsInSteps
 * do, so a worker can report rows read on a large file. `earlier` (the site's earlier versions)
 * lets a CSV row or share link taken with one keep every answer.
 */
export function* readResultsFileInSteps(name: string, text: string, definitionsById: DefinitionsById, earlier: EarlierVersionsById = {}): Generator<StepProgress, SourceReading, void> {
  const reading = emptyReading(name);
  if (text.trim() === '') return emptyReading(name, phrase('intake.reason.empty'));
  if (looksLikeLinks(name, text)) return { ...readShareLinks(text, definitionsById, earlier), source: name };
  if (looksLikeJson(name, text)) {
    const parsed = yield* jsonToResultsInSteps(text);
    if (!parsed.ok) return emptyReading(name, parsed.problem);
    if (parsed.entries.length === 0) return emptyReading(name, phrase('intake.reason.noResults'));
    let next = 0;
    for (const entry of parsed.entries) {
      const where = `entry ${entry.index + 1}`;
      if (entry.status === 'rejected') reading.rejected.push({ where, order: entry.index, reason: entry.reason === undefined ? phrase('intake.reason.notSaved') : asIs(entry.reason) });
      else reading.results.push({ where, order: entry.index, result: parsed.results[next++]! });
    }
    return reading;
  }

  const parsed = yield* csvToResultsInSteps(text, definitionsById, undefined, earlier);
  const added = parsed.rows.filter((row) => row.status === 'added').length;
  // A file with no usable header is rejected once, not once per line of whatever it is.
  if (added === 0 && parsed.problems.length > 0) return emptyReading(name, /\.csv$/i.test(name) ? phrase('intake.csv.problems', { problems: parsed.problems }) : notAResultsFile);
  reading.notes.push(...parsed.problems);
  if (parsed.rows.length === 0) return emptyReading(name, phrase('intake.reason.headerOnly'));
  let next = 0;
  for (const row of parsed.rows) {
    const where = `row ${row.row}`;
    if (row.status === 'rejected') reading.rejected.push({ where, order: row.row, reason: row.reason ?? phrase('intake.reason.notSaved') });
    else reading.results.push({ where, order: row.row, result: parsed.results[next++]! });
  }
  return reading;
}

/** readResultsFileInSteps at once. */
export function readResultsFile(name: string, text: string, definitionsById: DefinitionsById, earlier: EarlierVersionsById = {}): SourceReading {
  return runSteps(readResultsFileInSteps(name, text, definitionsById, earlier));
}

/** Longer than any share link without notes beside answers: such a line is something else, and is not decoded. */
const MAX_LINK_LENGTH = 2000;

/** The longest line that can still be a link to a result of these assessments, notes and all. */
function longestLink(definitionsById: DefinitionsById): number {
  const items = Math.max(0, ...Object.values(definitionsById).map((definition) => definition.dimensions.reduce((count, dimension) => count + dimension.items.length, 0)));
  return MAX_LINK_LENGTH + longestItemNotes(items);
}

/** The share code in a pasted line: what follows "#" in a link, or the line itself when it is a bare code. */
export function shareCodeOfLine(line: string, maxLength = MAX_LINK_LENGTH): { ok: true; code: string } | { ok: false; reason: Phrase } {
  const text = line.trim();
  if (text.length > maxLength) return { ok: false, reason: phrase('intake.reason.longLine', { count: text.length }) };
  const hash = text.indexOf('#');
  if (hash >= 0) return { ok: true, code: text.slice(hash + 1) };
  if (/^[a-z][a-z0-9+.-]*:|\//i.test(text)) return { ok: false, reason: phrase('intake.reason.noCode') };
  return { ok: true, code: text };
}

/** The results in pasted text, one share link (or bare code) per line; blank lines are passed over. */
export function readShareLinks(text: string, definitionsById: DefinitionsById, earlier: EarlierVersionsById = {}): SourceReading {
  const reading = emptyReading(PASTED_LINKS_SOURCE);
  const maxLength = longestLink(definitionsById);
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `line ${index + 1}`;
    const code = shareCodeOfLine(line, maxLength);
    if (!code.ok) {
      reading.rejected.push({ where, order: index, reason: code.reason });
      return;
    }
    const decoded = decodeShareCode(code.code, definitionsById, earlier);
    if (decoded.ok) reading.results.push({ where, order: index, result: decoded.result });
    else reading.rejected.push({ where, order: index, reason: phrase('intake.reason.badLink', { reason: decoded.error.said }) });
  });
  return reading;
}
