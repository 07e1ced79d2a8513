import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkBrand } from '../lib/brand/check-brand.ts';
import { brandAssets, brandSiteConfig, neutralSiteConfig, type SiteConfig } from '../lib/brand/site-config.ts';
import type { Brand } from '../lib/schema/brand.ts';
import { formatProblems } from '../lib/validate/problem.ts';

/** The brand to build: `--brand acme` sets TOUCHLINE_BRAND (scripts/site.mjs); `BRAND=acme` works too. */
export function brandNameFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  const name = env.TOUCHLINE_BRAND ?? env.BRAND;
  return name ? name.trim() : null;
}

/**
 * Where brand folders live, relative to the project: `brands` unless TOUCHLINE_BRANDS_DIR
 * says otherwise (tests build broken fixture brands from their own folder).
 */
export function brandsDir(env: NodeJS.ProcessEnv = process.env): string {
  return (env.TOUCHLINE_BRANDS_DIR ?? 'brands').replace(/\/+$/, '');
}

export interface LoadedSite {
  config: SiteConfig;
  brand: Brand | null;
  /** Absolute path of the brand folder, when there is a brand. */
  brandDir: string | null;
  assets: { from: string; to: string }[];
  deployment: { site: string; base: string } | null;
}

const yamlIds = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, '')) : [];

function partIdsIn(file: string): string[] {
  if (!existsSync(file)) return [];
  const parts: unknown = parse(readFileSync(file, 'utf8'));
  return Array.isArray(parts) ? parts.map((part) => (part as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string') : [];
}

/** A brand's own parts (brands/<name>/parts.yaml) and assessments (brands/<name>/assessments/). */
export function brandExtras(root: string, name: string): { partIds: string[]; assessmentIds: string[] } {
  const dir = join(root, brandsDir(), name);
  return { partIds: partIdsIn(join(dir, 'parts.yaml')), assessmentIds: yamlIds(join(dir, 'assessments')) };
}

/**
 * Reads and checks the brand, or returns the neutral site. A brand with any problem throws
 * one error listing them all, before Astro writes anything.
 */
export function loadSite(root: string, name: string | null): LoadedSite {
  if (!name) return { config: neutralSiteConfig, brand: null, brandDir: null, assets: [], deployment: null };
  const brandDir = join(root, brandsDir(), name);
  const file = join(brandDir, 'brand.yaml');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`"${name}" is not a brand name; use lower-case letters, digits and hyphens, e.g. "acme".`);
  if (!existsSync(file)) {
    throw new Error(`${brandsDir()}/${name}/brand.yaml does not exist. Create the brand with "npm run brand:new -- ${name}", or pick one of: ${readdirSync(join(root, brandsDir())).join(', ')}.`);
  }
  const extras = brandExtras(root, name);
  const known = {
    partIds: [...partIdsIn(join(root, 'src/content/parts.yaml')), ...extras.partIds],
    assessmentIds: [...yamlIds(join(root, 'src/content/assessments')), ...extras.assessmentIds],
  };
  const files = {
    exists: (rel: string) => existsSync(join(root, rel)) && statSync(join(root, rel)).isFile(),
    size: (rel: string) => statSync(join(root, rel)).size,
  };
  const { brand, problems } = checkBrand({ brandDir: `${brandsDir()}/${name}`, yamlText: readFileSync(file, 'utf8'), files, known });
  if (!brand) {
    const error = new Error(formatProblems(problems, `brand "${name}"`));
    error.name = 'BrandError';
    error.stack = error.message;
    throw error;
  }
  return {
    config: brandSiteConfig(name, brand, extras),
    brand,
    brandDir,
    assets: brandAssets(brand),
    deployment: { site: brand.deployment.siteUrl, base: brand.deployment.basePath },
  };
}
