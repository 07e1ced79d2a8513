/**
 * The list of what has been collected, for the consultant to check and to take out one
 * result (a test run, a result sent to the wrong team). It never shows answers, and it names
 * each result's role, segment and team label only as the groups of the disclosure plan (the
 * same groups the filters offer), so the list tells no more about who is in which small
 * group than the report does; its date is the day, not the minute. Taking a result out does
 * change the figures by one person: that is the collector's own act on data they hold in
 * full (each link or file opens one person's result), not something a report reader can do.
 */
import type { SavedResult } from '../schema/saved-result.ts';
import { groupLabel, indexPlan, planDisclosure, respondentRoleLabels, roleGroupLabel, type DisclosurePlan } from './disclosure.ts';

export interface CollectedEntry {
  id: string;
  assessment: string;
  /** The day it was taken, YYYY-MM-DD (UTC). */
  day: string;
  role: string;
  segment: string;
  team: string;
  /** It replaced an earlier result of the same person. */
  corrected: boolean;
}

function labelsOf(plan: DisclosurePlan, result: SavedResult): Pick<CollectedEntry, 'role' | 'segment' | 'team'> {
  const index = indexPlan(plan);
  const roleGroup = plan.roles[index.roles.get(result.role ?? 'not-given') ?? 0] ?? [];
  return {
    role: roleGroup.length === 1 ? respondentRoleLabels[roleGroup[0]!] : roleGroupLabel(roleGroup),
    segment: groupLabel(plan.segments[index.segments.get(result.segment ?? null) ?? 0] ?? [], 'No segment'),
    team: groupLabel(plan.teams[index.teams.get(result.team ?? null) ?? 0] ?? [], 'No label'),
  };
}

/** Every collected result as the list shows it: by assessment, then group, then day. */
export function collectedList(results: readonly SavedResult[], minGroupSize: number, corrected: ReadonlySet<string>): CollectedEntry[] {
  const byAssessment = new Map<string, SavedResult[]>();
  for (const result of results) byAssessment.set(result.assessment, [...(byAssessment.get(result.assessment) ?? []), result]);
  return [...byAssessment.entries()].flatMap(([assessment, group]) => {
    const plan = planDisclosure(group.map((result) => ({ role: result.role ?? 'not-given', segment: result.segment ?? null, team: result.team ?? null })), minGroupSize);
    return group
      .map((result): CollectedEntry => ({
        id: result.id,
        assessment,
        day: new Date(result.takenAt).toISOString().slice(0, 10),
        ...(plan.tooFew ? { role: 'Not shown (too few results)', segment: 'Not shown', team: 'Not shown' } : labelsOf(plan, result)),
        corrected: corrected.has(result.id),
      }))
      .sort((a, b) => (a.role + a.segment + a.team + a.day < b.role + b.segment + b.team + b.day ? -1 : a.role + a.segment + a.team + a.day > b.role + b.segment + b.team + b.day ? 1 : 0));
  });
}
