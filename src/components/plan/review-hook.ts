import type { ReviewContext } from './plan-review.ts';
import { mayHoldPlanFor } from '../../lib/plan/plan-to-review.ts';
import { PLANS_KEY } from '../../lib/plan/plan-store.ts';

/**
 * Shows progress against an earlier plan under a result, loading the plan code only when the
 * stored plans (read as text first, which costs nothing) may hold one of this assessment.
 * A plan that cannot be shown leaves the result as it is: the plan itself stays saved.
 */
export async function reviewPlan(container: HTMLElement, context: ReviewContext): Promise<void> {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(PLANS_KEY);
  } catch {
    return;
  }
  if (!mayHoldPlanFor(stored, context.payload.id)) return;
  try {
    (await import('./plan-review.ts')).showPlanReview(container, context);
  } catch (error) {
    console.warn('Touchline: progress against the plan could not be shown.', error);
  }
}
