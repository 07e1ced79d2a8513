/**
 * What an import into the team view did, per file or pasted text. Kept apart from inputs.ts
 * so that the page can word a report without loading the readers (and their schema library).
 */

import { formatInteger } from '../format/number.ts';

/** What happened to one source's results once they met the collection. */
export interface SourceReport {
  source: string;
  added: number;
  /** Results that replaced an earlier result of the same person (same id or respondent key, later time). */
  corrected: number;
  skipped: number;
  rejected: number;
  /** One line per skipped or rejected entry (or the whole file), then the reading's notes. */
  details: string[];
}

export interface ImportReport {
  added: number;
  corrected: number;
  skipped: number;
  rejected: number;
  sources: SourceReport[];
}

/** The report in one sentence, e.g. "Added 12 results; skipped 2 already collected; rejected 1." */
export function summariseImport(report: Pick<ImportReport, 'added' | 'skipped' | 'rejected'> & Partial<Pick<ImportReport, 'corrected'>>, locale: string): string {
  const results = (n: number) => `${formatInteger(n, locale)} result${n === 1 ? '' : 's'}`;
  const parts = [`Added ${results(report.added)}`];
  if ((report.corrected ?? 0) > 0) parts.push(`corrected ${results(report.corrected ?? 0)} (a later answer from the same person replaced the earlier one)`);
  if (report.skipped > 0) parts.push(`skipped ${formatInteger(report.skipped, locale)} already collected or repeated`);
  if (report.rejected > 0) parts.push(`rejected ${formatInteger(report.rejected, locale)} (reasons below)`);
  return `${parts.join('; ')}.`;
}
