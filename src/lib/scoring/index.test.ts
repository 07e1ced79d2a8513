import { describe, expect, it } from 'vitest';
import { scoreBenchmark } from './models/benchmark.ts';
import { scoreChecklist } from './models/checklist.ts';
import { scoreDimensions } from './models/dimensions.ts';
import { fixtures } from './fixtures.ts';
import { scoreGated } from './models/gated.ts';
import { scoreAssessment } from './index.ts';
import { scoreSpectrum } from './models/spectrum.ts';

describe('scoreAssessment', () => {
  const answers = { a1: 4, s1: 1, f1: 5, q1: 4, k1: 1 };
  it.each([
    ['dimensions', scoreDimensions(fixtures.dimensions, answers)],
    ['spectrum', scoreSpectrum(fixtures.spectrum, answers)],
    ['gated', scoreGated(fixtures.gated, answers)],
    ['benchmark', scoreBenchmark(fixtures.benchmark, answers, 'leader')],
    ['checklist', scoreChecklist(fixtures.checklist, answers)],
  ] as const)('scores a %s assessment with its model', (model, expected) => {
    const result = scoreAssessment(fixtures[model], answers, 'leader');
    expect(result.model).toBe(model);
    expect(result).toEqual(expected);
  });

  it('narrows the result on its model', () => {
    const result = scoreAssessment(fixtures.gated, { f1: 5, f2: 5 }, null);
    if (result.model !== 'gated') throw new Error('expected a gated result');
    expect(result.reached).toBe('foundation');
  });
});
