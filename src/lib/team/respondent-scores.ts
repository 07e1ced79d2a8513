import type { Assessment } from '../schema/assessment.ts';
import type { Answers } from '../schema/saved-result.ts';
import { scoreScaleItems } from '../scoring/common.ts';
import { scoreSpectrum } from '../scoring/spectrum.ts';
import type { ItemScore } from '../scoring/types.ts';

/** One respondent's scores: every item in definition order, and each dimension's score (null when nothing in it was scored). */
export interface RespondentScores {
  items: ItemScore[];
  dimensions: (number | null)[];
}

/**
 * Scores one respondent's answers as scoreAssessment does (the same item scoring, and each
 * dimension the mean of its scored items, as summariseDimensions has it), without the parts
 * of a full result the team view does not use: bands, rankings and next steps took most of
 * the time when thousands of results are aggregated.
 */
export function respondentScorer(definition: Assessment): (answers: Answers) => RespondentScores {
  const scoreItems = definition.model === 'spectrum' ? (answers: Answers) => scoreSpectrum(definition, answers).items : (answers: Answers) => scoreScaleItems(definition, answers);
  const dimensionOfItem = definition.dimensions.flatMap((dimension, index) => dimension.items.map(() => index));
  const dimensionCount = definition.dimensions.length;
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
    return { items, dimensions: sums.map((sum, index) => (counts[index] ? sum / (counts[index] ?? 1) : null)) };
  };
}
