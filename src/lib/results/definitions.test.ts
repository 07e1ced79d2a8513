import { describe, expect, it } from 'vitest';
import { benchmarkFixture, checklistFixture, dimensionsFixture, spectrumFixture } from '../scoring/fixtures.ts';
import { answerRanges, definitionFor, isInRange, sharedAssessmentId } from './definitions.ts';
import { sampleResult } from './fixtures.ts';

describe('definitionFor', () => {
  const definitionsById = { demo: dimensionsFixture };
  it.each([
    ['demo', dimensionsFixture],
    ['other', undefined],
    ['constructor', undefined],
    ['__proto__', undefined],
    ['hasOwnProperty', undefined],
  ])('%s → %s', (id, expected) => {
    expect(definitionFor(definitionsById, id)).toBe(expected);
  });
});

describe('answerRanges', () => {
  it.each([
    ['agree-5', dimensionsFixture, { itemId: 'a1', min: 1, max: 5 }],
    ['readiness-3', checklistFixture, { itemId: 'k1', min: 0, max: 2 }],
    ['benchmark on agree-5', benchmarkFixture, { itemId: 'q1', min: 1, max: 5 }],
    ['spectrum: option indexes', spectrumFixture, { itemId: 's1', min: 0, max: 2 }],
  ])('%s', (_, definition, first) => {
    expect(answerRanges(definition)[0]).toEqual(first);
  });

  it('lists every item in definition order', () => {
    expect(answerRanges(spectrumFixture).map((range) => [range.itemId, range.max])).toEqual([
      ['s1', 2],
      ['s2', 1],
      ['p1', 3],
    ]);
  });
});

describe('isInRange', () => {
  const range = { itemId: 'a1', min: 1, max: 5 };
  it.each([
    [1, true],
    [5, true],
    [0, false],
    [6, false],
    [2.5, false],
    [null, false],
    ['3', false],
    [Number.NaN, false],
  ])('%j → %s', (value, expected) => {
    expect(isInRange(value, range)).toBe(expected);
  });
});

describe('sharedAssessmentId', () => {
  it('is the one assessment, or undefined for no results', () => {
    expect(sharedAssessmentId([sampleResult(), sampleResult({ id: 'result-0002' })])).toBe('pace');
    expect(sharedAssessmentId([])).toBeUndefined();
  });
  it('throws when results mix assessments', () => {
    expect(() => sharedAssessmentId([sampleResult(), sampleResult({ assessment: 'spectrum' })])).toThrow(/"pace", "spectrum"/);
  });
});
