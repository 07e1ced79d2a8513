/**
 * Which results can join a team view. Reading files and links is intake's job
 * (src/lib/intake/); this is the one rule the team view adds, kept here in one function
 * that intake calls (collect's `accept`), so a change to which versions can be pooled is
 * made in one place.
 */
import { definitionFor, type DefinitionsById } from '../results/definitions.ts';
import { assessmentVersion } from '../results/version.ts';
import type { SavedResult } from '../schema/saved-result.ts';

/**
 * Why a valid result cannot join a team view, or undefined when it can: its assessment must
 * be one this site has, in the version the site asks now, because answers to other
 * questions cannot be pooled with these.
 */
export function teamProblem(result: SavedResult, definitionsById: DefinitionsById): string | undefined {
  const definition = definitionFor(definitionsById, result.assessment);
  if (!definition) return `It is a result of "${result.assessment}", an assessment this site does not have.`;
  if (result.version !== assessmentVersion(definition)) {
    return `It was taken on ${result.version === 'unknown' ? 'an unrecorded' : 'another'} version of "${definition.title}" whose questions differ from this site's, so its answers cannot be pooled with the others.`;
  }
  return undefined;
}
