import { assessmentNextSteps } from '../brand/modules.ts';
import type { Assessment } from '../schema/assessment.ts';
import type { Scale } from '../schema/scales.ts';
import type { EarlierVersion } from '../results/history.ts';
import { fnv1a32 } from '../results/version.ts';

/** What the assessment island needs in the browser: the definition and how to link its next steps. */
export interface AssessmentPayload {
  id: string;
  version: string;
  definition: Assessment;
  /** The shapes the questions had before (see history.ts), to open results taken with them. */
  earlier: EarlierVersion[];
  scale: Scale;
  /** `en` when the assessment's text is not translated into the page's language (mark it `lang="en"`). */
  textLang?: string;
  /** The English words of quoted items, by item id, shown beside their translation. */
  originals?: Record<string, string>;
  /** The bands' English labels, in order, when the definition's are translated: plans name target bands by them. */
  bandLabels?: string[];
  /** Title and address of every playbook page a next step may point to; `lang` when the title is not in the page's language. */
  pages: Record<string, { title: string; href: string; lang?: string }>;
  /** `year` as a credit shows it ("2013", "undated, about 2012"; see sourceYearLabel). */
  source: SourceCredit;
  /**
   * For a synthesis whose dimensions name their `sources`: each of those sources, by id, with
   * its entry on the sources page when this site has that page. Absent otherwise.
   */
  themeSources?: Record<string, SourceCredit & { href?: string }>;
  /** The deep-dive assessments the dimensions name and this site includes, by id: title and address in the page's language. */
  deepDives?: Record<string, { title: string; href: string; lang?: string }>;
}

/** A source as a credit names it. */
export interface SourceCredit {
  author: string;
  title: string;
  year: string | number;
  publisher: string;
  /** Set when the notes (`publisher`) are not translated into the page's language. */
  lang?: string;
}

/** Every source id the dimensions name as what they draw on, in order of first mention. */
export function themeSourceIds(definition: Assessment): string[] {
  return [...new Set(definition.dimensions.flatMap((dimension) => dimension.sources ?? []))];
}

/** Each dimension that names its sources, with their credits (an unknown id stands as itself), in definition order. */
export function themeSourceCredits<S>(definition: Assessment, sources: Record<string, S>): { title: string; sources: (S | string)[] }[] {
  return definition.dimensions.flatMap((dimension) => ((dimension.sources ?? []).length > 0 ? [{ title: dimension.title, sources: dimension.sources!.map((id) => sources[id] ?? id) }] : []));
}

/** Every assessment id the dimensions name as a deep dive, in order of first mention. */
export function deepDiveIds(definition: Assessment): string[] {
  return [...new Set(definition.dimensions.flatMap((dimension) => dimension.deepDives ?? []))];
}

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
  // A copy changed in place keeps the definition's model-specific type, which a rebuilt object would lose.
  const copy = structuredClone(definition);
  for (const dimension of copy.dimensions) {
    dimension.nextStep = resolved.dimensions[dimension.id] ?? '';
    for (const item of dimension.items) item.nextStep = item.nextStep ? (resolved.items[item.id] ?? undefined) : undefined;
  }
  return copy;
}

/**
 * The order a spectrum item's options are shown in: a shuffle seeded by the item's id, so it
 * is the same on every visit and for every respondent, but differs from question to question
 * and does not always end on the most flattering answer. Answers keep the option's index in
 * the definition, so results saved before the order changed read exactly as they did.
 */
export function shownOptionOrder(itemId: string, optionCount: number): number[] {
  const order = Array.from({ length: optionCount }, (_, index) => index);
  let seed = Number.parseInt(fnv1a32(itemId), 16) || 1;
  for (let i = optionCount - 1; i > 0; i--) {
    // xorshift32: small, fixed and the same in every browser.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    const j = (seed >>> 0) % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
