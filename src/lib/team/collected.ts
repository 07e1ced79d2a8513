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
import { indexPlan, planDisclosure, roleGroupName, type DisclosurePlan } from './disclosure.ts';
import { phrase, type PhraseValue } from './phrase.ts';
import { valueGroup } from './report-text.ts';

export interface CollectedEntry {
  id: string;
  assessment: string;
  /** The day it was taken, YYYY-MM-DD (UTC). */
  day: string;
  role: PhraseValue;
  segment: PhraseValue;
  team: PhraseValue;
  /** It replaced an earlier result of the same person. */
  corrected: boolean;
}

function labelsOf(plan: DisclosurePlan, result: SavedResult): Pick<CollectedEntry, 'role' | 'segment' | 'team'> & { order: number[] } {
  const index = indexPlan(plan);
  const at = [index.roles.get(result.role ?? 'not-given') ?? 0, index.segments.get(result.segment ?? null) ?? 0, index.teams.get(result.team ?? null) ?? 0] as const;
  return {
    role: roleGroupName(plan.roles[at[0]] ?? []),
    segment: valueGroup(plan.segments[at[1]] ?? [], 'team.noSegment'),
    team: valueGroup(plan.teams[at[2]] ?? [], 'team.noLabel'),
    order: [...at],
  };
}

const notShown = { role: phrase('team.list.tooFew'), segment: phrase('team.list.notShown'), team: phrase('team.list.notShown'), order: [] };

/** Every collected result as the list shows it: by assessment, then group, then day. */
export function collectedList(results: readonly SavedResult[], minGroupSize: number, corrected: ReadonlySet<string>): CollectedEntry[] {
  const byAssessment = new Map<string, SavedResult[]>();
  for (const result of results) byAssessment.set(result.assessment, [...(byAssessment.get(result.assessment) ?? []), result]);
  return [...byAssessment.entries()].flatMap(([assessment, group]) => {
    const plan = planDisclosure(group.map((result) => ({ role: result.role ?? 'not-given', segment: result.segment ?? null, team: result.team ?? null })), minGroupSize);
    return group
      .map((result) => {
        const { order, ...labels } = plan.tooFew ? notShown : labelsOf(plan, result);
        const day = new Date(result.takenAt).toISOString().slice(0, 10);
        const entry: CollectedEntry = { id: result.id, assessment, day, ...labels, corrected: corrected.has(result.id) };
        return { entry, key: [...order.map((position) => String(position).padStart(4, '0')), day].join('|') };
      })
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ entry }) => entry);
  });
}
