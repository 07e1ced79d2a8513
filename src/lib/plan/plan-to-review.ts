import type { SavedResult } from '../schema/saved-result.ts';
import type { Plan } from './plan-schema.ts';

/** A plan and the saved result it was made from. */
export interface PlanToReview {
  plan: Plan;
  then: SavedResult;
}

/**
 * The plan a newer result is measured against: of the plans made from an EARLIER result of the
 * same assessment (taken before `newer`, and not `newer` itself), the one whose result is the
 * latest; a plan whose result is no longer saved cannot be compared and is passed over.
 */
export function planToReview(plans: readonly Plan[], results: readonly SavedResult[], newer: SavedResult): PlanToReview | undefined {
  const byId = new Map(results.map((result) => [result.id, result]));
  let best: PlanToReview | undefined;
  for (const plan of plans) {
    if (plan.assessment !== newer.assessment || plan.resultId === newer.id) continue;
    const then = byId.get(plan.resultId);
    if (!then || then.assessment !== newer.assessment || Date.parse(then.takenAt) >= Date.parse(newer.takenAt)) continue;
    if (!best || Date.parse(then.takenAt) > Date.parse(best.then.takenAt)) best = { plan, then };
  }
  return best;
}

/**
 * The plan with its band targets named as the page's definition names them. Plans name bands
 * by their English labels; a translated definition carries its own, in the same order, so the
 * band is found by its place. A label the English list lacks stays as it is (and then reads
 * as a band the assessment no longer has).
 */
export function withPageBands(plan: Plan, englishLabels: readonly string[] | undefined, pageLabels: readonly string[]): Plan {
  if (!englishLabels) return plan;
  const priorities = plan.priorities.map((priority) => {
    const band = priority.target.band;
    const index = band === undefined ? -1 : englishLabels.indexOf(band);
    const shown = index === -1 ? undefined : pageLabels[index];
    return shown === undefined ? priority : { ...priority, target: { band: shown } };
  });
  return { ...plan, priorities };
}

/** Quick test on the stored text, before any plan code loads: could it hold a plan of this assessment? */
export function mayHoldPlanFor(storedPlans: string | null, assessmentId: string): boolean {
  return storedPlans !== null && storedPlans.includes(JSON.stringify(assessmentId));
}
