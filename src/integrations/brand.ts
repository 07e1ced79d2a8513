import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { brandFilesOnDisk, linksLeavingFolder } from '../lib/brand/brand-files.ts';
import { checkBrand } from '../lib/brand/check-brand.ts';
import { brandAssets, brandSiteConfig, neutralSiteConfig, type SiteConfig } from '../lib/brand/site-config.ts';
import type { ModuleCounts } from '../lib/markdown/counts.ts';
import type { Brand } from '../lib/schema/brand.ts';
import type { Dictionary } from '../lib/i18n/dictionary.ts';
import { loadDictionaries } from '../lib/i18n/load-dictionaries.ts';
import { parseLocaleList, type LocaleCode } from '../lib/i18n/locales.ts';
import { formatProblems, type Problem } from '../lib/validate/problem.ts';
import { stopBuild } from './stop-build.ts';
import { unsafeContentProblems } from '../lib/validate/safe-content.ts';
import { parseFrontMatter } from '../lib/validate/yaml-file.ts';

/** Where a brand's folder is, and how messages name it. */
export interface BrandLocation {
  /** The folder's name, e.g. `acme`: the brand's name in the site's storage keys. */
  name: string;
  /** The folder's absolute path. */
  dir: string;
  /** The folder as messages name it: relative to the project when inside it (`brands/acme`), absolute when not. */
  label: string;
}

/**
 * Where brand folders named without a path live, relative to the project: `brands` unless
 * TOUCHLINE_BRANDS_DIR says otherwise (tests build broken fixture brands from their own folder).
 */
export function brandsDir(env: NodeJS.ProcessEnv = process.env): string {
  return (env.TOUCHLINE_BRANDS_DIR ?? 'brands').replace(/\/+$/, '');
}

/** A path rather than a name: it has a slash, or starts with `.` or `~`. */
const isPath = (spec: string) => /[\\/]/.test(spec) || spec.startsWith('.') || spec.startsWith('~');

/**
 * The brand to build: `--brand acme` (a folder in brands/) or `--brand ../clients/acme`
 * (a folder anywhere) sets TOUCHLINE_BRAND (scripts/site.mjs resolves a path against the
 * directory the command was typed in); `BRAND=acme` works too.
 */
export function brandFromEnv(root: string, env: NodeJS.ProcessEnv = process.env): BrandLocation | null {
  const spec = (env.TOUCHLINE_BRAND ?? env.BRAND)?.trim();
  if (!spec) return null;
  const dir = isPath(spec) ? resolve(root, spec.replace(/^~(?=\/|$)/, env.HOME ?? '~')) : resolve(root, brandsDir(env), spec);
  const rel = relative(root, dir);
  const label = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? dir : rel.split(sep).join('/');
  return { name: basename(dir), dir, label };
}

/**
 * The languages of the neutral site: all shipped ones, English first, unless
 * TOUCHLINE_LOCALES lists some (`en` alone measures the English-only build in the bench).
 */
export function neutralLocales(env: NodeJS.ProcessEnv): LocaleCode[] {
  if (!env.TOUCHLINE_LOCALES?.trim()) return neutralSiteConfig.locales;
  const parsed = parseLocaleList(env.TOUCHLINE_LOCALES);
  if (!parsed.ok) stopBuild(`TOUCHLINE_LOCALES=${parsed.message}`);
  return parsed.locales;
}

export interface LoadedSite {
  config: SiteConfig;
  brand: Brand | null;
  /** Absolute path of the brand folder, when there is a brand. */
  brandDir: string | null;
  assets: { from: string; to: string }[];
  deployment: { site: string; base: string } | null;
  /** Ids of built-in pages the brand's own pages stand in for (`replaces:` in their front matter). */
  replacedPages: string[];
  /** How many parts and assessments the site includes, for text that counts them. */
  counts: ModuleCounts;
  /** The interface strings of each published locale, with the brand's overrides. */
  dictionaries: Partial<Record<LocaleCode, Dictionary>>;
}

function knownModules(root: string, extras: { partIds: string[]; assessmentIds: string[] }) {
  return {
    partIds: [...partIdsIn(join(root, 'src/content/parts.yaml')), ...extras.partIds],
    assessmentIds: [...yamlIds(join(root, 'src/content/assessments')), ...extras.assessmentIds],
  };
}

