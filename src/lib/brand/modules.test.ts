import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partOf } from '../navigation/playbook-nav.ts';
import { assessmentNextSteps, resolveNextStep } from './modules.ts';

describe('resolveNextStep', () => {
  const included = ['start/start-here', 'pace/overview', 'pace/processes', 'pace/attitudes'];
  it.each([
    ['the page itself when included', 'pace/processes', [], 'pace/processes'],
    ['the first included page of its part', 'pace/evaluation', ['pace/attitudes'], 'pace/overview'],
    ['the first included fallback when its part is left out', 'framework/purpose', ['framework/strategy', 'pace/attitudes', 'pace/processes'], 'pace/attitudes'],
    ['null (hide the link) when nothing is included', 'framework/purpose', ['framework/strategy', 'meaning-value/model'], null],
    ['null with no fallbacks', 'meaning-value/model', [], null],
  ])('%s', (_name, pageId, fallbacks, expected) => {
    expect(resolveNextStep(pageId, included, fallbacks)).toBe(expected);
  });

  const pageId = fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('x', 'y', 'z')).map(([part, page]) => `${part}/${page}`);
  const pageIds = fc.uniqueArray(pageId, { maxLength: 9 });

  it('points only at included pages, or nowhere', () => {
    fc.assert(
      fc.property(pageId, pageIds, fc.array(pageId), (page, included, fallbacks) => {
        const step = resolveNextStep(page, included, fallbacks);
        expect(step === null || included.includes(step)).toBe(true);
      }),
    );
  });

  it('stays in the part when it can, hides only when nothing fits', () => {
    fc.assert(
      fc.property(pageId, pageIds, fc.array(pageId), (page, included, fallbacks) => {
        const step = resolveNextStep(page, included, fallbacks);
        const partIncluded = included.some((p) => partOf(p) === partOf(page));
        if (included.includes(page)) expect(step).toBe(page);
        else if (partIncluded) expect(partOf(step ?? '')).toBe(partOf(page));
        else if (fallbacks.some((f) => included.includes(f))) expect(fallbacks).toContain(step);
        else expect(step).toBeNull();
      }),
    );
  });
});

describe('assessmentNextSteps', () => {
  const assessment = {
    dimensions: [
      { id: 'processes', nextStep: 'pace/processes', items: [{ id: 'pr1' }, { id: 'pr2', nextStep: 'introducing-cem/strategy-stages' }] },
      { id: 'attitudes', nextStep: 'framework/people', items: [{ id: 'at1' }] },
      { id: 'evaluation', nextStep: 'pace/evaluation', items: [{ id: 'ev1', nextStep: 'meaning-value/model' }] },
    ],
  };

  it('keeps every next step when the site has every page', () => {
    const all = ['pace/processes', 'pace/evaluation', 'framework/people', 'introducing-cem/strategy-stages', 'meaning-value/model'];
    expect(assessmentNextSteps(assessment, all)).toEqual({
      dimensions: { processes: 'pace/processes', attitudes: 'framework/people', evaluation: 'pace/evaluation' },
      items: { pr1: 'pace/processes', pr2: 'introducing-cem/strategy-stages', at1: 'framework/people', ev1: 'meaning-value/model' },
    });
  });

  it("falls back to the dimension's step, then the other dimensions', then hides", () => {
    expect(assessmentNextSteps(assessment, ['pace/processes', 'pace/evaluation'])).toEqual({
      dimensions: { processes: 'pace/processes', attitudes: 'pace/processes', evaluation: 'pace/evaluation' },
      items: { pr1: 'pace/processes', pr2: 'pace/processes', at1: 'pace/processes', ev1: 'pace/evaluation' },
    });
    expect(assessmentNextSteps(assessment, ['start/start-here'])).toEqual({
      dimensions: { processes: null, attitudes: null, evaluation: null },
      items: { pr1: null, pr2: null, at1: null, ev1: null },
    });
  });
});
