import { phrase, type Phrase } from '../scoring/phrase.ts';
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
 * The definition that ResultSet indexes (and its tests compare against).
 */
export function isSameResult(a: SavedResult, b: SavedResult): boolean {
  if (a.id === b.id) return true;
  return a.assessment === b.assessment && a.version === b.version && takenAtSecond(a.takenAt) === takenAtSecond(b.takenAt) && a.role === b.role && sameAnswers(a.answers, b.answers);
}

/**
 * What isSameResult compares when ids differ, as one string: two results have the same key
 * exactly when they record the same assessment version, taken in the same second, by the
 * same role, with identical answers.
 */
export function sameResultKey(result: SavedResult): string {
  const answers = Object.keys(result.answers)
    .sort()
    .map((itemId) => [itemId, result.answers[itemId]]);
  return JSON.stringify([result.assessment, result.version, takenAtSecond(result.takenAt), result.role, answers]);
}

export type AddOutcome =
  | { added: true; replaced?: SavedResult }
  | { added: false; duplicateOf: SavedResult; sameId: boolean; superseded?: boolean };

/** How a result compares in time with the one it may correct. */
function timeOrder(candidate: SavedResult, kept: SavedResult): number {
  return Date.parse(candidate.takenAt) - Date.parse(kept.takenAt);
}

const respondentOf = (result: SavedResult): string | undefined => (result.respondentKey === undefined ? undefined : `${result.assessment}\u0000${result.respondentKey}`);

export interface ResultSetOptions {
  /**
   * true (the team view): one result per person, so a later result with the same id or
   * respondent key is a correction that replaces the earlier one. false (My results, a
   * person's own history, where nothing saved is ever replaced by an import): such a
   * result is a duplicate of the saved one.
   */
  corrections: boolean;
}

/**
 * Results counted once each by isSameResult, and (with `corrections`) one per respondent: a
 * later result with the same id or the same respondent key (the person changed their
 * answers and sent them again) replaces the earlier one, and an earlier one arriving after
 * its correction is skipped. This is the one place that decides what "already saved" and
 * "already collected" mean. Ids, respondent keys and same-result keys are indexed, so
 * adding a result costs the same however many there are.
 */
export class ResultSet {
  readonly #corrections: boolean;
  readonly #results: SavedResult[] = [];
  readonly #byId = new Map<string, SavedResult>();
  readonly #byKey = new Map<string, SavedResult>();
  readonly #byRespondent = new Map<string, SavedResult>();

  constructor(results: Iterable<SavedResult> = [], options: ResultSetOptions = { corrections: true }) {
    this.#corrections = options.corrections;
    for (const result of results) {
      const outcome = this.add(result);
      // Held results may repeat each other's id or content (saved before duplicates were caught): each id and content still counts as held.
      if (outcome.added) continue;
      if (!this.#byId.has(result.id)) this.#byId.set(result.id, outcome.duplicateOf);
      const key = sameResultKey(result);
      if (!this.#byKey.has(key)) this.#byKey.set(key, outcome.duplicateOf);
    }
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
    const earlier = !this.#corrections ? undefined : (this.#byId.get(result.id) ?? (respondent === undefined ? undefined : this.#byRespondent.get(respondent)));
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

/**
 * Why a result was not added, in the words of both pages: `held` is what the page calls the
 * results it already had ("saved", "collected"); `repeated` is true when what it duplicates
 * came in the same import.
 */
export function skipReason(outcome: Extract<AddOutcome, { added: false }>, held: 'saved' | 'collected', repeated: boolean): Phrase {
  if (outcome.superseded) return phrase(`intake.reason.superseded.${held}`);
  if (repeated) return phrase('intake.reason.repeated');
  return phrase(outcome.sameId ? `intake.reason.sameId.${held}` : `intake.reason.sameAnswers.${held}`);
}
