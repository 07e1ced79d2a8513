/**
 * What an import did, per file or pasted text: the one report type of My results and the
 * team view. Kept apart from the readers so that a page can word a report without loading
 * them (and their schema library).
 */
import type { Translate } from '../i18n/translate.ts';
import { phrase, wordOf, type Phrase } from '../scoring/phrase.ts';
import type { Role } from '../schema/roles.ts';

/**
 * A checker's own English detail (a schema's words about a field) that has no key yet: shown
 * as it is, inside a translated sentence where one frames it.
 */
export function asIs(text: string): Phrase {
  return phrase('intake.reason.asIs', { text });
}

export type LineStatus = 'added' | 'corrected' | 'skipped' | 'rejected';

/** What a line names of its result, to show beside it (never its answers). */
export interface ResultBrief {
  assessment: string;
  takenAt: string;
  role: Role | null;
  label?: string;
}

/** What happened to one entry, row or line. */
export interface IntakeLine {
  /** "entry 3", "row 5" (the header is row 1), "line 2": the kind of place and its number, worded by whereText. */
  where: string;
  status: LineStatus;
  /** Why it was skipped, corrected or rejected. */
  reason?: Phrase;
  result?: ResultBrief;
}

export interface SourceReport {
  /** A file name, or "Pasted links". */
  source: string;
  added: number;
  /** Results that replaced an earlier result of the same person (same id or respondent key, later time). */
  corrected: number;
  skipped: number;
  rejected: number;
  /** Problems with the whole file (empty, too large, not a results file), then notes that rejected nothing. */
  problems: Phrase[];
  /** Every entry, row and line, in file order. */
  lines: IntakeLine[];
}

export interface IntakeReport {
  added: number;
  corrected: number;
  skipped: number;
  rejected: number;
  sources: SourceReport[];
}

/** What the page calls the results it already holds: My results has them saved, the team view collected. */
export type Held = 'saved' | 'collected';

export function totals<Source extends Omit<SourceReport, 'lines'>>(sources: Source[]): Omit<IntakeReport, 'sources'> & { sources: Source[] } {
  const sum = (field: 'added' | 'corrected' | 'skipped' | 'rejected') => sources.reduce((total, source) => total + source[field], 0);
  return { added: sum('added'), corrected: sum('corrected'), skipped: sum('skipped'), rejected: sum('rejected'), sources };
}

/**
 * The report in one sentence, e.g. "Added 12 results; skipped 2 already collected or
 * repeated; rejected 1 (reasons below).", in the words and numbers of `t`'s language.
 */
export function summariseIntake(report: Pick<IntakeReport, 'added' | 'corrected' | 'skipped' | 'rejected'>, held: Held, t: Translate): string {
  const parts = [t('intake.summary.added', { count: report.added })];
  if (report.corrected > 0) parts.push(t('intake.summary.corrected', { count: report.corrected }));
  if (report.skipped > 0) parts.push(t(`intake.summary.skipped.${held}`, { count: report.skipped }));
  if (report.rejected > 0) parts.push(t('intake.summary.rejected', { count: report.rejected }));
  return t('intake.summary.sentence', { parts: parts.join(t('intake.summary.joiner')) });
}

const wherePattern = /^(entry|row|line) (\d+)$/;

/** "Row 5", "Zeile 5", "Wiersz 5": where a line was, in the page's words (a file's own name stays as it is). */
export function whereText(where: string, t: Translate): string {
  const match = wherePattern.exec(where);
  return match ? t(`intake.where.${match[1]}`, { number: Number(match[2]) }) : where;
}

/** A line as a sentence: "Row 5 rejected: role "boss" is not one of …". */
export function describeLine(line: IntakeLine, t: Translate): string {
  const values = { where: whereText(line.where, t) };
  const sentence = line.reason === undefined ? t(`intake.line.${line.status}`, values) : t(`intake.line.${line.status}Because`, { ...values, reason: wordOf(t, line.reason) });
  // The place starts the sentence: "Row 5 rejected", "Zeile 5 abgelehnt", "Wiersz 5: odrzucono".
  return `${sentence.charAt(0).toLocaleUpperCase()}${sentence.slice(1)}`;
}

/** Lines shown at once per source (the first that were not simply added); the rest on request. */
export const ISSUES_SHOWN = 12;

/**
 * A report as it crosses from a worker to the page: each source's lines as one JSON string,
 * since a string is copied in one piece while 100,000 small objects are rebuilt one by one on
 * the page's main thread. The first few issues come along ready to show.
 */
export interface PackedSource extends Omit<SourceReport, 'lines'> {
  linesJson: string;
  /** The page could not keep what was read: lines marked added were not saved after all (see notKept). */
  notKept?: true;
  /** How many lines linesJson holds. */
  lineCount: number;
  /** linesJson holds only the lines that were not simply added (see LINES_SENT). */
  issuesOnly?: true;
  /** The first ISSUES_SHOWN lines that were skipped, corrected or rejected. */
  issues: IntakeLine[];
  issueCount: number;
}

export interface PackedReport extends Omit<IntakeReport, 'sources'> {
  sources: PackedSource[];
}

/**
 * Lines of a source sent in full. A larger file (a 100,000-row export) sends only the lines
 * that were not simply added, up to this many: a table of 100,000 "added" rows helps no one,
 * and its text alone would hold the page's main thread for a quarter of a second to receive.
 */
export const LINES_SENT = 5000;

export function packReport(report: IntakeReport): PackedReport {
  return {
    ...report,
    sources: report.sources.map(({ lines, ...source }) => {
      const issues = lines.filter((line) => line.status !== 'added');
      const whole = lines.length <= LINES_SENT;
      const sent = whole ? lines : issues.slice(0, LINES_SENT);
      return { ...source, linesJson: JSON.stringify(sent), lineCount: sent.length, ...(whole ? {} : { issuesOnly: true as const }), issues: issues.slice(0, ISSUES_SHOWN), issueCount: issues.length };
    }),
  };
}

const NOT_KEPT = phrase('intake.reason.notKept');

export function unpackLines(source: PackedSource): IntakeLine[] {
  const lines = JSON.parse(source.linesJson) as IntakeLine[];
  return source.notKept ? lines.map((line) => (line.status === 'added' || line.status === 'corrected' ? { ...line, status: 'rejected', reason: NOT_KEPT } : line)) : lines;
}

/**
 * The report when storage refused what was read: nothing was added, every result that would
 * have been is counted as rejected, and each source says why. Nothing saved before is lost.
 */
export function notKept(report: PackedReport, reason: Phrase): PackedReport {
  const sources = report.sources.map((source): PackedSource => {
    const lost = source.added + source.corrected;
    if (lost === 0) return source;
    return { ...source, added: 0, corrected: 0, rejected: source.rejected + lost, problems: [phrase('intake.notImported', { reason }), ...source.problems], notKept: true };
  });
  return totals(sources);
}
