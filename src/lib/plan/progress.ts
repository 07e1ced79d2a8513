import type { Assessment } from '../schema/assessment.ts';
import type { SavedResult } from '../schema/saved-result.ts';
import { bandFor } from '../scoring/common.ts';
import { scoreAssessment } from '../scoring/index.ts';
import { phrase, type Phrase } from '../scoring/phrase.ts';
import { earlierVersionOf, inCurrentVersion, type EarlierVersionsById } from '../results/history.ts';
import { assessmentVersion } from '../results/version.ts';
import type { Plan, PlanPriority, PlanTarget } from './plan-schema.ts';

/**
 * Why a priority cannot be judged: too few answers in the area (then or now) to score it;
 * the area's questions changed between the two versions, so the scores measure different
 * things (the carry-over rules of history.ts, docs/results-and-versions.md); the target band
 * is not one the assessment has now; or the newer result is of another assessment.
 */
export type NotComparableReason = 'too-few-answers' | 'version-changed' | 'unknown-band' | 'other-assessment';

export interface PriorityProgress {
  area: string;
  /** The area's score in the result the plan was made from; null when it has none to compare. */
  then: number | null;
  /** The area's score in the newer result; null when it has none to compare. */
  now: number | null;
  target: PlanTarget;
  outcome: 'met' | 'not-met' | 'not-comparable';
  reason?: NotComparableReason;
}

/**
 * Per priority of a plan, where the area stood in the plan's result, where it stands in a
 * newer one, and whether the target is met. Both results are read on the current questions
 * (results of an earlier version carried over), so the two scores are the same measure; an
 * area whose questions changed is not compared at all.
 */
export function planProgress(plan: Plan, then: SavedResult, newer: SavedResult, current: Assessment, earlier: EarlierVersionsById): PriorityProgress[] {
  const scoresThen = areaScores(then, current, earlier);
  const scoresNow = areaScores(newer, current, earlier);
  return plan.priorities.map((priority) => {
    const dimension = priority.area.slice(plan.assessment.length + 1);
    const base = { area: priority.area, target: priority.target };
    if (newer.assessment !== plan.assessment || then.assessment !== plan.assessment) return { ...base, then: null, now: null, outcome: 'not-comparable', reason: 'other-assessment' };
    if (!areaCarriesOver(then, dimension, current, earlier) || !areaCarriesOver(newer, dimension, current, earlier)) {
      return { ...base, then: null, now: null, outcome: 'not-comparable', reason: 'version-changed' };
    }
    const scoreThen = scoresThen.get(dimension) ?? null;
    const scoreNow = scoresNow.get(dimension) ?? null;
    const scores = { then: scoreThen, now: scoreNow };
    if (scoreThen === null || scoreNow === null) return { ...base, ...scores, outcome: 'not-comparable', reason: 'too-few-answers' };
    const met = targetMet(priority.target, scoreNow, current);
    if (met === undefined) return { ...base, ...scores, outcome: 'not-comparable', reason: 'unknown-band' };
    return { ...base, ...scores, outcome: met ? 'met' : 'not-met' };
  });
}

function areaScores(result: SavedResult, current: Assessment, earlier: EarlierVersionsById): Map<string, number | null> {
  const read = inCurrentVersion(result, earlier, current);
  return new Map(scoreAssessment(current, read.answers, read.role).dimensions.map((dimension) => [dimension.id, dimension.score]));
}

/**
 * Whether a result's answers in an area mean today what they meant then: the result is of
 * the current version, or of an earlier one whose items in that area all carry over, one to
 * one, onto exactly the area's current items.
 */
export function areaCarriesOver(result: SavedResult, dimensionId: string, current: Assessment, earlier: EarlierVersionsById): boolean {
  const currentItems = current.dimensions.find((dimension) => dimension.id === dimensionId)?.items.map((item) => item.id);
  if (!currentItems) return false;
  if (result.version === assessmentVersion(current)) return true;
  const entry = earlierVersionOf(earlier, result.assessment, result.version);
  const oldItems = entry?.definition.dimensions.find((dimension) => dimension.id === dimensionId)?.items.map((item) => item.id);
  if (!entry || !oldItems) return false;
  const carried = oldItems.map((id) => (Object.hasOwn(entry.carriesOver, id) ? entry.carriesOver[id] : undefined));
  return carried.every((id) => id !== undefined) && carried.length === currentItems.length && currentItems.every((id) => carried.includes(id));
}

/** Met when the score reaches the target score, or lies in the target band or above; undefined for a band the assessment does not have. */
export function targetMet(target: PlanTarget, score: number, current: Assessment): boolean | undefined {
  if (target.score !== undefined) return score >= target.score;
  const wanted = current.bands.findIndex((band) => band.label === target.band);
  if (wanted === -1) return undefined;
  const reached = bandFor(current.bands, score);
  return reached !== null && current.bands.indexOf(reached) >= wanted;
}

const REASON_KEYS: Record<NotComparableReason, string> = {
  'too-few-answers': 'plan.progress.tooFewAnswers',
  'version-changed': 'plan.progress.versionChanged',
  'unknown-band': 'plan.progress.unknownBand',
  'other-assessment': 'plan.progress.otherAssessment',
};

/** The outcome in words for the plan view (`plan.progress.*`). */
export function progressPhrase(progress: PriorityProgress): Phrase {
  if (progress.outcome === 'not-comparable') return phrase(REASON_KEYS[progress.reason ?? 'too-few-answers']);
  return phrase(progress.outcome === 'met' ? 'plan.progress.met' : 'plan.progress.notMet');
}

/** The priorities whose review date is on or before `today` (ISO dates compare as text). */
export function prioritiesDue(plan: Plan, today: string): PlanPriority[] {
  return plan.priorities.filter((priority) => priority.reviewOn <= today);
}
