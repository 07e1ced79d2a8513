/**
 * A team's saved results for one assessment, aggregated in the consultant's browser: who
 * answered, each role's figures per dimension and item, where leaders and the front line see
 * things differently (the perception gap), the items the team rates weakest, and, for
 * benchmark assessments, the team beside the figures a source published.
 *
 * Nobody's answers may be worked out from the aggregate. Every figure comes from a group of
 * at least `minGroupSize` people or is hidden, and hidden groups cannot be recovered by
 * subtracting shown figures from a shown total (see suppression.ts for the rule). Counts and
 * figures are tied together:
 *
 * - Respondent counts form a table, roles × segments, with its margins and the total; it is
 *   protected as a whole. A role whose count is hidden has all its figures hidden too, since
 *   a figure's `n` would give the count away.
 * - A role's figures for an item (or dimension) are shown when its count is shown and at
 *   least `minGroupSize` of its people answered that item.
 * - The team's figures cover everyone when that cannot reveal a hidden role by subtraction
 *   (the same line rule, over the people who answered that item). Otherwise they cover only
 *   the roles shown (`covers: 'shown-groups'`), which a reader could compute from the shown
 *   roles anyway. Respondents who gave no role count in the team's figures only.
 *
 * What the rule cannot hide: within a shown group, a histogram bin or an odd-sized group's
 * median describes where some member's score lies, without saying whose.
 */
import type { Assessment, Benchmark, BenchmarkGroup } from '../schema/assessment.ts';
import { roles, type Role, type SavedResult } from '../schema/saved-result.ts';
import { isOrdinal, type Scale } from '../schema/scales.ts';
import { assessmentVersion } from '../results/version.ts';
import { groupMatchesRole } from '../scoring/benchmark.ts';
import { agreeThreshold, mean, scaleOf } from '../scoring/common.ts';
import { respondentScorer } from './respondent-scores.ts';
import { revealsSmallGroup, suppressSmallGroups, type CountCell, type Line, type SuppressionReason, type Visibility } from './suppression.ts';

export const DEFAULT_MIN_GROUP_SIZE = 3;
/** Below three, each member of a pair could work out the other's answers from a mean. */
export const SMALLEST_MIN_GROUP_SIZE = 3;
export const DEFAULT_WEAKEST_ITEM_COUNT = 5;

/** A respondent's role as the team view counts it; `not-given` when they left the question out. */
export type RespondentRole = Role | 'not-given';
export const respondentRoles: readonly RespondentRole[] = [...roles, 'not-given'];

/** The groups that get figures: the whole team and each role. */
export type FigureGroup = 'team' | Role;
export const figureGroups: readonly FigureGroup[] = ['team', ...roles];

/** Dimension-score bins of the histograms, 0–100; each covers `from` up to but not including `to`, except the last, which includes 100. */
export const scoreBins = [
  { from: 0, to: 20 },
  { from: 20, to: 40 },
  { from: 40, to: 60 },
  { from: 60, to: 80 },
  { from: 80, to: 100 },
] as const;

/** A figure left out. `small-group`: fewer than the minimum answered (possibly none); `protects-small-group`: hidden so that a smaller group cannot be worked out by subtraction. */
export type Hidden = { suppressed: true; reason: 'small-group'; n: `<${number}` } | { suppressed: true; reason: 'protects-small-group' };
/** Figures `F` computed from `n` people (for an item, those who answered it on the scale), or why they are hidden. */
export type Published<F> = ({ suppressed: false; n: number } & F) | Hidden;
export type Count = Published<Record<never, never>>;

export interface ItemFigures {
  /** Mean answer on the scale; null on the choice scale, whose answers are option numbers. */
  meanAnswer: number | null;
  /** Mean item score, 0–100. */
  meanScore: number;
  /** Percent of answers at or above the scale's agreeFrom ("n/a" is not an answer here); null on the choice scale. */
  percentAgreeing: number | null;
}

export interface DimensionFigures {
  /** Mean of the respondents' dimension scores, 0–100. */
  mean: number;
  median: number;
  /** Respondents per bin of `scoreBins`. */
  histogram: number[];
  /** Percent of respondents whose dimension score reaches the scale's agreeFrom (on 0–100); null on the choice scale. */
  percentAgreeing: number | null;
}

