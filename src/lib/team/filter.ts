/**
 * The team view's filters: which team labels, roles and segments to include. A choice can be
 * "none given", so that results without a label or segment stay in view when the consultant
 * narrows the others.
 */
import type { SavedResult } from '../schema/saved-result.ts';
import { phrase, type Phrase, type PhraseValue } from './phrase.ts';
import { roleName, respondentRoles, type DisclosurePlan, type RespondentRole } from './disclosure.ts';

/** Each list keeps only results whose value is in it (null: none given); a field left out keeps everything. */
export interface TeamSelection {
  teams?: readonly (string | null)[];
  roles?: readonly RespondentRole[];
  segments?: readonly (string | null)[];
}

/** Every value the collected results have, in the order the filters show them. */
export interface FilterChoices {
  /** By name; null (no label) last. */
  teams: (string | null)[];
  /** In respondentRoles order. */
  roles: RespondentRole[];
  /** By name; null (no segment) last. */
  segments: (string | null)[];
}

export function selectResults(results: readonly SavedResult[], selection: TeamSelection): SavedResult[] {
  const teams = selection.teams && new Set(selection.teams);
  const roles = selection.roles && new Set(selection.roles);
  const segments = selection.segments && new Set(selection.segments);
  return results.filter(
    (result) =>
      (!teams || teams.has(result.team ?? null)) && (!roles || roles.has(result.role ?? 'not-given')) && (!segments || segments.has(result.segment ?? null)),
  );
}

const byNameNoneLast = (a: string | null, b: string | null): number => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'en', { numeric: true }));

export function filterChoices(results: readonly SavedResult[]): FilterChoices {
  const teams = new Set<string | null>();
  const roles = new Set<RespondentRole>();
  const segments = new Set<string | null>();
  for (const result of results) {
    teams.add(result.team ?? null);
    roles.add(result.role ?? 'not-given');
    segments.add(result.segment ?? null);
  }
  return {
    teams: [...teams].sort(byNameNoneLast),
    roles: respondentRoles.filter((role) => roles.has(role)),
    segments: [...segments].sort(byNameNoneLast),
  };
}

/** A selection list that names every choice is no filter at all; left out, it keeps results with values that arrive later too. */
export function simplifySelection(selection: TeamSelection, choices: FilterChoices): TeamSelection {
  const covers = <T>(list: readonly T[] | undefined, all: readonly T[]) => list === undefined || all.every((value) => list.includes(value));
  return {
    ...(covers(selection.teams, choices.teams) ? {} : { teams: selection.teams }),
    ...(covers(selection.roles, choices.roles) ? {} : { roles: selection.roles }),
    ...(covers(selection.segments, choices.segments) ? {} : { segments: selection.segments }),
  };
}

/**
 * The selection widened to whole groups of the plan: a group is in view when any of its values
 * is chosen, so no view splits a group the plan keeps together.
 */
export function widenSelection(plan: DisclosurePlan, selection: TeamSelection): TeamSelection {
  const widen = <V>(groups: readonly (readonly V[])[], chosen: readonly V[] | undefined): V[] | undefined =>
    chosen === undefined ? undefined : groups.filter((group) => group.some((value) => chosen.includes(value))).flat();
  const teams = widen(plan.teams, selection.teams);
  const roles = widen(plan.roles, selection.roles);
  const segments = widen(plan.segments, selection.segments);
  return { ...(teams ? { teams } : {}), ...(roles ? { roles } : {}), ...(segments ? { segments } : {}) };
}

/** How a report says what it covers, e.g. "Team labels: acme-q3. Roles: all. Segments: North, no segment." */
export function describeSelection(selection: TeamSelection): Phrase {
  const list = <T>(values: readonly T[] | undefined, name: (value: T) => PhraseValue): PhraseValue =>
    values === undefined ? phrase('team.selection.all') : values.length === 0 ? phrase('team.selection.none') : { list: values.map(name), join: 'comma' };
  return phrase('team.selection.text', {
    teams: list(selection.teams, (team) => team ?? phrase('team.noLabelInList')),
    roles: list(selection.roles, (role) => roleName(role)),
    segments: list(selection.segments, (segment) => segment ?? phrase('team.noSegmentInList')),
  });
}
