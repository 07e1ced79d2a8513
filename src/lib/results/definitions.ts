import type { Assessment } from '../schema/assessment.ts';
import type { SavedResult } from '../schema/saved-result.ts';
import { modelOf } from '../scoring/models/index.ts';

/** Assessment definitions keyed by assessment id (the YAML file's name, e.g. `pace`). */
export type DefinitionsById = Readonly<Record<string, Assessment>>;

/**
 * The definition for an id, or undefined. Uses hasOwn so that an id from a file or a link,
 * such as "constructor", never finds something on Object.prototype.
 */
export function definitionFor(definitionsById: DefinitionsById, id: string): Assessment | undefined {
  return Object.hasOwn(definitionsById, id) ? definitionsById[id] : undefined;
}

/** What an item accepts as an answer, besides null for "not applicable". */
export interface AnswerRange {
  itemId: string;
  min: number;
  max: number;
}

/**
 * Every item's answer range, in definition order: the scale's range, or the option
 * indexes for spectrum items (whose answer is the chosen option). Computed once per
 * definition (definitions never change once loaded): share codes and CSV rows ask for it
 * on every result.
 */
export function answerRanges(definition: Assessment): readonly AnswerRange[] {
  let ranges = rangesByDefinition.get(definition);
  if (!ranges) {
    const model = modelOf(definition.model);
    ranges = Object.freeze(definition.dimensions.flatMap((dimension) => dimension.items.map((item) => Object.freeze({ itemId: item.id, ...model.answerRange(definition, item) }))));
    rangesByDefinition.set(definition, ranges);
  }
  return ranges;
}

const rangesByDefinition = new WeakMap<Assessment, readonly AnswerRange[]>();

export function isInRange(value: unknown, range: AnswerRange): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max;
}

/**
 * The assessment all the results belong to. Exports and trends are per assessment, and a
 * definition does not carry its own id, so mixing assessments is a caller's mistake.
 */
export function sharedAssessmentId(results: readonly SavedResult[]): string | undefined {
  const ids = new Set(results.map((result) => result.assessment));
  if (ids.size > 1) throw new RangeError(`expected results of one assessment, got ${[...ids].map((id) => `"${id}"`).join(', ')}`);
  return ids.values().next().value;
}
