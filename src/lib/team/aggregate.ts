/**
 * A team's saved results for one assessment, aggregated in the consultant's browser: who
 * answered, each role's figures per dimension and item, where leaders and the front line see
 * things differently (the perception gap), the items the team rates weakest, and, for
 * benchmark assessments, the team beside the figures a source published.
 *
 * Nobody's answers may be worked out from the aggregate, in one view or by comparing views.
 * The groups the view can tell apart come from disclosure.ts: every cell of role × segment ×
 * team label holds none or at least `minGroupSize` people (small ones are merged), every
 * filter and role column is a union of cells, and a cell's answers to a statement count only
 * where at least `minGroupSize` of its people answered it. So every figure covers a union of
 * such answer sets, and any two figures the tool shows differ by nobody or by at least
 * `minGroupSize` people. Counts need no hiding at all; "Whole team" is everyone in view.
 * The share of each group who could not see an area from their role is counted over the same
 * cells, so it obeys the same rule (privacy.test.ts attacks it as it attacks the means).
 *
 * What the rule cannot hide: within a shown group, a histogram bin or an odd-sized group's
 * median describes where some member's score lies, without saying whose.
 */
import type { Assessment, Benchmark, BenchmarkGroup } from '../schema/assessment.ts';
import { roles, type Role } from '../schema/roles.ts';
import type { SavedResult } from '../schema/saved-result.ts';
import { isOrdinal, type Scale } from '../schema/scales.ts';
import { carriedOver, type EarlierVersion } from '../results/history.ts';
import { assessmentVersion } from '../results/version.ts';
import { groupMatchesRole } from '../scoring/benchmark.ts';
import { agreeThreshold, mean, scaleOf } from '../scoring/common.ts';
import { respondentScorer } from './respondent-scores.ts';
import { groupLabel, indexPlan, planDisclosure, respondentRoles, type DisclosurePlan, type RespondentRole } from './disclosure.ts';
import { widenSelection, type TeamSelection } from './filter.ts';

export const DEFAULT_MIN_GROUP_SIZE = 3;
/** Below three, each member of a pair could work out the other's answers from a mean. */
export const SMALLEST_MIN_GROUP_SIZE = 3;
export const DEFAULT_WEAKEST_ITEM_COUNT = 5;

export { respondentRoles, type RespondentRole } from './disclosure.ts';

/** The groups that get figures: the whole team and each role. */
export type FigureGroup = 'team' | Role;
export const figureGroups: readonly FigureGroup[] = ['team', ...roles];

/** Dimension-score bins of the histograms, 0–100; each covers `from` up to but not including `to`, except the last, which includes 100. `label` is how reports head it. */
export const scoreBins = [
  { from: 0, to: 20, label: '0–19' },
  { from: 20, to: 40, label: '20–39' },
  { from: 40, to: 60, label: '40–59' },
  { from: 60, to: 80, label: '60–79' },
  { from: 80, to: 100, label: '80–100' },
] as const;

/** A figure left out. `small-group`: fewer than the minimum answered (possibly none); `merged`: the role is counted with others, in the column `into` (or in the whole team only). */
export type Hidden = { suppressed: true; reason: 'small-group'; n: `<${number}` } | { suppressed: true; reason: 'merged'; into: FigureGroup };
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

