import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { npsFromCounts, npsFromScores } from './nps.ts';

describe('npsFromCounts', () => {
  it.each([
    [{ promoters: 50, passives: 30, detractors: 20 }, 30],
    [{ promoters: 10, passives: 0, detractors: 0 }, 100],
    [{ promoters: 0, passives: 0, detractors: 3 }, -100],
    [{ promoters: 0, passives: 7, detractors: 0 }, 0],
    [{ promoters: 1, passives: 1, detractors: 1 }, 0],
    // 1 of 8 is 12.5: half rounds away from zero, the same either way round.
    [{ promoters: 2, passives: 5, detractors: 1 }, 13],
    [{ promoters: 1, passives: 5, detractors: 2 }, -13],
    // 2 of 3 is 66.67 and 1 of 3 is 33.33.
    [{ promoters: 2, passives: 0, detractors: 1 }, 33],
    [{ promoters: 2, passives: 1, detractors: 0 }, 67],
  ])('%j → %d', (counts, nps) => {
    expect(npsFromCounts(counts)).toMatchObject({ ok: true, nps, total: counts.promoters + counts.passives + counts.detractors });
  });

  it('reports the percentages of each group', () => {
    expect(npsFromCounts({ promoters: 5, passives: 3, detractors: 2 })).toEqual({
      ok: true,
      nps: 30,
      total: 10,
      promoters: 5,
      passives: 3,
      detractors: 2,
      promoterPercent: 50,
      passivePercent: 30,
      detractorPercent: 20,
    });
  });

  it.each([
    [{ promoters: 0, passives: 0, detractors: 0 }, /no respondents/],
    [{ promoters: -1, passives: 2, detractors: 0 }, /promoters must be a whole number/],
    [{ promoters: 1, passives: 2.5, detractors: 0 }, /passives must be a whole number/],
    [{ promoters: 1, passives: 0, detractors: Number.NaN }, /detractors must be a whole number.*NaN/],
    [{ promoters: Number.POSITIVE_INFINITY, passives: 0, detractors: 0 }, /promoters/],
  ])('rejects %j', (counts, error) => {
    const result = npsFromCounts(counts);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});

describe('npsFromScores', () => {
  it.each([
    [[10, 9, 8, 7, 6, 0], { promoters: 2, passives: 2, detractors: 2, nps: 0 }],
    [[9, 9, 9, 6], { promoters: 3, passives: 0, detractors: 1, nps: 50 }],
    [[7, 8], { promoters: 0, passives: 2, detractors: 0, nps: 0 }],
    [[0], { promoters: 0, passives: 0, detractors: 1, nps: -100 }],
  ])('%j → %j', (scores, expected) => {
    expect(npsFromScores(scores)).toMatchObject({ ok: true, ...expected });
  });

  it.each([
    [[], /no respondents/],
    [[9, 11], /answer 2 is 11/],
    [[-1], /answer 1 is -1/],
    [[8.5], /answer 1 is 8.5.*whole numbers from 0 to 10/],
    [[Number.NaN], /answer 1 is NaN/],
  ])('rejects %j', (scores, error) => {
    const result = npsFromScores(scores);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  describe('properties', () => {
    const scores = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 300 });
    it('lies within −100..100 and is %promoters − %detractors, rounded', () => {
      fc.assert(
        fc.property(scores, (given) => {
          const result = npsFromScores(given);
          if (!result.ok) throw new Error(result.error);
          expect(Number.isInteger(result.nps)).toBe(true);
          expect(result.nps).toBeGreaterThanOrEqual(-100);
          expect(result.nps).toBeLessThanOrEqual(100);
          expect(Math.abs(result.nps - (result.promoterPercent - result.detractorPercent))).toBeLessThanOrEqual(0.5 + 1e-9);
          expect(result.promoterPercent + result.passivePercent + result.detractorPercent).toBeCloseTo(100, 9);
          expect(result.total).toBe(given.length);
        }),
      );
    });
    it('agrees with npsFromCounts', () => {
      fc.assert(
        fc.property(scores, (given) => {
          const fromScores = npsFromScores(given);
          if (!fromScores.ok) throw new Error(fromScores.error);
          expect(npsFromCounts(fromScores)).toEqual(fromScores);
        }),
      );
    });
  });
});
