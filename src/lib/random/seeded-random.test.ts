import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.ts';

describe('seededRandom', () => {
  it('replays the same sequence for the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });

  it('gives different sequences for different seeds, all within [0, 1)', () => {
    const values = Array.from({ length: 1000 }, seededRandom(1));
    expect(values).not.toEqual(Array.from({ length: 1000 }, seededRandom(2)));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