export interface GroupFigures<F> {
  team: Published<F>;
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

/** How many of a group said they cannot see an area from their role (see `cannotSee` in DimensionAggregate). */
export interface CannotSeeFigures {
  /** People who answered "I can't see this from my role" to at least one of the area's statements. */
  people: number;
  /** Those people as a percent of the group (`n`, everyone in it). */
  percent: number;
}

export interface DimensionAggregate {
  id: string;
  title: string;
  groups: GroupFigures<DimensionFigures>;
  /** Whether any statement of the area offers "I can't see this from my role". */
  asksCannotSee: boolean;
  /**
   * Who could not see the area from their role, per group: a visibility gap, not a low score.
   * Counted over the same cells as every other figure, so two views differ by nobody or by at least `minGroupSize` people.
   */
  cannotSee: GroupFigures<CannotSeeFigures>;
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

export interface WeakItem {
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
  /** The segments counted together (merged when one alone would be too small); null for results without a segment. */
  segments: (string | null)[];
  /** How the group reads, e.g. "North + East". */
  label: string;
  count: Count;
}

export interface RoleSegmentCount extends SegmentCount {
  role: RespondentRole;
}

export interface Respondents {
  total: Count;
  byRole: Record<RespondentRole, Count>;
  /** Segment groups by name, results without a segment last. */
  bySegment: SegmentCount[];
  /** Roles in `respondentRoles` order, each with the segment groups in `bySegment` order. */
  byRoleAndSegment: RoleSegmentCount[];
}

/**
 * Results passed in but left out of the aggregate. Results the filter leaves out are not
 * counted here: that count could be subtracted like any other.
 */
export interface IgnoredResults {
  /** Results of another assessment. */
  otherAssessment: number;
  /** Results of this assessment taken on a version of it the site does not know (earlier versions it keeps are carried over). */
  otherVersion: number;
  /** Further copies of a result already counted (same id). */
  duplicate: number;
}

export interface TeamAggregate {
  assessment: string;
  version: string;
  minGroupSize: number;
  /** Which values the view can tell apart (the filters offer these groups). */
  plan: DisclosurePlan;
  /** The selection in force, widened to whole groups of the plan. */
  selection: TeamSelection;
  /** The roles each figure column stands for; empty for a role counted in another column. */
  groupRoles: Record<FigureGroup, RespondentRole[]>;
  /** Whether some answers were left out because too few in their group answered that statement. */
  answersWithheld: boolean;
  ignored: IgnoredResults;
  /** Respondents in view whose result was taken with an earlier version: their unchanged items are pooled, the changed ones count as unanswered. */
  fromEarlierVersions: number;
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

export interface AggregateOptions {
  /** Id of the assessment (its file name) that `definition` defines; results of other assessments are ignored. */
  assessmentId: string;
  /** Smallest group whose figures are shown; a whole number, at least 3. Default 3. */
  minGroupSize?: number;
  /** What is in view; widened to whole groups of the disclosure plan. Default: everyone. */
  selection?: TeamSelection;
  /** How many of the weakest items to list. Default 5. */
  weakestItemCount?: number;
  /** This assessment's earlier versions (history.ts): results taken with them are carried over, not ignored. */
  earlier?: readonly EarlierVersion[];
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
  const { respondents: everyone, ignored } = selectRespondents(results, options.assessmentId, version, options.earlier ?? []);
  const plan = planDisclosure(everyone, minGroupSize);
  const selection = widenSelection(plan, options.selection ?? {});
  const blocks = blocksOf(plan);
  const inView = plan.tooFew ? [] : everyone.filter((respondent) => blocks.inSelection(respondent, selection));
  const groupRoles = figureGroupRoles(plan);
  const tallies = tallyAnswers(inView, definition, blocks, groupRoles, minGroupSize);
  const scale = scaleOf(definition);
  const context: FigureContext = { minGroupSize, groupRoles };
  const itemKind: TallyKind<ItemTally, ItemFigures> = { size: (tally) => tally.n, figures: (tally) => itemFiguresOf(tally, scale) };
  const dimensionKind: TallyKind<DimensionTally, DimensionFigures> = { size: (tally) => tally.scores.length, figures: (tally) => dimensionFiguresOf(tally, scale) };
  const cannotSeeKind: TallyKind<CannotSeeTally, CannotSeeFigures> = { size: (tally) => tally.people, figures: (tally) => ({ people: tally.cannotSee, percent: (100 * tally.cannotSee) / tally.people }) };

