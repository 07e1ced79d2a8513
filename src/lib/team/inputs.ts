/**
 * What a consultant hands the team view: result files (JSON or CSV exports, many at once) and
 * share links pasted one per line. Every file, entry, row and line is added, skipped as a
 * result already collected, or rejected with a reason; nothing here throws on bad input.
 */
import { csvToResults } from '../results/csv.ts';
import { definitionFor, type DefinitionsById } from '../results/definitions.ts';
import { jsonToResults } from '../results/json.ts';
import type { EarlierVersionsById } from '../results/history.ts';
import { decodeShareCode } from '../results/share-code.ts';
import type { SavedResult } from '../schema/saved-result.ts';
import { teamVersionProblem } from './earlier-versions.ts';
import type { ImportReport, SourceReport } from './import-report.ts';
import type { ResultSet } from './result-set.ts';

/** A result read from an input, with where it came from ("entry 3", "row 4", "line 2"). */
export interface ReadResult {
  where: string;
  result: SavedResult;
}

/** Something that could not be read as a result, with where it was and why. */
export interface Rejection {
  /** Empty when the whole file is meant. */
  where: string;
  reason: string;
}

/** What one file, or the pasted links, held. */
export interface InputReading {
  /** A file name, or "Pasted links". */
  source: string;
  results: ReadResult[];
  rejected: Rejection[];
  /** Things worth knowing that rejected nothing, e.g. CSV columns that were ignored. */
  notes: string[];
}

export const PASTED_LINKS_SOURCE = 'Pasted links';

