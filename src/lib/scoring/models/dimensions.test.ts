import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schema/saved-result.ts';
import { scoreDimensions } from './dimensions.ts';
import { answersArbitrary, defineAssessment, dimension, dimensionsFixture, itemIds } from '../fixtures.ts';

interface Case {
  name: string;
  answers: Answers;
  scores: (number | null)[];
  overall: number | null;
  band: string | null;
  weakest: string[];
  steps: string[];
}

// agree-5: an answer scores (answer − 1) × 25. alpha = a1, a2; beta = b1, b2, b3; gamma = g1.
// Each step's page, then the pages of the low items listed under it.
const pages = (steps: ReturnType<typeof scoreDimensions>['nextSteps']) => steps.flatMap((step) => [step.pageId, ...step.items.map((item) => item.pageId)]);
const pick = <T extends object, K extends keyof T>(object: T, ...keys: K[]) => Object.fromEntries(keys.map((key) => [key, object[key]]));

describe('scoreDimensions', () => {
  describe.each<Case>([
    {
      name: 'every answer at the top',
      answers: { a1: 5, a2: 5, b1: 5, b2: 5, b3: 5, g1: 5 },
      scores: [100, 100, 100],
      overall: 100,
      band: 'Leading',
      weakest: ['alpha', 'beta', 'gamma'],
      steps: [],
    },
    {
      name: 'every answer at the bottom',
      answers: { a1: 1, a2: 1, b1: 1, b2: 1, b3: 1, g1: 1 },
      scores: [0, 0, 0],
      overall: 0,
      band: 'Starting',
      weakest: ['alpha', 'beta', 'gamma'],
      // b1 points at gamma's page under beta; gamma is still listed, as every weak area is, once.
      steps: ['guide/alpha', 'guide/a2-page', 'guide/beta', 'guide/gamma', 'guide/gamma'],
    },
    {
      name: 'mixed, with one n/a',
      answers: { a1: 5, a2: 3, b1: 1, b2: 2, b3: null, g1: 4 },
      scores: [75, 12.5, 75],
      overall: (75 + 12.5 + 75) / 3,
      band: 'Developing',
      weakest: ['beta', 'alpha', 'gamma'],
      // a2 scores exactly 50: not below 50, so its page is not added.
      steps: ['guide/beta', 'guide/gamma'],
    },
    {
      name: 'only one item answered',
      answers: { a1: 2 },
      scores: [25, null, null],
      overall: 25,
      band: 'Starting',
      weakest: ['alpha'],
      steps: ['guide/alpha'],
    },
    {
      // beta keeps one answer of three, below its minimum of two, so it is left out too.
      name: 'answers outside the scale are ignored',
      answers: { a1: 0, a2: 6, b1: 2.5, b2: -1, b3: 3, g1: 4 },
      scores: [null, null, 75],
      overall: 75,
      band: 'Leading',
      weakest: ['gamma'],
      steps: [],
    },
    {
      name: 'a dimension below half its items answered is left out of the overall',
      answers: { a1: 5, a2: 5, b1: 1, b2: null, b3: 'cannot-see', g1: 5 },
      scores: [100, null, 100],
      overall: 100,
      band: 'Leading',
      weakest: ['alpha', 'gamma'],
      steps: [],
    },
    {
      name: 'everything n/a',
      answers: { a1: null, a2: null, b1: null, b2: null, b3: null, g1: null },
      scores: [null, null, null],
      overall: null,
      band: null,
      weakest: [],
      steps: [],
    },
    { name: 'nothing answered', answers: {}, scores: [null, null, null], overall: null, band: null, weakest: [], steps: [] },
  ])('$name', ({ answers, scores, overall, band, weakest, steps }) => {
    const result = scoreDimensions(dimensionsFixture, answers);
    it('scores each dimension as the mean of its items', () => {
      expect(result.dimensions.map((d) => d.score)).toEqual(scores);
    });
    it('scores overall as the mean of the scored dimensions', () => {
      if (overall === null) expect(result.overall).toBeNull();
      else expect(result.overall).toBeCloseTo(overall, 10);
      expect(result.band?.label ?? null).toBe(band);
    });
    it('ranks the weakest dimensions first', () => {
      expect(result.weakest).toEqual(weakest);
    });
    it('lists next steps in that order', () => {
      expect(pages(result.nextSteps)).toEqual(steps);
    });
  });

  it('counts answered, n/a and unanswered items apart', () => {
    const result = scoreDimensions(dimensionsFixture, { a1: 4, a2: null, b1: 9, b2: null, g1: 1 });
    expect(result.dimensions.map((d) => pick(d, 'id', 'answered', 'notApplicable', 'unanswered', 'total'))).toEqual([
      { id: 'alpha', answered: 1, notApplicable: 1, unanswered: 0, total: 2 },
      { id: 'beta', answered: 0, notApplicable: 1, unanswered: 2, total: 3 },
      { id: 'gamma', answered: 1, notApplicable: 0, unanswered: 0, total: 1 },
    ]);
    expect(pick(result, 'answeredCount', 'notApplicableCount', 'totalCount')).toEqual({ answeredCount: 2, notApplicableCount: 2, totalCount: 6 });
  });

  it('reports each item with its raw answer and score', () => {
    const result = scoreDimensions(dimensionsFixture, { a1: 4, a2: null, b1: 9 });
    expect(result.items.slice(0, 4)).toEqual([
      { id: 'a1', dimension: 'alpha', text: 'Statement a1', value: 4, score: 75, answered: true, notApplicable: false, cannotSee: false },
      { id: 'a2', dimension: 'alpha', text: 'Statement a2', value: null, score: null, answered: false, notApplicable: true, cannotSee: false },
      { id: 'b1', dimension: 'beta', text: 'Statement b1', value: null, score: null, answered: false, notApplicable: false, cannotSee: false },
      { id: 'b2', dimension: 'beta', text: 'Statement b2', value: null, score: null, answered: false, notApplicable: false, cannotSee: false },
    ]);
  });

  it('gives differently ordered next steps for differently ranked weak areas', () => {
    // alpha weakest, then beta; gamma (75) is not weak.
    const alphaFirst = scoreDimensions(dimensionsFixture, { a1: 1, a2: 1, b1: 2, b2: 2, b3: 2, g1: 4 });
    // beta weakest, then alpha.
    const betaFirst = scoreDimensions(dimensionsFixture, { a1: 2, a2: 2, b1: 1, b2: 1, b3: 1, g1: 4 });
    const withScores = (steps: typeof alphaFirst.nextSteps) => steps.flatMap((step) => [[step.pageId, step.score], ...step.items.map((item) => [item.pageId, item.score])]);
    expect(withScores(alphaFirst.nextSteps)).toEqual([
      ['guide/alpha', 0],
      ['guide/a2-page', 0],
      ['guide/beta', 25],
      ['guide/gamma', 25],
    ]);
    expect(withScores(betaFirst.nextSteps)).toEqual([
      ['guide/beta', 0],
      ['guide/gamma', 0],
      ['guide/alpha', 25],
      ['guide/a2-page', 25],
    ]);
  });

  it('describes a step by its dimension, with its low items under it and the advice once', () => {
    expect(scoreDimensions(dimensionsFixture, { a1: 1, a2: 1 }).nextSteps).toEqual([
      { dimension: 'alpha', title: 'Title of alpha', pageId: 'guide/alpha', advice: 'Advice for alpha, in a sentence.', score: 0, items: [{ itemId: 'a2', text: 'Statement a2', pageId: 'guide/a2-page', score: 0 }] },
    ]);
  });

  it('does not mistake an item id such as "constructor" for an answer', () => {
    const definition = defineAssessment({ scale: 'agree-5', model: 'dimensions', dimensions: [dimension('proto', [{ id: 'constructor', text: 'An unlucky id' }])] });
    expect(scoreDimensions(definition, {}).dimensions[0]).toMatchObject({ score: null, unanswered: 1 });
  });

  // A scale without a range used to score nothing here; the schema now refuses the pairing, by type and when parsed.
  it('cannot be given a scale without a range', () => {
    // @ts-expect-error the dimensions model takes an ordinal scale only
    expect(() => defineAssessment({ scale: 'choice', model: 'dimensions', dimensions: [dimension('odd', [{ id: 'o1', text: 'On the choice scale' }])] })).toThrow(/scale/);
  });

  describe('properties', () => {
    const answers = answersArbitrary(dimensionsFixture, 1, () => 5);
    const ids = itemIds(dimensionsFixture);

    it('keeps every score within 0–100', () => {
      fc.assert(
        fc.property(answers, (given) => {
          const result = scoreDimensions(dimensionsFixture, given);
          const scores = [result.overall, ...result.dimensions.map((d) => d.score), ...result.items.map((item) => item.score)];
          for (const score of scores) {
            if (score === null) continue;
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(100);
          }
        }),
      );
    });

    it('never lowers a dimension score when one answer is raised', () => {
      fc.assert(
        fc.property(answers, fc.constantFrom(...ids), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (given, id, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const before = scoreDimensions(dimensionsFixture, { ...given, [id]: low } satisfies Answers);
          const after = scoreDimensions(dimensionsFixture, { ...given, [id]: high } satisfies Answers);
          const dimensionId = before.items.find((item) => item.id === id)?.dimension;
          // Raising an answer never changes which dimensions have enough answers, so both are scored or neither is.
          const scoreOf = (result: typeof before) => result.dimensions.find((d) => d.id === dimensionId)?.score ?? Number.NEGATIVE_INFINITY;
          expect(scoreOf(after)).toBeGreaterThanOrEqual(scoreOf(before));
          expect(after.overall ?? Number.NEGATIVE_INFINITY).toBeGreaterThanOrEqual(before.overall ?? Number.NEGATIVE_INFINITY);
        }),
      );
    });
  });
});
