/**
 * Results as CSV, for spreadsheets: one file per assessment, one row per result.
 *
 * Columns: `assessment`, `id`, `version`, `takenAt`, `role`, `team`, `segment`, `label`,
 * `respondentKey` (only team-link results have one: it lets the team view keep a person's
 * latest answers; empty otherwise),
 * then one per item id in definition order (the raw answer; empty when unanswered; `na`
 * for not applicable, `cannot-see` for "I can't see this from my role"), then `score:<dimensionId>` per dimension and `score:overall`
 * (recomputed, to one decimal; ignored on import, where scores are recomputed again).
 *
 * Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
 * carriage return, after any apostrophes) is written with an apostrophe in front, and
 * the importer takes exactly that apostrophe off again.
 */
import Papa from 'papaparse';
import { z } from 'astro/zod';
import type { Assessment } from '../schema/assessment.ts';
import { CANNOT_SEE, roles, savedResultSchema, type Role, type SavedResult } from '../schema/saved-result.ts';
import { scoreAssessment } from '../scoring/index.ts';
import { phrase, type Phrase } from '../scoring/phrase.ts';
import { answerRanges, definitionFor, isInRange, sharedAssessmentId, type AnswerRange, type DefinitionsById } from './definitions.ts';
import { describeIssues } from './result-issues.ts';
import { runSteps, type StepProgress } from './steps.ts';
import { earlierVersionOf, type EarlierVersionsById } from './history.ts';
import { assessmentVersion } from './version.ts';

export const CSV_BASE_COLUMNS = ['assessment', 'id', 'version', 'takenAt', 'role', 'team', 'segment', 'label', 'respondentKey'] as const;
type BaseColumn = (typeof CSV_BASE_COLUMNS)[number];
const SCORE_PREFIX = 'score:';
const NOT_APPLICABLE_CELL = 'na';

const formulaStart = /^'*[=+\-@\t\r]/;

/** Text made safe to open in a spreadsheet: see the module comment. */
export function escapeFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** The inverse of escapeFormula. */
export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function scoreCell(score: number | null): string {
  return score === null ? '' : String(Math.round(score * 10) / 10);
}

function answerCell(result: SavedResult, range: AnswerRange): string {
  if (!Object.hasOwn(result.answers, range.itemId)) return '';
  const answer = result.answers[range.itemId];
  if (answer === null) return NOT_APPLICABLE_CELL;
  if (answer === CANNOT_SEE) return CANNOT_SEE;
  // An answer the definition cannot read counts as no answer everywhere else too.
  return isInRange(answer, range) ? String(answer) : '';
}

/**
 * One assessment's results as CSV text. Columns come from the current definition, then the
 * items of earlier versions (history.ts) that results of those versions answered, so nothing
 * is left out; each row is scored with the version it was taken with. Answers to items of
 * no known version are left out. Throws RangeError when the results mix assessments.
 */
export function resultsToCsv(results: readonly SavedResult[], definition: Assessment, earlier: EarlierVersionsById = {}): string {
  sharedAssessmentId(results);
  const currentVersion = assessmentVersion(definition);
  const definitionOf = (result: SavedResult) => (result.version === currentVersion ? undefined : earlierVersionOf(earlier, result.assessment, result.version)?.definition) ?? definition;
  const ranges = [...answerRanges(definition)];
  const columnIds = new Set(ranges.map((range) => range.itemId));
  for (const result of results) {
    for (const range of answerRanges(definitionOf(result))) {
      if (columnIds.has(range.itemId)) continue;
      columnIds.add(range.itemId);
      ranges.push(range);
    }
  }
  const fields = [...CSV_BASE_COLUMNS, ...ranges.map((range) => range.itemId), ...definition.dimensions.map((dimension) => `${SCORE_PREFIX}${dimension.id}`), `${SCORE_PREFIX}overall`];
  const data = results.map((result) => {
    const scored = scoreAssessment(definitionOf(result), result.answers, result.role);
    const dimensionScores = new Map(scored.dimensions.map((dimension) => [dimension.id, dimension.score]));
    return [
      result.assessment,
      escapeFormula(result.id),
      escapeFormula(result.version),
      result.takenAt,
      result.role ?? '',
      escapeFormula(result.team ?? ''),
      escapeFormula(result.segment ?? ''),
      escapeFormula(result.label ?? ''),
      escapeFormula(result.respondentKey ?? ''),
      ...ranges.map((range) => answerCell(result, range)),
      ...definition.dimensions.map((dimension) => scoreCell(dimensionScores.get(dimension.id) ?? null)),
      scoreCell(scored.overall),
    ];
  });
  // Papa ends a header-only file with a line break but not a file with rows; make both alike.
  return Papa.unparse({ fields, data }, { newline: '\r\n' }).replace(/\r\n$/, '');
}

