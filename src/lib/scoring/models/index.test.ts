import { describe, expect, it } from 'vitest';
import { scoringModels } from '../../schema/assessment.ts';
import { checklistFixture, spectrumFixture } from '../fixtures.ts';
import { wordOf } from '../phrase.ts';
import { translatorFor } from '../test-translators.ts';
import { modelOf, scoringModelModules } from './index.ts';

const en = translatorFor('en');

describe('scoring model modules', () => {
  it.each(scoringModels)('registers the %s module under its own name', (model) => {
    expect(modelOf(model).model).toBe(model);
  });

  it('lists every model once', () => {
    expect(Object.keys(scoringModelModules).sort()).toEqual([...scoringModels].sort());
  });

  // The views read these instead of switching on model names (result-view, compare-view).
  it.each([
    ['dimensions', 'radar', 'Score per area (0–100)', 'Overall', undefined],
    ['spectrum', null, 'Score per area (0–100)', 'Position on the spectrum', undefined],
    ['gated', 'bar', 'Score per building block, in order (0–100)', 'Overall', 'Where to start: the blocks not yet in place, in order'],
    ['benchmark', 'bar', 'Score per area (0–100)', 'Overall', undefined],
    ['checklist', 'bar', 'Score per area (0–100)', 'Overall', undefined],
  ] as const)('describes how %s results are shown', (model, chart, tableCaption, overallLabel, nextStepsHeading) => {
    const { view } = modelOf(model);
    const worded = { ...view, tableCaption: wordOf(en, view.tableCaption), nextStepsHeading: view.nextStepsHeading && wordOf(en, view.nextStepsHeading) };
    expect(worded).toEqual({ chart, tableCaption, overallLabel, nextStepsHeading });
  });

  it('gives a spectrum item its option indexes as answers, and a scale item the scale', () => {
    const spectrumItems = spectrumFixture.dimensions.flatMap((dimension) => dimension.items);
    expect(spectrumItems.map((item) => modelOf('spectrum').answerRange(spectrumFixture, item))).toEqual([
      { min: 0, max: 2 },
      { min: 0, max: 1 },
      { min: 0, max: 3 },
    ]);
    expect(modelOf('checklist').answerRange(checklistFixture, checklistFixture.dimensions[0]!.items[0]!)).toEqual({ min: 0, max: 2 });
  });
});
