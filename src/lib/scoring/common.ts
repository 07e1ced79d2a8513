import type { Assessment, AssessmentOf, Band, Dimension, Item, ScoringModel } from '../schema/assessment.ts';
import { CANNOT_SEE } from '../schema/answer-values.ts';
import type { Answers } from '../schema/saved-result.ts';
import { scales, type Scale } from '../schema/scales.ts';
import type { BaseResult, DimensionScore, ItemScore, NextStep, ResultState } from './types.ts';

/** An item's answer as scoring sees it. */
export type AnswerReading = { kind: 'value'; value: number } | { kind: 'not-applicable' } | { kind: 'cannot-see' } | { kind: 'unanswered' };

/**
 * Answers on the scale a dimension needs before it is scored: half its items, rounded up.
 * Below that, a mean would rest on too small a part of what the dimension asks about, so the
 * dimension shows "too few answers" and is left out of the overall score.
 */
export function minimumAnswers(itemCount: number): number {
  return Math.max(1, Math.ceil(itemCount / 2));
}

/** Items answered below this score (0–100) bring in their own next step, if they have one. */
export const LOW_ITEM_SCORE = 50;

export function scaleOf(definition: Assessment): Scale {
  return scales[definition.scale];
}

/**
 * Reads one answer. An answer that is not a whole number in [min, max] counts as no answer:
 * a stale or hand-edited result must never push a score outside 0–100.
 */
export function readAnswer(answers: Answers, itemId: string, min: number, max: number): AnswerReading {
  // hasOwn, not `in` or indexing: an item id such as "constructor" must not find Object.prototype.
  if (!Object.hasOwn(answers, itemId)) return { kind: 'unanswered' };
  const value: unknown = answers[itemId];
  if (value === null) return { kind: 'not-applicable' };
  if (value === CANNOT_SEE) return { kind: 'cannot-see' };
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) return { kind: 'unanswered' };
  return { kind: 'value', value };
}

/** Where a scale value sits between the scale's ends, 0–100. */
export function normalise(value: number, scale: Scale): number {
  return ((value - scale.min) / (scale.max - scale.min)) * 100;
}

