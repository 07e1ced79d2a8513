import { describe, expect, it } from 'vitest';
import { defineAssessment, dimension } from '../scoring/fixtures.ts';
import { paceDefinition, testEarlierVersions } from '../results/fixtures.ts';
import { assessmentVersion } from '../results/version.ts';
import type { EarlierVersionsById } from '../results/history.ts';
import { draftPlan } from './draft-plan.ts';
import { areaCarriesOver, planProgress, prioritiesDue, progressPhrase, targetMet } from './progress.ts';
import { ASSESSMENT, definition, fixtureResult, samplePlan } from './fixtures.ts';

/** An earlier version: alpha as today, beta with an item since replaced (bx), gamma as today. */
const before = defineAssessment({
  scale: 'agree-5',
  model: 'dimensions',
  dimensions: [
    dimension('alpha', [{ id: 'a1', text: 'Statement a1' }, { id: 'a2', text: 'Statement a2' }]),
    dimension('beta', [{ id: 'b1', text: 'Statement b1' }, { id: 'bx', text: 'Statement bx' }]),
    dimension('gamma', [{ id: 'g1', text: 'Statement g1' }]),
  ],
});
const earlier: EarlierVersionsById = {
  [ASSESSMENT]: [{ version: assessmentVersion(before), changes: 'bx was replaced.', carriesOver: { a1: 'a1', a2: 'a2', b1: 'b1', g1: 'g1' }, definition: before }],
};
const plan = samplePlan();
const then = fixtureResult();

describe('planProgress', () => {
  it('gives each priority its score then and now, and whether the target is met', () => {
    const newer = fixtureResult({ id: 'result-plan-0002', takenAt: '2026-06-01T10:00:00.000Z', answers: { a1: 3, a2: 4, g1: 3 } });
    expect(planProgress(plan, then, newer, definition, earlier)).toEqual([
      { area: `${ASSESSMENT}/alpha`, target: { band: 'Developing' }, then: 25, now: 62.5, outcome: 'met' },
      { area: `${ASSESSMENT}/gamma`, target: { score: 60 }, then: 50, now: 50, outcome: 'not-met' },
    ]);
  });

  it('does not compare an area with too few answers now', () => {
    const newer = fixtureResult({ id: 'result-plan-0002', answers: { a1: 5, a2: 5 } });
    expect(planProgress(plan, then, newer, definition, earlier)[1]).toEqual({ area: `${ASSESSMENT}/gamma`, target: { score: 60 }, then: 50, now: null, outcome: 'not-comparable', reason: 'too-few-answers' });
  });

  it('compares a plan made on an earlier version where the area carried over whole, and not where it changed', () => {
    const old = fixtureResult({ version: assessmentVersion(before), answers: { a1: 1, a2: 1, b1: 2, bx: 2, g1: 2 } });
    const betaPlan = samplePlan({ version: old.version, priorities: [{ ...plan.priorities[0]!, area: `${ASSESSMENT}/alpha` }, { ...plan.priorities[1]!, area: `${ASSESSMENT}/beta` }] });
    const newer = fixtureResult({ id: 'result-plan-0002' });
    expect(planProgress(betaPlan, old, newer, definition, earlier).map(({ then: was, now, outcome, reason }) => ({ was, now, outcome, reason }))).toEqual([
      { was: 0, now: 25, outcome: 'not-met', reason: undefined },
      { was: null, now: null, outcome: 'not-comparable', reason: 'version-changed' },
    ]);
  });

  it('does not compare a PACE plan made before the items were split with a result of today (every area changed)', () => {
    const [entry] = testEarlierVersions.pace!;
    const old = { format: 1 as const, id: 'old-pace', assessment: 'pace', version: entry!.version, takenAt: '2025-01-01T00:00:00.000Z', role: null, answers: { pr1: 1, pr2: 1, at1: 1, co1: 1, ev1: 1 } };
    const oldPlan = draftPlan(old, entry!.definition, [], '2025-01-01');
    oldPlan.priorities = paceDefinition.dimensions.slice(0, 3).map((dimension) => ({ area: `pace/${dimension.id}`, target: { score: 50 }, reviewOn: '2025-04-01', actions: [] }));
    const today = { ...old, id: 'new-pace', version: assessmentVersion(paceDefinition), takenAt: '2026-01-01T00:00:00.000Z' };
    expect(planProgress(oldPlan, old, today, paceDefinition, testEarlierVersions).map((progress) => progress.reason)).toEqual(['version-changed', 'version-changed', 'version-changed']);
  });

  it('does not compare with a result of an unknown version, or of another assessment', () => {
    const unknown = fixtureResult({ id: 'result-plan-0002', version: 'unknown' });
    expect(planProgress(plan, then, unknown, definition, earlier).map((progress) => progress.reason)).toEqual(['version-changed', 'version-changed']);
    const other = fixtureResult({ id: 'result-plan-0003', assessment: 'pace' });
    expect(planProgress(plan, then, other, definition, earlier).map((progress) => progress.reason)).toEqual(['other-assessment', 'other-assessment']);
  });

  it('says a band target the assessment no longer has cannot be judged', () => {
    const renamed = samplePlan({ priorities: [{ ...plan.priorities[0]!, target: { band: 'Emerging' } }] });
    expect(planProgress(renamed, then, then, definition, earlier)[0]).toMatchObject({ outcome: 'not-comparable', reason: 'unknown-band' });
  });
});

describe('areaCarriesOver', () => {
  it('is false for an area the definition does not have', () => {
    expect(areaCarriesOver(then, 'delta', definition, earlier)).toBe(false);
  });
});

describe('targetMet', () => {
  it.each([
    [{ score: 60 }, 60, true],
    [{ score: 60 }, 59.9, false],
    [{ band: 'Developing' }, 40, false],
    [{ band: 'Developing' }, 41, true],
    [{ band: 'Developing' }, 90, true],
    [{ band: 'Leading' }, 70, false],
  ])('%o at %s is %s', (target, score, met) => {
    expect(targetMet(target, score, definition)).toBe(met);
  });
});

describe('progressPhrase and prioritiesDue', () => {
  it('words each outcome with its own key', () => {
    expect(progressPhrase({ area: 'a/b', target: { score: 1 }, then: 1, now: 2, outcome: 'met' })).toEqual({ key: 'plan.progress.met' });
    expect(progressPhrase({ area: 'a/b', target: { score: 1 }, then: null, now: null, outcome: 'not-comparable', reason: 'version-changed' })).toEqual({ key: 'plan.progress.versionChanged' });
  });

  it('lists the priorities due on or before a day', () => {
    expect(prioritiesDue(plan, '2026-05-30')).toEqual([]);
    expect(prioritiesDue(plan, '2026-05-31').map((priority) => priority.area)).toEqual([`${ASSESSMENT}/alpha`]);
  });
});
