/**
 * Reading results across versions of an assessment, with its earlier versions from the
 * history files (history-schema.ts says what they hold and checks them). Kept free of the
 * schema so that pages with a tight script budget can carry answers over without zod.
 * Results are never rewritten: carrying a result over to the current version is a view made
 * at read time, for comparing and pooling.
 */
import type { Assessment } from '../schema/assessment.ts';
import type { SavedResult } from '../schema/saved-result.ts';
import type { EarlierVersion, EarlierVersionsById } from './history-schema.ts';
import { assessmentVersion } from './version.ts';

export type { EarlierVersion, EarlierVersionsById } from './history-schema.ts';

/** The earlier version a result was taken with, or undefined (current, unknown or another assessment's). */
export function earlierVersionOf(earlier: EarlierVersionsById, assessmentId: string, version: string): EarlierVersion | undefined {
  const versions = Object.hasOwn(earlier, assessmentId) ? earlier[assessmentId] : undefined;
  return versions?.find((entry) => entry.version === version);
}

/**
 * A result of an earlier version as the current version sees it, for comparing and pooling:
 * answers to one-to-one items under their current ids, the rest unanswered. A new object;
 * the result itself is never changed, and the saved one keeps its version and answers.
 */
export function carriedOver(result: SavedResult, entry: EarlierVersion, currentVersion: string): SavedResult {
  return { ...result, version: currentVersion, answers: carriedAnswers(result.answers, entry) };
}

/** Answers of an earlier version under their current ids: one-to-one items only. */
export function carriedAnswers(answers: SavedResult['answers'], entry: EarlierVersion): SavedResult['answers'] {
  const carried: SavedResult['answers'] = {};
  for (const [from, to] of Object.entries(entry.carriesOver)) {
    if (Object.hasOwn(answers, from)) carried[to] = answers[from]!;
  }
  return carried;
}

/** Old item ids that do not carry over (split, replaced or removed), in the snapshot's order. */
export function itemsNotCarried(entry: EarlierVersion): string[] {
  return entry.definition.dimensions.flatMap((dimension) => dimension.items.map((item) => item.id)).filter((id) => !Object.hasOwn(entry.carriesOver, id));
}

/**
 * Results as the current version sees them, for comparisons and team pools: current ones as
 * they are, earlier known versions carried over, anything else (unknown version) left as it
 * is for the caller to refuse or flag.
 */
export function inCurrentVersion(result: SavedResult, earlier: EarlierVersionsById, current: Assessment): SavedResult {
  const currentVersion = assessmentVersion(current);
  if (result.version === currentVersion) return result;
  const entry = earlierVersionOf(earlier, result.assessment, result.version);
  return entry ? carriedOver(result, entry, currentVersion) : result;
}
