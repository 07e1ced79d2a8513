import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { PLAN_STATUS_KEYS, PLAN_STATUSES, planIssues, planSchema } from './plan-schema.ts';
import { ASSESSMENT, samplePlan } from './fixtures.ts';

const good = samplePlan();
const [first, second] = good.priorities as [(typeof good.priorities)[0], (typeof good.priorities)[0]];
const withFirst = (change: object) => ({ ...good, priorities: [{ ...first, ...change }, second] });
const withAction = (change: object) => withFirst({ actions: [{ ...first.actions[0], ...change }] });

/** The issues of a plan as `key field [max]`, in order. */
function issuesOf(value: unknown): string[] {
  const parsed = planSchema.safeParse(value);
  if (parsed.success) return [];
  return planIssues(parsed.error).map((issue) => [issue.key, issue.values?.field, issue.values?.max].filter((part) => part !== undefined).join(' '));
}

describe('planSchema', () => {
  it('accepts a plan with chosen and own actions, a band and a score target, and no priorities at all', () => {
    expect(planSchema.parse(good)).toEqual(good);
    expect(planSchema.parse({ ...good, priorities: [] }).priorities).toEqual([]);
  });

  it.each([
    ['an owner longer than 80 characters', withAction({ owner: 'x'.repeat(81) }), ['plan.invalid.owner priorities.0.actions.0.owner 80']],
    ['an owner of exactly 80 characters', withAction({ owner: 'x'.repeat(80) }), []],
    ['an unknown status', withAction({ status: 'blocked' }), ['plan.invalid.status priorities.0.actions.0.status']],
    ['an action id that is not a slug', withAction({ actionId: 'Map Journey' }), ['plan.invalid.actionId priorities.0.actions.0.actionId']],
    ['an action with both an id and own text', withAction({ text: 'Also this.' }), ['plan.invalid.action priorities.0.actions.0']],
    ['an action with neither an id nor text', withFirst({ actions: [{ owner: '', status: 'done' }] }), ['plan.invalid.action priorities.0.actions.0']],
    ['an own action of blanks', withFirst({ actions: [{ text: '   ', owner: '', status: 'done' }] }), ['plan.invalid.ownText priorities.0.actions.0.text 600']],
    ['a target score above 100', withFirst({ target: { score: 101 } }), ['plan.invalid.target priorities.0.target.score']],
    ['a target score that is not whole', withFirst({ target: { score: 62.5 } }), ['plan.invalid.target priorities.0.target.score']],
    ['a target with both a score and a band', withFirst({ target: { score: 50, band: 'Developing' } }), ['plan.invalid.target priorities.0.target']],
    ['a review date that does not exist', withFirst({ reviewOn: '2026-02-30' }), ['plan.invalid.reviewOn priorities.0.reviewOn']],
    ['an area not written as assessment/dimension', withFirst({ area: 'alpha' }), ['plan.invalid.area priorities.0.area']],
    ['an area of another assessment', withFirst({ area: 'pace/processes' }), ['plan.invalid.areaOfOtherAssessment priorities.0.area']],
    ['the same area twice', { ...good, priorities: [first, { ...second, area: first.area }] }, ['plan.invalid.areaTwice priorities.1.area']],
    ['four priorities', { ...good, priorities: [first, second, { ...second, area: `${ASSESSMENT}/beta` }, { ...second, area: `${ASSESSMENT}/delta` }] }, ['plan.invalid.tooManyPriorities priorities 3']],
    ['eleven actions in one priority', withFirst({ actions: Array.from({ length: 11 }, () => first.actions[0]) }), ['plan.invalid.tooManyActions priorities.0.actions 10']],
    ['a field the format does not have', { ...good, answers: { a1: 2 } }, ['plan.invalid.plan —']],
    ['a newer format', { ...good, format: 2 }, ['plan.invalid.format format']],
    ['no result id', { ...good, resultId: '' }, ['plan.invalid.resultId resultId']],
  ])('refuses %s, naming the field with a dictionary key', (_name, value, expected) => {
    expect(issuesOf(value)).toEqual(expected);
  });
});

describe('the plan messages', () => {
  const dictionaries = ['en', 'de', 'pl'].map((code) => [code, parse(readFileSync(new URL(`../../i18n/${code}.yaml`, import.meta.url), 'utf8')) as Record<string, unknown>] as const);
  const schemaKeys = [...readFileSync(new URL('./plan-schema.ts', import.meta.url), 'utf8').matchAll(/'(plan\.invalid\.[a-zA-Z]+)'/g)].map((match) => match[1]!);

  it.each(dictionaries)('%s words every key the schema and the statuses use', (_code, dictionary) => {
    const missing = [...new Set([...schemaKeys, ...Object.values(PLAN_STATUS_KEYS)])].filter((key) => typeof dictionary[key] !== 'string');
    expect(missing).toEqual([]);
    expect(schemaKeys.length).toBeGreaterThan(15);
  });

  it('has a label for every status', () => {
    expect(Object.keys(PLAN_STATUS_KEYS)).toEqual([...PLAN_STATUSES]);
  });
});
