import { describe, expect, it } from 'vitest';
import { issuesByField, newPriority, nextBand, type PlanActionOption, type PlanBand } from './plan-editing.ts';
import { planSchema } from './plan-schema.ts';
import { samplePlan } from './fixtures.ts';

const bands: PlanBand[] = [
  { label: 'Starting', title: 'Am Anfang', upTo: 40 },
  { label: 'Developing', title: 'Im Aufbau', upTo: 70 },
  { label: 'Leading', title: 'Führend', upTo: 100 },
];

const option = (id: string): PlanActionOption => ({ id, text: `Do ${id}.`, areas: ['fixture-dimensions/alpha'], effort: 'hours', priority: 1 });

describe('nextBand', () => {
  it.each([
    [25, 'Developing'],
    [40, 'Developing'],
    [41, 'Leading'],
    [95, 'Leading'],
    [null, 'Starting'],
  ] as const)('a score of %s aims at %s, by the English label', (score, label) => {
    expect(nextBand(bands, score)).toEqual({ band: label });
  });
});

describe('newPriority', () => {
  it('aims a band up, is reviewed in 90 days and starts with the three first actions, no owner, not started', () => {
    const priority = newPriority({ id: 'fixture-dimensions/alpha', title: 'Alpha', score: 30 }, bands, ['a', 'b', 'c', 'd'].map(option), '2026-01-01');
    expect(priority).toEqual({
      area: 'fixture-dimensions/alpha',
      target: { band: 'Developing' },
      reviewOn: '2026-04-01',
      actions: ['a', 'b', 'c'].map((actionId) => ({ actionId, owner: '', status: 'not-started' })),
    });
  });
});

describe('issuesByField', () => {
  it('puts each problem at its field, a target problem at the target, and keeps all of them', () => {
    const plan = samplePlan();
    const broken = {
      ...plan,
      priorities: [
        { ...plan.priorities[0]!, target: { score: 140 }, actions: [{ text: 'x', owner: 'o'.repeat(81), status: 'not-started' }, { text: '', owner: '', status: 'done' }] },
        { ...plan.priorities[1]!, reviewOn: '2026-02-31' },
      ],
    };
    const checked = planSchema.safeParse(broken);
    expect(checked.success).toBe(false);
    const byField = issuesByField(checked.error!);
    expect([...byField.keys()].sort()).toEqual(['priorities.0.actions.0.owner', 'priorities.0.actions.1.text', 'priorities.0.target', 'priorities.1.reviewOn']);
    expect(byField.get('priorities.0.target')![0]).toEqual({ key: 'plan.invalid.target', values: { field: 'priorities.0.target.score' } });
    expect(byField.get('priorities.0.actions.0.owner')![0]!.values).toMatchObject({ max: 80 });
  });
});