export interface TeamCoverage {
  /** `everyone` included, or only the roles shown, because including the others would let them be worked out. */
  covers: 'everyone' | 'shown-groups';
  /** The roles included, in `roles` order; `everyone` also includes respondents who gave no role. */
  roles: Role[];
}

export interface GroupFigures<F> {
  team: Published<F & TeamCoverage>;
  leader: Published<F>;
  manager: Published<F>;
  'front-line': Published<F>;
}

export interface ItemAggregate {
  id: string;
  dimension: string;
  text: string;
  groups: GroupFigures<ItemFigures>;
}

export interface DimensionAggregate {
  id: string;
  title: string;
  groups: GroupFigures<DimensionFigures>;
}

/** Leaders minus the front line. Managers are not part of it: they are shown on their own. */
export interface PerceptionGap {
  /** Difference of the mean scores, in points on 0–100; null when either side is hidden. */
  points: number | null;
  /** Difference of the percents agreeing, in percentage points; null when either side is hidden or the scale has no agreeing. */
  percentAgreeingPoints: number | null;
}

export interface ItemGap extends PerceptionGap {
  itemId: string;
  dimension: string;
  text: string;
}

export interface DimensionGap extends PerceptionGap {
  dimension: string;
  title: string;
}

export interface WeakItem extends TeamCoverage {
  itemId: string;
  dimension: string;
  text: string;
  meanScore: number;
  n: number;
}

/** A figure a source published, beside the team's figure for the comparable group in the same measure. */
export interface TeamBenchmarkFigure extends Benchmark {
  /** leader ↔ management, front-line ↔ non-management, the team ↔ all. */
  teamGroup: FigureGroup;
  /** The team's percent agreeing or mean answer (as `measure` says); hidden when that group is. */
  team: Published<{ value: number | null }>;
}

export interface TeamBenchmarkComparison {
  itemId: string;
  dimension: string;
  text: string;
  quoted: boolean;
  figures: TeamBenchmarkFigure[];
}

export interface SegmentCount {
  /** null for results without a segment. */
  segment: string | null;
  count: Count;
}

export interface RoleSegmentCount extends SegmentCount {
  role: RespondentRole;
}

export interface Respondents {
  total: Count;
  byRole: Record<RespondentRole, Count>;
  /** By name, results without a segment last. */
  bySegment: SegmentCount[];
  /** Roles in `respondentRoles` order, each with the segments in `bySegment` order. */
  byRoleAndSegment: RoleSegmentCount[];
}

/**
 * Results passed in but left out of the aggregate. Results the filter leaves out are not
 * counted here: that count could be subtracted like any other.
 */
export interface IgnoredResults {
  /** Results of another assessment. */
  otherAssessment: number;
  /** Results of this assessment taken on another version of it (its items, scale or model have changed since). */
  otherVersion: number;
  /** Further copies of a result already counted (same id). */
  duplicate: number;
}

export interface TeamAggregate {
  assessment: string;
  version: string;
  minGroupSize: number;
  ignored: IgnoredResults;
  respondents: Respondents;
  /** In definition order. */
  dimensions: DimensionAggregate[];
  /** In definition order. */
  items: ItemAggregate[];
  /** Largest absolute gap first; equal gaps keep definition order; hidden gaps last. */
  gaps: { items: ItemGap[]; dimensions: DimensionGap[] };
  /** Lowest team mean score first, at most `weakestItemCount`, among items whose team figures cover the same people (see weakestItems). */
  weakestItems: WeakItem[];
  /** Benchmark model only: items with published figures, in definition order; empty for other models. */
  benchmarks: TeamBenchmarkComparison[];
}

/** Keeps results whose field is in the list; a result without that field (no team, segment or role) never matches a list. An empty list matches nothing. */
export interface TeamFilter {
  team?: readonly string[];
  role?: readonly Role[];
  segment?: readonly string[];
}

export interface AggregateOptions {
  /** Id of the assessment (its file name) that `definition` defines; results of other assessments are ignored. */
  assessmentId: string;
  /** Smallest group whose figures are shown; a whole number, at least 3. Default 3. */
  minGroupSize?: number;
  filter?: TeamFilter;
  /** How many of the weakest items to list. Default 5. */
  weakestItemCount?: number;
}

