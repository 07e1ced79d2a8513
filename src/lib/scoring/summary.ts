import type { Assessment } from '../schema/assessment.ts';
import { scales, type Scale } from '../schema/scales.ts';
import type { Translate } from '../i18n/translate.ts';
import { modelOf } from './models/index.ts';
import { phrase, wordOf, type Phrase } from './phrase.ts';
import type { AssessmentResult, DimensionScore, ResultSummary } from './types.ts';
import { leftOutOf, NOT_ENOUGH, roundScore } from './wording.ts';

export type { ResultSummary };
export { roundScore } from './wording.ts';

/** A dimension's score as shown beside it: "62 (5 of 7 answered)" or "too few answers (1 of 6 answered, 3 needed)". */
export function dimensionScoreText(dimension: DimensionScore): Phrase {
  const values = { answered: dimension.answered, total: dimension.total };
  return dimension.status === 'scored'
    ? phrase('result.dimensionScore', { score: roundScore(dimension.score), ...values })
    : phrase('result.dimensionTooFew', { minimum: dimension.minimum, ...values });
}

/** "18 of 26 questions answered; 4 not applicable or don't know; 2 can't see this from their role; 2 unanswered.", one phrase per part. */
export function coverageText(result: AssessmentResult): Phrase[] {
  const unanswered = result.totalCount - result.answeredCount - result.notApplicableCount - result.cannotSeeCount;
  return [
    phrase('result.coverage.answered', { answered: result.answeredCount, total: result.totalCount }),
    result.notApplicableCount > 0 ? phrase('result.coverage.notApplicable', { count: result.notApplicableCount }) : null,
    result.cannotSeeCount > 0 ? phrase('result.coverage.cannotSee', { count: result.cannotSeeCount }) : null,
    unanswered > 0 ? phrase('result.coverage.unanswered', { count: unanswered }) : null,
  ].filter((part): part is Phrase => part !== null);
}

const leftOutLines = (result: AssessmentResult): Phrase[] =>
  leftOutOf(result).map((dimension) => phrase('result.leftOutArea', { title: dimension.title, score: dimensionScoreText(dimension) }));

/** Nothing scored reads the same in every model: no score, no advice that presumes one. */
function notEnoughSummary(result: AssessmentResult): ResultSummary {
  return {
    state: 'not-enough',
    headline: NOT_ENOUGH,
    bandLabel: null,
    meaning: phrase('result.notEnoughMeaning'),
    advice: [phrase('result.notEnoughAdvice')],
    leftOut: leftOutLines(result),
    coverage: coverageText(result),
  };
}

/**
 * The summary of any model's result: the model words the headline, band and advice
 * (models/<model>.ts). `scale` is the one the page shows, in its language.
 */
export function summariseResult(definition: Assessment, result: AssessmentResult, scale: Scale = scales[definition.scale]): ResultSummary {
  if (result.state === 'not-enough') return notEnoughSummary(result);
  return { ...modelOf(result.model).summarise(definition, result, scale), leftOut: leftOutLines(result), coverage: coverageText(result) };
}

/** A summary as a person reads it, in the translator's language. */
export interface WordedSummary {
  state: ResultSummary['state'];
  headline: string;
  bandLabel: string | null;
  meaning: string | null;
  advice: string[];
  leftOut: string[];
  coverage: string;
}

export function wordSummary(t: Translate, summary: ResultSummary): WordedSummary {
  const word = (wording: Parameters<typeof wordOf>[1]) => wordOf(t, wording);
  return {
    state: summary.state,
    headline: word(summary.headline),
    bandLabel: summary.bandLabel === null ? null : word(summary.bandLabel),
    meaning: summary.meaning === null ? null : word(summary.meaning),
    advice: summary.advice.map(word),
    leftOut: summary.leftOut.map(word),
    coverage: t('result.coverage', { parts: summary.coverage.map(word).join('; ') }),
  };
}
