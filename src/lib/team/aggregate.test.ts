import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../schema/assessment.ts';
import { roles, type Answers, type Role, type SavedResult } from '../schema/saved-result.ts';
import { scales } from '../schema/scales.ts';
import { benchmarkFixture, defineAssessment, dimension, dimensionsFixture, fixtures, spectrumFixture } from '../scoring/fixtures.ts';
import { scoreAssessment } from '../scoring/index.ts';
import {
  aggregateTeam,
  comparableGroup,
  figureGroups,
  perceptionGap,
  scoreBins,
  respondentRoles,
  sortByGapSize,
  type Count,
  type FigureGroup,
  type Published,
  type RespondentRole,
  type TeamAggregate,
} from './aggregate.ts';
import { FIXTURE_ASSESSMENT, teamResult, teamResultsArbitrary } from './fixtures.ts';

const options = { assessmentId: FIXTURE_ASSESSMENT };

// dimensionsFixture: agree-5, score = (answer − 1) × 25, agreeing from 4 (a score of 75).
// alpha: a1 a2 · beta: b1 b2 b3 · gamma: g1
const leaders = [
  teamResult(dimensionsFixture, 'L1', 'leader', { a1: 5, a2: 4, b1: 5, b2: 4, b3: 4, g1: 5 }),
  teamResult(dimensionsFixture, 'L2', 'leader', { a1: 4, a2: 4, b1: 4, b2: 5, b3: null, g1: 4 }),
  teamResult(dimensionsFixture, 'L3', 'leader', { a1: 5, a2: 5, b1: 3, b2: 4, b3: 4, g1: 4 }),
];
const frontLine = [
  teamResult(dimensionsFixture, 'F1', 'front-line', { a1: 2, a2: 1, b1: 3, b2: 2, b3: 2, g1: 4 }),
  teamResult(dimensionsFixture, 'F2', 'front-line', { a1: 3, a2: 2, b1: 2, b2: 1, b3: 3, g1: 5 }),
  teamResult(dimensionsFixture, 'F3', 'front-line', { a1: 1, a2: 2, b1: 4, b2: 2, b3: 2, g1: 3 }),
];
const managers = [
  teamResult(dimensionsFixture, 'M1', 'manager', { a1: 3, a2: 3, b1: 3, b2: 3, b3: 3, g1: 3 }),
  teamResult(dimensionsFixture, 'M2', 'manager', { a1: 4, a2: 3, b1: 4, b2: 3, b3: 4, g1: 4 }),
];
const thirdManager = teamResult(dimensionsFixture, 'M3', 'manager', { a1: 4, a2: 4, b1: 4, b2: 4, b3: 4, g1: 4 });

const small = { suppressed: true, reason: 'small-group', n: '<3' } as const;
const mergedIntoLeaders = { suppressed: true, reason: 'merged', into: 'leader' } as const;
const shownCount = (n: number): Count => ({ suppressed: false, n });

