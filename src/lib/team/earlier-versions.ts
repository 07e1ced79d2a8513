import { phrase, type Phrase } from './phrase.ts';
import type { Assessment } from '../schema/assessment.ts';
import type { SavedResult } from '../schema/saved-result.ts';
import { earlierVersionOf, type EarlierVersionsById } from '../results/history.ts';
import { assessmentVersion } from '../results/version.ts';

/**
 * Why a result's version keeps it out of a team view, or undefined when it can join: the
 * current version, or an earlier one the site keeps (history.ts), whose unchanged items are
 * pooled with the current ones and whose split or replaced items count as unanswered.
 */
export function teamVersionProblem(result: SavedResult, definition: Assessment, earlier: EarlierVersionsById): string | undefined {
  if (result.version === assessmentVersion(definition) || earlierVersionOf(earlier, result.assessment, result.version)) return undefined;
  return `It was taken on ${result.version === 'unknown' ? 'an unrecorded' : 'another'} version of "${definition.title}" whose questions differ from this site's and which this site does not know, so its answers cannot be pooled with the others.`;
}

/** The team report's method note when some results in view were taken with an earlier version. */
export function earlierVersionsNote(count: number): Phrase {
  return phrase('report.method.earlierNote', { count });
}
