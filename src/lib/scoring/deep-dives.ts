import type { Assessment } from '../schema/assessment.ts';
import { isBelowTopBand } from './common.ts';
import type { AssessmentResult } from './types.ts';

/** The most deep dives a result recommends: one or two say where to look; more would be a reading list. */
export const MOST_DEEP_DIVES = 2;

/** A longer assessment to take next, and the weak theme (dimension) it follows from. */
export interface DeepDive {
  /** The recommended assessment's id. */
  assessment: string;
  /** The weak dimension it follows from. */
  dimension: string;
  /** That dimension's score, 0–100. */
  score: number;
}

/**
 * What a result recommends next among the longer assessments:
 * `recommended` one or two deep dives for the weakest themes;
 * `all-strong` every scored theme is above the bands below the top, so none is weak;
 * `none-available` some themes are weak but none of their deep dives is on this site;
 * `not-scored` nothing was scored yet, or the assessment names no deep dives at all.
 * `unscored` lists the dimensions with too few answers to judge, which were not considered.
 */
export type DeepDiveAdvice =
  | { state: 'recommended'; deepDives: DeepDive[]; unscored: string[] }
  | { state: 'all-strong' | 'none-available'; unscored: string[] }
  | { state: 'not-scored' };

/**
 * Deep dives for the weakest themes: weakest theme first (equal scores in definition order),
 * each weak theme's best-fitting deep dive not already chosen, then, if room is left, the
 * weak themes' further deep dives in the same order. Deduplicated, at most `most`; only
 * assessments in `available` (those this site includes).
 * A theme is weak as for next steps: below the top band.
 */
export function recommendDeepDives(definition: Assessment, result: Pick<AssessmentResult, 'state' | 'dimensions' | 'weakest'>, available: ReadonlySet<string>, most = MOST_DEEP_DIVES): DeepDiveAdvice {
  const named = definition.dimensions.some((dimension) => (dimension.deepDives ?? []).length > 0);
  if (!named || result.state === 'not-enough') return { state: 'not-scored' };
  const unscored = result.dimensions.filter((dimension) => dimension.status !== 'scored').map((dimension) => dimension.id);
  const scores = new Map(result.dimensions.map((dimension) => [dimension.id, dimension.score]));
  const weak = result.weakest.flatMap((id) => {
    const score = scores.get(id) ?? null;
    const dimension = definition.dimensions.find((candidate) => candidate.id === id);
    return dimension && score !== null && isBelowTopBand(definition.bands, score) ? [{ id, score, candidates: (dimension.deepDives ?? []).filter((dive) => available.has(dive)) }] : [];
  });
  if (weak.length === 0) return { state: 'all-strong', unscored };
  const chosen: DeepDive[] = [];
  const choose = (theme: (typeof weak)[number], dive: string | undefined) => {
    if (dive !== undefined && chosen.length < most) chosen.push({ assessment: dive, dimension: theme.id, score: theme.score });
  };
  const unchosen = (theme: (typeof weak)[number]) => theme.candidates.filter((dive) => !chosen.some((pick) => pick.assessment === dive));
  // First each weak theme's own best fit, weakest first, so the two weakest themes each get one;
  // then, with room left (a single weak theme), their further deep dives.
  for (const theme of weak) choose(theme, unchosen(theme)[0]);
  for (const theme of weak) for (const dive of unchosen(theme)) choose(theme, dive);
  return chosen.length === 0 ? { state: 'none-available', unscored } : { state: 'recommended', deepDives: chosen, unscored };
}
