import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schema/saved-result.ts';
import { scoreChecklist } from './checklist.ts';
import { answersArbitrary, checklistFixture, itemIds } from '../fixtures.ts';

interface Case {
  name: string;
  answers: Answers;
  groups: { id: string; readiness: number | null; answered: number; partly: number; notYet: number }[];
  overall: number;
  band: string;
  /** [item id, page id] */
  open: [string, string][];
  steps: string[];
}

// readiness-3: 0 not yet, 1 partly, 2 answered (0, 50, 100). customers: k1, k2 (own page), k3; measures: m1, m2.
describe('scoreChecklist', () => {
  describe.each<Case>([
    {
      name: 'a mix, with one n/a',
      answers: { k1: 2, k2: 1, k3: 0, m1: 2, m2: null },
      groups: [
        { id: 'customers', readiness: 50, answered: 1, partly: 1, notYet: 1 },
        { id: 'measures', readiness: 100, answered: 1, partly: 0, notYet: 0 },
      ],
      // Mean over the four answered items, not the mean of the groups (75).
      overall: 62.5,
      band: 'Developing',
      open: [
        ['k2', 'guide/k2-page'],
        ['k3', 'guide/customers'],
      ],
      steps: ['guide/customers'],
    },
    {
      name: 'all answered',
      answers: { k1: 2, k2: 2, k3: 2, m1: 2, m2: 2 },
      groups: [
        { id: 'customers', readiness: 100, answered: 3, partly: 0, notYet: 0 },
        { id: 'measures', readiness: 100, answered: 2, partly: 0, notYet: 0 },
      ],
      overall: 100,
      band: 'Leading',
      open: [],
      steps: [],
    },
    {
      name: 'measures weakest, k2 not yet',
      answers: { k1: 2, k2: 0, k3: 2, m1: 0, m2: 0 },
      groups: [
        { id: 'customers', readiness: 200 / 3, answered: 2, partly: 0, notYet: 1 },
        { id: 'measures', readiness: 0, answered: 0, partly: 0, notYet: 2 },
      ],
      overall: 40,
      band: 'Starting',
      open: [
        ['k2', 'guide/k2-page'],
        ['m1', 'guide/measures'],
        ['m2', 'guide/measures'],
      ],
      steps: ['guide/measures', 'guide/customers', 'guide/k2-page'],
    },
    {
      name: 'unanswered and out-of-range answers are not open',
      answers: { k1: 3, k2: -1, m1: 1.5, m2: 1 },
      groups: [
        { id: 'customers', readiness: null, answered: 0, partly: 0, notYet: 0 },
        { id: 'measures', readiness: 50, answered: 0, partly: 1, notYet: 0 },
      ],
      overall: 50,
      band: 'Developing',
      open: [['m2', 'guide/measures']],
      steps: ['guide/measures'],
    },
  ])('$name', ({ answers, groups, overall, band, open, steps }) => {
    const result = scoreChecklist(checklistFixture, answers);
    it('counts and scores each group', () => {
      expect(result.groups).toEqual(groups.map((group) => ({ ...group, title: `Title of ${group.id}`, readiness: group.readiness === null ? null : expect.closeTo(group.readiness, 10) })));
    });
    it('scores overall over every answered item', () => {
      expect(result.overall).toBeCloseTo(overall, 10);
      expect(result.band?.label).toBe(band);
    });
    it('lists the open items with the page to read', () => {
      expect(result.open.map((item) => [item.itemId, item.pageId])).toEqual(open);
    });
    it('lists next steps weakest first', () => {
      expect(result.nextSteps.flatMap((step) => [step.pageId, ...step.items.map((item) => item.pageId)])).toEqual(steps);
    });
  });

  it('describes an open item fully', () => {
    expect(scoreChecklist(checklistFixture, { k2: 1 }).open).toEqual([{ itemId: 'k2', dimension: 'customers', text: 'Key question k2', value: 1, pageId: 'guide/k2-page' }]);
  });

  describe('properties', () => {
    const answers = answersArbitrary(checklistFixture, 0, () => 2);
    it('keeps readiness within 0–100 and never lowers it when an answer is raised', () => {
      fc.assert(
        fc.property(answers, fc.constantFrom(...itemIds(checklistFixture)), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), (given, id, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const before = scoreChecklist(checklistFixture, { ...given, [id]: low } satisfies Answers);
          const after = scoreChecklist(checklistFixture, { ...given, [id]: high } satisfies Answers);
          for (const result of [before, after]) {
            for (const readiness of [result.overall, ...result.groups.map((group) => group.readiness)]) {
              if (readiness === null) continue;
              expect(readiness).toBeGreaterThanOrEqual(0);
              expect(readiness).toBeLessThanOrEqual(100);
            }
          }
          // Only the changed item's group can change; it is scored both times.
          before.groups.forEach((group, index) => {
            const raised = after.groups[index]?.readiness;
            if (group.readiness === null) expect(raised).toBeNull();
            else expect(raised ?? Number.NaN).toBeGreaterThanOrEqual(group.readiness);
          });
          // Raising an answer never changes which groups have enough answers, so both overalls are scored or neither is.
          expect(after.overall ?? Number.NEGATIVE_INFINITY).toBeGreaterThanOrEqual(before.overall ?? Number.NEGATIVE_INFINITY);
        }),
      );
    });
  });
});