/** The scale's agreeFrom on the 0–100 score line (75 for a 1–5 scale agreeing from 4). */
export function agreeThreshold(scale: Scale): number {
  return normalise(scale.agreeFrom, scale);
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** An item's text as a reader needs it out of the form: with its lead-in, when a fragment has one. */
export function itemText(item: Item): string {
  return item.leadIn ? `${item.leadIn} ${item.text}` : item.text;
}

export function itemScore(item: Item, dimension: Dimension, reading: AnswerReading, score: (value: number) => number): ItemScore {
  const base = { id: item.id, dimension: dimension.id, text: itemText(item) };
  if (reading.kind === 'value') return { ...base, value: reading.value, score: score(reading.value), answered: true, notApplicable: false, cannotSee: false };
  return { ...base, value: null, score: null, answered: false, notApplicable: reading.kind === 'not-applicable', cannotSee: reading.kind === 'cannot-see' };
}

/** The models whose answers are values on an ordinal scale: every model but spectrum, whose answers are options. */
export type OrdinalModel = Exclude<ScoringModel, 'spectrum'>;

/** Scores every item on the assessment's ordinal scale, in definition order (the schema gives these models no other). */
export function scoreScaleItems(definition: AssessmentOf<OrdinalModel>, answers: Answers): ItemScore[] {
  const scale = scaleOf(definition);
  return definition.dimensions.flatMap((dimension) =>
    dimension.items.map((item) => itemScore(item, dimension, readAnswer(answers, item.id, scale.min, scale.max), (value) => normalise(value, scale))),
  );
}

/** The answers an item on the assessment's ordinal scale takes. */
export function scaleAnswerRange(definition: AssessmentOf<OrdinalModel>): { min: number; max: number } {
  const scale = scaleOf(definition);
  return { min: scale.min, max: scale.max };
}

/**
 * Each dimension's mean item score and answer counts, in definition order. A dimension with
 * fewer than minimumAnswers answers on the scale has no score (status `too-few`).
 */
export function summariseDimensions(definition: Assessment, items: readonly ItemScore[]): DimensionScore[] {
  return definition.dimensions.map((dimension) => {
    const own = items.filter((item) => item.dimension === dimension.id);
    const answered = own.filter((item) => item.answered).length;
    const notApplicable = own.filter((item) => item.notApplicable).length;
    const cannotSee = own.filter((item) => item.cannotSee).length;
    const minimum = minimumAnswers(own.length);
    const enough = answered >= minimum;
    return {
      id: dimension.id,
      title: dimension.title,
      score: enough ? mean(own.flatMap((item) => (item.score === null ? [] : [item.score]))) : null,
      status: enough ? 'scored' : 'too-few',
      minimum,
      answered,
      notApplicable,
      cannotSee,
      unanswered: own.length - answered - notApplicable - cannotSee,
      total: own.length,
    };
  });
}

/** `scored` when every dimension is, `not-enough` when none is, else `partial`. */
export function resultState(dimensions: readonly DimensionScore[]): ResultState {
  const scored = dimensions.filter((dimension) => dimension.status === 'scored').length;
  if (scored === 0) return 'not-enough';
  return scored === dimensions.length ? 'scored' : 'partial';
}

/** Scores of the items in scored dimensions: what an overall taken over items may use. */
export function scoredItemScores(items: readonly ItemScore[], dimensions: readonly DimensionScore[]): number[] {
  const scored = new Set(dimensions.filter((dimension) => dimension.status === 'scored').map((dimension) => dimension.id));
  return items.flatMap((item) => (item.score !== null && scored.has(item.dimension) ? [item.score] : []));
}

/** The first band whose upTo is at or above the score. */
export function bandFor(bands: readonly Band[], overall: number | null): Band | null {
  if (overall === null) return null;
  return bands.find((band) => overall <= band.upTo) ?? null;
}

/** Scored dimension ids, lowest score first; equal scores keep definition order. */
export function rankWeakest(dimensions: readonly DimensionScore[]): string[] {
  return dimensions
    .flatMap((dimension, index) => (dimension.score === null ? [] : [{ id: dimension.id, score: dimension.score, index }]))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map((dimension) => dimension.id);
}

/**
 * A dimension is weak when its score falls below the top band; with a single band
 * (which covers everything) anything short of 100 is weak.
 */
export function isBelowTopBand(bands: readonly Band[], score: number | null): boolean {
  if (score === null) return false;
  const belowTop = bands.at(-2);
  return belowTop ? score <= belowTop.upTo : score < 100;
}

/**
 * Next steps: one per weak dimension, in the order given (weakest first unless a model says
 * otherwise), each with its advice once and, under it, its items answered below
 * LOW_ITEM_SCORE that name a page of their own. Dimensions that are not weak are left out,
 * and so are their items; an item page already listed is not listed again.
 */
export function nextStepsFor(
  definition: Assessment,
  dimensions: readonly DimensionScore[],
  items: readonly ItemScore[],
  order: readonly string[],
  isWeak: (dimension: DimensionScore) => boolean,
): NextStep[] {
  const steps: NextStep[] = [];
  const listed = new Set<string>();
  const scores = new Map(items.map((item) => [item.id, item.score]));
  for (const id of order) {
    const dimension = definition.dimensions.find((candidate) => candidate.id === id);
    const summary = dimensions.find((candidate) => candidate.id === id);
    if (!dimension || !summary || !isWeak(summary)) continue;
    listed.add(dimension.nextStep);
    const lowItems = dimension.items
      .flatMap((item, index) => {
        const score = scores.get(item.id) ?? null;
        return item.nextStep !== undefined && score !== null && score < LOW_ITEM_SCORE ? [{ item, pageId: item.nextStep, score, index }] : [];
      })
      .sort((a, b) => a.score - b.score || a.index - b.index)
      .filter((low) => !listed.has(low.pageId) && listed.add(low.pageId))
      .map((low) => ({ itemId: low.item.id, text: itemText(low.item), pageId: low.pageId, score: low.score }));
    steps.push({ dimension: id, title: dimension.title, pageId: dimension.nextStep, advice: dimension.advice, score: summary.score, items: lowItems });
  }
  return steps;
}

/**
 * The parts every model shares, given its items and overall score. `stepOrder` and `isWeak`
 * default to "weakest first" and "below the top band".
 */
export function baseResult<M extends BaseResult['model']>(
  model: M,
  definition: Assessment,
  items: ItemScore[],
  dimensions: DimensionScore[],
  overall: number | null,
  steps?: { order: readonly string[]; isWeak: (dimension: DimensionScore) => boolean },
): BaseResult & { model: M } {
  const weakest = rankWeakest(dimensions);
  const order = steps?.order ?? weakest;
  const isWeak = steps?.isWeak ?? ((dimension: DimensionScore) => isBelowTopBand(definition.bands, dimension.score));
  const state = resultState(dimensions);
  return {
    model,
    state,
    overall: state === 'not-enough' ? null : overall,
    band: state === 'not-enough' ? null : bandFor(definition.bands, overall),
    dimensions,
    weakest,
    items,
    nextSteps: state === 'not-enough' ? [] : nextStepsFor(definition, dimensions, items, order, isWeak),
    answeredCount: items.filter((item) => item.answered).length,
    notApplicableCount: items.filter((item) => item.notApplicable).length,
    cannotSeeCount: items.filter((item) => item.cannotSee).length,
    totalCount: items.length,
  };
}

/** Mean of the scored dimensions' scores. */
export function meanOfDimensions(dimensions: readonly DimensionScore[]): number | null {
  return mean(dimensions.flatMap((dimension) => (dimension.score === null ? [] : [dimension.score])));
}