function itemOf(aggregate: TeamAggregate, id: string) {
  const item = aggregate.items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

function dimensionOf(aggregate: TeamAggregate, id: string) {
  const found = aggregate.dimensions.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no dimension ${id}`);
  return found;
}

/** Shown figures with every number to 6 places, for comparing with hand-computed values. */
function approximately<F extends object>(figures: F): F {
  return JSON.parse(JSON.stringify(figures, (_, value: unknown) => (typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : value))) as F;
}

const itemFigures = (n: number, meanAnswer: number, meanScore: number, percentAgreeing: number) => approximately({ suppressed: false, n, meanAnswer, meanScore, percentAgreeing });

describe('aggregateTeam: 3 leaders, 3 front line, 2 managers', () => {
  const aggregate = aggregateTeam([...leaders, ...frontLine, ...managers], dimensionsFixture, options);

  it('counts the 2 managers with the leaders, and shows the total of 8', () => {
    expect(aggregate.plan.roles).toEqual([['leader', 'manager'], ['front-line']]);
    expect(aggregate.groupRoles).toEqual({ team: ['leader', 'manager', 'front-line', 'not-given'], leader: ['leader', 'manager'], manager: [], 'front-line': ['front-line'] });
    expect(aggregate.respondents).toEqual({
      total: shownCount(8),
      byRole: { leader: shownCount(5), manager: mergedIntoLeaders, 'front-line': shownCount(3), 'not-given': shownCount(0) },
      bySegment: [{ segments: [null], label: 'No segment', count: shownCount(8) }],
      byRoleAndSegment: [
        { role: 'leader', segments: [null], label: 'No segment', count: shownCount(5) },
        { role: 'manager', segments: [null], label: 'No segment', count: mergedIntoLeaders },
        { role: 'front-line', segments: [null], label: 'No segment', count: shownCount(3) },
        { role: 'not-given', segments: [null], label: 'No segment', count: shownCount(0) },
      ],
    });
    expect(aggregate.ignored).toEqual({ otherAssessment: 0, otherVersion: 0, duplicate: 0 });
    expect(aggregate.minGroupSize).toBe(3);
  });

  // a1 — leaders 5 4 5, managers 3 4, front line 2 3 1. b3 — leaders 4 n/a 4, managers 3 4, front line 2 3 2.
  it.each<[string, FigureGroup, unknown]>([
    ['a1', 'leader', itemFigures(5, 21 / 5, 80, 80)],
    ['a1', 'manager', mergedIntoLeaders],
    ['a1', 'front-line', itemFigures(3, 2, 25, 0)],
    ['a1', 'team', itemFigures(8, 27 / 8, 475 / 8, 50)],
    ['b3', 'leader', itemFigures(4, 15 / 4, 275 / 4, 75)],
    ['b3', 'front-line', itemFigures(3, 7 / 3, 100 / 3, 0)],
    ['b3', 'team', itemFigures(7, 22 / 7, 375 / 7, 300 / 7)],
  ])('item %s, %s', (id, group, expected) => {
    expect(approximately(itemOf(aggregate, id).groups[group])).toEqual(expected);
  });

  it('has no benchmarks for a model without published figures', () => {
    expect(aggregate.benchmarks).toEqual([]);
  });
});

describe('aggregateTeam: 3 of every role', () => {
  const aggregate = aggregateTeam([...leaders, ...frontLine, ...managers, thirdManager], dimensionsFixture, options);

  it('shows every role and the total', () => {
    expect(aggregate.respondents.total).toEqual(shownCount(9));
    expect(aggregate.respondents.byRole).toEqual({ leader: shownCount(3), manager: shownCount(3), 'front-line': shownCount(3), 'not-given': shownCount(0) });
  });

  it.each<[string, FigureGroup, unknown]>([
    ['a1', 'leader', itemFigures(3, 14 / 3, 275 / 3, 100)],
    ['a1', 'front-line', itemFigures(3, 2, 25, 0)],
    ['a1', 'manager', itemFigures(3, 11 / 3, 200 / 3, 200 / 3)],
    ['a1', 'team', itemFigures(9, 31 / 9, 550 / 9, 500 / 9)],
    ['a2', 'leader', itemFigures(3, 13 / 3, 250 / 3, 100)],
    ['a2', 'front-line', itemFigures(3, 5 / 3, 50 / 3, 0)],
    ['b1', 'leader', itemFigures(3, 4, 75, 200 / 3)],
    ['b1', 'front-line', itemFigures(3, 3, 50, 100 / 3)],
    // Only 2 leaders answered b3 (L2 said n/a): their answers are left out of every b3 figure, the whole team's too.
    ['b3', 'leader', small],
    ['b3', 'front-line', itemFigures(3, 7 / 3, 100 / 3, 0)],
    ['b3', 'team', itemFigures(6, 18 / 6, 300 / 6, 200 / 6)],
    ['g1', 'leader', itemFigures(3, 13 / 3, 250 / 3, 100)],
    ['g1', 'front-line', itemFigures(3, 4, 75, 200 / 3)],
  ])('item %s, %s', (id, group, expected) => {
    expect(approximately(itemOf(aggregate, id).groups[group])).toEqual(expected);
  });

  it('says that some answers were left out', () => {
    expect(aggregate.answersWithheld).toBe(true);
    expect(aggregateTeam([...frontLine, ...managers, thirdManager], dimensionsFixture, options).answersWithheld).toBe(false);
  });

  const dimensionFigures = (n: number, mean: number, median: number, histogram: number[], percentAgreeing: number) =>
    approximately({ suppressed: false, n, mean, median, histogram, percentAgreeing });
  // Respondents' dimension scores — alpha: L 87.5 75 100, F 12.5 37.5 12.5; beta: L 83.3 87.5 66.7,
  // F 33.3 25 41.7; gamma: L 100 75 75, F 75 100 50.
  it.each<[string, FigureGroup, unknown]>([
    ['alpha', 'leader', dimensionFigures(3, 87.5, 87.5, [0, 0, 0, 1, 2], 100)],
    ['alpha', 'front-line', dimensionFigures(3, 62.5 / 3, 12.5, [2, 1, 0, 0, 0], 0)],
    ['beta', 'leader', dimensionFigures(3, 237.5 / 3, 250 / 3, [0, 0, 0, 1, 2], 200 / 3)],
    ['beta', 'front-line', dimensionFigures(3, 100 / 3, 100 / 3, [0, 2, 1, 0, 0], 0)],
    ['gamma', 'leader', dimensionFigures(3, 250 / 3, 75, [0, 0, 0, 2, 1], 100)],
    ['gamma', 'front-line', dimensionFigures(3, 75, 75, [0, 0, 1, 1, 1], 200 / 3)],
  ])('dimension %s, %s', (id, group, expected) => {
    expect(approximately(dimensionOf(aggregate, id).groups[group])).toEqual(expected);
  });

  it('ranks the perception gap (leaders minus front line) by size, hidden ones last', () => {
    expect(approximately(aggregate.gaps.items.map(({ itemId, points, percentAgreeingPoints }) => ({ itemId, points, percentAgreeingPoints })))).toEqual(
      approximately([
        { itemId: 'a1', points: 200 / 3, percentAgreeingPoints: 100 },
        { itemId: 'a2', points: 200 / 3, percentAgreeingPoints: 100 },
        { itemId: 'b2', points: 200 / 3, percentAgreeingPoints: 100 },
        { itemId: 'b1', points: 25, percentAgreeingPoints: 100 / 3 },
        { itemId: 'g1', points: 25 / 3, percentAgreeingPoints: 100 / 3 },
        { itemId: 'b3', points: null, percentAgreeingPoints: null },
      ]),
    );
    expect(approximately(aggregate.gaps.dimensions)).toEqual(
      approximately([
        { dimension: 'alpha', title: 'Title of alpha', points: 87.5 - 62.5 / 3, percentAgreeingPoints: 100 },
        { dimension: 'beta', title: 'Title of beta', points: 237.5 / 3 - 100 / 3, percentAgreeingPoints: 200 / 3 },
        { dimension: 'gamma', title: 'Title of gamma', points: 25 / 3, percentAgreeingPoints: 100 / 3 },
      ]),
    );
  });

  it('keeps managers out of the gap', () => {
    const withoutManagers = aggregateTeam([...leaders, ...frontLine], dimensionsFixture, options);
    expect(aggregate.gaps).toEqual(withoutManagers.gaps);
  });

  // Whole-team item scores: b3 50 (6 answers), a2 and b2 475/9, a1 550/9, b1 575/9, g1 75.
  it('ranks the weakest items by the whole team\'s figures', () => {
    expect(aggregate.weakestItems.map((item) => item.itemId)).toEqual(['b3', 'a2', 'b2', 'a1', 'b1']);
  });
});

describe('aggregateTeam: which results count', () => {
  it('ignores and counts results of other assessments, of other versions, and repeated copies', () => {
    const results: SavedResult[] = [
      ...leaders,
      ...frontLine,
      teamResult(dimensionsFixture, 'X1', 'leader', { a1: 1 }, { assessment: 'pace' }),
      teamResult(dimensionsFixture, 'X2', 'leader', { a1: 1 }, { assessment: 'pace' }),
      teamResult(dimensionsFixture, 'X3', 'leader', { a1: 1 }, { version: 'older000' }),
      // An earlier copy of L1 with other answers: the later copy counts, whatever the order.
      teamResult(dimensionsFixture, 'L1', 'leader', { a1: 1, a2: 1 }, { takenAt: '2026-02-01T10:30:00.000Z' }),
    ];
    const aggregate = aggregateTeam(results, dimensionsFixture, options);
    expect(aggregate.ignored).toEqual({ otherAssessment: 2, otherVersion: 1, duplicate: 1 });
    expect({ ...aggregate, ignored: { otherAssessment: 0, otherVersion: 0, duplicate: 0 } }).toEqual(aggregateTeam([...leaders, ...frontLine], dimensionsFixture, options));
    expect(aggregateTeam([...results].reverse(), dimensionsFixture, options)).toEqual(aggregate);
  });

  // Three of each role in team blue and in team red, in segments north (first of each three) and none.
  const tagged = ['blue', 'red'].flatMap((team) =>
    [...leaders, ...frontLine, ...managers, thirdManager].map((result, index) => ({ ...result, id: `${team}-${result.id}`, team, ...(index % 3 === 0 ? { segment: 'north' } : {}) })),
  );
  const figuresOf = (aggregate: TeamAggregate) => ({ respondents: aggregate.respondents, items: aggregate.items, dimensions: aggregate.dimensions });
  it('filters to a team label, a role, or both, when every cell is large enough', () => {
    const blue = tagged.filter((result) => result.team === 'blue');
    const plan = aggregateTeam(tagged, dimensionsFixture, options).plan;
    expect(plan.teams).toEqual([['blue'], ['red']]);
    expect(figuresOf(aggregateTeam(tagged, dimensionsFixture, { ...options, selection: { teams: ['blue'] } })).items).toEqual(figuresOf(aggregateTeam(blue, dimensionsFixture, options)).items);
    const blueLeaders = aggregateTeam(tagged, dimensionsFixture, { ...options, selection: { teams: ['blue'], roles: ['leader'] } });
    expect(blueLeaders.respondents.total).toEqual(shownCount(3));
    expect(aggregateTeam(tagged, dimensionsFixture, { ...options, selection: { roles: [] } }).respondents.total).toEqual(shownCount(0));
  });

  it('merges segments whose cells are small (1 of every 3 in north), and widens a filter to the whole merged group', () => {
    const aggregate = aggregateTeam(tagged, dimensionsFixture, { ...options, selection: { segments: ['north'] } });
    expect(aggregate.plan.segments).toEqual([['north', null]]);
    expect(aggregate.selection).toEqual({ segments: ['north', null] });
    expect(aggregate.respondents.total).toEqual(shownCount(18));
  });

  it.each([0, 2, 2.5, Number.NaN])('refuses a minimum group size of %s', (minGroupSize) => {
    expect(() => aggregateTeam(leaders, dimensionsFixture, { ...options, minGroupSize })).toThrow(/minGroupSize must be a whole number of at least 3/);
  });

  it('refuses a negative number of weakest items', () => {
    expect(() => aggregateTeam(leaders, dimensionsFixture, { ...options, weakestItemCount: -1 })).toThrow(/weakestItemCount/);
  });

  it('aggregates nobody to hidden figures', () => {
    const aggregate = aggregateTeam([], dimensionsFixture, options);
    expect(aggregate.respondents.total).toEqual(shownCount(0));
    expect(aggregate.items.every((item) => figureGroups.every((group) => item.groups[group].suppressed))).toBe(true);
    expect(aggregate.weakestItems).toEqual([]);
  });

  it('shows nothing at all, not even a zero, for a collection smaller than the minimum', () => {
    const aggregate = aggregateTeam(leaders.slice(0, 2), dimensionsFixture, options);
    expect(aggregate.plan.tooFew).toBe(true);
    expect(aggregate.respondents.total).toEqual(small);
    expect(Object.values(aggregate.respondents.byRole).every((count) => count.suppressed)).toBe(true);
  });
});

describe('aggregateTeam: benchmark and spectrum models', () => {
  it('sets the published figures beside the comparable group: leader ↔ management, front line ↔ non-management, team ↔ all', () => {
    // benchmarkFixture: agree-5; q1 management 80 %, non-management 40 % agreeing; v1 all: mean 3.2.
    const results = [
      teamResult(benchmarkFixture, 'L1', 'leader', { q1: 5, q2: 3, v1: 4 }),
      teamResult(benchmarkFixture, 'L2', 'leader', { q1: 4, q2: 3, v1: 4 }),
      teamResult(benchmarkFixture, 'L3', 'leader', { q1: 2, q2: 3, v1: 4 }),
      teamResult(benchmarkFixture, 'F1', 'front-line', { q1: 4, q2: 3, v1: 2 }),
      teamResult(benchmarkFixture, 'F2', 'front-line', { q1: 2, q2: 3, v1: 2 }),
      teamResult(benchmarkFixture, 'F3', 'front-line', { q1: 2, q2: 3, v1: 2 }),
    ];
    const aggregate = aggregateTeam(results, benchmarkFixture, options);
    expect(approximately(aggregate.benchmarks)).toEqual(
      approximately([
        {
          itemId: 'q1',
          dimension: 'culture',
          text: 'Quoted survey statement q1',
          quoted: true,
          figures: [
            { group: 'management', measure: 'percentAgree', value: 80, teamGroup: 'leader', team: { suppressed: false, n: 3, value: 200 / 3 } },
            { group: 'non-management', measure: 'percentAgree', value: 40, note: 'Front-line staff, 2008', teamGroup: 'front-line', team: { suppressed: false, n: 3, value: 100 / 3 } },
          ],
        },
        {
          itemId: 'v1',
          dimension: 'voice',
          text: 'Quoted survey statement v1',
          quoted: true,
          figures: [{ group: 'all', measure: 'mean', value: 3.2, teamGroup: 'team', team: { suppressed: false, n: 6, value: 3 } }],
        },
      ]),
    );
    // With 2 front-line people, they are counted with the leaders: neither column is the published group any more.
    const merged = aggregateTeam(results.slice(0, 5), benchmarkFixture, options).benchmarks[0]?.figures;
    expect(merged?.[1]?.team).toEqual({ suppressed: true, reason: 'merged', into: 'leader' });
    expect(merged?.[0]?.team).toEqual({ suppressed: true, reason: 'merged', into: 'leader' });
  });

  it.each([
    ['management', 'leader'],
    ['non-management', 'front-line'],
    ['all', 'team'],
  ] as const)('compares %s with %s', (group, expected) => {
    expect(comparableGroup(group)).toBe(expected);
  });

  it('gives spectrum items their positions as scores, with no mean answer and no agreeing', () => {
    // s1 options: reactive (0), managed (50), led (100).
    const results = [
      ...['L1', 'L2', 'L3'].map((id) => teamResult(spectrumFixture, id, 'leader', { s1: 2 })),
      ...['F1', 'F2', 'F3'].map((id) => teamResult(spectrumFixture, id, 'front-line', { s1: 0 })),
    ];
    const aggregate = aggregateTeam(results, spectrumFixture, options);
    expect(itemOf(aggregate, 's1').groups.leader).toEqual({ suppressed: false, n: 3, meanAnswer: null, meanScore: 100, percentAgreeing: null });
    expect(aggregate.gaps.items[0]).toEqual({ itemId: 's1', dimension: 'strategy', text: 'Question s1', points: 100, percentAgreeingPoints: null });
    expect(dimensionOf(aggregate, 'strategy').groups['front-line']).toEqual({ suppressed: false, n: 3, mean: 0, median: 0, histogram: [3, 0, 0, 0, 0], percentAgreeing: null });
  });

  it('counts a dimension score on the agree line as agreeing despite floating point (6 and 8 on a 1–10 scale)', () => {
    const definition = defineAssessment({ scale: 'agree-10', model: 'dimensions', dimensions: [dimension('only', [{ id: 'x1', text: 'Statement x1' }, { id: 'x2', text: 'Statement x2' }])] });
    const results = ['A', 'B', 'C'].map((id) => teamResult(definition, id, 'leader', { x1: 6, x2: 8 }));
    const figures = dimensionOf(aggregateTeam(results, definition, options), 'only').groups.leader;
    expect(figures.suppressed ? null : figures.percentAgreeing).toBe(100);
  });
});

describe('perceptionGap and sortByGapSize', () => {
  it.each([
    ['both sides', { score: 80, percentAgreeing: 90 }, { score: 30, percentAgreeing: 20 }, { points: 50, percentAgreeingPoints: 70 }],
    ['front line higher', { score: 30, percentAgreeing: 20 }, { score: 80, percentAgreeing: 90 }, { points: -50, percentAgreeingPoints: -70 }],
    ['no agreeing on the scale', { score: 30, percentAgreeing: null }, { score: 80, percentAgreeing: null }, { points: -50, percentAgreeingPoints: null }],
    ['leaders hidden', null, { score: 80, percentAgreeing: 90 }, { points: null, percentAgreeingPoints: null }],
    ['front line hidden', { score: 80, percentAgreeing: 90 }, null, { points: null, percentAgreeingPoints: null }],
  ])('%s', (_, leader, front, expected) => {
    expect(perceptionGap(leader, front)).toEqual(expected);
  });

  it('sorts by absolute size, keeps the order of equal gaps (even a bit apart in floating point), and puts hidden gaps last', () => {
    const gaps = [
      { id: 'a', points: null, percentAgreeingPoints: null },
      { id: 'b', points: -40, percentAgreeingPoints: null },
      { id: 'c', points: 66.66666666666666, percentAgreeingPoints: null },
      { id: 'd', points: 66.66666666666667, percentAgreeingPoints: null },
      { id: 'e', points: 0, percentAgreeingPoints: null },
    ];
    expect(sortByGapSize(gaps).map((gap) => gap.id)).toEqual(['c', 'd', 'b', 'e', 'a']);
  });
});

// ---------------------------------------------------------------------------------------
// Properties

/** Figures recounted from the raw results by the full scoring path, to check the aggregate against. */
function recount(results: readonly SavedResult[], definition: Assessment) {
  const itemAnswered = new Map<string, Record<RespondentRole, number>>();
  const dimensionScored = new Map<string, Record<RespondentRole, number>>();
  const zero = (): Record<RespondentRole, number> => ({ leader: 0, manager: 0, 'front-line': 0, 'not-given': 0 });
  for (const found of definition.dimensions) {
    dimensionScored.set(found.id, zero());
    for (const item of found.items) itemAnswered.set(item.id, zero());
  }
  const roleCounts = zero();
  for (const result of results) {
    const role: RespondentRole = result.role ?? 'not-given';
    roleCounts[role] += 1;
    const scored = scoreAssessment(definition, result.answers, result.role);
    for (const item of scored.items) {
      const counts = itemAnswered.get(item.id) ?? zero();
      if (item.answered) counts[role] += 1;
      itemAnswered.set(item.id, counts);
    }
    for (const scoredDimension of scored.dimensions) {
      const counts = dimensionScored.get(scoredDimension.id) ?? zero();
      if (scoredDimension.score !== null) counts[role] += 1;
      dimensionScored.set(scoredDimension.id, counts);
    }
  }
  return { itemAnswered, dimensionScored, roleCounts };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

const definitions = [dimensionsFixture, fixtures.gated, fixtures.checklist, benchmarkFixture, spectrumFixture];
const anyTeam = fc.constantFrom(...definitions).chain((definition) =>
  fc.record({
    definition: fc.constant(definition),
    results: teamResultsArbitrary(definition, { maxRespondents: 24, segments: ['north', 'south', 'east'] }),
    minGroupSize: fc.integer({ min: 3, max: 5 }),
  }),
);

describe('aggregateTeam properties', () => {
  it('changes no figure when the input order changes', () => {
    fc.assert(
      fc.property(
        anyTeam.chain((team) => fc.record({ team: fc.constant(team), shuffled: fc.shuffledSubarray(team.results, { minLength: team.results.length }) })),
        ({ team, shuffled }) => {
          const settings = { ...options, minGroupSize: team.minGroupSize };
          expect(aggregateTeam(shuffled, team.definition, settings)).toEqual(aggregateTeam(team.results, team.definition, settings));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('shows no gap between leaders and a front line who answered alike', () => {
    const groups = fc.record({
      answers: fc.array(teamResultsArbitrary(dimensionsFixture, { minRespondents: 1, maxRespondents: 1 }).map((results) => results[0]?.answers ?? {}), { minLength: 3, maxLength: 8 }),
      others: teamResultsArbitrary(dimensionsFixture, { maxRespondents: 6, roles: ['manager', null] }),
    });
    fc.assert(
      fc.property(groups, ({ answers, others }) => {
        const alike = (prefix: string, role: Role) => answers.map((given, index) => teamResult(dimensionsFixture, `${prefix}-${String(index).padStart(3, '0')}`, role, given));
        const aggregate = aggregateTeam([...alike('lead', 'leader'), ...alike('line', 'front-line'), ...others.map((result) => ({ ...result, id: `other-${result.id}` }))], dimensionsFixture, options);
        // Managers or people without a role few enough to be counted with leaders or the front line make the two differ; that case is not this one.
        if (aggregate.groupRoles.leader.join() !== 'leader' || aggregate.groupRoles['front-line'].join() !== 'front-line') return;
        expect(aggregate.respondents.byRole.leader.suppressed).toBe(false);
        for (const gap of [...aggregate.gaps.items, ...aggregate.gaps.dimensions]) {
          if (gap.points !== null) expect(gap.points).toBe(0);
          if (gap.percentAgreeingPoints !== null) expect(gap.percentAgreeingPoints).toBe(0);
        }
        for (const item of aggregate.items) expect(item.groups.leader).toEqual(item.groups['front-line']);
      }),
      { numRuns: 150 },
    );
  });

  it('changes, when one more person answers, no figure of a group they are not in (every group large)', () => {
    const roleGroup = (role: Role) =>
      fc.array(teamResultsArbitrary(dimensionsFixture, { minRespondents: 1, maxRespondents: 1 }).map((results) => results[0]?.answers ?? {}), { minLength: 3, maxLength: 6 }).map((answers) =>
        answers.map((given, index) => teamResult(dimensionsFixture, `${role}-${index}`, role, given)),
      );
    const team = fc.record({
      results: fc.tuple(roleGroup('leader'), roleGroup('manager'), roleGroup('front-line')).map((groups) => groups.flat()),
      newcomer: fc.record({ role: fc.constantFrom(...roles), answers: teamResultsArbitrary(dimensionsFixture, { minRespondents: 1, maxRespondents: 1 }).map((results) => results[0]?.answers ?? {}) }),
    });
    fc.assert(
      fc.property(team, ({ results, newcomer }) => {
        const before = aggregateTeam(results, dimensionsFixture, options);
        const after = aggregateTeam([...results, teamResult(dimensionsFixture, 'newcomer', newcomer.role, newcomer.answers)], dimensionsFixture, options);
        for (const role of roles.filter((other) => other !== newcomer.role)) {
          expect(after.respondents.byRole[role]).toEqual(before.respondents.byRole[role]);
          after.items.forEach((item, index) => expect(item.groups[role]).toEqual(before.items[index]?.groups[role]));
          after.dimensions.forEach((found, index) => expect(found.groups[role]).toEqual(before.dimensions[index]?.groups[role]));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('changes, when one more person answers, no shown figure of a group they are not in (any team)', () => {
    const team = anyTeam.chain((drawn) =>
      fc.record({
        team: fc.constant(drawn),
        newcomer: teamResultsArbitrary(drawn.definition, { minRespondents: 1, maxRespondents: 1, segments: ['north', 'south', 'east'] }).map((results) => ({ ...results[0]!, id: 'newcomer' })),
      }),
    );
    fc.assert(
      fc.property(team, ({ team: { definition, results, minGroupSize }, newcomer }) => {
        const settings = { ...options, minGroupSize };
        const before = aggregateTeam(results, definition, settings);
        const after = aggregateTeam([...results, newcomer], definition, settings);
        // A newcomer can change which values are counted together; then every figure may move, by design.
        if (JSON.stringify(before.plan) !== JSON.stringify(after.plan)) return;
        const theirRole: RespondentRole = newcomer.role ?? 'not-given';
        const bothShown = <F>(a: Published<F> | undefined, b: Published<F> | undefined) => a !== undefined && b !== undefined && !a.suppressed && !b.suppressed;
        for (const role of roles.filter((other) => !after.groupRoles[other].includes(theirRole))) {
          after.items.forEach((item, index) => {
            const earlier = before.items[index]?.groups[role];
            if (bothShown(item.groups[role], earlier)) expect(item.groups[role]).toEqual(earlier);
          });
          after.dimensions.forEach((found, index) => {
            const earlier = before.dimensions[index]?.groups[role];
            if (bothShown(found.groups[role], earlier)) expect(found.groups[role]).toEqual(earlier);
          });
        }
        for (const cell of after.respondents.byRoleAndSegment) {
          if (cell.segments.includes(newcomer.segment ?? null) && after.plan.roles.some((group) => group.includes(theirRole) && group.includes(cell.role))) continue;
          const earlier = before.respondents.byRoleAndSegment.find((candidate) => candidate.role === cell.role && candidate.label === cell.label)?.count;
          if (bothShown(cell.count, earlier)) expect(cell.count).toEqual(earlier);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('shows no figure for fewer than the minimum, no count between 1 and k − 1, and hides no count when k or more answered in all', () => {
    fc.assert(
      fc.property(anyTeam, ({ definition, results, minGroupSize: k }) => {
        const aggregate = aggregateTeam(results, definition, { ...options, minGroupSize: k });
        const truth = recount(results, definition);
        const { respondents } = aggregate;
        for (const entry of [...aggregate.items, ...aggregate.dimensions]) {
          for (const group of figureGroups) {
            const figure = entry.groups[group];
            if (!figure.suppressed) expect(figure.n).toBeGreaterThanOrEqual(k);
          }
        }
        const counts = [respondents.total, ...Object.values(respondents.byRole), ...respondents.bySegment.map((entry) => entry.count), ...respondents.byRoleAndSegment.map((entry) => entry.count)];
        for (const count of counts) {
          if (!count.suppressed) expect(count.n === 0 || count.n >= k).toBe(true);
          if (count.suppressed && count.reason === 'small-group') expect(results.length).toBeLessThan(k);
        }
        if (results.length >= k) expect(respondents.total).toEqual(shownCount(results.length));
        // A role counted on its own shows its true count.
        for (const role of respondentRoles) {
          const count = respondents.byRole[role];
          if (!count.suppressed && aggregate.plan.roles.some((group) => group.length === 1 && group[0] === role)) expect(count.n).toBe(truth.roleCounts[role]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps scores and percentages within 0–100, gaps within ±100 and mean answers on the scale', () => {
    fc.assert(
      fc.property(anyTeam, ({ definition, results, minGroupSize }) => {
        const aggregate = aggregateTeam(results, definition, { ...options, minGroupSize });
        const scale = scales[definition.scale];
        const percent = (value: number | null) => {
          if (value !== null) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(100);
          }
        };
        for (const item of aggregate.items) {
          for (const group of figureGroups) {
            const figures = item.groups[group];
            if (figures.suppressed) continue;
            percent(figures.meanScore);
            percent(figures.percentAgreeing);
            if (figures.meanAnswer !== null) {
              expect(figures.meanAnswer).toBeGreaterThanOrEqual(scale.min);
              expect(figures.meanAnswer).toBeLessThanOrEqual(scale.max);
            }
          }
        }
        for (const found of aggregate.dimensions) {
          for (const group of figureGroups) {
            const figures = found.groups[group];
            if (figures.suppressed) continue;
            percent(figures.mean);
            percent(figures.median);
            percent(figures.percentAgreeing);
            expect(sum(figures.histogram)).toBe(figures.n);
          }
        }
        for (const gap of [...aggregate.gaps.items, ...aggregate.gaps.dimensions]) {
          for (const points of [gap.points, gap.percentAgreeingPoints]) {
            if (points === null) continue;
            expect(Math.abs(points)).toBeLessThanOrEqual(100);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('aggregateTeam at scale', () => {
  it('aggregates 10,000 results', () => {
    // 10 dimensions of 3 items on agree-10, about the size of the largest real assessment.
    const definition = defineAssessment({
      scale: 'agree-10',
      model: 'dimensions',
      dimensions: Array.from({ length: 10 }, (_, d) => dimension(`d${d}`, Array.from({ length: 3 }, (_, i) => ({ id: `d${d}-i${i}`, text: `Statement ${d}.${i}` })))),
    });
    const itemIds = definition.dimensions.flatMap((found) => found.items.map((item) => item.id));
    const roleCycle: (Role | null)[] = ['leader', 'manager', 'front-line', 'front-line', null];
    const results = Array.from({ length: 10_000 }, (_, index) => {
      // Every 20th respondent answers n/a throughout; the rest answer 1–10 in turn.
      const answers: Answers = Object.fromEntries(itemIds.map((id, item) => [id, index % 20 === 0 ? null : ((index + item) % 10) + 1]));
      return teamResult(definition, `r-${String(index).padStart(5, '0')}`, roleCycle[index % roleCycle.length] ?? null, answers, { segment: `segment-${index % 4}` });
    });
    const aggregate = aggregateTeam(results, definition, options);
    expect(aggregate.respondents.total).toEqual(shownCount(10_000));
    expect(aggregate.respondents.byRole).toEqual({ leader: shownCount(2000), manager: shownCount(2000), 'front-line': shownCount(4000), 'not-given': shownCount(2000) });
    expect(aggregate.respondents.bySegment.map((segment) => segment.count)).toEqual([2500, 2500, 2500, 2500].map(shownCount));
    const first = aggregate.items[0]?.groups.team;
    expect(first?.suppressed === false && first.n).toBe(9500);
    expect(aggregate.weakestItems).toHaveLength(5);
  });
});

describe('aggregateTeam: who could not see an area from their role', () => {
  // alpha's a1 and beta's b1 offer "I can't see this from my role"; gamma's g1 does not.
  const visibility = defineAssessment({
    scale: 'agree-5',
    model: 'dimensions',
    dimensions: [
      dimension('alpha', [{ id: 'a1', text: 'Statement a1', cannotSee: true }, { id: 'a2', text: 'Statement a2' }]),
      dimension('beta', [{ id: 'b1', text: 'Statement b1', cannotSee: true }, { id: 'b2', text: 'Statement b2' }]),
      dimension('gamma', [{ id: 'g1', text: 'Statement g1' }]),
    ],
  });
  const person = (id: string, role: Role, answers: Answers) => teamResult(visibility, id, role, { a1: 4, a2: 4, b1: 4, b2: 4, g1: 4, ...answers });
  const team = [
    ...['L1', 'L2', 'L3', 'L4', 'L5'].map((id) => person(id, 'leader', {})),
    person('F1', 'front-line', { a1: 'cannot-see' }),
    person('F2', 'front-line', { a1: 'cannot-see', b1: 'cannot-see' }),
    ...['F3', 'F4', 'F5'].map((id) => person(id, 'front-line', {})),
  ];
  const byId = (aggregate: TeamAggregate, id: string) => aggregate.dimensions.find((entry) => entry.id === id)!;

  it('counts each role\u2019s people who could not see an area, out of everyone in the role', () => {
    const aggregate = aggregateTeam(team, visibility, options);
    const alpha = byId(aggregate, 'alpha');
    expect(alpha.asksCannotSee).toBe(true);
    expect(alpha.cannotSee['front-line']).toEqual({ suppressed: false, n: 5, people: 2, percent: 40 });
    expect(alpha.cannotSee.leader).toEqual({ suppressed: false, n: 5, people: 0, percent: 0 });
    expect(alpha.cannotSee.team).toEqual({ suppressed: false, n: 10, people: 2, percent: 20 });
    expect(byId(aggregate, 'beta').cannotSee['front-line']).toMatchObject({ people: 1, percent: 20 });
    expect(byId(aggregate, 'gamma').asksCannotSee).toBe(false);
    // "Could not see" is no answer on the scale: alpha's front-line score rests on the answers given.
    expect(aggregate.items.find((item) => item.id === 'a1')?.groups['front-line']).toMatchObject({ n: 3 });
  });

  it('uses the same merged groups as the other figures: 2 managers counted with leaders', () => {
    const aggregate = aggregateTeam([...team, person('M1', 'manager', { a1: 'cannot-see' }), person('M2', 'manager', {})], visibility, options);
    const alpha = byId(aggregate, 'alpha');
    expect(alpha.cannotSee.manager).toEqual({ suppressed: true, reason: 'merged', into: 'leader' });
    expect(alpha.cannotSee.leader).toEqual({ suppressed: false, n: 7, people: 1, percent: (100 * 1) / 7 });
  });

  it('follows the filter, and shows nothing for a collection smaller than the minimum', () => {
    const filtered = aggregateTeam(team, visibility, { ...options, selection: { roles: ['leader'] } });
    expect(byId(filtered, 'alpha').cannotSee.team).toEqual({ suppressed: false, n: 5, people: 0, percent: 0 });
    expect(byId(filtered, 'alpha').cannotSee['front-line']).toMatchObject({ suppressed: true });
    const tiny = aggregateTeam(team.slice(5, 7), visibility, options);
    expect(byId(tiny, 'alpha').cannotSee['front-line']).toMatchObject({ suppressed: true, reason: 'small-group' });
  });
});

describe('scoreBins', () => {
  it('labels each bin by the whole scores it holds, the last with 100', () => {
    expect(scoreBins.map((bin, index) => `${bin.from}–${index === scoreBins.length - 1 ? bin.to : bin.to - 1}`)).toEqual(scoreBins.map((bin) => bin.label));
  });
});
