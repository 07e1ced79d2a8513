import type { Assessment } from '../schema/assessment.ts';
import type { Answers, Role } from '../schema/saved-result.ts';
import { scoreBenchmark } from './benchmark.ts';
import { scoreChecklist } from './checklist.ts';
import { scoreDimensions } from './dimensions.ts';
import { scoreGated } from './gated.ts';
import { scoreSpectrum } from './spectrum.ts';
import type { AssessmentResult } from './types.ts';

export type * from './types.ts';
export { scoreBenchmark, scoreChecklist, scoreDimensions, scoreGated, scoreSpectrum };

/** Scores answers with the definition's model. `role` matters only to the benchmark model. */
export function scoreAssessment(definition: Assessment, answers: Answers, role: Role | null): AssessmentResult {
  switch (definition.model) {
    case 'dimensions':
      return scoreDimensions(definition, answers);
    case 'spectrum':
      return scoreSpectrum(definition, answers);
    case 'gated':
      return scoreGated(definition, answers);
    case 'benchmark':
      return scoreBenchmark(definition, answers, role);
    case 'checklist':
      return scoreChecklist(definition, answers);
  }
}
