import { actionsFor } from '../actions/actions.ts';
import type { Action } from '../schema/action.ts';
import type { Assessment } from '../schema/assessment.ts';
import type { SavedResult } from '../schema/saved-result.ts';
import { bandFor } from '../scoring/common.ts';
import { scoreAssessment } from '../scoring/index.ts';
import { MAX_PRIORITIES, PLAN_FORMAT, type Plan, type PlanPriority, type PlanTarget } from './plan-schema.ts';

/** How far ahead a drafted plan's review date is: a quarter, long enough for actions to show. */
export const REVIEW_AFTER_DAYS = 90;
/** Actions a drafted priority starts with; the person adds or drops from there. */
export const DRAFT_ACTIONS_PER_PRIORITY = 3;

/**
 * The plan a result suggests, for the person to change: its "where to start" areas (the
 * result's next steps, in their order: weakest first, or the model's own order), at most
 * MAX_PRIORITIES; each aiming at the next band up, reviewed REVIEW_AFTER_DAYS after `today`,
 * with the area's top-ranked actions (actionsFor), no owner yet and not started.
 *
 * `definition` is the one the result was taken with (as-taken.ts), so the areas are the
 * ones the person answered. `today` is the person's local date (YYYY-MM-DD).
 */
export function draftPlan(result: SavedResult, definition: Assessment, actions: readonly Pick<Action, 'id' | 'areas' | 'priority'>[], today: string, now: Date = new Date()): Plan {
  const scored = scoreAssessment(definition, result.answers, result.role);
  const priorities = scored.nextSteps.slice(0, MAX_PRIORITIES).map((step): PlanPriority => {
    const area = `${result.assessment}/${step.dimension}`;
    return {
      area,
      target: nextTarget(definition, step.score),
      reviewOn: addDays(today, REVIEW_AFTER_DAYS),
      actions: actionsFor(area, actions)
        .slice(0, DRAFT_ACTIONS_PER_PRIORITY)
        .map((action) => ({ actionId: action.id, owner: '', status: 'not-started' })),
    };
  });
  return { format: PLAN_FORMAT, resultId: result.id, assessment: result.assessment, version: result.version, updatedAt: now.toISOString(), priorities };
}

/** The band above the one a score is in; the top band when it is already there or unscored. */
export function nextTarget(definition: Assessment, score: number | null): PlanTarget {
  const bands = definition.bands;
  const current = bandFor(bands, score);
  const next = current ? bands[bands.indexOf(current) + 1] : bands[0];
  return { band: (next ?? bands.at(-1)!).label };
}

/** An ISO date `days` later, in calendar days (no time zone: the date is the person's). */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
