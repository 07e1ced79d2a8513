import type { z } from 'astro/zod';
import { brandAssetSchema, brandSchema, type Brand } from '../schema/brand.ts';
import { formatProblem, type Problem } from '../validate/problem.ts';
import { parseYaml } from '../validate/yaml-file.ts';
import { describeIssue, valueAt } from '../validate/zod-issues.ts';
import { sniffImage, unsafeSvgReasons, type ImageKind } from './brand-image.ts';
import { parseColour } from './colour.ts';
import { contrastFailures, describeContrastFailure, type BrandColourField } from './contrast.ts';

/** The largest logo or favicon a brand may ship: every page loads it. */
export const MAX_BRAND_IMAGE_BYTES = 200 * 1024;

/** What checkBrand needs to know about files, so it can run on disk, in a temp dir or in memory. */
export interface BrandFiles {
  /** Whether a file exists; the path is relative to the project root, e.g. `brands/acme/logo.svg`. */
  exists(relPath: string): boolean;
  /** Its size in bytes; asked only of files that exist. */
  size(relPath: string): number;
  /** Whether its real location (symlinks followed) is inside the brand folder; asked only of files that exist. */
  insideBrand(relPath: string): boolean;
  /** Its bytes; asked only of files inside the brand folder and of a size worth reading. */
  read(relPath: string): Uint8Array;
}

export interface KnownModules {
  /** Part ids, in reading order (src/content/parts.yaml). */
  partIds: readonly string[];
  /** Assessment ids (file names in src/content/assessments/). */
  assessmentIds: readonly string[];
}

export interface CheckBrandInput {
  /** The brand folder relative to the project root, e.g. `brands/acme`. */
  brandDir: string;
  /** The text of `<brandDir>/brand.yaml`. */
  yamlText: string;
  files: BrandFiles;
  known: KnownModules;
}

export interface CheckedBrand {
  /** Set only when there are no problems: a brand with any problem must not be built. */
  brand?: Brand;
  /** Every problem, in line order. */
  problems: Problem[];
}

/** Where a brand file sits in the project, e.g. `brands/acme/logo.svg` for `logo.svg`. */
export function brandFilePath(brandDir: string, relPath: string): string {
  return `${brandDir.replace(/\/+$/, '')}/${relPath}`;
}

/**
 * Checks a brand file as a whole: YAML syntax, the schema, module ids, image files and the
 * contrast of its colours in both themes. The checks after the schema read the raw data,
 * so one wrong field does not hide another: the author gets every problem in one pass.
 */
export function checkBrand({ brandDir, yamlText, files, known }: CheckBrandInput): CheckedBrand {
  const file = brandFilePath(brandDir, 'brand.yaml');
  const { parsed, problems: syntax } = parseYaml(yamlText, file);
  if (!parsed) return { problems: syntax };
  const data = parsed.data;
  if (data === null || data === undefined) {
    return { problems: [{ file, line: 1, field: '', message: 'the file is empty; it needs identity, colors, contact and deployment' }] };
  }
  const at = (path: readonly PropertyKey[], message: string): Problem => ({ file, line: parsed.lineOf(path), field: path.join('.'), message });

  const result = brandSchema.safeParse(data);
  const problems = [
    ...(result.success ? [] : result.error.issues.map((issue) => at(issue.path, describeBrandIssue(issue, data)))),
    ...moduleProblems(data, known, at),
    ...imageProblems(data, brandDir, files, at),
    ...contrastProblems(data, at),
  ];
  const unique = [...new Map(problems.map((problem) => [formatProblem(problem), problem])).values()];
  // sort is stable: problems on one line keep the order the checks found them in.
  unique.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return result.success && unique.length === 0 ? { brand: result.data, problems: [] } : { problems: unique };
}

type At = (path: readonly PropertyKey[], message: string) => Problem;

