import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '../schema/action.ts';
import type { Answers, Role, SavedResult } from '../schema/saved-result.ts';
import { dimensionsFixture } from '../scoring/fixtures.ts';
import { aggregateTeam, type TeamAggregate } from '../team/aggregate.ts';
import { FIXTURE_ASSESSMENT, teamResult, teamResultsArbitrary } from '../team/fixtures.ts';
import { planSchema } from './plan-schema.ts';
import { draftTeamPlan, TEAM_GAP_MIN_POINTS, teamPriorities } from './team-plan.ts';

const definition = dimensionsFixture;
const area = (dimension: string) => `${FIXTURE_ASSESSMENT}/${dimension}`;

/** `count` people of a role, each answering alpha, beta and gamma with the given values (1–5). */
function people(role: Role | null, count: number, alpha: number | null, beta: number | null, gamma: number | null, from = 0): SavedResult[] {
  return Array.from({ length: count }, (_, i) => {
    const answers: Answers = {};
    if (alpha !== null) Object.assign(answers, { a1: alpha, a2: alpha });
    if (beta !== null) Object.assign(answers, { b1: beta, b2: beta, b3: beta });
    if (gamma !== null) Object.assign(answers, { g1: gamma });
    return teamResult(definition, `${role ?? 'none'}-${from + i}`, role, answers);
  });
}

const report = (results: SavedResult[], minGroupSize = 3): TeamAggregate => aggregateTeam(results, definition, { assessmentId: FIXTURE_ASSESSMENT, minGroupSize });

const action = (id: string, areas: string[], priority: 1 | 2 | 3): Action => ({ id, text: `Do ${id}.`, areas, effort: 'days', priority, guide: 'guide/alpha' });
const actions = [action('alpha-later', [area('alpha')], 3), action('alpha-first', [area('alpha')], 1), action('alpha-next', [area('alpha')], 2), action('alpha-fourth', [area('alpha')], 3), action('gamma-only', [area('gamma')], 2)];

/** Twelve people: leaders see every area at its best; the front line sees alpha at its worst and beta a step lower. */
const twelve = [...people('leader', 4, 5, 5, 5), ...people('manager', 4, 3, 3, 2), ...people('front-line', 4, 1, 4, 5)];

