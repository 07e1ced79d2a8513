import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schema/saved-result.ts';
import { answersArbitrary, gatedFixture } from '../fixtures.ts';
import { scoreGated } from './gated.ts';

interface Case {
  name: string;
  answers: Answers;
  inPlace: boolean[];
  states: string[];
  reached: string | null;
  workOnFirst: string | null;
  leapfrogged: string[];
  overall: number | null;
  steps: string[];
}

// in-place-5: an answer scores (answer − 1) × 25; a stage is in place from 75.
// Stages in order: foundation (f1, f2), listen (l1, l2), act (c1, c2), embed (e1).
describe('scoreGated', () => {
  describe.each<Case>([
    {
      name: 'every stage in place',
      states: ['in-place', 'in-place', 'in-place', 'in-place'],
      answers: { f1: 5, f2: 4, l1: 4, l2: 4, c1: 5, c2: 5, e1: 4 },
      inPlace: [true, true, true, true],
      reached: 'embed',
      workOnFirst: null,
      leapfrogged: [],
      overall: 100,
      steps: [],
    },
    {
      name: 'a gap at the second stage, the third built anyway',
      states: ['in-place', 'not-in-place', 'in-place', 'not-in-place'],
      answers: { f1: 4, f2: 4, l1: 4, l2: 3, c1: 5, c2: 5, e1: 2 },
      inPlace: [true, false, true, false],
      reached: 'foundation',
      workOnFirst: 'listen',
      leapfrogged: ['act'],
      overall: 25,
      // Gaps in stage order (listen 62.5 before embed 25), embed's low item page under it.
      steps: ['guide/listen', 'guide/embed', 'guide/e1-page'],
    },
    {
      name: 'the first stage missing',
      states: ['not-in-place', 'in-place', 'in-place', 'in-place'],
      answers: { f1: 3, f2: 3, l1: 5, l2: 5, c1: 5, c2: 5, e1: 5 },
      inPlace: [false, true, true, true],
      reached: null,
      workOnFirst: 'foundation',
      leapfrogged: ['listen', 'act', 'embed'],
      overall: 0,
      steps: ['guide/foundation'],
    },
    {
      // "Don't know" is not "no": the first stage is unknown, so nothing is leapfrogged and the chain is not scored.
      name: 'the first stage all n/a: unknown, not a gap',
      answers: { f1: null, f2: null, l1: 5, l2: 5, c1: 5, c2: 5, e1: 5 },
      inPlace: [false, true, true, true],
      states: ['unknown', 'in-place', 'in-place', 'in-place'],
      reached: null,
      workOnFirst: null,
      leapfrogged: [],
      overall: null,
      steps: [],
    },
    {
      name: 'a known gap, then an unknown stage, then one in place',
      answers: { f1: 2, f2: 2, l1: 'cannot-see', l2: null, c1: 5, c2: 5, e1: 5 },
      inPlace: [false, false, true, true],
      states: ['not-in-place', 'unknown', 'in-place', 'in-place'],
      reached: null,
      workOnFirst: 'foundation',
      // Leapfrogged over the known gap at foundation, whatever listen turns out to be.
      leapfrogged: ['act', 'embed'],
      overall: 0,
      steps: ['guide/foundation'],
    },
    {
      name: 'out-of-range answers ignored',
      states: ['in-place', 'in-place', 'not-in-place', 'in-place'],
      answers: { f1: 5, f2: 9, l1: 0, l2: 4, c1: 3.5, c2: 1, e1: 5 },
      inPlace: [true, true, false, true],
      reached: 'listen',
      workOnFirst: 'act',
      leapfrogged: ['embed'],
      overall: 50,
      steps: ['guide/act'],
    },
    {
      name: 'nothing answered',
      answers: {},
      inPlace: [false, false, false, false],
      states: ['unknown', 'unknown', 'unknown', 'unknown'],
      reached: null,
      workOnFirst: null,
      leapfrogged: [],
      overall: null,
      steps: [],
    },
  ])('$name', ({ answers, inPlace, states, reached, workOnFirst, leapfrogged, overall, steps }) => {
    const result = scoreGated(gatedFixture, answers);
    it('marks the stages in place', () => {
      expect(result.stages.map((stage) => stage.inPlace)).toEqual(inPlace);
      expect(result.stages.map((stage) => stage.state)).toEqual(states);
    });
    it('finds the stage reached, the one to work on and those leapfrogged', () => {
      expect(result).toMatchObject({ reached, workOnFirst, leapfrogged });
      expect(result.stages.filter((stage) => stage.leapfrogged).map((stage) => stage.id)).toEqual(leapfrogged);
    });
    it('scores overall by the stages reached without a gap', () => {
      expect(result.overall).toBe(overall);
    });
    it('lists next steps for the gaps in stage order', () => {
      expect(result.nextSteps.flatMap((step) => [step.pageId, ...step.items.map((item) => item.pageId)])).toEqual(steps);
    });
  });

  it('takes a stage at exactly agreeFrom as in place', () => {
    expect(scoreGated(gatedFixture, { f1: 4, f2: 4 }).stages[0]).toEqual({ id: 'foundation', title: 'Title of foundation', score: 75, state: 'in-place', inPlace: true, leapfrogged: false });
    expect(scoreGated(gatedFixture, { f1: 4, f2: 3 }).stages[0]?.inPlace).toBe(false);
  });

  it('still ranks the weakest stages by score', () => {
    expect(scoreGated(gatedFixture, { f1: 4, f2: 4, l1: 4, l2: 3, c1: 5, c2: 5, e1: 2 }).weakest).toEqual(['embed', 'listen', 'foundation', 'act']);
  });

  describe('properties', () => {
    const answers = answersArbitrary(gatedFixture, 1, () => 5);
    it('leapfrogs exactly the stages in place after the first known gap, and reaches only before the first stage not in place', () => {
      fc.assert(
        fc.property(answers, (given) => {
          const result = scoreGated(gatedFixture, given);
          const firstGap = result.stages.findIndex((stage) => stage.state === 'not-in-place');
          const afterGap = firstGap === -1 ? [] : result.stages.filter((stage, index) => index > firstGap && stage.inPlace).map((stage) => stage.id);
          expect(result.leapfrogged).toEqual(afterGap);
          const firstBreak = result.stages.findIndex((stage) => !stage.inPlace);
          const breakAt = firstBreak === -1 ? result.stages.length : firstBreak;
          const reachedAt = result.stages.findIndex((stage) => stage.id === result.reached);
          expect(reachedAt).toBe(breakAt - 1);
          // No overall score rests on an unknown stage.
          if (result.stages[breakAt]?.state === 'unknown') expect(result.overall).toBeNull();
          else expect(result.overall).toBe((100 * breakAt) / result.stages.length);
        }),
      );
    });
  });
});
