/**
 * The last stage of intake: readings meet the results a page already holds (a ResultSet),
 * and every entry, row and line gets its status in one report type (report.ts).
 */
import type { SavedResult } from '../schema/saved-result.ts';
import type { ReadResult, Rejection, SourceReading } from './readings.ts';
import { phrase, type Phrase } from '../scoring/phrase.ts';
import { asIs, totals, type Held, type IntakeLine, type IntakeReport, type ResultBrief, type SourceReport } from './report.ts';
import { skipReason, type ResultSet } from './result-set.ts';

/** A result that replaced an earlier one of the same person. */
export interface Correction {
  earlier: SavedResult;
  later: SavedResult;
}

export interface CollectOptions {
  held: Held;
  /** Why a valid result cannot join this page's set (the team view's version rule), or undefined. */
  accept?: (result: SavedResult) => Phrase | string | undefined;
}

export interface Collected {
  report: IntakeReport;
  /** Results new to the set, in the order they were added (corrections included). */
  added: SavedResult[];
  corrections: Correction[];
}

function brief(result: SavedResult): ResultBrief {
  return { assessment: result.assessment, takenAt: result.takenAt, role: result.role, ...(result.label === undefined ? {} : { label: result.label }) };
}

/**
 * Adds the readings' results to `set` (each result once; with corrections, the latest per
 * person) and reports per source what was added, corrected, skipped and rejected, and why.
 */
export function collect(set: ResultSet, readings: readonly SourceReading[], options: CollectOptions): Collected {
  const addedNow = new Map<string, SavedResult>();
  const corrections: Correction[] = [];
  const sources = readings.map((reading): SourceReport => {
    const placed: (IntakeLine & { order: number })[] = [];
    const problems: Phrase[] = [];
    const reject = ({ where, order, reason }: Rejection, result?: SavedResult) => {
      if (where === '') problems.push(reason);
      else placed.push({ where, order, status: 'rejected', reason, ...(result ? { result: brief(result) } : {}) });
    };
    reading.rejected.forEach((rejection) => reject(rejection));
    const place = ({ where, order, result }: ReadResult, status: IntakeLine['status'], reason?: Phrase) =>
      placed.push({ where, order, status, ...(reason === undefined ? {} : { reason }), result: brief(result) });
    for (const read of reading.results) {
      const problem = options.accept?.(read.result);
      if (problem !== undefined) {
        // The team view's rule may still give its reason in English words.
        reject({ where: read.where, order: read.order, reason: typeof problem === 'string' ? asIs(problem) : problem }, read.result);
        continue;
      }
      const outcome = set.add(read.result);
      if (outcome.added) {
        addedNow.set(read.result.id, read.result);
        if (outcome.replaced) {
          corrections.push({ earlier: outcome.replaced, later: read.result });
          place(read, 'corrected', phrase('intake.reason.replaced'));
        } else place(read, 'added');
        continue;
      }
      place(read, 'skipped', skipReason(outcome, options.held, addedNow.get(outcome.duplicateOf.id) === outcome.duplicateOf));
    }
    const lines = placed.sort((a, b) => a.order - b.order).map(({ order: _order, ...line }) => line);
    const count = (status: IntakeLine['status']) => lines.filter((line) => line.status === status).length;
    return {
      source: reading.source,
      added: count('added'),
      corrected: count('corrected'),
      skipped: count('skipped'),
      // A file refused as a whole counts as one rejection, so the summary never says "nothing happened".
      rejected: count('rejected') + problems.length,
      problems: [...problems, ...reading.notes],
      lines,
    };
  });
  return { report: totals(sources), added: [...addedNow.values()].filter((result) => set.find(result) === result), corrections };
}
