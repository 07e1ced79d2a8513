import type { AssessmentOf } from '../../schema/assessment.ts';
import type { Answers } from '../../schema/saved-result.ts';
import { agreeThreshold, baseResult, scaleOf, scoreScaleItems, summariseDimensions } from '../common.ts';
import type { GatedResult, GatedStage, ScoringModelModule, StageState } from '../types.ts';

/**
 * Scores the dimensions as ordered stages (building blocks): a stage is in place when its
 * score reaches the scale's agreeFrom, and unknown when it has too few answers on the scale
 * to judge ("don't know" is not "no"). Overall is the share of stages in place before the
 * first stage that is not, so a later stage built on a missing one does not count towards it.
 * When the chain meets an unknown stage first, how far it reaches cannot be said: there is
 * no overall score, and no stage after it is called leapfrogged.
 */
export function scoreGated(definition: AssessmentOf<'gated'>, answers: Answers): GatedResult {
  const items = scoreScaleItems(definition, answers);
  const dimensions = summariseDimensions(definition, items);
  const threshold = agreeThreshold(scaleOf(definition));
  const states: StageState[] = dimensions.map((dimension) => (dimension.score === null ? 'unknown' : dimension.score >= threshold ? 'in-place' : 'not-in-place'));
  const firstBreak = states.findIndex((state) => state !== 'in-place');
  const unbroken = firstBreak === -1 ? dimensions.length : firstBreak;
  const firstGap = states.indexOf('not-in-place');
  const stages: GatedStage[] = dimensions.map((dimension, index) => ({
    id: dimension.id,
    title: dimension.title,
    score: dimension.score,
    state: states[index] ?? 'unknown',
    inPlace: states[index] === 'in-place',
    // Only a gap known to be there makes a later block leapfrogged; an unknown one may be in place.
    leapfrogged: states[index] === 'in-place' && firstGap !== -1 && index > firstGap,
  }));
  // Stages not in place are the weak ones and are worked on in stage order, not score order.
  const order = stages.map((stage) => stage.id);
  const gaps = new Set(stages.filter((stage) => stage.state === 'not-in-place').map((stage) => stage.id));
  const breaksOnUnknown = states[unbroken] === 'unknown';
  const overall = dimensions.length === 0 || breaksOnUnknown ? null : (100 * unbroken) / dimensions.length;
  return {
    ...baseResult('gated', definition, items, dimensions, overall, { order, isWeak: (dimension) => gaps.has(dimension.id) }),
    stages,
    reached: stages[unbroken - 1]?.id ?? null,
    workOnFirst: states[unbroken] === 'not-in-place' ? (stages[unbroken]?.id ?? null) : null,
    firstUnknown: breaksOnUnknown ? (stages[unbroken]?.id ?? null) : null,
    unknown: stages.filter((stage) => stage.state === 'unknown').map((stage) => stage.id),
    leapfrogged: stages.filter((stage) => stage.leapfrogged).map((stage) => stage.id),
  };
}

export const gatedModel: ScoringModelModule<'gated'> = {
  model: 'gated',
  score: (definition, answers) => scoreGated(definition, answers),
  itemScorer: (definition) => (answers) => scoreScaleItems(definition, answers),
  versionKey: (item) => item.id,
  methodNote: (scale) =>
    `${scale.agreeNote} A block with too few answers is shown as "could not be judged", not as missing: no block after it is called leapfrogged because of it, and how far the blocks reach in order is not scored past it.`,
};
