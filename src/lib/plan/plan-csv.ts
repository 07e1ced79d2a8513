/**
 * A plan as CSV, for a spreadsheet or a team's tracker: one row per action, and one row
 * with empty action cells for a priority that has none yet, so every priority shows.
 *
 * Columns (stable, English, whatever the page's language): `assessment`, `resultId`,
 * `version`, `priority` (1–3), `area`, `target` (a score, or a band's label), `reviewOn`,
 * `actionId` (empty for an action the person wrote), `action` (its text), `owner`, `status`.
 * Text cells are made safe against spreadsheet formulas as the results CSV makes them
 * (escapeFormula in src/lib/results/csv.ts).
 */
import Papa from 'papaparse';
import { escapeFormula } from '../results/csv.ts';
import { isChosenAction, type Plan, type PlanAction, type PlanPriority } from './plan-schema.ts';

export const PLAN_CSV_COLUMNS = ['assessment', 'resultId', 'version', 'priority', 'area', 'target', 'reviewOn', 'actionId', 'action', 'owner', 'status'] as const;

/**
 * `actionText` gives the text of a collection action by id (in the language the file is
 * for); an id it does not know (an action since removed) is written with an empty text.
 */
export function planToCsv(plan: Plan, actionText: (actionId: string) => string | undefined): string {
  const rows = plan.priorities.flatMap((priority, index) => {
    const shared = [plan.assessment, plan.resultId, plan.version, String(index + 1), priority.area, targetCell(priority), priority.reviewOn];
    if (priority.actions.length === 0) return [[...shared, '', '', '', '']];
    return priority.actions.map((action) => [...shared, ...actionCells(action, actionText)]);
  });
  return Papa.unparse({ fields: [...PLAN_CSV_COLUMNS], data: rows.map((row) => row.map(escapeFormula)) }, { newline: '\r\n' });
}

function targetCell(priority: PlanPriority): string {
  const { score, band } = priority.target;
  return score !== undefined ? String(score) : (band ?? '');
}

function actionCells(action: PlanAction, actionText: (actionId: string) => string | undefined): string[] {
  if (isChosenAction(action)) return [action.actionId, actionText(action.actionId) ?? '', action.owner, action.status];
  return ['', action.text ?? '', action.owner, action.status];
}
