/**
 * The words and numbers of a team report: how figures, hidden groups and gaps are written,
 * and the findings a consultant reads first. Only figures the aggregate shows are used, so
 * nothing here can reveal a group the aggregate hides.
 */
import type { DimensionAggregate, FigureGroup, Hidden, Published, TeamAggregate } from './aggregate.ts';
import { formatDecimal, formatInteger, formatPercent as percentIn } from '../format/number.ts';
import { roleInList, rolesInList, type DisclosurePlan } from './disclosure.ts';
import { phrase, phraseList, type Phrase, type PhraseList, type PhraseValue } from './phrase.ts';

/** A figure group's column heading key: "Leaders" (report.group.leader). */
export const figureGroupKey = (group: FigureGroup): string => `report.group.${group}`;

/**
 * A column's heading in this aggregate: the roles it stands for when some were merged
 * ("Leaders and managers", a list the view capitalises), else the group's own name.
 */
export function groupHeading(aggregate: Pick<TeamAggregate, 'groupRoles'> & Partial<Pick<TeamAggregate, 'selection'>>, group: FigureGroup): PhraseValue {
  // "Whole team" only when it is: a filtered view's column is everyone in that view.
  if (group === 'team') return aggregate.selection && !isWholeTeam({ selection: aggregate.selection }) ? phrase('report.group.everyone') : phrase(figureGroupKey('team'));
  const members = aggregate.groupRoles[group];
  return members.length <= 1 ? phrase(figureGroupKey(group)) : { capitalise: rolesInList(members) };
}

/** Says which values are counted together and why; undefined when nothing was merged. */
export function mergeNote(plan: DisclosurePlan): Phrase | undefined {
  const merged: PhraseValue[] = [
    ...plan.roles.filter((group) => group.length > 1).map((group): PhraseValue => ({ capitalise: rolesInList(group) })),
    ...plan.segments.filter((group) => group.length > 1).map((group) => phrase('report.merge.segments', { groups: valueGroup(group, 'team.noSegmentInList') })),
    ...plan.teams.filter((group) => group.length > 1).map((group) => phrase('report.merge.teams', { groups: valueGroup(group, 'team.noLabelInList') })),
  ];
  if (merged.length === 0) return undefined;
  return phrase('report.merge.note', { min: plan.minGroupSize, groups: phraseList(merged) });
}

/** Values counted together, "North + no segment", the missing value named by `noneKey`. */
export function valueGroup(values: readonly (string | null)[], noneKey: string): PhraseList {
  return { list: values.map((value) => value ?? phrase(noneKey)), join: 'plus' };
}