/**
 * Aggregates the results of one assessment (see the module comment for what is shown and
 * hidden). Results of other assessments or other versions of this one, and repeated copies
 * of a result, are left out and counted in `ignored`. The input order changes nothing.
 */
export function aggregateTeam(results: readonly SavedResult[], definition: Assessment, options: AggregateOptions): TeamAggregate {
  const minGroupSize = options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  if (!Number.isInteger(minGroupSize) || minGroupSize < SMALLEST_MIN_GROUP_SIZE) {
    throw new RangeError(`minGroupSize must be a whole number of at least ${SMALLEST_MIN_GROUP_SIZE}; got ${String(minGroupSize)}`);
  }
  const weakestItemCount = options.weakestItemCount ?? DEFAULT_WEAKEST_ITEM_COUNT;
  if (!Number.isInteger(weakestItemCount) || weakestItemCount < 0) {
    throw new RangeError(`weakestItemCount must be a whole number, 0 or more; got ${String(weakestItemCount)}`);
  }
  const version = assessmentVersion(definition);
  const { respondents, ignored } = selectRespondents(results, options.assessmentId, version, options.filter);
  const tallies = tallyAnswers(respondents, definition);
  const counts = protectCounts(respondents, minGroupSize);
  const scale = scaleOf(definition);
  const context: FigureContext = { minGroupSize, roleCounts: counts.roleVisibility, totalShown: counts.totalShown };
  const itemKind: TallyKind<ItemTally, ItemFigures> = { merge: mergeItemTallies, size: (tally) => tally.n, figures: (tally) => itemFiguresOf(tally, scale) };
  const dimensionKind: TallyKind<DimensionTally, DimensionFigures> = {
    merge: mergeDimensionTallies,
    size: (tally) => tally.scores.length,
    figures: (tally) => dimensionFiguresOf(tally, scale),
  };

  const items: ItemAggregate[] = definition.dimensions
    .flatMap((dimension) => dimension.items.map((item) => ({ item, dimension })))
    .map(({ item, dimension }, index) => ({
      id: item.id,
      dimension: dimension.id,
      text: item.text,
      groups: groupFigures(tallies.items[index] ?? emptyRoleTallies(emptyItemTally), context, itemKind),
    }));
  const dimensions: DimensionAggregate[] = definition.dimensions.map((dimension, index) => ({
    id: dimension.id,
    title: dimension.title,
    groups: groupFigures(tallies.dimensions[index] ?? emptyRoleTallies(emptyDimensionTally), context, dimensionKind),
  }));

  return {
    assessment: options.assessmentId,
    version,
    minGroupSize,
    ignored,
    respondents: counts.respondents,
    dimensions,
    items,
    gaps: {
      items: sortByGapSize(
        items.map((item) => ({
          itemId: item.id,
          dimension: item.dimension,
          text: item.text,
          ...perceptionGap(gapSide(item.groups.leader, (f) => f.meanScore), gapSide(item.groups['front-line'], (f) => f.meanScore)),
        })),
      ),
      dimensions: sortByGapSize(
        dimensions.map((dimension) => ({
          dimension: dimension.id,
          title: dimension.title,
          ...perceptionGap(gapSide(dimension.groups.leader, (f) => f.mean), gapSide(dimension.groups['front-line'], (f) => f.mean)),
        })),
      ),
    },
    weakestItems: weakestItems(items, weakestItemCount),
    benchmarks: definition.model === 'benchmark' ? benchmarkComparisons(definition, items) : [],
  };
}

// ---------------------------------------------------------------------------------------
// Choosing the respondents

interface Respondent {
  result: SavedResult;
  role: RespondentRole;
  segment: string | null;
}

function selectRespondents(
  results: readonly SavedResult[],
  assessmentId: string,
  version: string,
  filter: TeamFilter | undefined,
): { respondents: Respondent[]; ignored: IgnoredResults } {
  const ignored: IgnoredResults = { otherAssessment: 0, otherVersion: 0, duplicate: 0 };
  const byId = new Map<string, SavedResult>();
  for (const result of results) {
    if (result.assessment !== assessmentId) ignored.otherAssessment += 1;
    else if (result.version !== version) ignored.otherVersion += 1;
    else {
      const kept = byId.get(result.id);
      if (kept) ignored.duplicate += 1;
      if (!kept || prefersOver(result, kept)) byId.set(result.id, result);
    }
  }
  // In id order, so that sums (and their rounding) do not depend on the order results came in.
  return {
    respondents: [...byId.values()]
      .filter((result) => matchesFilter(result, filter))
      .sort((a, b) => compareText(a.id, b.id))
      .map((result) => ({ result, role: result.role ?? 'not-given', segment: result.segment ?? null })),
    ignored,
  };
}