const countsOf = (config: SiteConfig, known: { partIds: string[]; assessmentIds: string[] }): ModuleCounts => ({
  parts: config.modules.parts?.length ?? known.partIds.length,
  assessments: config.modules.assessments?.length ?? known.assessmentIds.length,
});

/** The brand's own guides, relative to its playbook folder. */
function brandPages(brandDir: string): string[] {
  const dir = join(brandDir, 'playbook');
  return existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((rel) => /\.mdx?$/.test(rel)).sort() : [];
}

/** The `replaces:` of every page in a brand's playbook folder; the content check reports bad ones. */
function replacedPageIds(brandDir: string): string[] {
  return brandPages(brandDir)
    .map((rel) => parseFrontMatter(readFileSync(join(brandDir, 'playbook', rel), 'utf8'), rel).parsed?.data)
    .map((data) => (data && typeof data === 'object' ? (data as { replaces?: unknown }).replaces : undefined))
    .filter((id): id is string => typeof id === 'string');
}

const yamlIds = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, '')) : [];

function partIdsIn(file: string): string[] {
  if (!existsSync(file)) return [];
  const parts: unknown = parse(readFileSync(file, 'utf8'));
  return Array.isArray(parts) ? parts.map((part) => (part as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string') : [];
}

/** A brand's own parts (<brand>/parts.yaml) and assessments (<brand>/assessments/). */
export function brandExtras(dir: string): { partIds: string[]; assessmentIds: string[] } {
  return { partIds: partIdsIn(join(dir, 'parts.yaml')), assessmentIds: yamlIds(join(dir, 'assessments')) };
}

/**
 * Reads and checks the brand, or returns the neutral site. A brand with any problem stops the
 * build with one report listing them all, before Astro writes anything.
 */
export function loadSite(root: string, location: BrandLocation | null): LoadedSite {
  if (!location) {
    const config = { ...neutralSiteConfig, locales: neutralLocales(process.env) };
    const { dictionaries, problems } = loadDictionaries(root, config.locales);
    if (problems.length > 0) stopBuild(formatProblems(problems, 'the interface strings'));
    return { config, brand: null, brandDir: null, assets: [], deployment: null, replacedPages: [], counts: countsOf(config, knownModules(root, { partIds: [], assessmentIds: [] })), dictionaries };
  }
  const { name, dir: brandDir, label } = location;
  const file = join(brandDir, 'brand.yaml');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    stopBuild(`"${name}" is not a brand name; name the brand folder (${label}) with lower-case letters, digits and hyphens, e.g. "acme".`);
  }
  if (!existsSync(file)) {
    const known = existsSync(join(root, brandsDir())) ? ` or pick one of: ${readdirSync(join(root, brandsDir())).join(', ')}` : '';
    stopBuild(`${label}/brand.yaml does not exist. Create the brand with "npm run brand:new -- ${name}", give the path of a brand folder (--brand ../clients/${name})${known}.`);
  }
  const extras = brandExtras(brandDir);
  const known = knownModules(root, extras);
  const files = brandFilesOnDisk(root, brandDir);
  const checked = checkBrand({ brandDir: label, yamlText: readFileSync(file, 'utf8'), files, known });
  const links = linksLeavingFolder(brandDir).map((rel): Problem => ({ file: `${label}/${rel}`, field: '', message: `is a link to a file outside ${label}; copy the file into the brand folder instead` }));
  // The brand's pages get the same safety check again later with everything else; here it
  // lets the author see every problem of the brand folder in one pass.
  const pages = brandPages(brandDir).flatMap((rel) => unsafeContentProblems(`${label}/playbook/${rel}`, readFileSync(join(brandDir, 'playbook', rel), 'utf8')));
  const strings = checked.brand ? loadDictionaries(root, checked.brand.deployment.locales, { dir: brandDir, label }) : { dictionaries: {}, problems: [] };
  const problems = [...links, ...checked.problems, ...pages, ...strings.problems];
  const brand = problems.length === 0 ? checked.brand : undefined;
  if (!brand) {
    stopBuild(formatProblems(problems, `brand "${name}"`));
  }
  const config = brandSiteConfig(name, brand, extras);
  return {
    config,
    brand,
    brandDir,
    assets: brandAssets(brand),
    deployment: { site: brand.deployment.siteUrl, base: brand.deployment.basePath },
    replacedPages: replacedPageIds(brandDir),
    counts: countsOf(config, known),
    dictionaries: strings.dictionaries,
  };
}
