import type { Brand } from '../schema/brand.ts';
import { localeCodes, type LocaleCode } from '../i18n/locales.ts';
import { brandCss } from './theme-css.ts';
import { neutralIdentity, siteIdentity, type SiteIdentity } from './site-identity.ts';

/** Where a brand's image files are served from, under the base path. */
export const BRAND_ASSET_DIR = '_brand';

/**
 * Everything pages need to know about the site they belong to: the neutral Touchline site,
 * or a consultant's branded copy. Built once at config time and read by pages at build time.
 */
export interface SiteConfig {
  brandName: string | null;
  identity: SiteIdentity;
  /** Logo paths relative to the base path; null for Touchline's own mark. */
  logo: { light: string; dark?: string } | null;
  /** Favicon path relative to the base path. */
  favicon: string;
  contact: Brand['contact'] | null;
  /** Included part and assessment ids; null means all of them. */
  modules: { parts: string[] | null; assessments: string[] | null };
  team: { minGroupSize: number; segments: string[] };
  /** The `lang` of the root pages, e.g. "en-GB"; pages under `/<code>/` use their code. */
  lang: string;
  /** The languages published, the default (at the root) first. */
  locales: LocaleCode[];
  footerText: string | null;
  /** Custom-property overrides for the brand's colours, loaded after the tokens. */
  css: string | null;
}

export const neutralSiteConfig: SiteConfig = {
  brandName: null,
  identity: neutralIdentity,
  logo: null,
  favicon: 'favicon.svg',
  contact: null,
  modules: { parts: null, assessments: null },
  team: { minGroupSize: 3, segments: [] },
  lang: 'en',
  locales: [...localeCodes],
  footerText: null,
  css: null,
};

/** The path a brand image is served at, relative to the base path. */
export function brandAssetPath(relPath: string): string {
  return `${BRAND_ASSET_DIR}/${relPath}`;
}

/** A brand's own parts and assessments are always included, whatever its module list says. */
export interface BrandExtras {
  partIds: readonly string[];
  assessmentIds: readonly string[];
}

const withExtras = (selected: string[] | undefined, extras: readonly string[]) => (selected ? [...new Set([...selected, ...extras])] : null);

export function brandSiteConfig(brandName: string, brand: Brand, extras: BrandExtras): SiteConfig {
  return {
    brandName,
    identity: siteIdentity(brand),
    logo: { light: brandAssetPath(brand.identity.logo.light), dark: brand.identity.logo.dark ? brandAssetPath(brand.identity.logo.dark) : undefined },
    favicon: brandAssetPath(brand.identity.favicon),
    contact: brand.contact,
    modules: { parts: withExtras(brand.modules.parts, extras.partIds), assessments: withExtras(brand.modules.assessments, extras.assessmentIds) },
    team: { minGroupSize: brand.team.minGroupSize, segments: brand.team.segments },
    lang: brand.deployment.lang,
    locales: brand.deployment.locales,
    footerText: brand.deployment.footerText,
    css: brandCss(brand),
  };
}

/** The brand files a build must publish: path in the brand folder → path under the base. */
export function brandAssets(brand: Brand): { from: string; to: string }[] {
  const files = [brand.identity.logo.light, brand.identity.logo.dark, brand.identity.favicon].filter((f): f is string => Boolean(f));
  return [...new Set(files)].map((from) => ({ from, to: brandAssetPath(from) }));
}

export function includesPart(config: Pick<SiteConfig, 'modules'>, partId: string): boolean {
  return config.modules.parts === null || config.modules.parts.includes(partId);
}

export function includesAssessment(config: Pick<SiteConfig, 'modules'>, assessmentId: string): boolean {
  return config.modules.assessments === null || config.modules.assessments.includes(assessmentId);
}
