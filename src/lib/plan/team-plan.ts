/**
 * A team plan drafted from a team report (the aggregate the team view shows), for the
 * consultant to edit. The rule, in order, up to MAX_PRIORITIES areas:
 *
 * 1. The areas with the largest leader–front-line gap, largest absolute gap first (the
 *    report's own order: equal gaps keep definition order), when the gap is at least
 *    TEAM_GAP_MIN_POINTS points. A gap exists only where the report shows both the leaders'
 *    and the front line's figures, so an area whose groups are too small is never chosen for it.
 * 2. Then the weakest areas by the whole team's mean score, lowest first (ties in definition
 *    order), among areas whose team figure the report shows.
 *
 * Each priority aims at the band above the team's mean and is reviewed REVIEW_AFTER_DAYS
 * after `today` with the area's top-ranked actions, as draftPlan does for one result. Beside
 * the plan, the basis of each priority holds only figures the report itself shows: the
 * team's mean and count, the gap with both sides, and the area's items among the report's
 * weakest items. Nothing about a hidden group, and nothing about one person, is carried.
 */
import { actionsFor } from '../actions/actions.ts';
import type { Action } from '../schema/action.ts';
import type { Assessment } from '../schema/assessment.ts';
import type { TeamAggregate, WeakItem } from '../team/aggregate.ts';
import { addDays, DRAFT_ACTIONS_PER_PRIORITY, nextTarget, REVIEW_AFTER_DAYS } from './draft-plan.ts';
import { MAX_PRIORITIES, PLAN_FORMAT, type Plan, type PlanPriority } from './plan-schema.ts';

/** A gap smaller than this (on 0–100) is within what two groups' answers differ by anyway; not a priority on its own. */
export const TEAM_GAP_MIN_POINTS = 10;

/** Why an area is a priority, in the report's figures. */
export interface TeamPriorityBasis {
  area: string;
  dimension: string;
  title: string;
  /** Drafted for its gap or as one of the weakest; `edited` when the consultant chose it in the editor. */
  chosenFor: 'gap' | 'weakest' | 'edited';
  /** The whole team's mean score in the area and how many it counts. */
  team: { mean: number; n: number };
  /** Leaders minus the front line, with both means; only where the report shows both groups. */
  gap: { points: number; leader: number; frontLine: number } | null;
  /** The area's statements among the report's weakest, lowest first. */
  weakItems: WeakItem[];
}

export interface TeamPlanDraft {
  plan: Plan;
  basis: TeamPriorityBasis[];
}

export interface TeamPlanOptions {
  /** The bands' English labels, in order, when `definition` is translated: plans name bands by them. */
  englishBandLabels?: readonly string[] | undefined;
  now?: Date;
}

export function draftTeamPlan(aggregate: TeamAggregate, definition: Assessment, actions: readonly Pick<Action, 'id' | 'areas' | 'priority'>[], today: string, options: TeamPlanOptions = {}): TeamPlanDraft {
  const basis = teamPriorities(aggregate);
  const priorities = basis.map((chosen): PlanPriority => {
    const target = nextTarget(definition, chosen.team.mean);
    const index = definition.bands.findIndex((band) => band.label === target.band);
    return {
      area: chosen.area,
      target: { band: options.englishBandLabels?.[index] ?? target.band! },
      reviewOn: addDays(today, REVIEW_AFTER_DAYS),
      actions: actionsFor(chosen.area, actions)
        .slice(0, DRAFT_ACTIONS_PER_PRIORITY)
        .map((action) => ({ actionId: action.id, owner: '', status: 'not-started' })),
    };
  });
  const plan: Plan = {
    format: PLAN_FORMAT,
    resultId: `team-${aggregate.assessment}-${today}`,
    assessment: aggregate.assessment,
    version: aggregate.version,
    updatedAt: (options.now ?? new Date()).toISOString(),
    madeFrom: 'team',
    priorities,
  };
  return { plan, basis };
}

/**
 * An area's figures as the report shows them, for a priority drafted (`gap`, `weakest`) or
 * chosen while editing (`edited`); undefined when the report hides the area's team figure.
 */
export function teamAreaBasis(aggregate: TeamAggregate, id: string, chosenFor: TeamPriorityBasis['chosenFor']): TeamPriorityBasis | undefined {
  const dimension = aggregate.dimensions.find((candidate) => candidate.id === id);
  const team = dimension?.groups.team;
  if (!dimension || !team || team.suppressed) return undefined;
  const leader = dimension.groups.leader;
  const frontLine = dimension.groups['front-line'];
  const points = aggregate.gaps.dimensions.find((gap) => gap.dimension === id)?.points ?? null;
  const gap = points !== null && !leader.suppressed && !frontLine.suppressed ? { points, leader: leader.mean, frontLine: frontLine.mean } : null;
  return {
    area: `${aggregate.assessment}/${id}`,
    dimension: id,
    title: dimension.title,
    chosenFor,
    team: { mean: team.mean, n: team.n },
    gap,
    weakItems: aggregate.weakestItems.filter((item) => item.dimension === id),
  };
}

/** The areas a team plan starts from, by the rule in the module comment. */
export function teamPriorities(aggregate: TeamAggregate): TeamPriorityBasis[] {
  const basisOf = (id: string, chosenFor: TeamPriorityBasis['chosenFor']) => teamAreaBasis(aggregate, id, chosenFor);
  const chosen: TeamPriorityBasis[] = [];
  const add = (id: string, chosenFor: TeamPriorityBasis['chosenFor']) => {
    if (chosen.length >= MAX_PRIORITIES || chosen.some((basis) => basis.dimension === id)) return;
    const basis = basisOf(id, chosenFor);
    if (basis) chosen.push(basis);
  };
  for (const gap of aggregate.gaps.dimensions) if (gap.points !== null && Math.abs(gap.points) >= TEAM_GAP_MIN_POINTS) add(gap.dimension, 'gap');
  const weakest = aggregate.dimensions
    .flatMap((dimension, order) => (dimension.groups.team.suppressed ? [] : [{ id: dimension.id, mean: dimension.groups.team.mean, order }]))
    // Means equal on paper may differ in the last bits; those keep definition order.
    .sort((a, b) => (Math.abs(a.mean - b.mean) <= 1e-9 ? a.order - b.order : a.mean - b.mean));
  for (const dimension of weakest) add(dimension.id, 'weakest');
  return chosen;
}
