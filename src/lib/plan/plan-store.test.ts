import { describe, expect, it } from 'vitest';
import { memoryEngine } from '../results/fixtures.ts';
import { createResultStore, RESULTS_KEY } from '../results/store.ts';
import { createPlanStore, migratePlan, PLAN_BACKUP_KEY_PREFIX, PLANS_KEY } from './plan-store.ts';
import { samplePlan } from './fixtures.ts';

const plan = samplePlan();
const stored = (records: unknown[]) => ({ [PLANS_KEY]: JSON.stringify({ store: 1, plans: records }) });

describe('createPlanStore', () => {
  it('saves a plan under its own key, finds it by result, and replaces it on the next save', () => {
    const { engine, data } = memoryEngine();
    const plans = createPlanStore(engine);
    expect(plans.save(plan)).toEqual({ ok: true });
    expect(plans.forResult(plan.resultId)).toEqual(plan);
    const changed = { ...plan, updatedAt: '2026-04-01T08:00:00.000Z' };
    expect(plans.save(changed)).toEqual({ ok: true });
    expect(plans.list()).toEqual({ plans: [changed], problems: [] });
    expect(JSON.parse(data.get(PLANS_KEY)!)).toEqual({ store: 1, plans: [changed] });
  });

  it('leaves the saved results as they are: a plan is not part of the result format', () => {
    const { engine, data } = memoryEngine();
    const results = createResultStore(engine);
    results.save({ format: 1, id: plan.resultId, assessment: plan.assessment, version: plan.version, takenAt: '2026-03-01T10:30:00.000Z', role: null, answers: { a1: 2 } });
    const before = data.get(RESULTS_KEY);
    createPlanStore(engine).save(plan);
    expect(data.get(RESULTS_KEY)).toBe(before);
    expect(results.list().results).toHaveLength(1);
  });

  it('refuses an invalid plan with the field and what to do, writing nothing', () => {
    const { engine, data } = memoryEngine();
    const bad = { ...plan, priorities: [{ ...plan.priorities[0]!, reviewOn: 'next spring' }] };
    expect(createPlanStore(engine).save(bad)).toEqual({ ok: false, reason: 'invalid', problem: { key: 'plan.invalid.reviewOn', values: { field: 'priorities.0.reviewOn' } } });
    expect(data.has(PLANS_KEY)).toBe(false);
  });

  it('removes the plan of a result, and the key with the last one', () => {
    const { engine, data } = memoryEngine(stored([plan, { ...plan, resultId: 'other' }]));
    const plans = createPlanStore(engine);
    expect(plans.remove('other')).toEqual({ ok: true });
    expect(plans.list().plans).toEqual([plan]);
    expect(plans.remove(plan.resultId)).toEqual({ ok: true });
    expect(data.has(PLANS_KEY)).toBe(false);
  });

  it('reports storage that is off or full as phrases', () => {
    const { engine, failures } = memoryEngine();
    failures.set = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    expect(createPlanStore(engine).save(plan)).toEqual({ ok: false, reason: 'full', problem: { key: 'plan.store.full' } });
    failures.get = new Error('SecurityError');
    expect(createPlanStore(engine).list()).toEqual({ plans: [], problems: [{ index: null, problem: { key: 'plan.store.unavailable' } }] });
  });
});

describe('plans this code cannot read are never lost', () => {
  const newer = { ...plan, format: 2, resultId: 'from-the-future', checkIns: [] };
  const damaged = { ...plan, resultId: 'damaged', priorities: 'all of them' };

  it('lists the readable plans and names the others, keeping them byte for byte on the next save', () => {
    const { engine, data } = memoryEngine(stored([newer, plan, damaged]));
    const plans = createPlanStore(engine);
    expect(plans.list()).toEqual({
      plans: [plan],
      problems: [
        { index: 0, problem: { key: 'plan.store.newerFormat' } },
        { index: 2, problem: { key: 'plan.store.unreadable', values: { detail: { key: 'plan.invalid.priorities', values: { field: 'priorities' } } } } },
      ],
    });
    const another = { ...plan, resultId: 'another' };
    expect(plans.save(another)).toEqual({ ok: true });
    expect(JSON.parse(data.get(PLANS_KEY)!).plans).toEqual([newer, plan, damaged, another]);
  });

  it('does not save over a newer-format plan of the same result: both are kept', () => {
    const { engine, data } = memoryEngine(stored([{ ...newer, resultId: plan.resultId }]));
    expect(createPlanStore(engine).save(plan)).toEqual({ ok: true });
    expect(JSON.parse(data.get(PLANS_KEY)!).plans).toEqual([{ ...newer, resultId: plan.resultId }, plan]);
  });

  it('copies a damaged store aside before a save replaces it, and changes nothing on a remove', () => {
    const { engine, data } = memoryEngine({ [PLANS_KEY]: '{"store":1,"plans":[' });
    const plans = createPlanStore(engine);
    expect(plans.list().problems).toEqual([{ index: null, problem: { key: 'plan.store.damaged' } }]);
    expect(plans.remove(plan.resultId)).toEqual({ ok: false, reason: 'corrupt', problem: { key: 'plan.store.damaged' } });
    const saved = plans.save(plan);
    expect(saved).toEqual({ ok: true, backupKey: expect.stringMatching(new RegExp(`^${PLAN_BACKUP_KEY_PREFIX}[0-9a-f]{8}$`)) });
    expect(saved.ok && data.get(saved.backupKey!)).toBe('{"store":1,"plans":[');
    expect(plans.list().plans).toEqual([plan]);
  });

  it('refuses to write over a store kept by a newer Touchline', () => {
    const { engine, data } = memoryEngine({ [PLANS_KEY]: JSON.stringify({ store: 2, plans: [], sharedWith: [] }) });
    const before = data.get(PLANS_KEY);
    expect(createPlanStore(engine).save(plan)).toEqual({ ok: false, reason: 'newer', problem: { key: 'plan.store.newerStore' } });
    expect(data.get(PLANS_KEY)).toBe(before);
  });
});

describe('migratePlan', () => {
  it('reads a format 1 plan as it is', () => {
    expect(migratePlan(plan)).toEqual({ ok: true, plan });
  });

  it('upgrades an older format through the upgrade table, one format at a time', () => {
    // A made-up format 0 ("review" instead of "reviewOn"), to show the path a future format change takes.
    const format0 = { ...plan, format: 0, priorities: plan.priorities.map(({ reviewOn, ...rest }) => ({ ...rest, review: reviewOn })) };
    const upgrades = {
      0: (record: unknown) => {
        const old = record as typeof format0;
        return { ok: true as const, record: { ...old, format: 1, priorities: old.priorities.map(({ review, ...rest }) => ({ ...rest, reviewOn: review })) } };
      },
    };
    expect(migratePlan(format0, upgrades)).toEqual({ ok: true, plan });
    expect(migratePlan(format0)).toEqual({ ok: false, problem: { key: 'plan.store.unreadableFormat' } });
  });

  it('does not read a record without a format, or one that is not a record', () => {
    const { format: _format, ...noFormat } = plan;
    expect(migratePlan(noFormat)).toEqual({ ok: false, problem: { key: 'plan.store.unreadableFormat' } });
    expect(migratePlan('plan')).toEqual({ ok: false, problem: { key: 'plan.store.unreadableFormat' } });
  });
});
