import type { AssessmentPayload } from '../assess/payload.ts';
import type { SavedResult } from '../schema/saved-result.ts';
import { earlierVersionOf, inCurrentVersion, itemsNotCarried, type EarlierVersion, type EarlierVersionsById } from './history.ts';

/** Each payload's earlier versions by assessment id, as the results library takes them. */
export function earlierVersionsOf(payloads: Readonly<Record<string, AssessmentPayload>>): EarlierVersionsById {
  return Object.fromEntries(Object.entries(payloads).map(([id, payload]) => [id, payload.earlier]));
}

/** The earlier version a result was taken with, when the site keeps it. */
export function earlierVersionFor(payload: AssessmentPayload, result: SavedResult): EarlierVersion | undefined {
  return result.version === payload.version ? undefined : earlierVersionOf({ [payload.id]: payload.earlier }, result.assessment, result.version);
}

/**
 * The payload to show a result with: its own version's questions and scoring when it was
 * taken with an earlier version the site keeps, else the current one.
 */
export function payloadAsTaken(payload: AssessmentPayload, result: SavedResult): { payload: AssessmentPayload; earlier?: EarlierVersion } {
  const earlier = earlierVersionFor(payload, result);
  return earlier ? { payload: { ...payload, version: earlier.version, definition: earlier.definition }, earlier } : { payload };
}

/** Results as the current questions see them, for comparing: earlier versions carried over (history.ts). */
export function resultsInCurrentVersion(payload: AssessmentPayload, results: readonly SavedResult[]): SavedResult[] {
  return results.map((result) => inCurrentVersion(result, { [payload.id]: payload.earlier }, payload.definition));
}

/** What carrying over does to a result of this version, in a sentence. */
export function carryOverSentence(earlier: EarlierVersion): string {
  const changed = itemsNotCarried(earlier).length;
  const kept = Object.keys(earlier.carriesOver).length;
  return `Where it is compared with newer results or pooled in a team view, its answers to the ${kept} questions that did not change carry over, and the ${changed} ${changed === 1 ? 'question that changed counts' : 'questions that changed count'} as unanswered.`;
}

/** The note beside a result taken with an earlier version, as its lead-in and the rest: what changed, how it is shown and how it is compared. */
export function earlierVersionNoteParts(earlier: EarlierVersion): [lead: string, detail: string] {
  const changes = earlier.changes ?? 'some questions have changed since.';
  return ['Taken with an earlier version of the questions:', `${changes.charAt(0).toUpperCase()}${changes.slice(1)} It is shown here with its questions as they were, and scored with them. ${carryOverSentence(earlier)}`];
}

export function earlierVersionNote(earlier: EarlierVersion): string {
  return earlierVersionNoteParts(earlier).join(' ');
}

/** The note above a comparison that includes results of earlier versions. */
export const COMPARED_ACROSS_VERSIONS =
  'Some of these results were taken with an earlier version of the questions. They are compared on the current questions: answers to questions that did not change carry over, and questions that were split or replaced count as unanswered (the coverage beside each score shows it).';