  const items: ItemAggregate[] = definition.dimensions
    .flatMap((dimension) => dimension.items.map((item) => ({ item, dimension })))
    .map(({ item, dimension }, index) => ({
      id: item.id,
      dimension: dimension.id,
      text: item.text,
      groups: groupFigures(tallies.items[index]!, context, itemKind),
    }));
  const dimensions: DimensionAggregate[] = definition.dimensions.map((dimension, index) => ({
    id: dimension.id,
    title: dimension.title,
    groups: groupFigures(tallies.dimensions[index]!, context, dimensionKind),
    asksCannotSee: dimension.items.some((item) => item.cannotSee),
    cannotSee: groupFigures(tallies.cannotSee[index]!, context, cannotSeeKind),
  }));

  return {
    assessment: options.assessmentId,
    version,
    minGroupSize,
    plan,
    selection,
    groupRoles,
    answersWithheld: tallies.withheld,
    ignored,
    fromEarlierVersions: inView.filter((respondent) => respondent.fromVersion !== undefined).length,
    respondents: countRespondents(inView, plan, blocks, minGroupSize),
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
    benchmarks: benchmarkComparisons(definition, items, groupRoles),
  };
}

// ---------------------------------------------------------------------------------------
// Choosing the respondents

interface Respondent {
  /** As the current version sees it (carried over when taken with an earlier version). */
  result: SavedResult;
  /** The earlier version the result was taken with, if it was. */
  fromVersion?: string;
  role: RespondentRole;
  segment: string | null;
  team: string | null;
}

function selectRespondents(results: readonly SavedResult[], assessmentId: string, version: string, earlier: readonly EarlierVersion[]): { respondents: Respondent[]; ignored: IgnoredResults } {
  const ignored: IgnoredResults = { otherAssessment: 0, otherVersion: 0, duplicate: 0 };
  const byId = new Map<string, SavedResult>();
  for (const result of results) {
    const entry = result.version === version ? undefined : earlier.find((candidate) => candidate.version === result.version);
    if (result.assessment !== assessmentId) ignored.otherAssessment += 1;
    else if (result.version !== version && !entry) ignored.otherVersion += 1;
    else {
      const kept = byId.get(result.id);
      if (kept) ignored.duplicate += 1;
      if (!kept || prefersOver(result, kept)) byId.set(result.id, result);
    }
  }
  // In id order, so that sums (and their rounding) do not depend on the order results came in.
  return {
    respondents: [...byId.values()]
      .sort((a, b) => compareText(a.id, b.id))
      .map((result) => {
        const entry = result.version === version ? undefined : earlier.find((candidate) => candidate.version === result.version);
        return { result: entry ? carriedOver(result, entry, version) : result, ...(entry ? { fromVersion: entry.version } : {}), role: result.role ?? 'not-given', segment: result.segment ?? null, team: result.team ?? null };
      }),
    ignored,
  };
}

/** Of two copies of a result, the later one; copies taken at the same moment are ordered by content, so that input order never decides. */
function prefersOver(candidate: SavedResult, kept: SavedResult): boolean {
  const byTime = Date.parse(candidate.takenAt) - Date.parse(kept.takenAt);
  if (byTime !== 0) return byTime > 0;
  return compareText(JSON.stringify(candidate), JSON.stringify(kept)) > 0;
}

/** Code-unit order: the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The cells of the plan (role group × segment group × team group) a respondent falls in, and whether a selection includes it. */
interface Blocks {
  roleGroup: (respondent: Respondent) => number;
  segmentGroup: (respondent: Respondent) => number;
  key: (respondent: Respondent) => string;
  inSelection: (respondent: Respondent, selection: TeamSelection) => boolean;
}

function blocksOf(plan: DisclosurePlan): Blocks {
  const index = indexPlan(plan);
  const roleGroup = (respondent: Respondent) => index.roles.get(respondent.role) ?? 0;
  const segmentGroup = (respondent: Respondent) => index.segments.get(respondent.segment) ?? 0;
  return {
    roleGroup,
    segmentGroup,
    key: (respondent) => `${roleGroup(respondent)}|${segmentGroup(respondent)}|${index.teams.get(respondent.team) ?? 0}`,
    // The selection is already widened to whole groups, so testing the respondent's own values is testing their group's.
    inSelection: (respondent, selection) =>
      (!selection.roles || selection.roles.includes(respondent.role)) &&
      (!selection.segments || selection.segments.includes(respondent.segment)) &&
      (!selection.teams || selection.teams.includes(respondent.team)),
  };
}

/** The column that carries a role group's figures: leaders, else the front line, else managers; a group of only "role not given" has none. */
function carrierOf(group: readonly RespondentRole[]): FigureGroup | undefined {
  return (['leader', 'front-line', 'manager'] as const).find((role) => group.includes(role));
}

function figureGroupRoles(plan: DisclosurePlan): Record<FigureGroup, RespondentRole[]> {
  const groupRoles: Record<FigureGroup, RespondentRole[]> = { team: [...respondentRoles], leader: [], manager: [], 'front-line': [] };
  for (const group of plan.roles) {
    const carrier = carrierOf(group);
    if (carrier) groupRoles[carrier] = [...group];
  }
  return groupRoles;
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

/** Of `people` in a group, how many could not see an area. */
interface CannotSeeTally {
  people: number;
  cannotSee: number;
}

/** A tally per figure group: the whole team and each column (absent columns stay empty). */
type GroupTallies<T> = Record<FigureGroup, T>;

const emptyItemTally = (): ItemTally => ({ n: 0, valueSum: 0, scoreSum: 0, agreeing: 0 });
const emptyDimensionTally = (): DimensionTally => ({ scores: [] });
const emptyCannotSeeTally = (): CannotSeeTally => ({ people: 0, cannotSee: 0 });

function emptyGroupTallies<T>(empty: () => T): GroupTallies<T> {
  return { team: empty(), leader: empty(), manager: empty(), 'front-line': empty() };
}

/**
 * Each item's and dimension's tallies per figure group, in definition order, scored as the
 * assessment's model scores them. Tallies are made per cell of the plan first; a cell's
 * tally counts only where at least `minGroupSize` of its people answered (see disclosure.ts).
 */
function tallyAnswers(
  respondents: readonly Respondent[],
  definition: Assessment,
  blocks: Blocks,
  groupRoles: Record<FigureGroup, RespondentRole[]>,
  minGroupSize: number,
): { items: GroupTallies<ItemTally>[]; dimensions: GroupTallies<DimensionTally>[]; cannotSee: GroupTallies<CannotSeeTally>[]; withheld: boolean } {
  const scale = scaleOf(definition);
  const score = respondentScorer(definition);
  const itemCount = definition.dimensions.reduce((sum, dimension) => sum + dimension.items.length, 0);
  const dimensionOfItem = definition.dimensions.flatMap((dimension, index) => dimension.items.map(() => index));
  const cells = new Map<string, { role: RespondentRole; items: ItemTally[]; dimensions: DimensionTally[]; cannotSee: CannotSeeTally[] }>();
  for (const respondent of respondents) {
    const key = blocks.key(respondent);
    let cell = cells.get(key);
    if (!cell) {
      cell = { role: respondent.role, items: Array.from({ length: itemCount }, emptyItemTally), dimensions: definition.dimensions.map(emptyDimensionTally), cannotSee: definition.dimensions.map(emptyCannotSeeTally) };
      cells.set(key, cell);
    }
    const scored = score(respondent.result.answers);
    // Everyone in the cell was asked every area, so each counts in every area's "could not see" share.
    const unseen = new Set<number>();
    scored.items.forEach((item, index) => {
      if (item.cannotSee) unseen.add(dimensionOfItem[index]!);
    });
    cell.cannotSee.forEach((tally, index) => {
      tally.people += 1;
      if (unseen.has(index)) tally.cannotSee += 1;
    });
    scored.items.forEach((item, index) => {
      const tally = cell.items[index];
      if (!tally || item.value === null || item.score === null) return;
      tally.n += 1;
      tally.valueSum += item.value;
      tally.scoreSum += item.score;
      if (item.value >= scale.agreeFrom) tally.agreeing += 1;
    });
    scored.dimensions.forEach((dimensionScore, index) => {
      const tally = cell.dimensions[index];
      if (tally && dimensionScore !== null) tally.scores.push(dimensionScore);
    });
  }
  const columns = (['leader', 'manager', 'front-line'] as const).filter((group) => groupRoles[group].length > 0);
  let withheld = false;
  const pool = <T>(pick: (cell: { items: ItemTally[]; dimensions: DimensionTally[]; cannotSee: CannotSeeTally[] }) => T, size: (tally: T) => number, merge: (tallies: readonly T[]) => T, empty: () => T): GroupTallies<T> => {
    const kept = [...cells.values()].filter((cell) => {
      const n = size(pick(cell));
      if (n > 0 && n < minGroupSize) withheld = true;
      return n >= minGroupSize;
    });
    const tallies = emptyGroupTallies(empty);
    tallies.team = merge(kept.map(pick));
    for (const column of columns) tallies[column] = merge(kept.filter((cell) => groupRoles[column].includes(cell.role)).map(pick));
    return tallies;
  };
  const items = Array.from({ length: itemCount }, (_, index) => pool((cell) => cell.items[index]!, (tally) => tally.n, mergeItemTallies, emptyItemTally));
  const dimensions = definition.dimensions.map((_, index) => pool((cell) => cell.dimensions[index]!, (tally) => tally.scores.length, mergeDimensionTallies, emptyDimensionTally));
  const cannotSee = definition.dimensions.map((_, index) => pool((cell) => cell.cannotSee[index]!, (tally) => tally.people, mergeCannotSeeTallies, emptyCannotSeeTally));
  return { items, dimensions, cannotSee, withheld };
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

function mergeCannotSeeTallies(tallies: readonly CannotSeeTally[]): CannotSeeTally {
  return tallies.reduce((merged, tally) => ({ people: merged.people + tally.people, cannotSee: merged.cannotSee + tally.cannotSee }), emptyCannotSeeTally());
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
// Respondent counts

/** Counts by role column and segment group. Every cell of the plan holds none or at least minGroupSize, so every count is shown. */
function countRespondents(
  respondents: readonly Respondent[],
  plan: DisclosurePlan,
  blocks: Blocks,
  minGroupSize: number,
): Respondents {
  // With fewer than minGroupSize in all, even a zero would tell where the few are not.
  const shown = (n: number): Count => (plan.tooFew || (n > 0 && n < minGroupSize) ? hidden(minGroupSize) : { suppressed: false, n });
  const segmentsInView = plan.segments.map(() => 0);
  const roleCells = new Map<RespondentRole, number[]>(respondentRoles.map((role) => [role, plan.segments.map(() => 0)]));
  const roleTotals = new Map<RespondentRole, number>(respondentRoles.map((role) => [role, 0]));
  // Each role group is counted on the row of its first role; the group's other roles point to it.
  const rowOf = new Map<RespondentRole, RespondentRole>();
  for (const group of plan.roles) for (const role of group) rowOf.set(role, group[0]!);
  for (const respondent of respondents) {
    const row = rowOf.get(respondent.role) ?? respondent.role;
    const segment = blocks.segmentGroup(respondent);
    segmentsInView[segment] = (segmentsInView[segment] ?? 0) + 1;
    roleTotals.set(row, (roleTotals.get(row) ?? 0) + 1);
    const cells = roleCells.get(row);
    if (cells) cells[segment] = (cells[segment] ?? 0) + 1;
  }
  const mergedInto = (role: RespondentRole): Count | undefined => {
    const row = rowOf.get(role);
    if (row === undefined || row === role) return undefined;
    const group = plan.roles.find((candidate) => candidate.includes(role)) ?? [];
    return { suppressed: true, reason: 'merged', into: carrierOf(group) ?? 'team' };
  };
  const countOf = (role: RespondentRole, n: number) => mergedInto(role) ?? shown(n);
  const segmentLabel = (group: readonly (string | null)[]) => groupLabel(group, 'No segment');
  return {
    total: shown(respondents.length),
    byRole: Object.fromEntries(respondentRoles.map((role) => [role, countOf(role, roleTotals.get(role) ?? 0)])) as Record<RespondentRole, Count>,
    bySegment: plan.segments.map((group, index) => ({ segments: [...group], label: segmentLabel(group), count: shown(segmentsInView[index] ?? 0) })),
    byRoleAndSegment: respondentRoles.flatMap((role) =>
      plan.segments.map((group, index) => ({ role, segments: [...group], label: segmentLabel(group), count: countOf(role, roleCells.get(role)?.[index] ?? 0) })),
    ),
  };
}

function hidden(minGroupSize: number): Hidden {
  return { suppressed: true, reason: 'small-group', n: `<${minGroupSize}` };
}

// ---------------------------------------------------------------------------------------
// Figures per group

interface FigureContext {
  minGroupSize: number;
  groupRoles: Record<FigureGroup, RespondentRole[]>;
}

/** How to size and describe one kind of tally (items' or dimensions'). */
interface TallyKind<T, F> {
  size: (tally: T) => number;
  figures: (tally: T) => F;
}

/** The team's and each column's figures; a column counted with another says so, one with too few answers is hidden. */
function groupFigures<T, F extends object>(tallies: GroupTallies<T>, context: FigureContext, kind: TallyKind<T, F>): GroupFigures<F> {
  const figuresOf = (group: FigureGroup): Published<F> => {
    if (group !== 'team' && context.groupRoles[group].length === 0) {
      const into = (['leader', 'front-line', 'manager'] as const).find((column) => context.groupRoles[column].includes(group));
      return into ? { suppressed: true, reason: 'merged', into } : hidden(context.minGroupSize);
    }
    const n = kind.size(tallies[group]);
    return n < context.minGroupSize ? hidden(context.minGroupSize) : { suppressed: false, n, ...kind.figures(tallies[group]) };
  };
  return { team: figuresOf('team'), leader: figuresOf('leader'), manager: figuresOf('manager'), 'front-line': figuresOf('front-line') };
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

/** The items with the lowest whole-team mean score (everyone in view who answered them). */
function weakestItems(items: readonly ItemAggregate[], count: number): WeakItem[] {
  return items
    .flatMap((item) => (item.groups.team.suppressed ? [] : [{ itemId: item.id, dimension: item.dimension, text: item.text, meanScore: item.groups.team.meanScore, n: item.groups.team.n }]))
    .sort((a, b) => compareFigures(a.meanScore, b.meanScore))
    .slice(0, count);
}

/** The figure group a published group compares with, by the same rule the single-result view uses (groupMatchesRole). */
export function comparableGroup(group: BenchmarkGroup): FigureGroup {
  const matching = roles.filter((role) => groupMatchesRole(group, role));
  const [only, ...others] = matching;
  return only !== undefined && others.length === 0 ? only : 'team';
}

function benchmarkComparisons(definition: Assessment, items: readonly ItemAggregate[], groupRoles: Record<FigureGroup, RespondentRole[]>): TeamBenchmarkComparison[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return definition.dimensions.flatMap((dimension) =>
    dimension.items.flatMap((item) => {
      const aggregate = byId.get(item.id);
      // Only a benchmark assessment's items carry published figures: the schema allows them nowhere else.
      const published = item.benchmarks ?? [];
      if (!aggregate || published.length === 0) return [];
      const figures = published.map((benchmark): TeamBenchmarkFigure => {
        const teamGroup = comparableGroup(benchmark.group);
        // A column that also counts other roles is not the group the source published.
        const mixed = teamGroup !== 'team' && groupRoles[teamGroup].some((role) => role !== teamGroup);
        const ours: Published<ItemFigures> = mixed ? { suppressed: true, reason: 'merged', into: teamGroup } : aggregate.groups[teamGroup];
        const team: Published<{ value: number | null }> = ours.suppressed
          ? ours
          : { suppressed: false, n: ours.n, value: benchmark.measure === 'percentAgree' ? ours.percentAgreeing : ours.meanAnswer };
        return { ...benchmark, teamGroup, team };
      });
      return [{ itemId: item.id, dimension: dimension.id, text: item.text, quoted: item.quoted, figures }];
    }),
  );
}
