/**
 * The words and numbers of a team report: how figures, hidden groups and gaps are written,
 * and the findings a consultant reads first. Only figures the aggregate shows are used, so
 * nothing here can reveal a group the aggregate hides.
 */
import type { DimensionAggregate, FigureGroup, Hidden, Published, TeamAggregate } from './aggregate.ts';
import { formatDecimal, formatInteger, formatPercent as percentIn } from '../format/number.ts';
import { groupLabel, roleGroupLabel, type DisclosurePlan } from './disclosure.ts';

/** Plural labels for the figure groups, as a report's column headings use them. */
export const figureGroupLabels: Record<FigureGroup, string> = { team: 'Whole team', leader: 'Leaders', manager: 'Managers', 'front-line': 'Front line' };

/** A column's heading in this aggregate: the roles it stands for when some were merged ("Leaders and managers"). */
export function groupHeading(aggregate: Pick<TeamAggregate, 'groupRoles'> & Partial<Pick<TeamAggregate, 'selection'>>, group: FigureGroup): string {
  // "Whole team" only when it is: a filtered view's column is everyone in that view.
  if (group === 'team') return aggregate.selection && !isWholeTeam({ selection: aggregate.selection }) ? 'Everyone in view' : figureGroupLabels.team;
  const members = aggregate.groupRoles[group];
  return members.length <= 1 ? figureGroupLabels[group] : roleGroupLabel(members);
}

/** Says which values are counted together and why; undefined when nothing was merged. */
export function mergeNote(plan: DisclosurePlan): string | undefined {
  const merged = [
    ...plan.roles.filter((group) => group.length > 1).map((group) => roleGroupLabel(group)),
    ...plan.segments.filter((group) => group.length > 1).map((group) => `segments ${groupLabel(group, 'no segment')}`),
    ...plan.teams.filter((group) => group.length > 1).map((group) => `team labels ${groupLabel(group, 'no label')}`),
  ];
  if (merged.length === 0) return undefined;
  return `Counted together, so that no group of fewer than ${plan.minGroupSize} can be told apart, here or by comparing filtered views: ${joinWords(merged)}.`;
}

/** Why a figure is missing, in the words a report uses instead of the number. */
export function hiddenText(figure: Hidden, minGroupSize: number): string {
  return figure.reason === 'small-group' ? `fewer than ${minGroupSize}` : `counted in ${figureGroupLabels[figure.into].toLowerCase()}`;
}

/** A score or mean on 0–100, whole, in the reader's locale. */
export function formatScore(value: number, locale: string): string {
  return formatInteger(value, locale);
}

/** A mean answer on its scale, to one decimal. */
export function formatMeanAnswer(value: number, locale: string): string {
  return formatDecimal(value, locale);
}

/** A share in percent (0–100), whole. */
export function formatPercent(value: number, locale: string): string {
  return percentIn(value, locale);
}

/** A difference with its sign, rounded half away from zero (so +2.5 and −2.5 look alike); a true minus sign. */
export function formatSigned(value: number, locale: string, unit = ''): string {
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  if (rounded === 0) return `${formatInteger(0, locale)}${unit}`;
  return `${rounded > 0 ? '+' : '\u2212'}${formatInteger(Math.abs(rounded), locale)}${unit}`;
}

export function formatCount(value: number, locale: string): string {
  return formatInteger(value, locale);
}

/** A published figure as text, or why it is hidden. */
export function publishedText<F>(figure: Published<F>, minGroupSize: number, text: (figure: F & { n: number }) => string): string {
  return figure.suppressed ? hiddenText(figure, minGroupSize) : text(figure);
}

export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Text quoted in a finding, cut at a word boundary when long. */
export function quoteText(text: string, limit = 90): string {
  const clean = text.trim().replace(/\.$/, '');
  if (clean.length <= limit) return `“${clean}”`;
  const cut = clean.slice(0, limit).replace(/\s+\S*$/, '');
  return `“${cut}…”`;
}

/** Whether the view holds everyone collected (no filter narrows it). */
export function isWholeTeam(aggregate: Pick<TeamAggregate, 'selection'>): boolean {
  const { teams, roles, segments } = aggregate.selection;
  return teams === undefined && roles === undefined && segments === undefined;
}

/** Gaps smaller than this many points are not called out as findings. */
export const NOTABLE_GAP_POINTS = 10;

function dimensionMean(dimension: DimensionAggregate, group: FigureGroup): number | undefined {
  const figures = dimension.groups[group];
  return figures.suppressed ? undefined : figures.mean;
}

/** One side of the gap in a sentence: "leaders", "the front line", or the merged column's name. */
function sideName(aggregate: TeamAggregate, side: 'leader' | 'front-line'): string {
  if (aggregate.groupRoles[side].length > 1) return groupHeading(aggregate, side).toLowerCase();
  return side === 'leader' ? 'leaders' : 'the front line';
}

function gapDirection(points: number): string {
  return points > 0 ? 'leaders rate it higher' : 'the front line rates it higher';
}

/**
 * What a consultant reads first, in plain sentences: who could be shown, the widest gaps
 * between leaders and the front line, where managers sit, and what the whole team rates
 * weakest. Every number comes from a shown figure.
 */
/**
 * Percentage points within which a team's share agreeing counts as the same as a survey's:
 * small teams move by several points with one person, so closer than this is no finding.
 */
export const SURVEY_TOLERANCE_POINTS = 5;

