import type { AssessmentOf } from '../../schema/assessment.ts';
import type { Answers } from '../../schema/saved-result.ts';
import { baseResult, meanOfDimensions, scoreScaleItems, summariseDimensions, scaleAnswerRange } from '../common.ts';
import type { DimensionsResult, ScoringModelModule } from '../types.ts';
import { scoreSummary } from '../wording.ts';
import { phrase } from '../phrase.ts';

/** Scores an assessment as equal-weight dimensions: overall is the mean of the scored dimensions' means. */
export function scoreDimensions(definition: AssessmentOf<'dimensions'>, answers: Answers): DimensionsResult {
  const items = scoreScaleItems(definition, answers);
  const dimensions = summariseDimensions(definition, items);
  return baseResult('dimensions', definition, items, dimensions, meanOfDimensions(dimensions));
}

export const dimensionsModel: ScoringModelModule<'dimensions'> = {
  model: 'dimensions',
  summarise: (_definition, result) => scoreSummary(result),
  view: { chart: 'radar', tableCaption: phrase('result.table.caption'), overallLabel: 'Overall' },
  score: (definition, answers) => scoreDimensions(definition, answers),
  itemScorer: (definition) => (answers) => scoreScaleItems(definition, answers),
  versionKey: (item) => item.id,
  answerRange: (definition) => scaleAnswerRange(definition),
  methodNote: (scale) => [scale.agreeNote],
};
