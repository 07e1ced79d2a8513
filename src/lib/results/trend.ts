import type { Assessment } from '../schema/assessment.ts';
import type { SavedResult } from '../schema/saved-result.ts';
import { scoreAssessment } from '../scoring/index.ts';
import { sharedAssessmentId } from './definitions.ts';

/** One score in two results; change is after − before, null when either is missing. */
export interface ScoreChange {
  before: number | null;
  after: number | null;
  change: number | null;
}

export interface DimensionChange extends ScoreChange {
  id: string;
  title: string;
}

/** An item's answer and score (0–100) in both results; change is the score's. */
export interface ItemChange extends ScoreChange {
  id: string;
  dimension: string;
  text: string;
  valueBefore: number | null;
  valueAfter: number | null;
}

export interface ResultComparison {
  overall: ScoreChange;
  /** In definition order. */
  dimensions: DimensionChange[];
  /** In definition order. */
  items: ItemChange[];
  /** The two results were answered against different versions of the assessment. */
  versionsDiffer: boolean;
}

function scoreChange(before: number | null, after: number | null): ScoreChange {
  return { before, after, change: before === null || after === null ? null : after - before };
}

/**
 * How result `b` differs from result `a` (b − a), both scored with the current definition.
 * Throws RangeError when they are results of different assessments.
 */
export function compareResults(a: SavedResult, b: SavedResult, definition: Assessment): ResultComparison {
  sharedAssessmentId([a, b]);
  const before = scoreAssessment(definition, a.answers, a.role);
  const after = scoreAssessment(definition, b.answers, b.role);
  return {
    overall: scoreChange(before.overall, after.overall),
    dimensions: before.dimensions.map((dimension, index) => ({
      id: dimension.id,
      title: dimension.title,
      ...scoreChange(dimension.score, after.dimensions[index]?.score ?? null),
    })),
    items: before.items.map((item, index) => {
      const later = after.items[index];
      return { id: item.id, dimension: item.dimension, text: item.text, valueBefore: item.value, valueAfter: later?.value ?? null, ...scoreChange(item.score, later?.score ?? null) };
    }),
    versionsDiffer: a.version !== b.version,
  };
}

export interface TrendPoint {
  resultId: string;
  takenAt: string;
  /** 0–100; null when nothing in it was answered (a gap in the line). */
  score: number | null;
}

export interface TrendSeries {
  id: string;
  title: string;
  /** Oldest first. */
  points: TrendPoint[];
}

export interface Trend {
  overall: TrendPoint[];
  /** In definition order. */
  dimensions: TrendSeries[];
}

/**
 * Scores over time for one assessment's results, oldest first (results taken at the same
 * moment in id order, so the order never depends on the input's). Throws RangeError when
 * the results mix assessments.
 */
export function trendSeries(results: readonly SavedResult[], definition: Assessment): Trend {
  sharedAssessmentId(results);
  const scored = results
    .map((result) => ({ result, time: Date.parse(result.takenAt), score: scoreAssessment(definition, result.answers, result.role) }))
    .sort((x, y) => x.time - y.time || (x.result.id < y.result.id ? -1 : x.result.id > y.result.id ? 1 : 0));
  const point = (result: SavedResult, score: number | null): TrendPoint => ({ resultId: result.id, takenAt: result.takenAt, score });
  return {
    overall: scored.map(({ result, score }) => point(result, score.overall)),
    dimensions: definition.dimensions.map((dimension, index) => ({
      id: dimension.id,
      title: dimension.title,
      points: scored.map(({ result, score }) => point(result, score.dimensions[index]?.score ?? null)),
    })),
  };
}
