import { partOf } from '../navigation/playbook-nav.ts';

/**
 * Where a next-step link goes on a site that may leave pages out.
 *
 * 1. The page itself, when the site includes it.
 * 2. Else the first included page of the same part (`includedPageIds` is in reading order,
 *    so that is the part's opening page): the reader still lands on the topic.
 * 3. Else the first included page among `fallbacks`: for a dimension, the next steps of the
 *    assessment's other dimensions, in their order (see assessmentNextSteps).
 * 4. Else `null`: the site hides the link rather than point at a page that is not there.
 */
export function resolveNextStep(pageId: string, includedPageIds: readonly string[], fallbacks: readonly string[]): string | null {
  if (includedPageIds.includes(pageId)) return pageId;
  const part = partOf(pageId);
  const samePart = includedPageIds.find((included) => partOf(included) === part);
  if (samePart !== undefined) return samePart;
  return fallbacks.find((fallback) => includedPageIds.includes(fallback)) ?? null;
}

/** The parts of an assessment that name next steps. */
export interface NextStepSource {
  dimensions: readonly { id: string; nextStep: string; items: readonly { id: string; nextStep?: string | undefined }[] }[];
}

export interface ResolvedNextSteps {
  /** Dimension id → page id, or null to show no link. */
  dimensions: Record<string, string | null>;
  /** Item id → page id, or null; an item without its own next step uses its dimension's. */
  items: Record<string, string | null>;
}

/**
 * Every next step of an assessment, resolved for the pages a site includes. An item's own
 * next step falls back first to its dimension's, then like the dimension's.
 */
export function assessmentNextSteps(assessment: NextStepSource, includedPageIds: readonly string[]): ResolvedNextSteps {
  const resolved: ResolvedNextSteps = { dimensions: {}, items: {} };
  for (const dimension of assessment.dimensions) {
    const others = assessment.dimensions.filter((other) => other !== dimension).map((other) => other.nextStep);
    resolved.dimensions[dimension.id] = resolveNextStep(dimension.nextStep, includedPageIds, others);
    for (const item of dimension.items) {
      resolved.items[item.id] = resolveNextStep(item.nextStep ?? dimension.nextStep, includedPageIds, [dimension.nextStep, ...others]);
    }
  }
  return resolved;
}
