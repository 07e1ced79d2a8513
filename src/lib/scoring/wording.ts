import type { AssessmentResult, DimensionScore, ModelSummary } from './types.ts';
import { phrase, type Phrase } from './phrase.ts';

/**
 * The phrases results are summarised in, shared by every model's summary (models/<model>.ts)
 * and by summary.ts, which puts a model's summary together with what every model says alike.
 * Each is a dictionary key (`result.*` in src/i18n/<code>.yaml) with its values.
 */

export const NOT_ENOUGH: Phrase = phrase('result.notEnough');

/** A title without the number it may carry ("1. Customer voice" → "Customer voice"), for use inside a sentence. */
export function plainTitle(title: string): string {
  return title.replace(/^\d+\.\s*/, '');
}

export function roundScore(score: number | null): string {
  return score === null ? '–' : String(Math.round(score));
}

export function leftOutOf(result: AssessmentResult): DimensionScore[] {
  return result.dimensions.filter((dimension) => dimension.status === 'too-few');
}

/** What a partly scored result covers, and what it leaves out of its `unit` (the overall score, the position, the order of blocks). */
export function partialMeaning(result: AssessmentResult, unit: 'overall' | 'position' | 'blockOrder'): Phrase {
  const scored = result.dimensions.filter((dimension) => dimension.status === 'scored').map((dimension) => plainTitle(dimension.title));
  const missing = leftOutOf(result).map((dimension) => plainTitle(dimension.title));
  return phrase(`result.partial.${unit}`, { count: missing.length, scored, missing });
}

export function answerMoreAdvice(result: AssessmentResult): Phrase {
  const missing = leftOutOf(result).map((dimension) => plainTitle(dimension.title));
  return phrase('result.answerMore', { count: missing.length, missing });
}

/**
 * The summary of a result read through its bands: the headline, then the band's label (when
 * it says something the headline does not), meaning and advice; on a partial result, what
 * the `unit` covers instead, and how to include the rest.
 */
export function bandedSummary(result: AssessmentResult, { headline, showBand, unit }: { headline: ModelSummary['headline']; showBand: boolean; unit: 'overall' | 'position' }): ModelSummary {
  const whole = result.state === 'scored';
  const band = result.band;
  return {
    state: result.state,
    headline,
    bandLabel: !showBand || !band ? null : whole ? band.label : phrase('result.bandPartial', { label: band.label }),
    meaning: whole ? (band?.meaning ?? null) : partialMeaning(result, unit),
    advice: whole ? (band ? [band.advice] : []) : [answerMoreAdvice(result)],
  };
}

/** The headline of a model that scores out of 100. */
export function scoreSummary(result: AssessmentResult): ModelSummary {
  return bandedSummary(result, { headline: phrase('result.outOf100', { score: roundScore(result.overall) }), showBand: true, unit: 'overall' });
}
