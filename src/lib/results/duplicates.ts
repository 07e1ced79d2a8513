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
  /** `duplicate`: the same result is saved or came earlier in the list; `invalid`: not a saved result at all. */
  kind: 'duplicate' | 'invalid';
  /** Why it was not added, in a sentence. */
  reason: string;
  /** Its position in the list that was being added, from 0, so a caller can name the row or entry. */
  index: number;
}

export interface MergeOutcome {
  /** The existing results, in their order, then the added ones. */
  merged: SavedResult[];
  added: SavedResult[];
  skipped: SkippedResult[];
}

/**
 * Results looked up as isSameResult compares them: by id, or by assessment, version,
 * second, role and then answers. A lookup costs about as much as one comparison, so
 * merging thousands of results takes milliseconds rather than seconds.
 */
class ResultIndex {
  readonly #results: SavedResult[] = [];
  readonly #byId = new Map<string, number>();
  readonly #byMoment = new Map<string, number[]>();

  constructor(results: readonly SavedResult[] = []) {
    for (const result of results) this.add(result);
  }

  add(result: SavedResult): void {
    const position = this.#results.push(result) - 1;
    if (!this.#byId.has(result.id)) this.#byId.set(result.id, position);
    const key = momentKey(result);
    if (key === undefined) return;
    const positions = this.#byMoment.get(key);
    if (positions) positions.push(position);
    else this.#byMoment.set(key, [position]);
  }

  /** The first result added that is the same result as `result` (what Array.find with isSameResult gives). */
  find(result: SavedResult): SavedResult | undefined {
    const byId = this.#byId.get(result.id);
    const key = momentKey(result);
    const byContent = key === undefined ? undefined : this.#byMoment.get(key)?.find((position) => sameAnswers(this.#results[position]!.answers, result.answers));
    const first = byId === undefined ? byContent : byContent === undefined ? byId : Math.min(byId, byContent);
    return first === undefined ? undefined : this.#results[first];
  }
}

/** What isSameResult compares besides ids and answers, as one key; undefined for a time that is not one. */
function momentKey(result: SavedResult): string | undefined {
  const second = takenAtSecond(result.takenAt);
  return Number.isNaN(second) ? undefined : JSON.stringify([result.assessment, result.version, second, result.role]);
}

/** Adds the incoming results that are not already there, and says why the others were left out. */
export function mergeResults(existing: readonly SavedResult[], incoming: readonly SavedResult[]): MergeOutcome {
  const saved = new ResultIndex(existing);
  const seen = new ResultIndex();
  const added: SavedResult[] = [];
  const skipped: SkippedResult[] = [];
  incoming.forEach((result, index) => {
    const match = saved.find(result);
    if (match) {
      skipped.push({ result, index, kind: 'duplicate', reason: match.id === result.id ? 'already saved (same id)' : 'already saved: same assessment version, time, role and answers' });
    } else if (seen.find(result)) {
      skipped.push({ result, index, kind: 'duplicate', reason: 'appears more than once in what was imported' });
    } else {
      added.push(result);
      seen.add(result);
    }
  });
  return { merged: [...existing, ...added], added, skipped };
}
