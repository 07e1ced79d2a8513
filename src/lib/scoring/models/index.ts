import type { ScoringModel } from '../../schema/assessment.ts';
import type { ScoringModelModule } from '../types.ts';
import { benchmarkModel } from './benchmark.ts';
import { checklistModel } from './checklist.ts';
import { dimensionsModel } from './dimensions.ts';
import { gatedModel } from './gated.ts';
import { spectrumModel } from './spectrum.ts';

/** Every scoring model's module, by model name. */
export const scoringModelModules: { [M in ScoringModel]: ScoringModelModule<M> } = {
  dimensions: dimensionsModel,
  spectrum: spectrumModel,
  gated: gatedModel,
  benchmark: benchmarkModel,
  checklist: checklistModel,
};

export function modelOf<M extends ScoringModel>(model: M): ScoringModelModule<M> {
  return scoringModelModules[model];
}