export function teamFindings(aggregate: TeamAggregate, options: { benchmarkSource?: string; agreeNote?: string; locale?: string } = {}): string[] {
  const { minGroupSize } = aggregate;
  const locale = options.locale ?? 'en';
  const findings: string[] = [];
  const roleShown = (role: 'leader' | 'manager' | 'front-line') => {
    const count = aggregate.respondents.byRole[role];
    return !count.suppressed && count.n >= minGroupSize;
  };
  const shownDimensions = aggregate.dimensions.filter((dimension) => !dimension.groups.team.suppressed);
  if (shownDimensions.length === 0) {
    findings.push(`Too few people are in view to show any figures: every group needs at least ${minGroupSize}. Add more results or widen the filters.`);
    return findings;
  }

  const dimensionGaps = aggregate.gaps.dimensions.filter((gap) => gap.points !== null);
  if (dimensionGaps.length === 0) {
    const missing = (['leader', 'front-line'] as const).filter((role) => !roleShown(role)).map((role) => groupHeading(aggregate, role).toLowerCase());
    findings.push(
      `The perception gap needs at least ${minGroupSize} leaders and ${minGroupSize} front-line respondents${missing.length > 0 ? `; ${joinWords(missing)} ${missing.length > 1 ? 'are' : 'is'} too few or counted with another group` : ''}.`,
    );
  } else {
    const widest = dimensionGaps[0]!;
    const dimension = aggregate.dimensions.find((candidate) => candidate.id === widest.dimension);
    const leader = dimension && dimensionMean(dimension, 'leader');
    const frontLine = dimension && dimensionMean(dimension, 'front-line');
    const points = widest.points ?? 0;
    if (Math.abs(points) < NOTABLE_GAP_POINTS) {
      findings.push(`Leaders and the front line broadly agree: no area's scores differ by ${NOTABLE_GAP_POINTS} points or more.`);
    } else {
      findings.push(
        `The widest gap is in ${widest.title}: ${sideName(aggregate, 'leader')} score it ${formatScore(leader ?? 0, locale)} and ${sideName(aggregate, 'front-line')} ${formatScore(frontLine ?? 0, locale)} out of 100, ${formatScore(Math.abs(points), locale)} points apart (${gapDirection(points)}).`,
      );
    }
    const items = aggregate.gaps.items.filter((gap) => gap.points !== null && Math.abs(gap.points) >= NOTABLE_GAP_POINTS).slice(0, 3);
    if (items.length > 0) {
      const described = items.map((gap) => {
        const agreeing = gap.percentAgreeingPoints === null ? '' : `, ${formatScore(Math.abs(gap.percentAgreeingPoints), locale)} points apart in % agreeing`;
        return `${quoteText(gap.text)} (${formatSigned(gap.points ?? 0, locale)} points${agreeing})`;
      });
      findings.push(`The statements leaders and the front line see most differently: ${joinWords(described)}. A plus sign means leaders rate it higher.`);
    }
  }

  if (!roleShown('manager')) {
    findings.push(
      aggregate.respondents.byRole.manager.suppressed && aggregate.respondents.byRole.manager.reason === 'merged'
        ? `Managers are not shown on their own: they are counted in “${groupHeading(aggregate, aggregate.respondents.byRole.manager.into)}”.`
        : `Managers are not shown: fewer than ${minGroupSize} answered.`,
    );
  } else {
    let nearLeaders = 0;
    let nearFrontLine = 0;
    for (const dimension of aggregate.dimensions) {
      const [leader, manager, frontLine] = (['leader', 'manager', 'front-line'] as const).map((group) => dimensionMean(dimension, group));
      if (leader === undefined || manager === undefined || frontLine === undefined || leader === frontLine) continue;
      if (Math.abs(manager - leader) < Math.abs(manager - frontLine)) nearLeaders += 1;
      else if (Math.abs(manager - frontLine) < Math.abs(manager - leader)) nearFrontLine += 1;
    }
    if (nearLeaders + nearFrontLine > 0) {
      findings.push(`Managers, shown on their own, score closer to leaders in ${nearLeaders} and closer to the front line in ${nearFrontLine} of the areas where all three can be shown.`);
    }
  }

  if (aggregate.weakestItems.length > 0) {
    const weakest = aggregate.weakestItems.slice(0, 3).map((item) => `${quoteText(item.text)} (${formatScore(item.meanScore, locale)})`);
    findings.push(`${isWholeTeam(aggregate) ? 'The whole team rates' : 'Everyone in view rates'} these lowest, out of 100: ${joinWords(weakest)}.`);
  }

  const compared = aggregate.benchmarks.flatMap((comparison) =>
    comparison.figures.flatMap((figure) =>
      !figure.team.suppressed && figure.team.value !== null && figure.measure === 'percentAgree' ? [{ comparison, figure, difference: figure.team.value - figure.value, team: figure.team.value }] : [],
    ),
  );
  if (compared.length > 0) {
    const furthest = compared.reduce((best, candidate) => (Math.abs(candidate.difference) > Math.abs(best.difference) ? candidate : best));
    const group = figureGroupLabels[furthest.figure.teamGroup].toLowerCase();
    const source = options.benchmarkSource ?? 'the published survey';
    const assumption = options.agreeNote ? ` ${options.agreeNote}` : '';
    // A difference within the tolerance is not a difference worth naming.
    findings.push(
      Math.abs(furthest.difference) <= SURVEY_TOLERANCE_POINTS
        ? `Against ${source}, the team's share agreeing is within ${formatInteger(SURVEY_TOLERANCE_POINTS, locale)} percentage points of the survey's on every statement it published a share for.${assumption}`
        : `Against ${source}, the team differs most on ${quoteText(furthest.comparison.text)}: ${formatPercent(furthest.team, locale)} of ${furthest.figure.teamGroup === 'team' ? 'the team' : `the team's ${group}`} agree, against ${formatPercent(furthest.figure.value, locale)} in the survey.${assumption}`,
    );
  }
  return findings;
}