/** Of two copies of a result, the later one; copies taken at the same moment are ordered by content, so that input order never decides. */
function prefersOver(candidate: SavedResult, kept: SavedResult): boolean {
  const byTime = Date.parse(candidate.takenAt) - Date.parse(kept.takenAt);
  if (byTime !== 0) return byTime > 0;
  return compareText(JSON.stringify(candidate), JSON.stringify(kept)) > 0;
}

function matchesFilter(result: SavedResult, filter: TeamFilter | undefined): boolean {
  if (!filter) return true;
  const within = <T>(list: readonly T[] | undefined, value: T | null | undefined): boolean => list === undefined || (value !== null && value !== undefined && list.includes(value));
  return within(filter.team, result.team) && within(filter.role, result.role) && within(filter.segment, result.segment);
}

/** Code-unit order: the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------
// Tallying answers per role

interface ItemTally {
  n: number;
  valueSum: number;
  scoreSum: number;
  agreeing: number;
}

interface DimensionTally {
  scores: number[];
}

type RoleTallies<T> = Record<RespondentRole, T>;

const emptyItemTally = (): ItemTally => ({ n: 0, valueSum: 0, scoreSum: 0, agreeing: 0 });
const emptyDimensionTally = (): DimensionTally => ({ scores: [] });

function emptyRoleTallies<T>(empty: () => T): RoleTallies<T> {
  return { leader: empty(), manager: empty(), 'front-line': empty(), 'not-given': empty() };
}

/** Each item's and dimension's tallies per role, in definition order, scored as the assessment's model scores them. */
function tallyAnswers(respondents: readonly Respondent[], definition: Assessment): { items: RoleTallies<ItemTally>[]; dimensions: RoleTallies<DimensionTally>[] } {
  const scale = scaleOf(definition);
  const score = respondentScorer(definition);
  const items = definition.dimensions.flatMap((dimension) => dimension.items.map(() => emptyRoleTallies(emptyItemTally)));
  const dimensions = definition.dimensions.map(() => emptyRoleTallies(emptyDimensionTally));
  for (const { result, role } of respondents) {
    const scored = score(result.answers);
    scored.items.forEach((item, index) => {
      const tally = items[index]?.[role];
      if (!tally || item.value === null || item.score === null) return;
      tally.n += 1;
      tally.valueSum += item.value;
      tally.scoreSum += item.score;
      if (item.value >= scale.agreeFrom) tally.agreeing += 1;
    });
    scored.dimensions.forEach((dimensionScore, index) => {
      const tally = dimensions[index]?.[role];
      if (tally && dimensionScore !== null) tally.scores.push(dimensionScore);
    });
  }
  return { items, dimensions };
}

function mergeItemTallies(tallies: readonly ItemTally[]): ItemTally {
  const merged = emptyItemTally();
  for (const tally of tallies) {
    merged.n += tally.n;
    merged.valueSum += tally.valueSum;
    merged.scoreSum += tally.scoreSum;
    merged.agreeing += tally.agreeing;
  }
  return merged;
}

function mergeDimensionTallies(tallies: readonly DimensionTally[]): DimensionTally {
  return { scores: tallies.flatMap((tally) => tally.scores) };
}

function itemFiguresOf(tally: ItemTally, scale: Scale): ItemFigures {
  const onScale = isOrdinal(scale);
  return {
    meanAnswer: onScale ? tally.valueSum / tally.n : null,
    meanScore: tally.scoreSum / tally.n,
    percentAgreeing: onScale ? (100 * tally.agreeing) / tally.n : null,
  };
}

// Dimension scores are means of item scores, so one sitting exactly on the agree line can land a
// hair below it in floating point (e.g. 6 and 8 on a 1–10 scale); such a score still agrees.
const AGREE_TOLERANCE = 1e-9;

