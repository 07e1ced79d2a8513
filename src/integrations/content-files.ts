import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { ContentFile, ContentFiles } from '../lib/validate/validate-content.ts';
import type { BrandLocation } from './brand.ts';

/** Where a site's content lives; brands add folders of their own. */
export interface ContentRoots {
  /** Files listing parts; a brand may add its own. Missing files are skipped. */
  parts: string[];
  playbook: string[];
  assessments: string[];
  sources: string[];
  /** Folders of translated guides, one subfolder per language (`de/playbook/…`). */
  translations: string[];
  /** Folders of the guides' "Try this" actions, one YAML file per part. */
  actions: string[];
}

/** The built-in content, plus a brand's extra pages, parts and assessments when building one. */
export function contentRoots(projectRoot: string, location: BrandLocation | null): ContentRoots {
  const content = join(projectRoot, 'src/content');
  const brand = location?.dir ?? null;
  return {
    parts: [join(content, 'parts.yaml'), ...(brand ? [join(brand, 'parts.yaml')] : [])],
    playbook: [join(content, 'playbook'), ...(brand ? [join(brand, 'playbook')] : [])],
    assessments: [join(content, 'assessments'), ...(brand ? [join(brand, 'assessments')] : [])],
    sources: [join(content, 'sources')],
    translations: [join(content, 'translations')],
    actions: [join(content, 'actions')],
  };
}

/** A file as messages name it: relative to the project when inside it, absolute when not (a brand kept elsewhere). */
function displayPath(projectRoot: string, path: string): string {
  const rel = relative(projectRoot, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]))),
  );
  return files.flat().sort();
}

async function readAll(projectRoot: string, dirs: string[], extensions: RegExp): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const dir of dirs) {
    for (const path of await walk(dir)) {
      if (!extensions.test(path)) continue;
      files.push({
        path: displayPath(projectRoot, path),
        id: relative(dir, path).split(sep).join('/').replace(extensions, ''),
        text: await readFile(path, 'utf8'),
      });
    }
  }
  return files;
}

/** Reads every content file under the roots, ready for validateContent. */
export async function readContentFiles(projectRoot: string, roots: ContentRoots): Promise<ContentFiles> {
  const parts: ContentFile[] = [];
  for (const path of roots.parts) {
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text !== null) parts.push({ path: displayPath(projectRoot, path), id: 'parts', text });
  }
  return {
    parts,
    playbook: await readAll(projectRoot, roots.playbook, /\.mdx?$/),
    assessments: await readAll(projectRoot, roots.assessments, /\.ya?ml$/),
    sources: await readAll(projectRoot, roots.sources, /\.ya?ml$/),
    translations: await readAll(projectRoot, roots.translations, /\.(mdx?|ya?ml)$/),
    actions: await readAll(projectRoot, roots.actions, /\.ya?ml$/),
  };
}
