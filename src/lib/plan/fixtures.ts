/** Plans, results and actions for the plan tests, on the scoring fixtures' dimensions model. */
import type { Action } from '../schema/action.ts';
import type { SavedResult } from '../schema/saved-result.ts';
import { dimensionsFixture } from '../scoring/fixtures.ts';
import { assessmentVersion } from '../results/version.ts';
import type { Plan } from './plan-schema.ts';

export const ASSESSMENT = 'fixture-dimensions';
export const definition = dimensionsFixture;

/** alpha 25 (Starting), beta 75 (Leading), gamma 50 (Developing): where to start is alpha, then gamma. */
export function fixtureResult(overrides: Partial<SavedResult> = {}): SavedResult {
  return {
    format: 1,
    id: 'result-plan-0001',
    assessment: ASSESSMENT,
    version: assessmentVersion(definition),
    takenAt: '2026-03-01T10:30:00.000Z',
    role: 'manager',
    answers: { a1: 2, a2: 2, b1: 4, b2: 4, b3: 4, g1: 3 },
    ...overrides,
  };
}

const action = (id: string, areas: string[], priority: 1 | 2 | 3): Action => ({ id, text: `Do ${id} this month.`, areas, effort: 'days', priority, guide: 'guide/alpha' });

export const fixtureActions: Action[] = [
  action('alpha-later', [`${ASSESSMENT}/alpha`], 3),
  action('alpha-next', [`${ASSESSMENT}/alpha`], 2),
  action('alpha-first', [`${ASSESSMENT}/alpha`, `${ASSESSMENT}/gamma`], 1),
  action('alpha-first-too', [`${ASSESSMENT}/alpha`], 1),
  action('reading-only', [], 1),
];

export function samplePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    format: 1,
    resultId: 'result-plan-0001',
    assessment: ASSESSMENT,
    version: assessmentVersion(definition),
    updatedAt: '2026-03-02T09:00:00.000Z',
    priorities: [
      {
        area: `${ASSESSMENT}/alpha`,
        target: { band: 'Developing' },
        reviewOn: '2026-05-31',
        actions: [
          { actionId: 'alpha-first', owner: 'Head of service', status: 'in-progress' },
          { text: 'Ask billing which handovers customers complain about.', owner: '', status: 'not-started' },
        ],
      },
      { area: `${ASSESSMENT}/gamma`, target: { score: 60 }, reviewOn: '2026-06-30', actions: [] },
    ],
    ...overrides,
  };
}
