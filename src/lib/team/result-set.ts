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

export type AddOutcome =
  | { added: true; replaced?: SavedResult }
  | { added: false; duplicateOf: SavedResult; sameId: boolean; superseded?: boolean };

/** How a result compares in time with the one it may correct. */
function timeOrder(candidate: SavedResult, kept: SavedResult): number {
  return Date.parse(candidate.takenAt) - Date.parse(kept.takenAt);
}

const respondentOf = (result: SavedResult): string | undefined => (result.respondentKey === undefined ? undefined : `${result.assessment}\u0000${result.respondentKey}`);

/**
 * A team's collected results, each counted once by isSameResult, and one per respondent: a
 * later result with the same id or the same respondent key (the person changed their
 * answers and sent them again) replaces the earlier one, and an earlier one arriving after
 * its correction is skipped. mergeResults compares every pair, which is fine for one
 * person's history but takes minutes for a team of thousands; here ids, respondent keys and
 * same-result keys are indexed, so adding a result costs the same however many there are.
 */
export class ResultSet {
  readonly #results: SavedResult[] = [];
  readonly #byId = new Map<string, SavedResult>();
  readonly #byKey = new Map<string, SavedResult>();
  readonly #byRespondent = new Map<string, SavedResult>();

  constructor(results: Iterable<SavedResult> = []) {
    for (const result of results) this.add(result);
  }

  get size(): number {
    return this.#results.length;
  }

  /** In the order they were added (a correction takes the place of what it corrects). */
  get results(): readonly SavedResult[] {
    return this.#results;
  }

  /** The result already here that is the same result as `result` (isSameResult), if any. */
  find(result: SavedResult): SavedResult | undefined {
    return this.#byId.get(result.id) ?? this.#byKey.get(sameResultKey(result));
  }

  /** Adds the result unless the same result, or a later one of the same respondent, is already here. */
  add(result: SavedResult): AddOutcome {
    const respondent = respondentOf(result);
    const earlier = this.#byId.get(result.id) ?? (respondent === undefined ? undefined : this.#byRespondent.get(respondent));
    // A correction is later; the same moment is the same result sent twice, an earlier one is what a correction replaced.
    const order = earlier ? timeOrder(result, earlier) : 0;
    if (earlier && order > 0) {
      this.#replace(earlier, result);
      return { added: true, replaced: earlier };
    }
    if (earlier && order < 0) return { added: false, duplicateOf: earlier, sameId: earlier.id === result.id, superseded: true };
    const found = this.find(result);
    if (found) return { added: false, duplicateOf: found, sameId: found.id === result.id };
    this.#results.push(result);
    this.#index(result);
    return { added: true };
  }

  /** Takes a result out (by id); returns it, for undoing. */
  remove(id: string): SavedResult | undefined {
    const result = this.#byId.get(id);
    if (!result) return undefined;
    this.#results.splice(this.#results.indexOf(result), 1);
    this.#unindex(result);
    return result;
  }

  clear(): void {
    this.#results.length = 0;
    this.#byId.clear();
    this.#byKey.clear();
    this.#byRespondent.clear();
  }

  #replace(earlier: SavedResult, result: SavedResult): void {
    this.#results[this.#results.indexOf(earlier)] = result;
    this.#unindex(earlier);
    this.#index(result);
  }

  #index(result: SavedResult): void {
    this.#byId.set(result.id, result);
    this.#byKey.set(sameResultKey(result), result);
    const respondent = respondentOf(result);
    if (respondent !== undefined) this.#byRespondent.set(respondent, result);
  }

  #unindex(result: SavedResult): void {
    if (this.#byId.get(result.id) === result) this.#byId.delete(result.id);
    const key = sameResultKey(result);
    if (this.#byKey.get(key) === result) this.#byKey.delete(key);
    const respondent = respondentOf(result);
    if (respondent !== undefined && this.#byRespondent.get(respondent) === result) this.#byRespondent.delete(respondent);
  }
}
