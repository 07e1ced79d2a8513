import type { AssessmentOf } from '../../schema/assessment.ts';
import type { Answers } from '../../schema/saved-result.ts';
import { agreeThreshold, baseResult, scaleOf, scoreScaleItems, summariseDimensions, scaleAnswerRange } from '../common.ts';
import type { Scale } from '../../schema/scales.ts';
import { phrase, type Wording } from '../phrase.ts';
import type { GatedResult, GatedStage, ModelSummary, ScoringModelModule, StageState } from '../types.ts';
import { answerMoreAdvice, partialMeaning, plainTitle } from '../wording.ts';

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

/** How far a block is in place, in the scale's own words: "partly in place". */
function stageLevel(scale: Scale, score: number | null): Wording {
  if (score === null) return phrase('result.gated.notJudged');
  const label = scale.labels[Math.round((score / 100) * (scale.max - scale.min))] ?? '';
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Reads the blocks in order: how far they are in place, and the first that is not or could not be judged. */
function gatedSummary(result: GatedResult, scale: Scale): ModelSummary {
  const count = result.stages.length;
  const reached = result.stages.findIndex((stage) => stage.state !== 'in-place');
  const unbroken = reached === -1 ? count : reached;
  const whole = result.state === 'scored';
  const band = result.band;
  const later = count - unbroken - 1;
  const rest = later > 0 ? phrase('result.gated.restOnIt', { count: later, countWord: { numberWord: later } }) : '';
  const stage = result.stages[unbroken] && { ...result.stages[unbroken], title: plainTitle(result.stages[unbroken].title) };
  const inOrder = phrase('result.gated.inOrder', { count: unbroken });
  if (stage && stage.state === 'unknown') {
    const headline =
      unbroken === 0
        ? phrase('result.gated.unknownFirst', { title: stage.title, rest })
        : phrase('result.gated.unknownLater', { inOrder, block: unbroken + 1, title: stage.title, rest });
    return {
      state: result.state,
      headline,
      bandLabel: null,
      meaning: unbroken === 0 ? phrase('result.gated.unknownFirstMeaning', { title: stage.title }) : phrase('result.gated.unknownLaterMeaning', { title: stage.title, block: unbroken }),
      advice: [phrase('result.gated.findOut', { title: stage.title })],
    };
  }
  const headline = !stage
    ? phrase('result.gated.allInPlace', { countWord: { numberWord: count } })
    : unbroken === 0
      ? phrase('result.gated.notSecure', { title: stage.title, level: stageLevel(scale, stage.score), rest })
      : phrase('result.gated.notInPlace', { inOrder, block: unbroken + 1, title: stage.title, level: stageLevel(scale, stage.score), rest });
  // With block 1 not in place the lowest band's words ("not started") would contradict a block partly built.
  const showBand = band !== null && unbroken > 0;
  return {
    state: result.state,
    headline,
    bandLabel: showBand ? (whole ? band.label : phrase('result.gated.bandPartial', { label: band.label })) : null,
    meaning: whole && showBand ? band.meaning : whole ? null : partialMeaning(result, 'blockOrder'),
    advice: whole ? (showBand ? [band.advice] : []) : [answerMoreAdvice(result)],
  };
}

export const gatedModel: ScoringModelModule<'gated'> = {
  model: 'gated',
  score: (definition, answers) => scoreGated(definition, answers),
  summarise: (_definition, result, scale) => gatedSummary(result, scale),
  view: { chart: 'bar', tableCaption: phrase('result.table.captionBlocks'), overallLabel: 'Overall', nextStepsHeading: phrase('result.next.inBlockOrder') },
  itemScorer: (definition) => (answers) => scoreScaleItems(definition, answers),
  versionKey: (item) => item.id,
  answerRange: (definition) => scaleAnswerRange(definition),
  methodNote: (scale) => [scale.agreeNote, phrase('result.method.gated')],
};
