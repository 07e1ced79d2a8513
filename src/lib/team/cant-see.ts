import type { Assessment } from '../schema/assessment.ts';
import { CANNOT_SEE, roles, type Role, type SavedResult } from '../schema/saved-result.ts';

/** For one role and one area: how many people answered, and how many could not see it from their role. */
export interface CannotSeeShare {
  role: Role;
  dimension: string;
  title: string;
  /** People of this role whose result covers the area's items that offer "can't see". */
  people: number;
  /** Of them, people who answered "I can't see this from my role" to at least one of those items. */
  cannotSee: number;
  /** cannotSee / people × 100; null when the group is smaller than the minimum and so withheld. */
  percent: number | null;
}

/**
 * The share of each role who could not see an area: a finding in itself (front-line staff
 * who cannot see how the board treats customers say something about the organisation).
 * Only areas with items that offer the answer are listed, and a role with fewer people
 * than `minGroupSize` is withheld, as every other team figure is.
 */
export function cannotSeeShares(results: readonly SavedResult[], definition: Assessment, minGroupSize: number): CannotSeeShare[] {
  const shares: CannotSeeShare[] = [];
  for (const dimension of definition.dimensions) {
    const offering = dimension.items.filter((item) => item.cannotSee).map((item) => item.id);
    if (offering.length === 0) continue;
    for (const role of roles) {
      const own = results.filter((result) => result.role === role);
      const cannotSee = own.filter((result) => offering.some((id) => Object.hasOwn(result.answers, id) && result.answers[id] === CANNOT_SEE)).length;
      const shown = own.length >= minGroupSize;
      shares.push({ role, dimension: dimension.id, title: dimension.title, people: own.length, cannotSee: shown ? cannotSee : 0, percent: shown && own.length > 0 ? (100 * cannotSee) / own.length : null });
    }
  }
  return shares;
}
