import type { AssessmentPayload } from '../../lib/assess/payload.ts';
import { earlierVersionsOf } from '../../lib/results/as-taken.ts';
import type { DefinitionsById } from '../../lib/results/definitions.ts';
import type { EarlierVersionsById } from '../../lib/results/history.ts';

/** The assessments a page embeds (see assessmentPayloads), by id, and their definitions for the results library. */
export interface EmbeddedAssessments {
  payloads: Readonly<Record<string, AssessmentPayload>>;
  definitions: DefinitionsById;
  /** Each assessment's earlier versions, to open results taken with them. */
  earlier: EarlierVersionsById;
}

/** Reads `<script type="application/json" data-payloads>` inside `root`; undefined when it is missing or damaged. */
export function readEmbeddedAssessments(root: Element): EmbeddedAssessments | undefined {
  try {
    const list = JSON.parse(root.querySelector('script[data-payloads]')?.textContent ?? '') as unknown;
    if (!Array.isArray(list)) return undefined;
    const payloads = Object.fromEntries((list as AssessmentPayload[]).map((payload) => [payload.id, payload]));
    return { payloads, definitions: Object.fromEntries(Object.entries(payloads).map(([id, payload]) => [id, payload.definition])), earlier: earlierVersionsOf(payloads) };
  } catch {
    return undefined;
  }
}
