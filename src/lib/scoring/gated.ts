import type { Assessment } from '../schema/assessment.ts';
import type { Answers } from '../schema/saved-result.ts';
import { agreeThreshold, baseResult, scaleOf, scoreScaleItems, summariseDimensions } from './common.ts';
import type { GatedResult, GatedStage } from './types.ts';

/**
 * Scores the dimensions as ordered stages (building blocks): a stage is in place when its
 * score reaches the scale's agreeFrom. Overall is the share of stages in place before the
 * first gap, so a later stage built on a missing one does not count towards it.
 * A stage with nothing scorable cannot be shown to be in place, so it counts as a gap.
 */
export function scoreGated(definition: Assessment, answers: Answers): GatedResult {
  const items = scoreScaleItems(definition, answers);
  const dimensions = summariseDimensions(definition, items);
  const threshold = agreeThreshold(scaleOf(definition));
  const inPlace = dimensions.map((dimension) => dimension.score !== null && dimension.score >= threshold);
  const firstGap = inPlace.indexOf(false);
  const unbroken = firstGap === -1 ? dimensions.length : firstGap;
  const stages: GatedStage[] = dimensions.map((dimension, index) => ({
    id: dimension.id,
    title: dimension.title,
    score: dimension.score,
    inPlace: inPlace[index] === true,
    leapfrogged: inPlace[index] === true && index > unbroken,
  }));
  // Stages not in place are the weak ones and are worked on in stage order, not score order;
  // stages in place follow so that their low items can still bring in their own pages.
  const order = [...stages.filter((stage) => !stage.inPlace), ...stages.filter((stage) => stage.inPlace)].map((stage) => stage.id);
  const gaps = new Set(stages.filter((stage) => !stage.inPlace).map((stage) => stage.id));
  const overall = dimensions.length === 0 ? null : (100 * unbroken) / dimensions.length;
  return {
    ...baseResult('gated', definition, items, dimensions, overall, { order, isWeak: (dimension) => gaps.has(dimension.id) }),
    stages,
    reached: stages[unbroken - 1]?.id ?? null,
    workOnFirst: stages[unbroken]?.id ?? null,
    leapfrogged: stages.filter((stage) => stage.leapfrogged).map((stage) => stage.id),
  };
}
