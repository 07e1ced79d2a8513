import site from 'virtual:touchline/site';
import { getCollection, type CollectionEntry } from 'astro:content';
import { includesAssessment } from '../brand/site-config.ts';
import { byAssessmentOrder } from './assessment-order.ts';
import { isTargetIncluded, siteLinkTarget } from '../markdown/site-links.ts';

// What this build of the site includes. Playbook parts a brand leaves out are never loaded;
// assessments are all loaded (the key-questions worksheet renders from one), so pages ask here.

let pageIds: Promise<Set<string>> | undefined;

export function includedPageIds(): Promise<Set<string>> {
  pageIds ??= getCollection('playbook').then((pages) => new Set(pages.map((page) => page.id)));
  return pageIds;
}

/** The assessments this build includes, in the order every list of them uses. */
export async function includedAssessments(): Promise<CollectionEntry<'assessments'>[]> {
  return (await getCollection('assessments')).filter((assessment) => includesAssessment(site, assessment.id)).sort(byAssessmentOrder);
}

export function isAssessmentIncluded(id: string): boolean {
  return includesAssessment(site, id);
}

/**
 * Whether a site-absolute link reaches a page this build has; other links are left alone.
 * The same rule unlinks such targets in Markdown guides (internal-links-plugin.ts).
 */
export function isLinkIncluded(href: string): boolean {
  const target = siteLinkTarget(href);
  return target === null || isTargetIncluded(target, site.modules);
}
