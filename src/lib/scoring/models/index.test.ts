import { describe, expect, it } from 'vitest';
import { scoringModels } from '../../schema/assessment.ts';
import { modelOf, scoringModelModules } from './index.ts';

describe('scoring model modules', () => {
  it.each(scoringModels)('registers the %s module under its own name', (model) => {
    expect(modelOf(model).model).toBe(model);
  });

  it('lists every model once', () => {
    expect(Object.keys(scoringModelModules).sort()).toEqual([...scoringModels].sort());
  });

  // The views read these instead of switching on model names (result-view, compare-view).
  it.each([
    ['dimensions', 'radar', 'Score per area (0–100)', 'Overall'],
    ['spectrum', null, 'Score per area (0–100)', 'Position on the spectrum'],
    ['gated', 'bar', 'Score per building block, in order (0–100)', 'Overall'],
    ['benchmark', 'bar', 'Score per area (0–100)', 'Overall'],
    ['checklist', 'bar', 'Score per area (0–100)', 'Overall'],
  ] as const)('describes how %s results are shown', (model, chart, tableCaption, overallLabel) => {
    expect(modelOf(model).view).toEqual({ chart, tableCaption, overallLabel });
  });
});