/** describeIssue, plus the two YAML traps brand files fall into. */
function describeBrandIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const value = valueAt(data, issue.path);
  if (issue.code === 'invalid_type' && issue.path[0] === 'colors' && value === null) {
    return `is empty: in YAML "#" starts a comment, so put the colour in quotes, e.g. ${String(issue.path.at(-1))}: "#0b5cad"`;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return `expected text, found ${String(value)}; put it in quotes so YAML keeps it as written`;
  }
  return describeIssue(issue, data);
}

function strings(value: unknown): [number, string][] {
  return Array.isArray(value) ? value.flatMap((item, i): [number, string][] => (typeof item === 'string' ? [[i, item]] : [])) : [];
}

function moduleProblems(data: unknown, known: KnownModules, at: At): Problem[] {
  const lists = [
    { key: 'parts', kind: 'part', ids: known.partIds },
    { key: 'assessments', kind: 'assessment', ids: known.assessmentIds },
  ];
  return lists.flatMap(({ key, kind, ids }) =>
    strings(valueAt(data, ['modules', key]))
      .filter(([, id]) => !ids.includes(id))
      .map(([i, id]) => at(['modules', key, i], `unknown ${kind} "${id}"; use one of: ${ids.join(', ')}`)),
  );
}

const imageFields = [
  ['identity', 'logo', 'light'],
  ['identity', 'logo', 'dark'],
  ['identity', 'favicon'],
] as const;

function imageProblems(data: unknown, brandDir: string, files: BrandFiles, at: At): Problem[] {
  return imageFields.flatMap((path): Problem[] => {
    // A path the schema rejects (outside the folder, not .svg/.png) is reported there already.
    const relPath = brandAssetSchema.safeParse(valueAt(data, path));
    if (!relPath.success) return [];
    const written = String(valueAt(data, path));
    const repoPath = brandFilePath(brandDir, relPath.data);
    if (!files.exists(repoPath)) return [at(path, `"${written}" does not exist; add ${repoPath} or fix the path`)];
    // A link could publish any file of the machine that builds the site.
    if (!files.insideBrand(repoPath)) return [at(path, `"${written}" is a link to a file outside ${brandDir}; copy the image into the brand folder instead`)];
    const bytes = files.size(repoPath);
    if (bytes > MAX_BRAND_IMAGE_BYTES) {
      return [at(path, `"${written}" is ${Math.ceil(bytes / 1024)} KiB; keep it under ${MAX_BRAND_IMAGE_BYTES / 1024} KiB (every page loads it): optimise the SVG or export a smaller PNG`)];
    }
    const content = files.read(repoPath);
    const named: ImageKind = relPath.data.toLowerCase().endsWith('.png') ? 'png' : 'svg';
    const kind = sniffImage(content);
    if (kind !== named) {
      const is = kind === 'other' ? 'neither a PNG nor an SVG' : `an ${kind.toUpperCase()}`;
      return [at(path, `"${written}" is named .${named} but its content is ${is}; export the image again as ${named.toUpperCase()}${kind === 'other' ? '' : ` or rename it .${kind}`}`)];
    }
    if (kind === 'svg') {
      return unsafeSvgReasons(new TextDecoder().decode(content)).map((reason) => at(path, `"${written}" ${reason}; an SVG opened on its own runs on the site's origin, where people's answers are kept`));
    }
    return [];
  });
}

const colourFields: readonly BrandColourField[] = ['primary', 'accent', 'primaryDark', 'accentDark'];

function contrastProblems(data: unknown, at: At): Problem[] {
  const written: Partial<Record<BrandColourField, string>> = {};
  const colours: Partial<Record<BrandColourField, string>> = {};
  for (const field of colourFields) {
    const value = valueAt(data, ['colors', field]);
    const colour = typeof value === 'string' ? parseColour(value) : undefined;
    // Not a colour, or see-through: the schema says so, and there is no contrast to check.
    if (typeof value !== 'string' || !colour || colour.alpha < 1) continue;
    written[field] = value;
    colours[field] = colour.hex;
  }
  return contrastFailures(colours).map((failure) => at(['colors', failure.field], describeContrastFailure(failure, written[failure.field] ?? failure.colour)));
}