describe('teamPriorities', () => {
  it('puts the largest leader–front-line gaps first, then the weakest area by the team mean', () => {
    const chosen = teamPriorities(report(twelve));
    expect(chosen.map((basis) => [basis.dimension, basis.chosenFor])).toEqual([
      ['alpha', 'gap'],
      ['beta', 'gap'],
      ['gamma', 'weakest'],
    ]);
    expect(chosen[0]).toMatchObject({ area: area('alpha'), team: { mean: 50, n: 12 }, gap: { points: 100, leader: 100, frontLine: 0 } });
    expect(chosen[1]!.gap).toEqual({ points: 25, leader: 100, frontLine: 75 });
    // Gamma's leaders and front line agree: it is chosen for its team mean, with its gap of 0 shown.
    expect(chosen[2]).toMatchObject({ chosenFor: 'weakest', gap: { points: 0, leader: 100, frontLine: 100 } });
  });

  it(`does not count a gap under ${TEAM_GAP_MIN_POINTS} points; a front line rating higher than its leaders is a gap too`, () => {
    // Alpha: leaders 50, front line 75 (−25); beta: 75 against 75 + a little; gamma: 0 against 0.
    const team = [...people('leader', 3, 3, 4, 1), ...people('front-line', 3, 4, 4, 1), ...people('front-line', 1, 4, 5, 1, 3)];
    const chosen = teamPriorities(report(team));
    expect(chosen.map((basis) => [basis.dimension, basis.chosenFor])).toEqual([
      ['alpha', 'gap'],
      ['gamma', 'weakest'],
      ['beta', 'weakest'],
    ]);
    expect(chosen[0]!.gap!.points).toBe(-25);
    expect(Math.abs(chosen[2]!.gap!.points)).toBeLessThan(TEAM_GAP_MIN_POINTS);
  });

  it('keeps definition order between equal gaps and between equal team means', () => {
    const equalGaps = [...people('leader', 3, 5, 5, 5), ...people('front-line', 3, 3, 3, 3)];
    expect(teamPriorities(report(equalGaps)).map((basis) => basis.dimension)).toEqual(['alpha', 'beta', 'gamma']);
    const equalMeans = people('manager', 5, 2, 2, 2);
    expect(teamPriorities(report(equalMeans)).map((basis) => [basis.dimension, basis.chosenFor])).toEqual([
      ['alpha', 'weakest'],
      ['beta', 'weakest'],
      ['gamma', 'weakest'],
    ]);
  });

  it('with no gap to show (no leaders), drafts from the weakest areas alone', () => {
    const chosen = teamPriorities(report([...people('manager', 3, 4, 2, 3), ...people('front-line', 3, 4, 2, 3)]));
    expect(chosen.map((basis) => basis.dimension)).toEqual(['beta', 'gamma', 'alpha']);
    expect(chosen.every((basis) => basis.chosenFor === 'weakest' && basis.gap === null)).toBe(true);
  });

  it('never takes a gap from a group too small to show, nor carries its figures', () => {
    // Two front-line people, below the minimum of 3: the report counts them with the leaders and shows no gap.
    const team = [...people('leader', 4, 5, 5, 5), ...people('front-line', 2, 1, 2, 3)];
    const aggregate = report(team);
    expect(aggregate.dimensions[0]!.groups['front-line']).toMatchObject({ suppressed: true });
    const draft = draftTeamPlan(aggregate, definition, actions, '2026-03-01');
    expect(draft.basis.map((basis) => [basis.dimension, basis.chosenFor, basis.gap])).toEqual([
      ['alpha', 'weakest', null],
      ['beta', 'weakest', null],
      ['gamma', 'weakest', null],
    ]);
    // Only the whole team's figures, as the report shows them: the pair's own mean (0 in alpha) is nowhere.
    expect(draft.basis.map((basis) => basis.team)).toEqual(aggregate.dimensions.map((dimension) => ({ mean: (dimension.groups.team as { mean: number }).mean, n: 6 })));
    expect(JSON.stringify(draft)).not.toMatch(/frontLine|leader/);
  });

  it('never chooses an area whose team figure is hidden for too few answers', () => {
    // Only two people answered gamma: its team figure is hidden, however weak it is.
    const team = [...people('leader', 3, 5, 5, null), ...people('front-line', 3, 5, 4, null), ...people('manager', 2, 5, 5, 1, 20)];
    const aggregate = report(team);
    expect(aggregate.dimensions.find((dimension) => dimension.id === 'gamma')!.groups.team.suppressed).toBe(true);
    expect(teamPriorities(aggregate).map((basis) => basis.dimension)).toEqual(['beta', 'alpha']);
  });

  it('holds only figures the report shows, for any team (property)', () => {
    fc.assert(
      fc.property(teamResultsArbitrary(definition, { maxRespondents: 20 }), (results) => {
        const aggregate = report(results);
        for (const basis of teamPriorities(aggregate)) {
          const dimension = aggregate.dimensions.find((candidate) => candidate.id === basis.dimension)!;
          const team = dimension.groups.team;
          expect(team.suppressed).toBe(false);
          if (!team.suppressed) expect(basis.team).toEqual({ mean: team.mean, n: team.n });
          if (basis.gap) {
            const leader = dimension.groups.leader;
            const frontLine = dimension.groups['front-line'];
            expect(leader.suppressed || frontLine.suppressed).toBe(false);
            if (!leader.suppressed && !frontLine.suppressed) expect([basis.gap.leader, basis.gap.frontLine]).toEqual([leader.mean, frontLine.mean]);
          }
          for (const item of basis.weakItems) expect(aggregate.weakestItems).toContainEqual(item);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('draftTeamPlan', () => {
  it('drafts a valid team plan: the band above the team mean, a review in 90 days, the top-ranked actions', () => {
    const { plan } = draftTeamPlan(report(twelve), definition, actions, '2026-03-01', { now: new Date('2026-03-01T12:00:00Z') });
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(plan).toMatchObject({ madeFrom: 'team', assessment: FIXTURE_ASSESSMENT, resultId: `team-${FIXTURE_ASSESSMENT}-2026-03-01`, updatedAt: '2026-03-01T12:00:00.000Z' });
    expect(plan.priorities[0]).toEqual({
      area: area('alpha'),
      target: { band: 'Leading' },
      reviewOn: '2026-05-30',
      actions: ['alpha-first', 'alpha-next', 'alpha-later'].map((actionId) => ({ actionId, owner: '', status: 'not-started' })),
    });
    expect(plan.priorities.map((priority) => priority.actions.length)).toEqual([3, 0, 1]);
  });

  it('names the target band by its English label when the definition is translated', () => {
    const translated = { ...definition, bands: definition.bands.map((band, i) => ({ ...band, label: `Stufe ${i + 1}` })) };
    const { plan } = draftTeamPlan(report(twelve), translated, actions, '2026-03-01', { englishBandLabels: definition.bands.map((band) => band.label) });
    expect(plan.priorities[0]!.target).toEqual({ band: 'Leading' });
  });

  it('drafts an empty plan from a team too small to show any figure', () => {
    const { plan, basis } = draftTeamPlan(report(people('leader', 2, 1, 1, 1)), definition, actions, '2026-03-01');
    expect(basis).toEqual([]);
    expect(plan.priorities).toEqual([]);
  });
});