export interface CsvRowStatus {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  status: 'added' | 'rejected';
  /** Why the row was rejected (intake.csv.* keys; several reasons in one intake.csv.reasons). */
  reason?: Phrase;
}

export interface CsvImport {
  /** Results read from the rows marked added (not yet checked against saved ones). */
  results: SavedResult[];
  rows: CsvRowStatus[];
  /** Problems with the file as a whole (no header, columns that were ignored). */
  problems: Phrase[];
}

/** Finds cells by column name: base columns by their first occurrence, item columns by their last. */
function columnsOf(header: readonly string[]) {
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  header.forEach((name, index) => {
    if (!first.has(name)) first.set(name, index);
    last.set(name, index);
  });
  return {
    has: (name: string) => first.has(name),
    base: (row: readonly string[], name: BaseColumn) => row[first.get(name) ?? -1] ?? '',
    item: (row: readonly string[], itemId: string): string | undefined => {
      const index = last.get(itemId);
      return index === undefined ? undefined : (row[index] ?? '');
    },
  };
}

/**
 * Without an `assessment` column, the assessment whose item ids cover every question
 * column of the header, when exactly one does.
 */
function assessmentFromHeader(header: readonly string[], definitionsById: DefinitionsById): string | undefined {
  const questionColumns = header.filter((name) => name !== '' && !(CSV_BASE_COLUMNS as readonly string[]).includes(name) && !name.startsWith(SCORE_PREFIX));
  if (questionColumns.length === 0) return undefined;
  const matches = Object.keys(definitionsById).filter((id) => {
    const definition = definitionFor(definitionsById, id);
    const itemIds = new Set(definition ? answerRanges(definition).map((range) => range.itemId) : []);
    return questionColumns.every((name) => itemIds.has(name));
  });
  return matches.length === 1 ? matches[0] : undefined;
}

const takenAtSchema = z.iso.datetime({ offset: true });

