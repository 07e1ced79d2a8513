import { assessmentNextSteps } from '../brand/modules.ts';
import type { Assessment } from '../schema/assessment.ts';
import type { Scale } from '../schema/scales.ts';

/** What the assessment island needs in the browser: the definition and how to link its next steps. */
export interface AssessmentPayload {
  id: string;
  version: string;
  definition: Assessment;
  scale: Scale;
  /** Title and address of every playbook page a next step may point to. */
  pages: Record<string, { title: string; href: string }>;
  source: { author: string; title: string; year: string | number };
}

/** The label beside a quoted item, saying how its words relate to the source; "used exactly" only where they are. */
export const wordingLabels: Record<NonNullable<Assessment['dimensions'][number]['items'][number]['wording']>, string> = {
  'survey-exact': 'survey wording, used exactly',
  'survey-adapted': 'survey wording, with opening words added',
  'source-question': 'the source’s question, word for word',
};

/** Every playbook page id an assessment's next steps can reach. */
export function nextStepPageIds(definition: Assessment): string[] {
  const ids = new Set<string>();
  for (const dimension of definition.dimensions) {
    if (dimension.nextStep) ids.add(dimension.nextStep);
    for (const item of dimension.items) if (item.nextStep) ids.add(item.nextStep);
  }
  return [...ids];
}

/** The number each question carries on the page, 1 to N in definition order. */
export function questionNumbers(definition: Assessment): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const dimension of definition.dimensions) for (const item of dimension.items) numbers.set(item.id, numbers.size + 1);
  return numbers;
}

/**
 * The definition with every next step resolved against the pages a site includes: a step
 * into a left-out part falls back to an included page, or becomes "" (no link shown).
 */
export function withIncludedNextSteps(definition: Assessment, includedPageIds: readonly string[]): Assessment {
  const resolved = assessmentNextSteps(definition, includedPageIds);
  return {
    ...definition,
    dimensions: definition.dimensions.map((dimension) => ({
      ...dimension,
      nextStep: resolved.dimensions[dimension.id] ?? '',
      items: dimension.items.map((item) => ({ ...item, nextStep: item.nextStep ? (resolved.items[item.id] ?? undefined) : undefined })),
    })),
  };
}
