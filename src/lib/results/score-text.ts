import type { Assessment } from '../schema/assessment.ts';
import { roundScore, summariseResult } from '../scoring/summary.ts';
import type { AssessmentResult } from '../scoring/types.ts';

export { roundScore };

/** The headline of a result in words: "62 out of 100", a spectrum position, a building-block sentence. */
export function scoreText(definition: Assessment, result: AssessmentResult): string {
  return summariseResult(definition, result).headline;
}

/** The headline with its band, as one line for lists: "62 out of 100 · Developing"; never the same words twice. */
export function scoreLine(definition: Assessment, result: AssessmentResult): string {
  const summary = summariseResult(definition, result);
  return summary.bandLabel ? `${summary.headline} · ${summary.bandLabel}` : summary.headline;
}

/** A change in score points as shown: "+13", "−5" (a true minus sign), "0", or "–" when there is none. */
export function formatChange(change: number | null): string {
  if (change === null) return '–';
  const rounded = Math.round(change);
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${-rounded}` : '0';
}
