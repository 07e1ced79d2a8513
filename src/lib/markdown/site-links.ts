import { includesAssessment, includesPart, type SiteConfig } from '../brand/site-config.ts';

/** What a site-absolute link in a guide points at, as far as brands can leave it out. */
export type SiteLinkTarget =
  | { kind: 'page'; part: string; id: string }
  | { kind: 'part'; part: string }
  | { kind: 'assessment'; id: string };

/** `/playbook/pace/processes/#x` → the page `pace/processes`; links to anything else → null. */
export function siteLinkTarget(href: string): SiteLinkTarget | null {
  const path = href.split('#')[0]!;
  const page = /^\/playbook\/([^/]+)\/([^/]+)\/$/.exec(path);
  if (page) return { kind: 'page', part: page[1]!, id: `${page[1]}/${page[2]}` };
  const part = /^\/playbook\/([^/]+)\/$/.exec(path);
  if (part) return { kind: 'part', part: part[1]! };
  const assessment = /^\/assess\/([^/]+)\/$/.exec(path);
  if (assessment) return { kind: 'assessment', id: assessment[1]! };
  return null;
}

/**
 * Whether a brand's module choice keeps the link's target. The build checks beforehand
 * that every linked page exists, so a page is kept exactly when its part is.
 */
export function isTargetIncluded(target: SiteLinkTarget, modules: SiteConfig['modules']): boolean {
  return target.kind === 'assessment' ? includesAssessment({ modules }, target.id) : includesPart({ modules }, target.part);
}
