import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schema/saved-result.ts';
import { roles, type Role } from '../../schema/saved-result.ts';
import { groupMatchesRole, scoreBenchmark, versusMean } from './benchmark.ts';
import { answersArbitrary, benchmarkFixture } from '../fixtures.ts';

interface Case {
  name: string;
  answers: Answers;
  scores: (number | null)[];
  overall: number | null;
  band: string | null;
  weakest: string[];
  steps: string[];
}

// agree-5, agreeing from 4. culture: q1 (management 80%, non-management 40%), q2 (no figures); voice: v1 (all: mean 3.2).
describe('groupMatchesRole', () => {
  it.each([
    ['management', 'leader', true],
    ['management', 'manager', false],
    ['management', 'front-line', false],
    ['management', null, false],
    ['non-management', 'leader', false],
    ['non-management', 'manager', false],
    ['non-management', 'front-line', true],
    ['non-management', null, false],
    ['all', 'leader', true],
    ['all', 'manager', true],
    ['all', 'front-line', true],
    ['all', null, true],
  ] as const)('%s for %s → %s', (group, role, expected) => {
    expect(groupMatchesRole(group, role)).toBe(expected);
  });
});

describe('scoreBenchmark', () => {
  describe.each([
    { role: 'leader', q1: [true, false] },
    { role: 'front-line', q1: [false, true] },
    // A manager is neither: both figures are shown, neither as theirs.
    { role: 'manager', q1: [false, false] },
    { role: null, q1: [false, false] },
  ] satisfies { role: Role | null; q1: boolean[] }[])('for role $role', ({ role, q1 }) => {
    const result = scoreBenchmark(benchmarkFixture, { q1: 4, q2: 2, v1: null }, role);
    it('marks which of q1’s figures are the respondent’s group', () => {
      expect(result.comparisons[0]?.figures.map((figure) => [figure.group, figure.matchesRole])).toEqual([
        ['management', q1[0]],
        ['non-management', q1[1]],
      ]);
    });
    it('always matches a figure for everyone', () => {
      expect(result.comparisons[2]?.figures.map((figure) => figure.matchesRole)).toEqual([true]);
    });
  });

  it('sets each answer beside the published figures', () => {
    const result = scoreBenchmark(benchmarkFixture, { q1: 4, q2: 2, v1: null }, 'front-line');
    expect(result.comparisons).toEqual([
      {
        itemId: 'q1',
        dimension: 'culture',
        text: 'Quoted survey statement q1',
        quoted: true,
        value: 4,
        agrees: true,
        versusMean: null,
        figures: [
          { group: 'management', measure: 'percentAgree', value: 80, matchesRole: false },
          { group: 'non-management', measure: 'percentAgree', value: 40, note: 'Front-line staff, 2008', matchesRole: true },
        ],
        published: true,
      },
      { itemId: 'q2', dimension: 'culture', text: 'Own statement q2', quoted: false, value: 2, agrees: false, versusMean: null, figures: [], published: false },
      {
        itemId: 'v1',
        dimension: 'voice',
        text: 'Quoted survey statement v1',
        quoted: true,
        value: null,
        agrees: null,
        versusMean: null,
        figures: [{ group: 'all', measure: 'mean', value: 3.2, matchesRole: true }],
        published: true,
      },
    ]);
  });

  // v1's published mean is 3.2; in line means within BENCHMARK_TOLERANCE (1 point).
  it.each([
    [1, 'below'],
    [2, 'below'],
    [3, 'in-line'],
    [4, 'in-line'],
    [5, 'above'],
    [null, null],
  ] as const)('an answer of %s sits %s the published mean', (value, expected) => {
    expect(scoreBenchmark(benchmarkFixture, { v1: value }, 'leader').comparisons[2]?.versusMean).toBe(expected);
  });

  it.each([
    [4.2, 3.2, 'in-line'],
    [2.2, 3.2, 'in-line'],
    [4.3, 3.2, 'above'],
    [3.2, 3.2, 'in-line'],
  ] as const)('an answer of %s against a mean of %s is %s: the tolerance is inclusive', (value, published, expected) => {
    expect(versusMean(value, published)).toBe(expected);
  });

  it.each([
    [{ q1: 3 }, false],
    [{ q1: 4 }, true],
    [{ q1: 5 }, true],
    [{ q1: 6 }, null],
    [{ q1: null }, null],
    [{}, null],
  ])('%j agrees: %s', (answers, agrees) => {
    expect(scoreBenchmark(benchmarkFixture, answers, 'leader').comparisons[0]?.agrees).toBe(agrees);
  });

  describe.each<Case>([
    { name: 'one dimension answered', answers: { q1: 4, q2: 2, v1: null }, scores: [50, null], overall: 50, band: 'Developing', weakest: ['culture'], steps: ['guide/culture'] },
    { name: 'both answered', answers: { q1: 5, q2: 5, v1: 2 }, scores: [100, 25], overall: 62.5, band: 'Developing', weakest: ['voice', 'culture'], steps: ['guide/voice'] },
    { name: 'ranked the other way', answers: { q1: 1, q2: 2, v1: 4 }, scores: [12.5, 75], overall: 43.75, band: 'Developing', weakest: ['culture', 'voice'], steps: ['guide/culture'] },
    { name: 'nothing answered', answers: {}, scores: [null, null], overall: null, band: null, weakest: [], steps: [] },
  ])('$name', ({ answers, scores, overall, band, weakest, steps }) => {
    const result = scoreBenchmark(benchmarkFixture, answers, null);
    it('scores overall as the mean of the dimensions', () => {
      expect(result.dimensions.map((d) => d.score)).toEqual(scores);
      expect(result.overall).toBe(overall);
      expect(result.band?.label ?? null).toBe(band);
    });
    it('ranks weak dimensions and their next steps', () => {
      expect(result.weakest).toEqual(weakest);
      expect(result.nextSteps.map((step) => step.pageId)).toEqual(steps);
    });
  });

  describe('properties', () => {
    it('gives every item exactly its published figures', () => {
      fc.assert(
        fc.property(answersArbitrary(benchmarkFixture, 1, () => 5), fc.constantFrom<Role | null>(...roles, null), (given, role) => {
          const result = scoreBenchmark(benchmarkFixture, given, role);
          const items = benchmarkFixture.dimensions.flatMap((d) => d.items);
          expect(result.comparisons.map((c) => c.itemId)).toEqual(items.map((item) => item.id));
          result.comparisons.forEach((comparison, index) => {
            expect(comparison.figures).toHaveLength(items[index]?.benchmarks.length ?? -1);
            expect(comparison.published).toBe(comparison.figures.length > 0);
          });
        }),
      );
    });
  });
});
