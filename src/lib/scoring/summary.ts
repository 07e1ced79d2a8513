import type { Assessment } from '../schema/assessment.ts';
import { modelOf } from './models/index.ts';
import type { AssessmentResult, DimensionScore, ResultSummary } from './types.ts';
import { leftOutOf, NOT_ENOUGH, roundScore } from './wording.ts';

export type { ResultSummary };
export { countWords, joinWords, roundScore } from './wording.ts';

/** A dimension's score as shown beside it: "62 (5 of 7 answered)" or "too few answers (1 of 6 answered, 3 needed)". */
export function dimensionScoreText(dimension: DimensionScore): string {
  const answered = `${dimension.answered} of ${dimension.total} answered`;
  return dimension.status === 'scored' ? `${roundScore(dimension.score)} (${answered})` : `too few answers (${answered}, ${dimension.minimum} needed)`;
}

/** "18 of 26 questions answered; 4 not applicable or don't know; 2 can't see this from their role; 2 unanswered." */
export function coverageText(result: AssessmentResult): string {
  const unanswered = result.totalCount - result.answeredCount - result.notApplicableCount - result.cannotSeeCount;
  const parts = [
    `${result.answeredCount} of ${result.totalCount} questions answered`,
    result.notApplicableCount > 0 ? `${result.notApplicableCount} not applicable or don't know` : '',
    result.cannotSeeCount > 0 ? `${result.cannotSeeCount} can't see this from their role` : '',
    unanswered > 0 ? `${unanswered} unanswered` : '',
  ].filter(Boolean);
  return `${parts.join('; ')}.`;
}

/** Nothing scored reads the same in every model: no score, no advice that presumes one. */
function notEnoughSummary(result: AssessmentResult): ResultSummary {
  return {
    state: 'not-enough',
    headline: NOT_ENOUGH,
    bandLabel: null,
    meaning: 'No area has answers to at least half of its questions, so there is no score, and nothing can be said yet about strengths or weaknesses.',
    advice: ['Answer at least half the questions in an area to score it. If many questions are outside what you can see, ask a colleague who sees more of the organisation to take it as well.'],
    leftOut: leftOutOf(result).map((dimension) => `${dimension.title}: ${dimensionScoreText(dimension)}`),
    coverage: coverageText(result),
  };
}

/** The summary of any model's result: the model words the headline, band and advice (models/<model>.ts). */
export function summariseResult(definition: Assessment, result: AssessmentResult): ResultSummary {
  if (result.state === 'not-enough') return notEnoughSummary(result);
  const leftOut = leftOutOf(result).map((dimension) => `${dimension.title}: ${dimensionScoreText(dimension)}`);
  return { ...modelOf(result.model).summarise(definition, result), leftOut, coverage: coverageText(result) };
}
