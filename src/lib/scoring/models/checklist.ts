import type { AssessmentOf } from '../../schema/assessment.ts';
import type { Answers } from '../../schema/saved-result.ts';
import { baseResult, itemText, mean, scaleOf, scoredItemScores, scoreScaleItems, summariseDimensions, scaleAnswerRange } from '../common.ts';
import type { ChecklistGroup, ChecklistOpenItem, ChecklistResult, ScoringModelModule } from '../types.ts';
import { scoreSummary } from '../wording.ts';
import { phrase } from '../phrase.ts';

/**
 * Scores a checklist (readiness-3: not yet / partly / answered). Each group's readiness is
 * the mean of its answered items; overall is the mean over every answered item of the groups
 * with enough answers, so a group with more questions weighs more. Items answered below the top of the scale are
 * listed as open, with the page to read; n/a and unanswered items are not.
 */
export function scoreChecklist(definition: AssessmentOf<'checklist'>, answers: Answers): ChecklistResult {
  const scale = scaleOf(definition);
  const items = scoreScaleItems(definition, answers);
  const dimensions = summariseDimensions(definition, items);
  const groups: ChecklistGroup[] = dimensions.map((dimension) => {
    const values = items.flatMap((item) => (item.dimension === dimension.id && item.value !== null ? [item.value] : []));
    return {
      id: dimension.id,
      title: dimension.title,
      readiness: dimension.score,
      answered: values.filter((value) => value === scale.max).length,
      partly: values.filter((value) => value > scale.min && value < scale.max).length,
      notYet: values.filter((value) => value === scale.min).length,
    };
  });
  const values = new Map(items.map((item) => [item.id, item.value]));
  const open: ChecklistOpenItem[] = definition.dimensions.flatMap((dimension) =>
    dimension.items.flatMap((item) => {
      const value = values.get(item.id) ?? null;
      if (value === null || value >= scale.max) return [];
      return [{ itemId: item.id, dimension: dimension.id, text: itemText(item), value, pageId: item.nextStep ?? dimension.nextStep }];
    }),
  );
  const overall = mean(scoredItemScores(items, dimensions));
  return { ...baseResult('checklist', definition, items, dimensions, overall), groups, open };
}

export const checklistModel: ScoringModelModule<'checklist'> = {
  model: 'checklist',
  summarise: (_definition, result) => scoreSummary(result),
  view: { chart: 'bar', tableCaption: phrase('result.table.caption'), overallLabel: 'Overall' },
  score: (definition, answers) => scoreChecklist(definition, answers),
  itemScorer: (definition) => (answers) => scoreScaleItems(definition, answers),
  versionKey: (item) => item.id,
  answerRange: (definition) => scaleAnswerRange(definition),
  methodNote: (scale) => [scale.agreeNote],
};
