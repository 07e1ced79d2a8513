import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schema/saved-result.ts';
import { answersArbitrary, spectrumFixture } from '../fixtures.ts';
import { scoreSpectrum } from './spectrum.ts';

interface Case {
  name: string;
  answers: Answers;
  position: number | null;
  nearest: string | null;
  consistency: number | null;
  /** [item id, direction, distance] */
  pulls: [string, 'up' | 'down' | 'none', number][];
  dimensions: (number | null)[];
  band: string | null;
}

// Positions: reactive 0, aware 30, managed 50, led 100.
// s1: [reactive, managed, led]; s2: [led, reactive]; p1: [reactive, aware, managed, led].
describe('scoreSpectrum', () => {
  describe.each<Case>([
    {
      name: 'every answer reactive',
      answers: { s1: 0, s2: 1, p1: 0 },
      position: 0,
      nearest: 'reactive',
      consistency: 100,
      pulls: [
        ['s1', 'none', 0],
        ['s2', 'none', 0],
        ['p1', 'none', 0],
      ],
      dimensions: [0, 0],
      band: 'Reactive',
    },
    {
      name: 'split between the ends',
      answers: { s1: 2, s2: 1, p1: 3 },
      position: 200 / 3,
      nearest: 'managed',
      // mean distance (100/3 + 200/3 + 100/3) / 3 = 400/9, against a half range of 50
      consistency: 100 - (400 / 9 / 50) * 100,
      pulls: [
        ['s2', 'down', 200 / 3],
        ['s1', 'up', 100 / 3],
        ['p1', 'up', 100 / 3],
      ],
      dimensions: [50, 100],
      band: 'Led',
    },
    {
      name: 'halfway between two positions, with one n/a',
      answers: { s1: 1, s2: null, p1: 1 },
      position: 40,
      // aware (30) and managed (50) are both 10 away: the first defined wins.
      nearest: 'aware',
      consistency: 80,
      pulls: [
        ['s1', 'up', 10],
        ['p1', 'down', 10],
      ],
      dimensions: [50, 30],
      band: 'Managed',
    },
    {
      name: 'option order matters, not position order',
      answers: { s2: 0 },
      position: 100,
      nearest: 'led',
      consistency: 100,
      pulls: [['s2', 'none', 0]],
      dimensions: [100, null],
      band: 'Led',
    },
    {
      name: 'option indexes outside the item are ignored',
      answers: { s1: 3, s2: 2, p1: -1 },
      position: null,
      nearest: null,
      consistency: null,
      pulls: [],
      dimensions: [null, null],
      band: null,
    },
  ])('$name', ({ answers, position, nearest, consistency, pulls, dimensions, band }) => {
    const result = scoreSpectrum(spectrumFixture, answers);
    it('places the organisation at the mean of the chosen positions', () => {
      if (position === null) expect(result.position).toBeNull();
      else expect(result.position).toBeCloseTo(position, 10);
      expect(result.overall).toBe(result.position);
      expect(result.band?.label ?? null).toBe(band);
    });
    it('names the nearest position', () => {
      expect(result.nearest?.id ?? null).toBe(nearest);
    });
    it('measures how consistent the answers are', () => {
      if (consistency === null) expect(result.consistency).toBeNull();
      else expect(result.consistency).toBeCloseTo(consistency, 10);
    });
    it('lists the pulls, furthest first', () => {
      expect(result.pulls.map((pull) => [pull.itemId, pull.direction])).toEqual(pulls.map(([id, direction]) => [id, direction]));
      result.pulls.forEach((pull, index) => expect(pull.distance).toBeCloseTo(pulls[index]?.[2] ?? Number.NaN, 10));
    });
    it('scores each dimension as the mean of its positions', () => {
      expect(result.dimensions.map((d) => d.score)).toEqual(dimensions.map((score) => (score === null ? null : expect.closeTo(score, 10))));
    });
  });

  it('reports the chosen option in each pull and the option index as the value', () => {
    const result = scoreSpectrum(spectrumFixture, { s2: 1 });
    expect(result.pulls).toEqual([{ itemId: 's2', text: 'Question s2', optionText: 'Option reactive', at: 0, direction: 'none', distance: 0 }]);
    expect(result.items.find((item) => item.id === 's2')).toMatchObject({ value: 1, score: 0, answered: true });
  });

  it('ranks weak dimensions and lists their next steps in that order', () => {
    expect(scoreSpectrum(spectrumFixture, { s1: 0, s2: 1, p1: 2 })).toMatchObject({ weakest: ['strategy', 'practice'] });
    expect(scoreSpectrum(spectrumFixture, { s1: 0, s2: 1, p1: 2 }).nextSteps.map((step) => step.pageId)).toEqual(['guide/strategy', 'guide/practice']);
    expect(scoreSpectrum(spectrumFixture, { s1: 2, s2: 0, p1: 1 }).nextSteps.map((step) => step.pageId)).toEqual(['guide/practice']);
  });

  describe('properties', () => {
    const answers = answersArbitrary(spectrumFixture, 0, (id) => (id === 's2' ? 1 : id === 's1' ? 2 : 3));
    it('puts the position between the lowest and highest chosen positions', () => {
      fc.assert(
        fc.property(answers, (given) => {
          const result = scoreSpectrum(spectrumFixture, given);
          const chosen = result.pulls.map((pull) => pull.at);
          if (chosen.length === 0) {
            expect(result.position).toBeNull();
            return;
          }
          expect(result.position).toBeGreaterThanOrEqual(Math.min(...chosen));
          expect(result.position).toBeLessThanOrEqual(Math.max(...chosen));
          expect(result.consistency).toBeGreaterThanOrEqual(0);
          expect(result.consistency).toBeLessThanOrEqual(100);
        }),
      );
    });
  });
});
