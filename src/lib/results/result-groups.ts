import type { Assessment } from '../schema/assessment.ts';
import type { SavedResult } from '../schema/saved-result.ts';
import { definitionFor, type DefinitionsById } from './definitions.ts';

/** One assessment's saved results, for the results page. */
export interface ResultGroup {
  assessment: string;
  /** Undefined when this site has no such assessment (a result imported from another site). */
  definition: Assessment | undefined;
  /** Newest first. */
  results: SavedResult[];
}

/** Newest first; results taken in the same second keep a fixed order (by id). */
export function newestFirst(a: SavedResult, b: SavedResult): number {
  return Date.parse(b.takenAt) - Date.parse(a.takenAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Results grouped by assessment: assessments in the order `definitionsById` lists them,
 * then any this site does not have, by id. Groups with no results are left out.
 */
export function groupResults(results: readonly SavedResult[], definitionsById: DefinitionsById): ResultGroup[] {
  const byAssessment = new Map<string, SavedResult[]>();
  for (const result of results) {
    const group = byAssessment.get(result.assessment);
    if (group) group.push(result);
    else byAssessment.set(result.assessment, [result]);
  }
  const known = Object.keys(definitionsById).filter((id) => byAssessment.has(id));
  const unknown = [...byAssessment.keys()].filter((id) => !definitionFor(definitionsById, id)).sort();
  return [...known, ...unknown].map((assessment) => ({
    assessment,
    definition: definitionFor(definitionsById, assessment),
    results: [...(byAssessment.get(assessment) ?? [])].sort(newestFirst),
  }));
}
