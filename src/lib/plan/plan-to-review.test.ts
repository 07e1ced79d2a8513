import { describe, expect, it } from 'vitest';
import { ASSESSMENT, fixtureResult, samplePlan } from './fixtures.ts';
import { mayHoldPlanFor, planToReview, withPageBands } from './plan-to-review.ts';

const first = fixtureResult({ id: 'r1', takenAt: '2026-01-01T09:00:00.000Z' });
const second = fixtureResult({ id: 'r2', takenAt: '2026-03-01T09:00:00.000Z' });
const newer = fixtureResult({ id: 'r3', takenAt: '2026-06-01T09:00:00.000Z' });

describe('planToReview', () => {
  it('picks the plan of the latest earlier result of the same assessment', () => {
    const plans = [samplePlan({ resultId: 'r1' }), samplePlan({ resultId: 'r2' })];
    expect(planToReview(plans, [first, second, newer], newer)).toEqual({ plan: plans[1], then: second });
    expect(planToReview([...plans].reverse(), [newer, second, first], newer)?.then.id).toBe('r2');
  });

  it("never measures a result against its own plan, or a plan of a later result", () => {
    expect(planToReview([samplePlan({ resultId: 'r3' })], [first, newer], newer)).toBeUndefined();
    expect(planToReview([samplePlan({ resultId: 'r3' })], [first, second, newer], second)).toBeUndefined();
  });

  it('passes over plans of another assessment and plans whose result is gone', () => {
    const other = fixtureResult({ id: 'o1', assessment: 'pace', takenAt: '2026-02-01T09:00:00.000Z' });
    const plans = [samplePlan({ resultId: 'o1', assessment: 'pace', priorities: [] }), samplePlan({ resultId: 'deleted' }), samplePlan({ resultId: 'r1' })];
    expect(planToReview(plans, [first, other, newer], newer)?.then.id).toBe('r1');
    expect(planToReview(plans.slice(0, 2), [first, other, newer], newer)).toBeUndefined();
  });
});

describe('withPageBands', () => {
  const plan = samplePlan();
  it('names a band target as the translated definition does, by its place', () => {
    const shown = withPageBands(plan, ['Starting', 'Developing', 'Leading'], ['Am Anfang', 'In Entwicklung', 'Führend']);
    expect(shown.priorities[0]!.target).toEqual({ band: 'In Entwicklung' });
    expect(shown.priorities[1]!.target).toEqual({ score: 60 });
  });

  it('leaves the plan as it is on an English page, and an unknown band as it is', () => {
    expect(withPageBands(plan, undefined, ['x'])).toBe(plan);
    expect(withPageBands(plan, ['Low', 'High'], ['Niedrig', 'Hoch']).priorities[0]!.target).toEqual({ band: 'Developing' });
  });
});

describe('mayHoldPlanFor', () => {
  it('says yes only when the stored text names the assessment as a value', () => {
    const stored = JSON.stringify({ store: 1, plans: [samplePlan()] });
    expect(mayHoldPlanFor(stored, ASSESSMENT)).toBe(true);
    expect(mayHoldPlanFor(stored, 'pace')).toBe(false);
    expect(mayHoldPlanFor(null, ASSESSMENT)).toBe(false);
  });
});
