/**
 * Which results can join a team view. Reading files and links is intake's job
 * (src/lib/intake/); this is the one rule the team view adds, kept here in one function
 * that intake calls (collect's `accept`), so a change to which versions can be pooled is
 * made in one place.
 */
import { definitionFor, type DefinitionsById } from '../results/definitions.ts';
import type { EarlierVersionsById } from '../results/history.ts';
import type { SavedResult } from '../schema/saved-result.ts';
import { teamVersionProblem } from './earlier-versions.ts';

/**
 * Why a valid result cannot join a team view, or undefined when it can: its assessment must
 * be one this site has, in the version the site asks now or an earlier one it keeps
 * (teamVersionProblem), because answers to unknown questions cannot be pooled with these.
 */
export function teamProblem(result: SavedResult, definitionsById: DefinitionsById, earlier: EarlierVersionsById = {}): string | undefined {
  const definition = definitionFor(definitionsById, result.assessment);
  if (!definition) return `It is a result of "${result.assessment}", an assessment this site does not have.`;
  return teamVersionProblem(result, definition, earlier);
}
