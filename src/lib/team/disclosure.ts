/**
 * Disclosure control for the team view: which groups of respondents the view may ever tell
 * apart. Survey platforms that promise anonymity (and statistical offices publishing tables)
 * do not protect each table on its own, since a reader who compares two tables, or two
 * filtered views, subtracts one from the other. The rule here protects every view at once:
 *
 * 1. Cells. Each respondent falls in one cell of the full cross role × segment × team label.
 * 2. Recoding. While some cell holds between 1 and k − 1 people, two values of one field are
 *    merged into one group: the merge, among those involving that cell, that leaves the fewest
 *    people in small cells; on a tie team labels go first, then segments, then roles (a role
 *    joins its neighbour: managers, then the others), then the smallest partner. Merged
 *    values are offered, filtered and reported only together ("North + East"). At the end every
 *    cell of the cross of groups holds 0 or at least k people, or, when the whole collection is
 *    smaller than k, nothing is shown at all.
 * 3. Views. Every filter, role column, count and figure the tool shows covers a union of whole
 *    cells. So any two of them differ by whole cells: by nobody or by at least k people, and
 *    no count needs hiding (which is what lets hidden counts be worked out from totals).
 * 4. Answers. The same holds per statement: a cell's answers to a statement (and its people's
 *    area scores) count in figures only where at least k of the cell answered it (see aggregate.ts).
 *
 * Results of one assessment are planned together, before any filter, so the plan does not
 * depend on what is in view.
 */
import { roles } from '../schema/roles.ts';
import { phrase, phraseList, type Phrase, type PhraseValue } from './phrase.ts';
import type { Role } from '../schema/roles.ts';

/** A respondent's role as the team view counts it; `not-given` when they left the question out. */
export type RespondentRole = Role | 'not-given';
export const respondentRoles: readonly RespondentRole[] = [...roles, 'not-given'];

/** Where a respondent sits: role, segment and team label (null: none given). */
export interface Cell {
  role: RespondentRole;
  segment: string | null;
  team: string | null;
}

export type Field = 'roles' | 'segments' | 'teams';
export const fields: readonly Field[] = ['teams', 'segments', 'roles'];

/** The groups of one field's values; each value present is in exactly one group. */
export type Groups<V> = V[][];

export interface DisclosurePlan {
  minGroupSize: number;
  roles: Groups<RespondentRole>;
  segments: Groups<string | null>;
  teams: Groups<string | null>;
  /** Fewer than minGroupSize results in all: no figure, count or filter may be shown. */
  tooFew: boolean;
}

// When a role must merge, it joins its neighbour in the organisation first, so that leaders
// and the front line stay apart (and the perception gap stays) as long as possible.
const rolePartners: Record<RespondentRole, readonly RespondentRole[]> = {
  leader: ['manager', 'not-given', 'front-line'],
  manager: ['leader', 'front-line', 'not-given'],
  'front-line': ['manager', 'not-given', 'leader'],
  'not-given': ['manager', 'front-line', 'leader'],
};

const byNameNoneLast = (a: string | null, b: string | null): number => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0);

function valueOf(cell: Cell, field: Field): string | null {
  return field === 'roles' ? cell.role : field === 'segments' ? cell.segment : cell.team;
}

type Grouping = Record<Field, (string | null)[][]>;

function indexOf(grouping: Grouping, field: Field): Map<string | null, number> {
  const index = new Map<string | null, number>();
  grouping[field].forEach((group, position) => {
    for (const value of group) index.set(value, position);
  });
  return index;
}

/** People in cells of 1 to k − 1, under a grouping; and the first such cell. */
function smallCells(counts: Map<string, { n: number; cell: Cell }>, grouping: Grouping, k: number): { people: number; first: Cell | undefined } {
  const indexes = fields.map((field) => indexOf(grouping, field));
  const blocks = new Map<string, { n: number; cell: Cell }>();
  for (const entry of counts.values()) {
    const key = fields.map((field, f) => indexes[f]!.get(valueOf(entry.cell, field))).join('|');
    const block = blocks.get(key);
    if (block) block.n += entry.n;
    else blocks.set(key, { n: entry.n, cell: entry.cell });
  }
  let people = 0;
  let first: { key: string; cell: Cell } | undefined;
  for (const [key, block] of blocks) {
    if (block.n >= k) continue;
    people += block.n;
    if (!first || key < first.key) first = { key, cell: block.cell };
  }
  return { people, first: first?.cell };
}

const roleOrder = (value: string | null) => respondentRoles.indexOf(value as RespondentRole);

