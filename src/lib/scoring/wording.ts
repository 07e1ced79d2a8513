import type { AssessmentResult, DimensionScore, ModelSummary } from './types.ts';

/**
 * The words results are summarised in, shared by every model's summary (models/<model>.ts)
 * and by summary.ts, which puts a model's summary together with what every model says alike.
 */

export const NOT_ENOUGH = 'Not enough answers to score';

/** A title without the number it may carry ("1. Customer voice" → "Customer voice"), for use inside a sentence. */
export function plainTitle(title: string): string {
  return title.replace(/^\d+\.\s*/, '');
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Small counts in words ("five later blocks"), larger ones in figures. */
export function countWords(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

export function roundScore(score: number | null): string {
  return score === null ? '–' : String(Math.round(score));
}

export function leftOutOf(result: AssessmentResult): DimensionScore[] {
  return result.dimensions.filter((dimension) => dimension.status === 'too-few');
}

/** What a partly scored result covers, and what it leaves out of its `unit` ("overall score", "position"). */
export function partialMeaning(result: AssessmentResult, unit: string): string {
  const scored = result.dimensions.filter((dimension) => dimension.status === 'scored').map((dimension) => plainTitle(dimension.title));
  const missing = leftOutOf(result).map((dimension) => plainTitle(dimension.title));
  return `This covers ${joinWords(scored)} only. ${joinWords(missing)} had too few answers to score, so ${missing.length === 1 ? 'it is' : 'they are'} left out of the ${unit} and nothing here describes ${missing.length === 1 ? 'it' : 'them'}.`;
}

export function answerMoreAdvice(result: AssessmentResult): string {
  const missing = leftOutOf(result).map((dimension) => plainTitle(dimension.title));
  return `To include ${joinWords(missing)}, answer at least half of ${missing.length === 1 ? 'its' : 'their'} questions, or ask a colleague who can see ${missing.length === 1 ? 'that area' : 'those areas'} to take the assessment too.`;
}

/**
 * The summary of a result read through its bands: the headline, then the band's label (when
 * it says something the headline does not), meaning and advice; on a partial result, what
 * the `unit` covers instead, and how to include the rest.
 */
export function bandedSummary(result: AssessmentResult, { headline, showBand, unit }: { headline: string; showBand: boolean; unit: string }): ModelSummary {
  const whole = result.state === 'scored';
  const band = result.band;
  return {
    state: result.state,
    headline,
    bandLabel: !showBand || !band ? null : whole ? band.label : `${band.label}, on the areas scored`,
    meaning: whole ? (band?.meaning ?? null) : partialMeaning(result, unit),
    advice: whole ? (band ? [band.advice] : []) : [answerMoreAdvice(result)],
  };
}

/** The headline of a model that scores out of 100. */
export function scoreSummary(result: AssessmentResult): ModelSummary {
  return bandedSummary(result, { headline: `${roundScore(result.overall)} out of 100`, showBand: true, unit: 'overall score' });
}
