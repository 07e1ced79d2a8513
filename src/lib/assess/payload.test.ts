import { describe, expect, it } from 'vitest';
import { fixtures } from '../scoring/fixtures.ts';
import { loadAssessment } from '../results/fixtures.ts';
import { deepDiveIds, nextStepPageIds, questionNumbers, shownOptionOrder, themeSourceCredits, themeSourceIds, withIncludedNextSteps } from './payload.ts';

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

describe('withIncludedNextSteps', () => {
  const definition = fixtures.dimensions;
  const dimensionPages = definition.dimensions.map((d) => d.nextStep);

  it('changes nothing when every page is included', () => {
    const all = nextStepPageIds(definition);
    expect(withIncludedNextSteps(definition, all)).toEqual(definition);
  });

  it('falls back to an included page, and to no link when none is included', () => {
    const [first, ...rest] = dimensionPages;
    const fallback = withIncludedNextSteps(definition, rest);
    expect(fallback.dimensions[0]?.nextStep).not.toBe(first);
    expect(rest).toContain(fallback.dimensions[0]?.nextStep);
    const none = withIncludedNextSteps(definition, []);
    expect(none.dimensions.every((d) => d.nextStep === '')).toBe(true);
    expect(nextStepPageIds(none)).toEqual([]);
  });
});

describe('shownOptionOrder', () => {
  const spectrum = loadAssessment('spectrum');
  const items = spectrum.dimensions.flatMap((dimension) => dimension.items);

  it('is a fixed permutation of every option, the same on every call', () => {
    for (const item of items) {
      const order = shownOptionOrder(item.id, item.options!.length);
      expect([...order].sort((a, b) => a - b)).toEqual(item.options!.map((_, index) => index));
      expect(shownOptionOrder(item.id, item.options!.length)).toEqual(order);
    }
  });

  it('does not always end on the most engaged option, nor always start on the least', () => {
    const at = (item: (typeof items)[number], index: number) => spectrum.positions!.find((position) => position.id === item.options![index]!.position)!.at;
    const lastIsHighest = items.filter((item) => {
      const order = shownOptionOrder(item.id, item.options!.length);
      return at(item, order.at(-1)!) === Math.max(...item.options!.map((_, index) => at(item, index)));
    });
    const firstIsLowest = items.filter((item) => {
      const order = shownOptionOrder(item.id, item.options!.length);
      return at(item, order[0]!) === Math.min(...item.options!.map((_, index) => at(item, index)));
    });
    expect(lastIsHighest.length).toBeLessThan(items.length / 2);
    expect(firstIsLowest.length).toBeLessThan(items.length / 2);
  });
});

describe('the core check’s themes: their sources and deep dives', () => {
  const core = loadAssessment('core-check');

  it('lists each source and deep dive once, in order of first mention, and none for a single-source assessment', () => {
    expect(themeSourceIds(core)).toEqual(['smith-milligan', 'smith', 'lavoy', 'hunsaker', 'morgan']);
    expect(deepDiveIds(core)).toEqual(['key-questions', 'best-practice-audit', 'building-blocks', 'pace', 'spectrum']);
    expect(themeSourceIds(loadAssessment('pace'))).toEqual([]);
    expect(deepDiveIds(loadAssessment('pace'))).toEqual([]);
  });

  it('credits each theme’s sources, leaving an id without a credit as itself', () => {
    const credits = themeSourceCredits(core, { smith: 'Shaun Smith', lavoy: 'Deb Lavoy' });
    expect(credits).toHaveLength(6);
    expect(credits[0]).toEqual({ title: 'Purpose and promise', sources: ['smith-milligan', 'Shaun Smith', 'Deb Lavoy'] });
  });
});
