import { describe, expect, it } from 'vitest';
import { fixtures } from '../scoring/fixtures.ts';
import { nextStepPageIds, questionNumbers } from './payload.ts';

describe('assessment payload helpers', () => {
  it('numbers questions 1 to N across dimensions', () => {
    const definition = fixtures.dimensions;
    const numbers = questionNumbers(definition);
    const ids = definition.dimensions.flatMap((d) => d.items.map((i) => i.id));
    expect([...numbers.keys()]).toEqual(ids);
    expect([...numbers.values()]).toEqual(ids.map((_, i) => i + 1));
  });

  it('lists each next-step page once, dimension pages and item pages alike', () => {
    const definition = fixtures.dimensions;
    const expected = new Set(definition.dimensions.flatMap((d) => [d.nextStep, ...d.items.flatMap((i) => (i.nextStep ? [i.nextStep] : []))]));
    expect(new Set(nextStepPageIds(definition))).toEqual(expected);
    expect(nextStepPageIds(definition)).toHaveLength(expected.size);
  });
});
