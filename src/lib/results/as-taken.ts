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

/**
 * What the note beside a result of an earlier version says, as values for the view to word:
 * what changed (the history file's own text, when it gives one), and how many questions carry
 * over to the current version and how many count as unanswered when it is compared.
 */
export function earlierVersionNoteModel(earlier: EarlierVersion): { changes?: string; kept: number; changed: number } {
  return { ...(earlier.changes ? { changes: earlier.changes } : {}), kept: Object.keys(earlier.carriesOver).length, changed: itemsNotCarried(earlier).length };
}
