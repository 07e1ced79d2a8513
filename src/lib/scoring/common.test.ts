import { describe, expect, it } from 'vitest';
import { scales } from '../schema/scales.ts';
import type { Band } from '../schema/assessment.ts';
import { agreeThreshold, bandFor, isBelowTopBand, mean, nextStepsFor, normalise, rankWeakest, readAnswer, scoreScaleItems, summariseDimensions } from './common.ts';
import { defineAssessment, dimension, dimensionsFixture } from './fixtures.ts';
import type { DimensionScore } from './types.ts';

describe('readAnswer (agree-5: 1–5)', () => {
  it.each([
    ['a whole number in range', { x: 3 }, { kind: 'value', value: 3 }],
    ['the lowest value', { x: 1 }, { kind: 'value', value: 1 }],
    ['the highest value', { x: 5 }, { kind: 'value', value: 5 }],
    ['null (n/a)', { x: null }, { kind: 'not-applicable' }],
    ['a missing key', {}, { kind: 'unanswered' }],
    ['below the scale', { x: 0 }, { kind: 'unanswered' }],
    ['above the scale', { x: 6 }, { kind: 'unanswered' }],
    ['not a whole number', { x: 2.5 }, { kind: 'unanswered' }],
    ['NaN', { x: Number.NaN }, { kind: 'unanswered' }],
    ['a string smuggled in', JSON.parse('{"x":"3"}') as Record<string, number>, { kind: 'unanswered' }],
  ])('%s', (_, answers, expected) => {
    expect(readAnswer(answers, 'x', 1, 5)).toEqual(expected);
  });

  it('does not read inherited properties as answers', () => {
    expect(readAnswer({}, 'constructor', 0, 100)).toEqual({ kind: 'unanswered' });
    expect(readAnswer({}, 'toString', 0, 100)).toEqual({ kind: 'unanswered' });
  });
});

describe('normalise and agreeThreshold', () => {
  it.each([
    ['agree-5', 1, 0],
    ['agree-5', 3, 50],
    ['agree-5', 5, 100],
    ['agree-10', 1, 0],
    ['agree-10', 10, 100],
    ['readiness-3', 1, 50],
    ['in-place-5', 4, 75],
  ] as const)('%s: %d → %d', (scale, value, expected) => {
    expect(normalise(value, scales[scale])).toBeCloseTo(expected, 10);
  });

  it.each([
    ['in-place-5', 75],
    ['agree-5', 75],
    ['agree-10', (6 / 9) * 100],
    ['readiness-3', 100],
  ] as const)('%s agrees from %d', (scale, expected) => {
    expect(agreeThreshold(scales[scale])).toBeCloseTo(expected, 10);
  });
});

describe('mean', () => {
  it.each([
    [[], null],
    [[50], 50],
    [[0, 100, 50], 50],
  ])('%j → %s', (values, expected) => {
    expect(mean(values)).toBe(expected);
  });
});

describe('bandFor (bands up to 40, 70, 100)', () => {
  it.each([
    [null, null],
    [0, 'Starting'],
    [40, 'Starting'],
    [40.01, 'Developing'],
    [70, 'Developing'],
    [70.5, 'Leading'],
    [100, 'Leading'],
  ])('%s → %s', (overall, label) => {
    expect(bandFor(dimensionsFixture.bands, overall)?.label ?? null).toBe(label);
  });
});

describe('isBelowTopBand', () => {
  const one: Band[] = [{ upTo: 100, label: 'All', meaning: 'Every score is here.', advice: 'Nothing to split yet.' }];
  it.each([
    ['three bands', dimensionsFixture.bands, 70, true],
    ['three bands', dimensionsFixture.bands, 70.1, false],
    ['three bands', dimensionsFixture.bands, 100, false],
    ['three bands', dimensionsFixture.bands, null, false],
    ['one band', one, 99.9, true],
    ['one band', one, 100, false],
  ])('%s: %s → %s', (_, bands, score, expected) => {
    expect(isBelowTopBand(bands, score)).toBe(expected);
  });
});

