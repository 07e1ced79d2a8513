import type { Translate } from '../i18n/translate.ts';
import type { Assessment } from '../schema/assessment.ts';
import type { Scale } from '../schema/scales.ts';
import { wordOf } from '../scoring/phrase.ts';
import { roundScore, summariseResult } from '../scoring/summary.ts';
import type { AssessmentResult } from '../scoring/types.ts';

export { roundScore };

/** The headline of a result in words: "62 out of 100", a spectrum position, a building-block sentence. */
export function scoreText(definition: Assessment, result: AssessmentResult, t: Translate, scale?: Scale): string {
  return wordOf(t, summariseResult(definition, result, scale).headline);
}

/** The headline with its band, as one line for lists: "62 out of 100 · Developing"; never the same words twice. */
export function scoreLine(definition: Assessment, result: AssessmentResult, t: Translate, scale?: Scale): string {
  const summary = summariseResult(definition, result, scale);
  const headline = wordOf(t, summary.headline);
  return summary.bandLabel ? `${headline} · ${wordOf(t, summary.bandLabel)}` : headline;
}

/** A change in score points as shown: "+13", "−5" (a true minus sign), "0", or "–" when there is none. */
export function formatChange(change: number | null): string {
  if (change === null) return '–';
  const rounded = Math.round(change);
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${-rounded}` : '0';
}
