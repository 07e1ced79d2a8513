import { describe, expect, it } from 'vitest';
import { defineAssessment, dimension } from '../scoring/fixtures.ts';
import type { Answers, Role, SavedResult } from '../schema/saved-result.ts';
import { cannotSeeShares } from './cant-see.ts';

const definition = defineAssessment({
  scale: 'agree-5',
  model: 'dimensions',
  dimensions: [
    dimension('board', [
      { id: 'b1', text: 'The board discusses customers', cannotSee: true },
      { id: 'b2', text: 'The board acts on what customers say' },
    ]),
    dimension('desk', [{ id: 'd1', text: 'Our desk answers quickly' }]),
  ],
});

let next = 0;
const result = (role: Role | null, answers: Answers): SavedResult => ({
  format: 1,
  id: `result-${String(next++).padStart(4, '0')}`,
  assessment: 'fixture',
  version: 'unknown',
  takenAt: '2026-03-01T10:00:00Z',
  role,
  answers,
});

describe('cannotSeeShares', () => {
  const results = [
    result('front-line', { b1: 'cannot-see', d1: 4 }),
    result('front-line', { b1: 'cannot-see' }),
    result('front-line', { b1: 3 }),
    result('front-line', { b1: null }),
    result('leader', { b1: 5 }),
    result('leader', { b1: 4 }),
    result('leader', { b1: 5 }),
    result(null, { b1: 'cannot-see' }),
  ];

  it('gives the share of each role who could not see an area, only for areas that offer the answer', () => {
    const shares = cannotSeeShares(results, definition, 3);
    expect(shares.map((share) => [share.dimension, share.role, share.people, share.cannotSee, share.percent])).toEqual([
      ['board', 'leader', 3, 0, 0],
      ['board', 'manager', 0, 0, null],
      ['board', 'front-line', 4, 2, 50],
    ]);
  });

  it('counts "not applicable" apart from "can\'t see"', () => {
    const shares = cannotSeeShares([result('front-line', { b1: null }), result('front-line', { b1: null }), result('front-line', { b1: null })], definition, 3);
    expect(shares.find((share) => share.role === 'front-line')?.cannotSee).toBe(0);
  });

  it('withholds a role smaller than the minimum group', () => {
    const shares = cannotSeeShares(results, definition, 5);
    expect(shares.every((share) => share.percent === null && share.cannotSee === 0)).toBe(true);
  });
});