describe('rankWeakest', () => {
  const score = (id: string, value: number | null): DimensionScore => ({ id, title: id, score: value, status: value === null ? 'too-few' : 'scored', minimum: 1, answered: 0, notApplicable: 0, cannotSee: 0, unanswered: 0, total: 0 });
  it.each([
    ['lowest first', [score('a', 50), score('b', 10), score('c', 30)], ['b', 'c', 'a']],
    ['ties keep definition order', [score('a', 20), score('b', 10), score('c', 20)], ['b', 'a', 'c']],
    ['unscored dimensions are left out', [score('a', null), score('b', 10), score('c', null)], ['b']],
    ['nothing scored', [score('a', null)], []],
  ])('%s', (_, dimensions, expected) => {
    expect(rankWeakest(dimensions)).toEqual(expected);
  });
});

describe('nextStepsFor', () => {
  const definition = defineAssessment({
    scale: 'agree-5',
    model: 'dimensions',
    dimensions: [
      dimension('one', [{ id: 'x1', text: 'Item x1', nextStep: 'guide/shared' }, { id: 'x2', text: 'Item x2', nextStep: 'guide/x2' }]),
      dimension('two', [{ id: 'y1', text: 'Item y1' }], 'guide/shared'),
    ],
  });
  const belowTopBand = (d: DimensionScore) => isBelowTopBand(definition.bands, d.score);
  const stepsFor = (answers: Record<string, number | null>, order: string[], isWeak = belowTopBand) => {
    const items = scoreScaleItems(definition, answers);
    const dimensions = summariseDimensions(definition, items);
    return nextStepsFor(definition, dimensions, items, order, isWeak).flatMap((step) => [[step.pageId, null], ...step.items.map((item) => [item.pageId, item.itemId])]);
  };

  it('lists each weak dimension once, and an item page only where it first comes up', () => {
    expect(stepsFor({ x1: 1, x2: 2, y1: 1 }, ['one', 'two'])).toEqual([
      ['guide/one', null],
      ['guide/shared', 'x1'],
      ['guide/x2', 'x2'],
      ['guide/shared', null],
    ]);
    expect(stepsFor({ x1: 1, x2: 2, y1: 1 }, ['two', 'one'])).toEqual([
      ['guide/shared', null],
      ['guide/one', null],
      ['guide/x2', 'x2'],
    ]);
  });

  it('lists low items lowest first, and only below 50', () => {
    expect(stepsFor({ x1: 2, x2: 1, y1: 5 }, ['one'])).toEqual([
      ['guide/one', null],
      ['guide/x2', 'x2'],
      ['guide/shared', 'x1'],
    ]);
    expect(stepsFor({ x1: 3, x2: 3, y1: 5 }, ['one'])).toEqual([['guide/one', null]]);
  });

  it('leaves out dimensions that are not weak, with their items', () => {
    const neverWeak = () => false;
    expect(stepsFor({ x1: 5, x2: 5, y1: 5 }, ['one', 'two'], neverWeak)).toEqual([]);
    expect(stepsFor({ x1: 1, x2: 5, y1: 5 }, ['one', 'two'], neverWeak)).toEqual([]);
  });

  it('puts every listed item under its own dimension, advice given once per dimension', () => {
    const items = scoreScaleItems(definition, { x1: 1, x2: 1, y1: 1 });
    const steps = nextStepsFor(definition, summariseDimensions(definition, items), items, ['one', 'two'], belowTopBand);
    expect(steps.map((step) => [step.dimension, step.items.map((item) => item.itemId)])).toEqual([['one', ['x1', 'x2']], ['two', []]]);
    expect(new Set(steps.map((step) => step.advice)).size).toBe(steps.length);
  });
});
