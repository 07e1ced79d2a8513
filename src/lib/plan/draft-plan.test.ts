import { describe, expect, it } from 'vitest';
import { addDays, draftPlan, nextTarget } from './draft-plan.ts';
import { planSchema } from './plan-schema.ts';
import { ASSESSMENT, definition, fixtureActions, fixtureResult } from './fixtures.ts';

const now = new Date('2026-03-02T09:00:00.000Z');

describe('draftPlan', () => {
  it('starts where the result says to start, aims one band up, reviews in 90 days, with the top-ranked actions', () => {
    const plan = draftPlan(fixtureResult(), definition, fixtureActions, '2026-03-02', now);
    expect(plan).toEqual({
      format: 1,
      resultId: 'result-plan-0001',
      assessment: ASSESSMENT,
      version: fixtureResult().version,
      updatedAt: '2026-03-02T09:00:00.000Z',
      priorities: [
        {
          area: `${ASSESSMENT}/alpha`,
          target: { band: 'Developing' },
          reviewOn: '2026-05-31',
          actions: ['alpha-first', 'alpha-first-too', 'alpha-next'].map((actionId) => ({ actionId, owner: '', status: 'not-started' })),
        },
        { area: `${ASSESSMENT}/gamma`, target: { band: 'Leading' }, reviewOn: '2026-05-31', actions: [{ actionId: 'alpha-first', owner: '', status: 'not-started' }] },
      ],
    });
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('keeps at most three priorities, weakest first', () => {
    const weak = fixtureResult({ answers: { a1: 2, a2: 2, b1: 1, b2: 1, b3: 1, g1: 3 } });
    expect(draftPlan(weak, definition, [], '2026-03-02', now).priorities.map((priority) => priority.area)).toEqual(['beta', 'alpha', 'gamma'].map((id) => `${ASSESSMENT}/${id}`));
  });

  it('has no priorities for a result with nothing below the top band, or too few answers', () => {
    expect(draftPlan(fixtureResult({ answers: { a1: 5, a2: 5, b1: 5, b2: 5, b3: 5, g1: 5 } }), definition, fixtureActions, '2026-03-02', now).priorities).toEqual([]);
    expect(draftPlan(fixtureResult({ answers: {} }), definition, fixtureActions, '2026-03-02', now).priorities).toEqual([]);
  });
});

describe('nextTarget', () => {
  it.each([
    [0, 'Developing'],
    [40, 'Developing'],
    [41, 'Leading'],
    [100, 'Leading'],
    [null, 'Starting'],
  ])('for a score of %s aims at %s', (score, band) => {
    expect(nextTarget(definition, score)).toEqual({ band });
  });
});

describe('addDays', () => {
  it.each([
    ['2026-03-02', 90, '2026-05-31'],
    ['2026-12-15', 30, '2027-01-14'],
    ['2028-02-28', 1, '2028-02-29'],
  ])('%s + %i days is %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });
});
