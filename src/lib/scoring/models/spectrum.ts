import type { AssessmentOf } from '../../schema/assessment.ts';
import type { Answers } from '../../schema/saved-result.ts';
import { baseResult, itemScore, mean, readAnswer, scoredItemScores, summariseDimensions } from '../common.ts';
import type { ItemScore, Position, ScoringModelModule, SpectrumPull, SpectrumResult } from '../types.ts';
import { bandedSummary, NOT_ENOUGH } from '../wording.ts';
import { phrase } from '../phrase.ts';

// Answers whose position equals the overall one up to float noise neither pull up nor down.
const SAME_POSITION = 1e-9;

interface Chosen {
  itemId: string;
  dimension: string;
  text: string;
  optionText: string;
  at: number;
}

/**
 * Scores the spectrum model: each answer is an option index, and the option's position
 * (`at`, 0–100) is that item's score. The overall position is the mean over the answered
 * items of the dimensions with enough answers, so a dimension with more items weighs more.
 */
export function scoreSpectrum(definition: AssessmentOf<'spectrum'>, answers: Answers): SpectrumResult {
  const positions = definition.positions;
  const chosen: Chosen[] = [];
  const items: ItemScore[] = definition.dimensions.flatMap((dimension) =>
    dimension.items.map((item) => {
      const options = item.options;
      const reading = readAnswer(answers, item.id, 0, options.length - 1);
      const option = reading.kind === 'value' ? options[reading.value] : undefined;
      const position = option && positions.find((candidate) => candidate.id === option.position);
      if (reading.kind === 'value' && !position) return itemScore(item, dimension, { kind: 'unanswered' }, () => 0);
      if (option && position) chosen.push({ itemId: item.id, dimension: dimension.id, text: item.text, optionText: option.text, at: position.at });
      return itemScore(item, dimension, reading, () => position?.at ?? 0);
    }),
  );
  const dimensions = summariseDimensions(definition, items);
  const scored = new Set(dimensions.filter((dimension) => dimension.status === 'scored').map((dimension) => dimension.id));
  const counted = chosen.filter((choice) => scored.has(choice.dimension));
  const position = mean(scoredItemScores(items, dimensions));
  return {
    ...baseResult('spectrum', definition, items, dimensions, position),
    position,
    nearest: nearestPosition(positions, position),
    consistency: consistencyOf(positions, counted, position),
    pulls: position === null ? [] : pullsOf(counted, position),
  };
}

/**
 * The defined position closest to `at`. The tie rule: exactly between two positions, the
 * lower one is named, so a result is never placed higher than its answers reach. The
 * spectrum's bands end at the same midpoints (upTo 12.5 includes 12.5), so the band and the
 * position always agree.
 */
export function nearestPosition(positions: readonly Position[], at: number | null): Position | null {
  if (at === null) return null;
  let nearest: Position | null = null;
  for (const candidate of positions) {
    if (!nearest) nearest = candidate;
    else {
      const gap = Math.abs(candidate.at - at) - Math.abs(nearest.at - at);
      if (gap < 0 || (gap === 0 && candidate.at < nearest.at)) nearest = candidate;
    }
  }
  return nearest;
}

/**
 * 100 minus the mean distance from the overall position, scaled so that the widest spread
 * the defined positions allow (half the answers at each end: a mean distance of half the
 * range) scores 0.
 */
function consistencyOf(positions: readonly Position[], chosen: readonly Chosen[], position: number | null): number | null {
  if (position === null) return null;
  const ats = positions.map((candidate) => candidate.at);
  const halfRange = (Math.max(...ats) - Math.min(...ats)) / 2;
  if (!(halfRange > 0)) return 100;
  const spread = mean(chosen.map((choice) => Math.abs(choice.at - position))) ?? 0;
  return Math.min(100, Math.max(0, 100 - (spread / halfRange) * 100));
}

function pullsOf(chosen: readonly Chosen[], position: number): SpectrumPull[] {
  return chosen
    .map(({ dimension: _dimension, ...choice }, index) => {
      const offset = choice.at - position;
      const direction: SpectrumPull['direction'] = Math.abs(offset) <= SAME_POSITION ? 'none' : offset > 0 ? 'up' : 'down';
      return { pull: { ...choice, direction, distance: direction === 'none' ? 0 : Math.abs(offset) }, index };
    })
    .sort((a, b) => b.pull.distance - a.pull.distance || a.index - b.index)
    .map(({ pull }) => pull);
}

export const spectrumModel: ScoringModelModule<'spectrum'> = {
  model: 'spectrum',
  // The spectrum's bands are its positions, so a band label would repeat the headline.
  summarise: (_definition, result) => bandedSummary(result, { headline: result.nearest?.title ?? NOT_ENOUGH, showBand: false, unit: 'position' }),
  // The position is drawn on its own labelled scale in the spectrum's section, not as a chart.
  view: { chart: null, tableCaption: phrase('result.table.caption'), overallLabel: 'Position on the spectrum' },
  score: (definition, answers) => scoreSpectrum(definition, answers),
  itemScorer: (definition) => (answers) => scoreSpectrum(definition, answers).items,
  // An answer is an option index: the version changes when an option moves or stands for another position.
  versionKey: (item) => [item.id, item.options.map((option) => option.position)],
  answerRange: (_definition, item) => ({ min: 0, max: item.options.length - 1 }),
  methodNote: () => [phrase('result.method.spectrum')],
};
