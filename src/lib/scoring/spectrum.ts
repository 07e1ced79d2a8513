import type { Assessment } from '../schema/assessment.ts';
import type { Answers } from '../schema/saved-result.ts';
import { baseResult, itemScore, mean, readAnswer, summariseDimensions } from './common.ts';
import type { ItemScore, Position, SpectrumPull, SpectrumResult } from './types.ts';

// Answers whose position equals the overall one up to float noise neither pull up nor down.
const SAME_POSITION = 1e-9;

interface Chosen {
  itemId: string;
  text: string;
  optionText: string;
  at: number;
}

/**
 * Scores the spectrum model: each answer is an option index, and the option's position
 * (`at`, 0–100) is that item's score. The overall position is the mean over all answered
 * items, so a dimension with more items weighs more.
 */
export function scoreSpectrum(definition: Assessment, answers: Answers): SpectrumResult {
  const positions = definition.positions ?? [];
  const chosen: Chosen[] = [];
  const items: ItemScore[] = definition.dimensions.flatMap((dimension) =>
    dimension.items.map((item) => {
      const options = item.options ?? [];
      const reading = readAnswer(answers, item.id, 0, options.length - 1);
      const option = reading.kind === 'value' ? options[reading.value] : undefined;
      const position = option && positions.find((candidate) => candidate.id === option.position);
      if (reading.kind === 'value' && !position) return itemScore(item, dimension, { kind: 'unanswered' }, () => 0);
      if (option && position) chosen.push({ itemId: item.id, text: item.text, optionText: option.text, at: position.at });
      return itemScore(item, dimension, reading, () => position?.at ?? 0);
    }),
  );
  const dimensions = summariseDimensions(definition, items);
  const position = mean(chosen.map((choice) => choice.at));
  return {
    ...baseResult('spectrum', definition, items, dimensions, position),
    position,
    nearest: nearestPosition(positions, position),
    consistency: consistencyOf(positions, chosen, position),
    pulls: position === null ? [] : pullsOf(chosen, position),
  };
}

function nearestPosition(positions: readonly Position[], at: number | null): Position | null {
  if (at === null) return null;
  let nearest: Position | null = null;
  for (const candidate of positions) {
    if (!nearest || Math.abs(candidate.at - at) < Math.abs(nearest.at - at)) nearest = candidate;
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
    .map((choice, index) => {
      const offset = choice.at - position;
      const direction: SpectrumPull['direction'] = Math.abs(offset) <= SAME_POSITION ? 'none' : offset > 0 ? 'up' : 'down';
      return { pull: { ...choice, direction, distance: direction === 'none' ? 0 : Math.abs(offset) }, index };
    })
    .sort((a, b) => b.pull.distance - a.pull.distance || a.index - b.index)
    .map(({ pull }) => pull);
}
