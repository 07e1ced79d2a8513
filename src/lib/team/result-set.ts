import type { SavedResult } from '../schema/saved-result.ts';

/**
 * What isSameResult (results/duplicates.ts) compares when ids differ, as one string: two results have the same key
 * exactly when they record the same assessment version, taken in the same second, by the
 * same role, with identical answers.
 */
export function sameResultKey(result: SavedResult): string {
  const answers = Object.keys(result.answers)
    .sort()
    .map((itemId) => [itemId, result.answers[itemId]]);
  return JSON.stringify([result.assessment, result.version, Math.floor(Date.parse(result.takenAt) / 1000), result.role, answers]);
}

export type AddOutcome = { added: true } | { added: false; duplicateOf: SavedResult; sameId: boolean };

/**
 * A team's collected results, each counted once by isSameResult. mergeResults compares every
 * pair, which is fine for one person's history but takes minutes for a team of thousands; here
 * ids and same-result keys are indexed, so adding a result costs the same however many there are.
 */
export class ResultSet {
  readonly #results: SavedResult[] = [];
  readonly #byId = new Map<string, SavedResult>();
  readonly #byKey = new Map<string, SavedResult>();

  constructor(results: Iterable<SavedResult> = []) {
    for (const result of results) this.add(result);
  }

  get size(): number {
    return this.#results.length;
  }

  /** In the order they were added. */
  get results(): readonly SavedResult[] {
    return this.#results;
  }

  /** The result already here that is the same result as `result` (isSameResult), if any. */
  find(result: SavedResult): SavedResult | undefined {
    return this.#byId.get(result.id) ?? this.#byKey.get(sameResultKey(result));
  }

  /** Adds the result unless the same result is already here. */
  add(result: SavedResult): AddOutcome {
    const found = this.find(result);
    if (found) return { added: false, duplicateOf: found, sameId: found.id === result.id };
    this.#results.push(result);
    this.#byId.set(result.id, result);
    this.#byKey.set(sameResultKey(result), result);
    return { added: true };
  }

  clear(): void {
    this.#results.length = 0;
    this.#byId.clear();
    this.#byKey.clear();
  }
}