function dimensionFiguresOf(tally: DimensionTally, scale: Scale): DimensionFigures {
  const scores = tally.scores;
  // A typed array sorts numerically, and several times faster than an array with a comparator.
  const sorted = Float64Array.from(scores).sort();
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const histogram = scoreBins.map(() => 0);
  const threshold = agreeThreshold(scale) - AGREE_TOLERANCE;
  let agreeing = 0;
  for (const score of scores) {
    const bin = Math.min(scoreBins.length - 1, Math.max(0, Math.floor(score / 20)));
    histogram[bin] = (histogram[bin] ?? 0) + 1;
    if (score >= threshold) agreeing += 1;
  }
  return {
    mean: mean(scores) ?? 0,
    median,
    histogram,
    percentAgreeing: isOrdinal(scale) ? (100 * agreeing) / scores.length : null,
  };
}

// ---------------------------------------------------------------------------------------
// Respondent counts and what they allow

// What to give up first when a sum needs one more hidden count. The perception gap needs the
// leaders' and the front line's figures, so their counts go last, and their role × segment
// cells only after a segment's count (hiding a cell in a row can force hiding the row's total).
const countCost = {
  otherRoleCell: 0,
  segment: 1,
  gapRoleCell: 2,
  otherRole: 3,
  total: 4,
  gapRole: 5,
} as const;

function isGapRole(role: RespondentRole): boolean {
  return role === 'leader' || role === 'front-line';
}

function protectCounts(
  respondents: readonly Respondent[],
  minGroupSize: number,
): { respondents: Respondents; roleVisibility: Record<RespondentRole, Visibility>; totalShown: boolean } {
  const segments = [...new Set(respondents.map((respondent) => respondent.segment))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : compareText(a, b),
  );
  const segmentIndex = new Map(segments.map((segment, index) => [segment, index]));
  const roleCounts = new Map<RespondentRole, number>(respondentRoles.map((role) => [role, 0]));
  const segmentCounts = segments.map(() => 0);
  const cellCounts = new Map<RespondentRole, number[]>(respondentRoles.map((role) => [role, segments.map(() => 0)]));
  for (const { role, segment } of respondents) {
    const index = segmentIndex.get(segment) ?? 0;
    roleCounts.set(role, (roleCounts.get(role) ?? 0) + 1);
    segmentCounts[index] = (segmentCounts[index] ?? 0) + 1;
    const row = cellCounts.get(role);
    if (row) row[index] = (row[index] ?? 0) + 1;
  }

  // Keys use segment positions, not names, so no segment name can collide with another key.
  const totalKey = 'total';
  const roleKey = (role: RespondentRole) => `role:${role}`;
  const segmentKey = (index: number) => `segment:${index}`;
  const cellKey = (role: RespondentRole, index: number) => `cell:${role}:${index}`;
  const segmentPositions = segments.map((_, index) => index);

  const cells: CountCell[] = [
    { key: totalKey, n: respondents.length, cost: countCost.total },
    ...respondentRoles.map((role) => ({ key: roleKey(role), n: roleCounts.get(role) ?? 0, cost: isGapRole(role) ? countCost.gapRole : countCost.otherRole })),
    ...segmentPositions.map((index) => ({ key: segmentKey(index), n: segmentCounts[index] ?? 0, cost: countCost.segment })),
    ...respondentRoles.flatMap((role) =>
      segmentPositions.map((index) => ({ key: cellKey(role, index), n: cellCounts.get(role)?.[index] ?? 0, cost: isGapRole(role) ? countCost.gapRoleCell : countCost.otherRoleCell })),
    ),
  ];
  const lines: Line[] = [
    { total: totalKey, parts: respondentRoles.map(roleKey) },
    { total: totalKey, parts: segmentPositions.map(segmentKey) },
    ...respondentRoles.map((role) => ({ total: roleKey(role), parts: segmentPositions.map((index) => cellKey(role, index)) })),
    ...segmentPositions.map((index) => ({ total: segmentKey(index), parts: respondentRoles.map((role) => cellKey(role, index)) })),
  ];
  const visibility = suppressSmallGroups(cells, lines, minGroupSize);
  const countOf = (key: string): Count => {
    const n = cells.find((cell) => cell.key === key)?.n ?? 0;
    return published(visibility.get(key) ?? 'small-group', n, minGroupSize, () => ({}));
  };

  return {
    respondents: {
      total: countOf(totalKey),
      byRole: { leader: countOf(roleKey('leader')), manager: countOf(roleKey('manager')), 'front-line': countOf(roleKey('front-line')), 'not-given': countOf(roleKey('not-given')) },
      bySegment: segments.map((segment, index) => ({ segment, count: countOf(segmentKey(index)) })),
      byRoleAndSegment: respondentRoles.flatMap((role) => segments.map((segment, index) => ({ role, segment, count: countOf(cellKey(role, index)) }))),
    },
    roleVisibility: {
      leader: visibility.get(roleKey('leader')) ?? 'small-group',
      manager: visibility.get(roleKey('manager')) ?? 'small-group',
      'front-line': visibility.get(roleKey('front-line')) ?? 'small-group',
      'not-given': visibility.get(roleKey('not-given')) ?? 'small-group',
    },
    totalShown: visibility.get(totalKey) === 'shown',
  };
}

