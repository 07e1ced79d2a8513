import type { Assessment } from '../schema/assessment.ts';
import type { Answers, Role } from '../schema/saved-result.ts';
import { scoreBenchmark } from './models/benchmark.ts';
import { scoreChecklist } from './models/checklist.ts';
import { scoreDimensions } from './models/dimensions.ts';
import { scoreGated } from './models/gated.ts';
import { modelOf } from './models/index.ts';
import { scoreSpectrum } from './models/spectrum.ts';
import type { AssessmentResult } from './types.ts';

export type * from './types.ts';
export { scoreBenchmark, scoreChecklist, scoreDimensions, scoreGated, scoreSpectrum };

/** Scores answers with the definition's model. `role` matters only to the benchmark model. */
export function scoreAssessment(definition: Assessment, answers: Answers, role: Role | null): AssessmentResult {
  return modelOf(definition.model).score(definition, answers, role);
}
