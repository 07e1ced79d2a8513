import type { Answers, SavedResult } from '../schema/saved-result.ts';

/**
 * Whole seconds since the epoch. Share codes keep the time to the second, so a result and
 * the same result opened from its share link compare equal.
 */
function takenAtSecond(takenAt: string): number {
  return Math.floor(Date.parse(takenAt) / 1000);
}

function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

/**
 * Two results are the same result when their ids match, or when they record the same
 * assessment version taken at the same moment (to the second, in any time zone) by the
 * same role with identical answers: a result re-imported under another id, or reopened
 * from its own share link. Team, segment and label do not count: they are notes on a result.
 */
export function isSameResult(a: SavedResult, b: SavedResult): boolean {
  if (a.id === b.id) return true;
  return (
    a.assessment === b.assessment &&
    a.version === b.version &&
    takenAtSecond(a.takenAt) === takenAtSecond(b.takenAt) &&
    a.role === b.role &&
    sameAnswers(a.answers, b.answers)
  );
}

export interface SkippedResult {
  result: SavedResult;
  /** Why it was not added, in a sentence. */
  reason: string;
}

export interface MergeOutcome {
  /** The existing results, in their order, then the added ones. */
  merged: SavedResult[];
  added: SavedResult[];
  skipped: SkippedResult[];
}

/** Adds the incoming results that are not already there, and says why the others were left out. */
export function mergeResults(existing: readonly SavedResult[], incoming: readonly SavedResult[]): MergeOutcome {
  const added: SavedResult[] = [];
  const skipped: SkippedResult[] = [];
  for (const result of incoming) {
    const saved = existing.find((candidate) => isSameResult(candidate, result));
    if (saved) {
      skipped.push({ result, reason: saved.id === result.id ? 'already saved (same id)' : 'already saved: same assessment version, time, role and answers' });
    } else if (added.some((candidate) => isSameResult(candidate, result))) {
      skipped.push({ result, reason: 'appears more than once in what was imported' });
    } else {
      added.push(result);
    }
  }
  return { merged: [...existing, ...added], added, skipped };
}