/** A cell as a reason quotes it: a whole 10 MB cell would make the report as large as the file. */
/** A cell as a message quotes it: a long one cut, so that a pasted essay does not fill the report. */
function quoted(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function readAnswerCell(cell: string, range: AnswerRange): { ok: true; answer: SavedResult['answers'][string] | undefined } | { ok: false; reason: Phrase } {
  const text = cell.trim();
  if (text === '') return { ok: true, answer: undefined };
  if (/^n\/?a$/i.test(text)) return { ok: true, answer: null };
  if (text.toLowerCase() === CANNOT_SEE) return { ok: true, answer: CANNOT_SEE };
  const value = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
  if (isInRange(value, range)) return { ok: true, answer: value };
  return { ok: false, reason: phrase('intake.csv.badAnswer', { item: range.itemId, value: quoted(text), min: range.min, max: range.max, cannotSee: CANNOT_SEE }) };
}

type RowReading = { ok: true; result: SavedResult } | { ok: false; reason: Phrase };

function readRow(row: readonly string[], columns: ReturnType<typeof columnsOf>, assessmentId: string, definitionsById: DefinitionsById, earlier: EarlierVersionsById): RowReading {
  const current = definitionFor(definitionsById, assessmentId);
  if (!current) {
    const known = Object.keys(definitionsById).join(', ');
    return { ok: false, reason: assessmentId === '' ? phrase('intake.csv.noAssessment', { known }) : phrase('intake.csv.unknownAssessment', { value: quoted(assessmentId), known }) };
  }
  // A row exported from an earlier version the site keeps is read with that version's questions, as it was made.
  const version = unescapeFormula(columns.base(row, 'version').trim()) || assessmentVersion(current);
  const definition = earlierVersionOf(earlier, assessmentId, version)?.definition ?? current;
  const reasons: Phrase[] = [];
  const id = unescapeFormula(columns.base(row, 'id').trim());
  if (id === '') reasons.push(phrase('intake.csv.noId'));
  const takenAt = columns.base(row, 'takenAt').trim();
  if (!takenAtSchema.safeParse(takenAt).success) reasons.push(phrase('intake.csv.badTakenAt', { value: quoted(takenAt) }));
  const roleCell = columns.base(row, 'role').trim();
  const role: Role | null | undefined = roleCell === '' ? null : roles.find((candidate) => candidate === roleCell.toLowerCase());
  if (role === undefined) reasons.push(phrase('intake.csv.badRole', { value: quoted(roleCell), roles: roles.join(', ') }));
  const answers: SavedResult['answers'] = {};
  for (const range of answerRanges(definition)) {
    const cell = columns.item(row, range.itemId);
    const reading = cell === undefined ? { ok: true as const, answer: undefined } : readAnswerCell(cell, range);
    if (!reading.ok) reasons.push(reading.reason);
    else if (reading.answer !== undefined) answers[range.itemId] = reading.answer;
  }
  if (reasons.length > 0) return { ok: false, reason: reasons.length === 1 ? reasons[0]! : phrase('intake.csv.reasons', { reasons }) };

  const notes = Object.fromEntries(
    (['team', 'segment', 'label', 'respondentKey'] as const).flatMap((name) => {
      const text = unescapeFormula(columns.base(row, name));
      return text === '' ? [] : [[name, text]];
    }),
  );
  const candidate = { format: 1, id, assessment: assessmentId, version, takenAt, role, ...notes, answers };
  const parsed = savedResultSchema.safeParse(candidate);
  // The schema's detail names the field and is English (as the build's messages are); the frame is translated.
  return parsed.success ? { ok: true, result: parsed.data } : { ok: false, reason: phrase('intake.reason.notAResult', { detail: describeIssues(parsed.error, candidate) }) };
}

/** Columns that are neither base, score nor a question of the assessment, now or in an earlier version: ignored, and said so. */
function ignoredColumns(header: readonly string[], definitions: readonly Assessment[]): string[] {
  const itemIds = new Set(definitions.flatMap((definition) => answerRanges(definition).map((range) => range.itemId)));
  return header.filter((name) => name !== '' && !(CSV_BASE_COLUMNS as readonly string[]).includes(name) && !name.startsWith(SCORE_PREFIX) && !itemIds.has(name));
}

/**
 * Results from CSV text: every row is added or rejected with a reason; nothing throws.
 * The assessment comes from each row's `assessment` cell, or from the question columns
 * when there is no such column. An empty `version` cell means the current version.
 */
export function csvToResults(text: string, definitionsById: DefinitionsById, earlier: EarlierVersionsById = {}): CsvImport {
  return runSteps(csvToResultsInSteps(text, definitionsById, Number.POSITIVE_INFINITY, earlier));
}

/**
 * csvToResults a few rows at a time: after every `rowsPerStep` rows it yields how far it
 * is, and it returns what csvToResults returns. A page runs one step per frame so that it
 * can show progress on a large file and stay responsive (see runSteps).
 */
export function* csvToResultsInSteps(text: string, definitionsById: DefinitionsById, rowsPerStep = 500, earlier: EarlierVersionsById = {}): Generator<StepProgress, CsvImport, void> {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: false });
  const records = parsed.data.filter((record): record is string[] => Array.isArray(record));
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord || headerRecord.every((cell) => cell.trim() === '')) {
    return { results: [], rows: [], problems: [phrase('intake.csv.empty')] };
  }
  const header = headerRecord.map((name) => String(name).trim());
  const columns = columnsOf(header);
  const problems: Phrase[] = [];
  const fallback = columns.has('assessment') ? undefined : assessmentFromHeader(header, definitionsById);
  if (!columns.has('assessment') && fallback === undefined) {
    problems.push(phrase('intake.csv.noAssessmentColumn'));
  }
  if (!columns.has('id')) problems.push(phrase('intake.csv.noIdColumn'));
  const rowErrors = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.type !== 'Delimiter' && error.row !== undefined && !rowErrors.has(error.row)) rowErrors.set(error.row, error.message);
  }

  const results: SavedResult[] = [];
  const rows: CsvRowStatus[] = [];
  const warnedAbout = new Set<string>();
  for (const [index, record] of dataRecords.entries()) {
    if (index > 0 && index % rowsPerStep === 0) yield { done: index, total: dataRecords.length };
    const row = index + 2;
    const cells = record.map(String);
    if (cells.every((cell) => cell.trim() === '')) continue;
    const parseError = rowErrors.get(index + 1);
    if (parseError !== undefined) {
      // Papa Parse's own detail ("Quoted field unterminated") names the fault; it is English, and kept as it is.
      rows.push({ row, status: 'rejected', reason: phrase('intake.csv.unreadableRow', { detail: parseError }) });
      continue;
    }
    const assessmentId = columns.has('assessment') ? columns.base(cells, 'assessment').trim() : (fallback ?? '');
    const reading = readRow(cells, columns, assessmentId, definitionsById, earlier);
    if (!reading.ok) {
      rows.push({ row, status: 'rejected', reason: reading.reason });
      continue;
    }
    const definition = definitionFor(definitionsById, assessmentId);
    if (definition && !warnedAbout.has(assessmentId)) {
      warnedAbout.add(assessmentId);
      const ignored = ignoredColumns(header, [definition, ...(Object.hasOwn(earlier, assessmentId) ? earlier[assessmentId]!.map((entry) => entry.definition) : [])]);
      if (ignored.length > 0) problems.push(phrase('intake.csv.ignoredColumns', { count: ignored.length, columns: ignored.map((name) => `"${name}"`), assessment: assessmentId }));
    }
    results.push(reading.result);
    rows.push({ row, status: 'added' });
  }
  return { results, rows, problems };
}
