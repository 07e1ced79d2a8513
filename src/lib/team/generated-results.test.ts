import { describe, expect, it } from 'vitest';
import { contentDefinitions } from '../results/fixtures.ts';
import { savedResultSchema } from '../schema/saved-result.ts';
import { aggregateTeam } from './aggregate.ts';
import { generateTeamResults, seededRandom } from './generated-results.ts';
import { teamProblem } from './inputs.ts';
import { ResultSet } from '../intake/result-set.ts';

describe('generateTeamResults', () => {
  it.each(Object.entries(contentDefinitions))('makes valid, distinct, current results of %s', (assessmentId, definition) => {
    const results = generateTeamResults({ assessmentId, definition, count: 200, seed: 7 });
    for (const result of results) {
      expect(savedResultSchema.parse(result)).toEqual(result);
      expect(teamProblem(result, contentDefinitions)).toBeUndefined();
    }
    expect(new ResultSet(results).size).toBe(200);
  });

  it('is the same for the same seed, and different for another', () => {
    const definition = contentDefinitions.pace!;
    const make = (seed: number) => generateTeamResults({ assessmentId: 'pace', definition, count: 20, seed });
    expect(make(3)).toEqual(make(3));
    expect(make(3).map((result) => result.answers)).not.toEqual(make(4).map((result) => result.answers));
  });

  it('leaves leaders ahead of the front line', () => {
    const definition = contentDefinitions.pace!;
    const aggregate = aggregateTeam(generateTeamResults({ assessmentId: 'pace', definition, count: 500 }), definition, { assessmentId: 'pace' });
    expect(aggregate.gaps.dimensions.every((gap) => (gap.points ?? 0) > 10)).toBe(true);
  });

  it('has some of the front line, and no one else, say they cannot see what a statement offering it asks', () => {
    const definition = contentDefinitions.pace!;
    const results = generateTeamResults({ assessmentId: 'pace', definition, count: 500 });
    const saying = results.filter((result) => Object.values(result.answers).includes('cannot-see'));
    expect(saying.length).toBeGreaterThan(20);
    expect(new Set(saying.map((result) => result.role))).toEqual(new Set(['front-line']));
  });
});

describe('seededRandom', () => {
  it('stays within [0, 1)', () => {
    const random = seededRandom(42);
    for (let i = 0; i < 10_000; i++) {
      const value = random();
      expect(value >= 0 && value < 1).toBe(true);
    }
  });
});