function merged(grouping: Grouping, field: Field, a: number, b: number): Grouping {
  const groups = grouping[field];
  const joined = [...groups[a]!, ...groups[b]!].sort(field === 'roles' ? (x, y) => roleOrder(x) - roleOrder(y) : byNameNoneLast);
  const next = groups.filter((_, position) => position !== a && position !== b);
  next.splice(Math.min(a, b), 0, joined);
  return { ...grouping, [field]: next };
}

/** The plan for a collection of respondents' cells (see the module comment). Order of cells changes nothing. */
export function planDisclosure(cells: readonly Cell[], minGroupSize: number): DisclosurePlan {
  const counts = new Map<string, { n: number; cell: Cell }>();
  for (const cell of cells) {
    const key = JSON.stringify([cell.role, cell.segment, cell.team]);
    const entry = counts.get(key);
    if (entry) entry.n += 1;
    else counts.set(key, { n: 1, cell });
  }
  const present = (field: Field) => [...new Set([...counts.values()].map((entry) => valueOf(entry.cell, field)))];
  let grouping: Grouping = {
    roles: respondentRoles.filter((role) => present('roles').includes(role)).map((role) => [role]),
    segments: present('segments').sort(byNameNoneLast).map((value) => [value]),
    teams: present('teams').sort(byNameNoneLast).map((value) => [value]),
  };

  for (;;) {
    const { first } = smallCells(counts, grouping, minGroupSize);
    if (!first) break;
    const options = fields.filter((field) => grouping[field].length > 1);
    if (options.length === 0) break;
    let best: { grouping: Grouping; people: number } | undefined;
    for (const field of options) {
      const index = indexOf(grouping, field);
      const own = index.get(valueOf(first, field))!;
      const sizes = grouping[field].map((group) => [...counts.values()].filter((entry) => group.includes(valueOf(entry.cell, field))).reduce((sum, entry) => sum + entry.n, 0));
      const partners =
        field === 'roles'
          ? rolePartners[first.role].map((role) => index.get(role)).filter((position): position is number => position !== undefined && position !== own).slice(0, 1)
          : grouping[field].map((_, position) => position).filter((position) => position !== own).sort((a, b) => sizes[a]! - sizes[b]! || a - b);
      for (const partner of partners) {
        const candidate = merged(grouping, field, own, partner);
        const left = smallCells(counts, candidate, minGroupSize).people;
        // Fewest people left in small cells wins; on a tie, the earlier field (labels, then segments, then roles).
        if (!best || left < best.people) best = { grouping: candidate, people: left };
      }
    }
    grouping = best!.grouping;
  }
  const total = cells.length;
  return {
    minGroupSize,
    roles: grouping.roles as Groups<RespondentRole>,
    segments: grouping.segments,
    teams: grouping.teams,
    tooFew: total > 0 && total < minGroupSize,
  };
}

/** Each value's group position, per field. */
export interface PlanIndex {
  roles: Map<string | null, number>;
  segments: Map<string | null, number>;
  teams: Map<string | null, number>;
}

export function indexPlan(plan: DisclosurePlan): PlanIndex {
  const grouping = { roles: plan.roles, segments: plan.segments, teams: plan.teams } as Grouping;
  return { roles: indexOf(grouping, 'roles'), segments: indexOf(grouping, 'segments'), teams: indexOf(grouping, 'teams') };
}

/** How a group of values reads in filters and tables, e.g. "North + no segment". */
export function groupLabel(values: readonly (string | null)[], none: string): string {
  return values.map((value) => value ?? none).join(' + ');
}

/** A role's own name, as filters and the respondents table show it: "Leader (senior management)" (team.role.*). */
export const roleName = (role: RespondentRole): Phrase => phrase(`team.role.${role}`);

/** A role as one name of a list in a sentence: "leaders", "front line" (report.roleInList.*). */
export const roleInList = (role: RespondentRole): Phrase => phrase(`report.roleInList.${role}`);

/** Roles counted together, as the words of a sentence: "leaders and managers". */
export function rolesInList(roles: readonly RespondentRole[]): PhraseValue {
  return roles.length === 1 ? roleInList(roles[0]!) : phraseList(roles.map(roleInList));
}

/** A group of roles as filters and lists name it: the role's own name, or "Leaders and managers". */
export function roleGroupName(group: readonly RespondentRole[]): PhraseValue {
  return group.length === 1 ? roleName(group[0]!) : { capitalise: rolesInList(group) };
}