/** Larger than any team's export; a file this big is almost certainly something else. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

const notAResultsFile = 'This is not a Touchline results file: choose files made with "Export as JSON" or "Export as CSV", or paste share links in the box.';

/** JSON when the name says so or the text starts like JSON; otherwise CSV. */
function looksLikeJson(name: string, text: string): boolean {
  if (/\.json$/i.test(name)) return true;
  if (/\.csv$/i.test(name)) return false;
  return /^\uFEFF?\s*[[{]/.test(text);
}

/**
 * The results in one file's text, each checked as the results page checks an import
 * (jsonToResults, csvToResults) and then for use in a team view (teamProblem).
 */
export function readResultsFile(name: string, text: string, definitionsById: DefinitionsById, earlier: EarlierVersionsById = {}): InputReading {
  const reading: InputReading = { source: name, results: [], rejected: [], notes: [] };
  if (text.trim() === '') {
    reading.rejected.push({ where: '', reason: 'The file is empty.' });
    return reading;
  }
  if (looksLikeJson(name, text)) {
    const parsed = jsonToResults(text);
    if (!parsed.ok) {
      reading.rejected.push({ where: '', reason: parsed.message });
      return reading;
    }
    if (parsed.entries.length === 0) reading.rejected.push({ where: '', reason: 'The file holds no results.' });
    let next = 0;
    for (const entry of parsed.entries) {
      const where = `entry ${entry.index + 1}`;
      if (entry.status === 'rejected') reading.rejected.push({ where, reason: entry.reason ?? 'not a saved result' });
      else {
        const result = parsed.results[next++];
        if (result) checkForTeam(reading, where, result, definitionsById, earlier);
      }
    }
    return reading;
  }

  const parsed = csvToResults(text, definitionsById, earlier);
  const added = parsed.rows.filter((row) => row.status === 'added').length;
  // A file with no usable header is rejected once, not once per line of whatever it is.
  if (added === 0 && parsed.problems.length > 0) {
    reading.rejected.push({ where: '', reason: /\.csv$/i.test(name) ? parsed.problems.join(' ') : notAResultsFile });
    return reading;
  }
  reading.notes.push(...parsed.problems);
  if (parsed.rows.length === 0) reading.rejected.push({ where: '', reason: 'The file has a header but no results.' });
  let next = 0;
  for (const row of parsed.rows) {
    const where = `row ${row.row}`;
    if (row.status === 'rejected') reading.rejected.push({ where, reason: row.reason ?? 'not a result' });
    else {
      const result = parsed.results[next++];
      if (result) checkForTeam(reading, where, result, definitionsById, earlier);
    }
  }
  return reading;
}

/** The share code in a pasted line: what follows "#" in a link, or the line itself when it is a bare code. */
export function shareCodeOfLine(line: string): { ok: true; code: string } | { ok: false; reason: string } {
  const text = line.trim();
  const hash = text.indexOf('#');
  if (hash >= 0) return { ok: true, code: text.slice(hash + 1) };
  if (/^[a-z][a-z0-9+.-]*:|\//i.test(text)) return { ok: false, reason: 'This link has no result in it (nothing after "#"). Ask for the share link again and paste all of it.' };
  return { ok: true, code: text };
}

/** The results in pasted text, one share link (or bare code) per line; blank lines are passed over. */
export function readShareLinks(text: string, definitionsById: DefinitionsById, earlier: EarlierVersionsById = {}): InputReading {
  const reading: InputReading = { source: PASTED_LINKS_SOURCE, results: [], rejected: [], notes: [] };
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `line ${index + 1}`;
    const code = shareCodeOfLine(line);
    if (!code.ok) {
      reading.rejected.push({ where, reason: code.reason });
      return;
    }
    const decoded = decodeShareCode(code.code, definitionsById, earlier);
    if (decoded.ok) checkForTeam(reading, where, decoded.result, definitionsById, earlier);
    else reading.rejected.push({ where, reason: decoded.error.message });
  });
  return reading;
}

/**
 * Why a valid result cannot join a team view, or undefined when it can: its assessment must
 * be one this site has, in the version the site asks now or an earlier one it keeps
 * (teamVersionProblem), because answers to unknown questions cannot be pooled with these.
 */
export function teamProblem(result: SavedResult, definitionsById: DefinitionsById, earlier: EarlierVersionsById = {}): string | undefined {
  const definition = definitionFor(definitionsById, result.assessment);
  if (!definition) return `It is a result of "${result.assessment}", an assessment this site does not have.`;
  return teamVersionProblem(result, definition, earlier);
}

function checkForTeam(reading: InputReading, where: string, result: SavedResult, definitionsById: DefinitionsById, earlier: EarlierVersionsById): void {
  const problem = teamProblem(result, definitionsById, earlier);
  if (problem) reading.rejected.push({ where, reason: problem });
  else reading.results.push({ where, result });
}

function detail(where: string, text: string): string {
  return where === '' ? text : `${where.charAt(0).toUpperCase()}${where.slice(1)}: ${text}`;
}

/**
 * Adds the readings' results to `collection` (each result once, by isSameResult) and reports,
 * per source, what was added, skipped and rejected, and why.
 */
/** A result that replaced an earlier one of the same person. */
export interface Correction {
  earlier: SavedResult;
  later: SavedResult;
}

export function addReadings(collection: ResultSet, readings: readonly InputReading[]): ImportReport & { corrections: Correction[] } {
  const addedNow = new Set<string>();
  const corrections: Correction[] = [];
  const sources = readings.map((reading): SourceReport => {
    const report: SourceReport = { source: reading.source, added: 0, corrected: 0, skipped: 0, rejected: reading.rejected.length, details: [] };
    const skipped: string[] = [];
    for (const { where, result } of reading.results) {
      const outcome = collection.add(result);
      if (outcome.added) {
        if (outcome.replaced) {
          report.corrected += 1;
          corrections.push({ earlier: outcome.replaced, later: result });
          skipped.push(detail(where, 'replaced the same person\u2019s earlier answers (a correction)'));
        } else report.added += 1;
        addedNow.add(result.id);
        continue;
      }
      report.skipped += 1;
      const reason = outcome.superseded
        ? 'skipped, the same person\u2019s later answers are already collected'
        : addedNow.has(outcome.duplicateOf.id)
        ? 'skipped, it appears more than once in what you added'
        : outcome.sameId
          ? 'skipped, already collected (same id)'
          : 'skipped, already collected (same assessment, time, role and answers)';
      skipped.push(detail(where, reason));
    }
    report.details = [...reading.rejected.map((rejection) => detail(rejection.where, rejection.reason)), ...skipped, ...reading.notes];
    return report;
  });
  return {
    added: sources.reduce((sum, source) => sum + source.added, 0),
    corrected: sources.reduce((sum, source) => sum + source.corrected, 0),
    corrections,
    skipped: sources.reduce((sum, source) => sum + source.skipped, 0),
    rejected: sources.reduce((sum, source) => sum + source.rejected, 0),
    sources,
  };
}