function hidden(reason: SuppressionReason, minGroupSize: number): Hidden {
  return reason === 'small-group' ? { suppressed: true, reason, n: `<${minGroupSize}` } : { suppressed: true, reason };
}

/** The figures when shown (computed only then: a hidden group may have no answers to compute from), else why not. */
function published<F extends object>(visibility: Visibility, n: number, minGroupSize: number, figures: () => F): Published<F> {
  return visibility === 'shown' ? { suppressed: false, n, ...figures() } : hidden(visibility, minGroupSize);
}

// ---------------------------------------------------------------------------------------
// Figures per group

interface FigureContext {
  minGroupSize: number;
  roleCounts: Record<RespondentRole, Visibility>;
  totalShown: boolean;
}

/** How to pool, size and describe one kind of tally (items' or dimensions'). */
interface TallyKind<T, F> {
  merge: (tallies: readonly T[]) => T;
  size: (tally: T) => number;
  figures: (tally: T) => F;
}

/**
 * The team's and each role's figures from per-role tallies. A role is shown when its count is
 * and enough of its people answered; the team covers everyone unless that would reveal a
 * hidden role by subtraction, in which case it covers the roles shown.
 */
function groupFigures<T, F extends object>(tallies: RoleTallies<T>, context: FigureContext, kind: TallyKind<T, F>): GroupFigures<F> {
  const { minGroupSize } = context;
  // Respondents without a role get no figures of their own (they count in the team's only),
  // but where their count is shown and enough of them answered, a reader who subtracts the
  // roles from the team learns nothing the rule protects; so they take part in it like a role.
  const visibilityOf = (role: RespondentRole): Visibility => {
    if (kind.size(tallies[role]) < minGroupSize) return 'small-group';
    return context.roleCounts[role] === 'shown' ? 'shown' : 'protects-small-group';
  };
  const visibility: RoleTallies<Visibility> = {
    leader: visibilityOf('leader'),
    manager: visibilityOf('manager'),
    'front-line': visibilityOf('front-line'),
    'not-given': visibilityOf('not-given'),
  };
  const figuresOf = (role: Role): Published<F> => published(visibility[role], kind.size(tallies[role]), minGroupSize, () => kind.figures(tallies[role]));

  const everyone = kind.merge(respondentRoles.map((role) => tallies[role]));
  const teamSize = kind.size(everyone);
  const everyoneIsSafe =
    context.totalShown &&
    teamSize >= minGroupSize &&
    !revealsSmallGroup(
      { n: teamSize, hidden: false },
      respondentRoles.map((role) => ({ n: kind.size(tallies[role]), hidden: visibility[role] !== 'shown' })),
      minGroupSize,
    );
  const shownRoles = roles.filter((role) => visibility[role] === 'shown');
  const teamOf = (tally: T, coverage: TeamCoverage): Published<F & TeamCoverage> => ({ suppressed: false, n: kind.size(tally), ...kind.figures(tally), ...coverage });

  let team: Published<F & TeamCoverage>;
  if (everyoneIsSafe) team = teamOf(everyone, { covers: 'everyone', roles: [...roles] });
  else if (shownRoles.length > 0) team = teamOf(kind.merge(shownRoles.map((role) => tallies[role])), { covers: 'shown-groups', roles: shownRoles });
  else team = hidden(teamSize < minGroupSize ? 'small-group' : 'protects-small-group', minGroupSize);

  return { team, leader: figuresOf('leader'), manager: figuresOf('manager'), 'front-line': figuresOf('front-line') };
}

