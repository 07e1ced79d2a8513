import type { Assessment } from '../schema/assessment.ts';
import type { Answers } from '../schema/saved-result.ts';
import { minimumAnswers } from '../scoring/common.ts';
import { modelOf } from '../scoring/models/index.ts';
import type { ItemScore } from '../scoring/types.ts';

/** One respondent's scores: every item in definition order, and each dimension's score (null when it has too few answers). */
export interface RespondentScores {
  items: ItemScore[];
  dimensions: (number | null)[];
}

/**
 * Scores one respondent's answers with the model's own item scorer (as scoreAssessment
 * does), each dimension the mean of its scored items, without the parts of a full result
 * the team view does not use: bands, rankings and next steps took most of the time when
 * thousands of results are aggregated.
 */
export function respondentScorer(definition: Assessment): (answers: Answers) => RespondentScores {
  const scoreItems = modelOf(definition.model).itemScorer(definition);
  const dimensionOfItem = definition.dimensions.flatMap((dimension, index) => dimension.items.map(() => index));
  const dimensionCount = definition.dimensions.length;
  const minimums = definition.dimensions.map((dimension) => minimumAnswers(dimension.items.length));
  return (answers) => {
    const items = scoreItems(answers);
    const sums = new Array<number>(dimensionCount).fill(0);
    const counts = new Array<number>(dimensionCount).fill(0);
    items.forEach((item, index) => {
      const dimension = dimensionOfItem[index];
      if (item.score === null || dimension === undefined) return;
      sums[dimension] = (sums[dimension] ?? 0) + item.score;
      counts[dimension] = (counts[dimension] ?? 0) + 1;
    });
    // A dimension with fewer answers than its minimum has no score, as in a full result.
    return { items, dimensions: sums.map((sum, index) => ((counts[index] ?? 0) >= (minimums[index] ?? 1) ? sum / (counts[index] ?? 1) : null)) };
  };
}
