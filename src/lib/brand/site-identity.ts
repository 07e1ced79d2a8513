import type { Brand } from '../schema/brand.ts';

/** What the site calls itself. A brand build replaces these values (see brands/). */
export interface SiteIdentity {
  name: string;
  shortName: string;
  tagline: string;
}

export const neutralIdentity: SiteIdentity = {
  name: 'Touchline',
  shortName: 'Touchline',
  tagline: 'A customer-experience playbook and self-assessments that keep your answers on your device.',
};

/** The identity of a brand's site, or Touchline's own when there is no brand. */
export function siteIdentity(brand?: Pick<Brand, 'identity'>): SiteIdentity {
  if (!brand) return neutralIdentity;
  const { siteName, shortName, tagline } = brand.identity;
  return { name: siteName, shortName, tagline };
}