// ---------------------------------------------------------------------------------------
// Perception gap, weakest items, benchmarks

/** One side of a perception gap: a shown group's score (0–100) and percent agreeing. */
export interface GapSide {
  score: number;
  percentAgreeing: number | null;
}

/** Leaders minus the front line; null parts when either side is missing. */
export function perceptionGap(leader: GapSide | null, frontLine: GapSide | null): PerceptionGap {
  if (!leader || !frontLine) return { points: null, percentAgreeingPoints: null };
  return {
    points: leader.score - frontLine.score,
    percentAgreeingPoints: leader.percentAgreeing === null || frontLine.percentAgreeing === null ? null : leader.percentAgreeing - frontLine.percentAgreeing,
  };
}

function gapSide<F extends { percentAgreeing: number | null }>(figures: Published<F>, score: (figures: F) => number): GapSide | null {
  return figures.suppressed ? null : { score: score(figures), percentAgreeing: figures.percentAgreeing };
}

// Figures equal on paper can differ in the last bits (66.666…67 against 66.666…66); such
// figures count as equal when ranking, so that definition order, not rounding, breaks the tie.
const RANKING_TOLERANCE = 1e-9;

function compareFigures(a: number, b: number): number {
  return Math.abs(a - b) <= RANKING_TOLERANCE ? 0 : a - b;
}

/** Largest absolute gap first; equal gaps keep their order; gaps that cannot be shown go last. */
export function sortByGapSize<G extends PerceptionGap>(gaps: readonly G[]): G[] {
  const size = (gap: G): number => (gap.points === null ? -1 : Math.abs(gap.points));
  // Array.prototype.sort is stable, so equal sizes keep definition order.
  return [...gaps].sort((a, b) => compareFigures(size(b), size(a)));
}

/**
 * The items with the lowest team mean score. Items are ranked only against items whose team
 * figures cover the same people, the widest coverage there is (everyone, else the most roles),
 * so that an item only the front line could be shown for is not set against whole-team ones.
 */
function weakestItems(items: readonly ItemAggregate[], count: number): WeakItem[] {
  const coverageKey = (team: TeamCoverage): string => (team.covers === 'everyone' ? 'everyone' : team.roles.join(' '));
  const shown = items.flatMap((item) => (item.groups.team.suppressed ? [] : [{ item, team: item.groups.team }]));
  const widest = shown
    .map(({ team }) => ({ key: coverageKey(team), width: team.covers === 'everyone' ? Number.POSITIVE_INFINITY : team.roles.length }))
    .reduce<{ key: string; width: number } | null>((best, candidate) => (!best || candidate.width > best.width ? candidate : best), null);
  return shown
    .filter(({ team }) => widest !== null && coverageKey(team) === widest.key)
    .map(({ item, team }): WeakItem => ({ itemId: item.id, dimension: item.dimension, text: item.text, meanScore: team.meanScore, n: team.n, covers: team.covers, roles: team.roles }))
    .sort((a, b) => compareFigures(a.meanScore, b.meanScore))
    .slice(0, count);
}

/** The figure group a published group compares with, by the same rule the single-result view uses (groupMatchesRole). */
export function comparableGroup(group: BenchmarkGroup): FigureGroup {
  const matching = roles.filter((role) => groupMatchesRole(group, role));
  const [only, ...others] = matching;
  return only !== undefined && others.length === 0 ? only : 'team';
}

function benchmarkComparisons(definition: Assessment, items: readonly ItemAggregate[]): TeamBenchmarkComparison[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return definition.dimensions.flatMap((dimension) =>
    dimension.items.flatMap((item) => {
      const aggregate = byId.get(item.id);
      if (!aggregate || item.benchmarks.length === 0) return [];
      const figures = item.benchmarks.map((benchmark): TeamBenchmarkFigure => {
        const teamGroup = comparableGroup(benchmark.group);
        const ours = aggregate.groups[teamGroup];
        const team: Published<{ value: number | null }> = ours.suppressed
          ? ours
          : { suppressed: false, n: ours.n, value: benchmark.measure === 'percentAgree' ? ours.percentAgreeing : ours.meanAnswer };
        return { ...benchmark, teamGroup, team };
      });
      return [{ itemId: item.id, dimension: dimension.id, text: item.text, quoted: item.quoted, figures }];
    }),
  );
}
