import type { BrandModules } from '../schema/brand.ts';

interface HasId {
  id: string;
}

export interface SelectedModules<P extends HasId, A extends HasId> {
  parts: P[];
  assessments: A[];
}

/**
 * The parts and assessments a brand's site includes, in Touchline's order (not the order the
 * brand lists them). A list left out means all; ids that do not exist are ignored here, as
 * checkBrand reports them.
 */
export function selectModules<P extends HasId, A extends HasId>(
  allParts: readonly P[],
  allAssessments: readonly A[],
  modules: BrandModules,
): SelectedModules<P, A> {
  const pick = <T extends HasId>(all: readonly T[], ids: readonly string[] | undefined): T[] => (ids === undefined ? [...all] : all.filter((entry) => ids.includes(entry.id)));
  return { parts: pick(allParts, modules.parts), assessments: pick(allAssessments, modules.assessments) };
}

/** The part a page id (`pace/processes`) belongs to. */
export function partOfPage(pageId: string): string {
  return pageId.split('/')[0] ?? pageId;
}

/** Page ids (in their given order) whose part is among the included parts. */
export function pagesInParts(pageIds: readonly string[], parts: readonly HasId[]): string[] {
  const partIds = new Set(parts.map((part) => part.id));
  return pageIds.filter((pageId) => partIds.has(partOfPage(pageId)));
}

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
  const part = partOfPage(pageId);
  const samePart = includedPageIds.find((included) => partOfPage(included) === part);
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
