import type { AssessmentPayload } from '../../lib/assess/payload.ts';
import type { DefinitionsById } from '../../lib/results/definitions.ts';

/** The assessments a page embeds (see assessmentPayloads), by id, and their definitions for the results library. */
export interface EmbeddedAssessments {
  payloads: Readonly<Record<string, AssessmentPayload>>;
  definitions: DefinitionsById;
}

/** Reads `<script type="application/json" data-payloads>` inside `root`; undefined when it is missing or damaged. */
export function readEmbeddedAssessments(root: Element): EmbeddedAssessments | undefined {
  try {
    const list = JSON.parse(root.querySelector('script[data-payloads]')?.textContent ?? '') as unknown;
    if (!Array.isArray(list)) return undefined;
    const payloads = Object.fromEntries((list as AssessmentPayload[]).map((payload) => [payload.id, payload]));
    return { payloads, definitions: Object.fromEntries(Object.entries(payloads).map(([id, payload]) => [id, payload.definition])) };
  } catch {
    return undefined;
  }
}
