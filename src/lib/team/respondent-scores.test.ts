import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../scoring/fixtures.ts';
import { scoreAssessment } from '../scoring/index.ts';
import { teamResultsArbitrary } from './fixtures.ts';
import { respondentScorer } from './respondent-scores.ts';

describe('respondentScorer', () => {
  it('scores items and dimensions exactly as scoreAssessment does, for every model', () => {
    for (const definition of Object.values(fixtures)) {
      const score = respondentScorer(definition);
      fc.assert(
        fc.property(teamResultsArbitrary(definition, { minRespondents: 1, maxRespondents: 3 }), (results) => {
          for (const result of results) {
            const full = scoreAssessment(definition, result.answers, result.role);
            const quick = score(result.answers);
            expect(quick.items).toEqual(full.items);
            expect(quick.dimensions).toEqual(full.dimensions.map((dimension) => dimension.score));
          }
        }),
        { numRuns: 60 },
      );
    }
  });

  it('gives null for a dimension with nothing scored', () => {
    expect(respondentScorer(fixtures.dimensions)({ a1: 5, b1: null }).dimensions).toEqual([100, null, null]);
  });
});