/** Why a figure is missing, in the words a report uses instead of the number. */
export function hiddenText(figure: Hidden, minGroupSize: number): Phrase {
  return figure.reason === 'small-group' ? phrase('report.hidden.small', { min: minGroupSize }) : phrase('report.hidden.counted', { group: phrase(`report.roleInList.${figure.into}`) });
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
export function publishedText<F>(figure: Published<F>, minGroupSize: number, text: (figure: F & { n: number }) => string): PhraseValue {
  return figure.suppressed ? hiddenText(figure, minGroupSize) : text(figure);
}

/** Text quoted in a finding, cut at a word boundary when long; the quotation marks are the language's (report.quote). */
export function quoteText(text: string, limit = 90): Phrase {
  const clean = text.trim().replace(/\.$/, '');
  if (clean.length <= limit) return phrase('report.quote', { text: clean });
  const cut = clean.slice(0, limit).replace(/\s+\S*$/, '');
  return phrase('report.quote', { text: `${cut}…` });
}

/** Whether the view holds everyone collected (no filter narrows it). */
export function isWholeTeam(aggregate: Pick<TeamAggregate, 'selection'>): boolean {
  const { teams, roles, segments } = aggregate.selection;
  return teams === undefined && roles === undefined && segments === undefined;
}

/** A role's share who could not see an area is a finding from this percent on (1 in 5). */
export const NOTABLE_CANNOT_SEE_PERCENT = 20;

/** Areas shown in the "could not see" table: those that offer the answer, or where someone gave it anyway. */
export function cannotSeeDimensions(aggregate: Pick<TeamAggregate, 'dimensions'>): DimensionAggregate[] {
  return aggregate.dimensions.filter((dimension) => dimension.asksCannotSee || Object.values(dimension.cannotSee).some((figure) => !figure.suppressed && figure.people > 0));
}

/** A share as people read it aloud: "4 in 10", "all". */
function inTen(percent: number): Phrase {
  return percent >= 100 ? phrase('report.share.all') : phrase('report.share.inTen', { count: Math.max(1, Math.round(percent / 10)) });
}

/**
 * "Could not see" as findings: for each role column, the areas a notable share of it said
 * they cannot see from their role. A visibility gap, worded as one: not a low score.
 */
export function cannotSeeFindings(aggregate: TeamAggregate): Phrase[] {
  return (['leader', 'manager', 'front-line'] as const).flatMap((group) => {
    const notable = aggregate.dimensions.flatMap((dimension) => {
      const figure = dimension.cannotSee[group];
      return !figure.suppressed && figure.people > 0 && figure.percent >= NOTABLE_CANNOT_SEE_PERCENT ? [{ title: dimension.title, figure }] : [];
    });
    if (notable.length === 0) return [];
    notable.sort((a, b) => b.figure.percent - a.figure.percent);
    const [first, ...others] = notable as [(typeof notable)[number], ...typeof notable];
    const more = others.length > 0 ? phrase('report.finding.cannotSeeMore', { others: phraseList(others.map((entry) => phrase('report.finding.cannotSeeOther', { share: inTen(entry.figure.percent), people: entry.figure.people, n: entry.figure.n, area: entry.title }))) }) : '';
    const values = { group: groupName(aggregate, group), people: first.figure.people, n: first.figure.n, area: first.title, more };
    return [first.figure.percent >= 100 ? phrase('report.finding.cannotSeeAll', values) : phrase('report.finding.cannotSee', { ...values, share: inTen(first.figure.percent) })];
  });
}

/** Gaps smaller than this many points are not called out as findings. */
export const NOTABLE_GAP_POINTS = 10;

function dimensionMean(dimension: DimensionAggregate, group: FigureGroup): number | undefined {
  const figures = dimension.groups[group];
  return figures.suppressed ? undefined : figures.mean;
}

/** A role column in a sentence: "leaders", "managers", "the front line", or the merged column's roles. */
function groupName(aggregate: TeamAggregate, group: 'leader' | 'manager' | 'front-line'): PhraseValue {
  if (aggregate.groupRoles[group].length > 1) return rolesInList(aggregate.groupRoles[group]);
  return phrase(`report.groupInSentence.${group}`);
}

/** A column's roles as words of a sentence ("front line", "leaders and managers"). */
function columnInList(aggregate: TeamAggregate, group: 'leader' | 'manager' | 'front-line'): PhraseValue {
  const members = aggregate.groupRoles[group];
  return members.length > 1 ? rolesInList(members) : roleInList(group);
}

function gapDirection(points: number): Phrase {
  return phrase(points > 0 ? 'report.finding.leadersHigher' : 'report.finding.frontLineHigher');
}

/**
 * Percentage points within which a team's share agreeing counts as the same as a survey's:
 * small teams move by several points with one person, so closer than this is no finding.
 */
export const SURVEY_TOLERANCE_POINTS = 5;

/**
 * What a consultant reads first, in plain sentences: who could be shown, the widest gaps
 * between leaders and the front line, where managers sit, and what the whole team rates
 * weakest. Every number comes from a shown figure. Figures arrive written in `locale`.
 */
export function teamFindings(aggregate: TeamAggregate, options: { benchmarkSource?: string; agreeNote?: string; locale?: string } = {}): Phrase[] {
  const { minGroupSize } = aggregate;
  const locale = options.locale ?? 'en';
  const findings: Phrase[] = [];
  const roleShown = (role: 'leader' | 'manager' | 'front-line') => {
    const count = aggregate.respondents.byRole[role];
    return !count.suppressed && count.n >= minGroupSize;
  };
  const shownDimensions = aggregate.dimensions.filter((dimension) => !dimension.groups.team.suppressed);
  if (shownDimensions.length === 0) {
    findings.push(phrase('report.finding.tooFew', { min: minGroupSize }));
    return findings;
  }

  const dimensionGaps = aggregate.gaps.dimensions.filter((gap) => gap.points !== null);
  if (dimensionGaps.length === 0) {
    const missing = (['leader', 'front-line'] as const).filter((role) => !roleShown(role)).map((role) => columnInList(aggregate, role));
    findings.push(
      phrase('report.finding.noGap', {
        min: minGroupSize,
        missing: missing.length > 0 ? phrase('report.finding.noGapMissing', { count: missing.length, groups: phraseList(missing) }) : '',
      }),
    );
  } else {
    const widest = dimensionGaps[0]!;
    const dimension = aggregate.dimensions.find((candidate) => candidate.id === widest.dimension);
    const leader = dimension && dimensionMean(dimension, 'leader');
    const frontLine = dimension && dimensionMean(dimension, 'front-line');
    const points = widest.points ?? 0;
    if (Math.abs(points) < NOTABLE_GAP_POINTS) {
      findings.push(phrase('report.finding.agree', { points: NOTABLE_GAP_POINTS }));
    } else {
      findings.push(
        phrase('report.finding.widest', {
          area: widest.title,
          leaders: groupName(aggregate, 'leader'),
          leaderScore: formatScore(leader ?? 0, locale),
          frontLine: groupName(aggregate, 'front-line'),
          frontLineScore: formatScore(frontLine ?? 0, locale),
          points: formatScore(Math.abs(points), locale),
          direction: gapDirection(points),
        }),
      );
    }
    const items = aggregate.gaps.items.filter((gap) => gap.points !== null && Math.abs(gap.points) >= NOTABLE_GAP_POINTS).slice(0, 3);
    if (items.length > 0) {
      const described = items.map((gap) =>
        gap.percentAgreeingPoints === null
          ? phrase('report.finding.statement', { quote: quoteText(gap.text), points: formatSigned(gap.points ?? 0, locale) })
          : phrase('report.finding.statementAgree', { quote: quoteText(gap.text), points: formatSigned(gap.points ?? 0, locale), agreePoints: formatScore(Math.abs(gap.percentAgreeingPoints), locale) }),
      );
      findings.push(phrase('report.finding.statements', { statements: phraseList(described) }));
    }
  }

  if (!roleShown('manager')) {
    findings.push(
      aggregate.respondents.byRole.manager.suppressed && aggregate.respondents.byRole.manager.reason === 'merged'
        ? phrase('report.finding.managersMerged', { group: groupHeading(aggregate, aggregate.respondents.byRole.manager.into) })
        : phrase('report.finding.managersFew', { min: minGroupSize }),
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
      // A manager column that also counts people without a role says so, rather than "managers".
      const managers = aggregate.groupRoles.manager.length > 1 ? groupHeading(aggregate, 'manager') : phrase('report.finding.managersOwn');
      findings.push(phrase('report.finding.managersNear', { managers, nearLeaders: formatInteger(nearLeaders, locale), nearFrontLine: formatInteger(nearFrontLine, locale) }));
    }
  }

  findings.push(...cannotSeeFindings(aggregate));

  if (aggregate.weakestItems.length > 0) {
    const weakest = aggregate.weakestItems.slice(0, 3).map((item) => phrase('report.finding.scored', { quote: quoteText(item.text), score: formatScore(item.meanScore, locale) }));
    findings.push(phrase(isWholeTeam(aggregate) ? 'report.finding.weakestWhole' : 'report.finding.weakestInView', { statements: phraseList(weakest) }));
  }

  const compared = aggregate.benchmarks.flatMap((comparison) =>
    comparison.figures.flatMap((figure) =>
      !figure.team.suppressed && figure.team.value !== null && figure.measure === 'percentAgree' ? [{ comparison, figure, difference: figure.team.value - figure.value, team: figure.team.value }] : [],
    ),
  );
  if (compared.length > 0) {
    const furthest = compared.reduce((best, candidate) => (Math.abs(candidate.difference) > Math.abs(best.difference) ? candidate : best));
    const source: PhraseValue = options.benchmarkSource ?? phrase('report.publishedSurvey');
    const assumption = options.agreeNote ? ` ${options.agreeNote}` : '';
    const whole = isWholeTeam(aggregate);
    const everyone = phrase(whole ? 'report.who.team' : 'report.who.inView');
    const teamGroup = furthest.figure.teamGroup;
    // A difference within the tolerance is not a difference worth naming.
    findings.push(
      Math.abs(furthest.difference) <= SURVEY_TOLERANCE_POINTS
        ? phrase(whole ? 'report.finding.surveyWithin' : 'report.finding.surveyWithinInView', { source, points: formatInteger(SURVEY_TOLERANCE_POINTS, locale), assumption })
        : phrase('report.finding.surveyDiffers', {
            source,
            who: everyone,
            quote: quoteText(furthest.comparison.text),
            percent: formatPercent(furthest.team, locale),
            whom: teamGroup === 'team' ? everyone : phrase('report.who.teamGroup', { group: roleInList(teamGroup) }),
            surveyPercent: formatPercent(furthest.figure.value, locale),
            assumption,
          }),
    );
  }
  return findings;
}
