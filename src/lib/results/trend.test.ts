import { describe, expect, it } from 'vitest';
import type { SavedResult } from '../schema/saved-result.ts';
import { dimensionsFixture } from '../scoring/fixtures.ts';
import { sampleResult } from './fixtures.ts';
import { compareResults, trendSeries } from './trend.ts';

// agree-5: an answer scores (answer − 1) × 25. alpha = a1, a2; beta = b1, b2, b3; gamma = g1.
const demo = (id: string, takenAt: string, answers: SavedResult['answers'], overrides: Partial<SavedResult> = {}) =>
  sampleResult({ id, assessment: 'demo', takenAt, answers, ...overrides });

// beta has three items and is scored from two answers (half, rounded up).
const march = demo('result-march', '2026-03-01T10:00:00Z', { a1: 1, a2: 3, b1: 5, b2: 5, g1: null });
const june = demo('result-june', '2026-06-01T10:00:00Z', { a1: 5, a2: 3, b1: 4, b2: 4, g1: 2 });

describe('compareResults', () => {
  const comparison = compareResults(march, june, dimensionsFixture);

  it('gives each dimension before, after and the change (b − a)', () => {
    expect(comparison.dimensions).toEqual([
      { id: 'alpha', title: 'Title of alpha', before: 25, after: 75, change: 50 },
      { id: 'beta', title: 'Title of beta', before: 100, after: 75, change: -25 },
      { id: 'gamma', title: 'Title of gamma', before: null, after: 25, change: null },
    ]);
  });

  it('gives the overall change', () => {
    expect(comparison.overall).toEqual({ before: 62.5, after: (75 + 75 + 25) / 3, change: (75 + 75 + 25) / 3 - 62.5 });
  });

  it.each([
    ['a1', { valueBefore: 1, valueAfter: 5, before: 0, after: 100, change: 100 }],
    ['a2', { valueBefore: 3, valueAfter: 3, before: 50, after: 50, change: 0 }],
    ['b3', { valueBefore: null, valueAfter: null, before: null, after: null, change: null }],
    ['g1', { valueBefore: null, valueAfter: 2, before: null, after: 25, change: null }],
  ])('gives item %s its answers and score change', (id, expected) => {
    expect(comparison.items.find((item) => item.id === id)).toMatchObject(expected);
  });

  it('notes when the two results answered different versions', () => {
    expect(comparison.versionsDiffer).toBe(false);
    expect(compareResults(march, { ...june, version: 'unknown' }, dimensionsFixture).versionsDiffer).toBe(true);
  });

  it('throws for results of different assessments', () => {
    expect(() => compareResults(march, { ...june, assessment: 'pace' }, dimensionsFixture)).toThrow(RangeError);
  });
});

describe('trendSeries', () => {
  const april = demo('result-april', '2026-04-01T12:00:00+02:00', { a1: 3 });
  const tie = demo('result-a-tie', '2026-04-01T10:00:00Z', { a1: 4 });

  it('gives a series per dimension and overall, oldest first', () => {
    const trend = trendSeries([june, april, march, tie], dimensionsFixture);
    expect(trend.dimensions.map((series) => series.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(trend.dimensions[0]?.points).toEqual([
      { resultId: 'result-march', takenAt: '2026-03-01T10:00:00Z', score: 25 },
      { resultId: 'result-a-tie', takenAt: '2026-04-01T10:00:00Z', score: 75 },
      { resultId: 'result-april', takenAt: '2026-04-01T12:00:00+02:00', score: 50 },
      { resultId: 'result-june', takenAt: '2026-06-01T10:00:00Z', score: 75 },
    ]);
    expect(trend.dimensions[2]?.points.map((point) => point.score)).toEqual([null, null, null, 25]);
    expect(trend.overall.map((point) => point.score)).toEqual([62.5, 75, 50, 175 / 3]);
  });

  it('does not depend on the order the results come in', () => {
    expect(trendSeries([april, tie, june, march], dimensionsFixture)).toEqual(trendSeries([march, june, tie, april], dimensionsFixture));
  });

  it('is empty for no results, and throws for mixed assessments', () => {
    expect(trendSeries([], dimensionsFixture)).toEqual({ overall: [], dimensions: expect.arrayContaining([{ id: 'alpha', title: 'Title of alpha', points: [] }]) });
    expect(() => trendSeries([march, { ...june, assessment: 'pace' }], dimensionsFixture)).toThrow(RangeError);
  });
});
