import type { AssessmentResult } from '../scoring/types.ts';

/** A score out of 100 as shown: whole numbers, "–" when there is none. */
export function roundScore(score: number | null): string {
  return score === null ? '–' : String(Math.round(score));
}

/** The headline of a result in words: "62 out of 100", or the nearest position on a spectrum. */
export function scoreText(result: AssessmentResult): string {
  if (result.model === 'spectrum') return result.nearest?.title ?? 'Not enough answers';
  return result.overall === null ? 'Not enough answers to score' : `${roundScore(result.overall)} out of 100`;
}

/** The headline with its band, as one line for lists: "62 out of 100 · Developing". */
export function scoreLine(result: AssessmentResult): string {
  return result.band ? `${scoreText(result)} · ${result.band.label}` : scoreText(result);
}

/** A change in score points as shown: "+13", "−5" (a true minus sign), "0", or "–" when there is none. */
export function formatChange(change: number | null): string {
  if (change === null) return '–';
  const rounded = Math.round(change);
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${-rounded}` : '0';
}
