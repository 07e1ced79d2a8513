import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ContentFile, ContentFiles } from '../lib/validate/validate-content.ts';

/** Where a site's content lives; brands add folders of their own. */
export interface ContentRoots {
  parts: string;
  playbook: string[];
  assessments: string[];
  sources: string[];
}

export function defaultContentRoots(projectRoot: string): ContentRoots {
  const content = join(projectRoot, 'src/content');
  return {
    parts: join(content, 'parts.yaml'),
    playbook: [join(content, 'playbook')],
    assessments: [join(content, 'assessments')],
    sources: [join(content, 'sources')],
  };
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
        path: relative(projectRoot, path).split(sep).join('/'),
        id: relative(dir, path).split(sep).join('/').replace(extensions, ''),
        text: await readFile(path, 'utf8'),
      });
    }
  }
  return files;
}

/** Reads every content file under the roots, ready for validateContent. */
export async function readContentFiles(projectRoot: string, roots: ContentRoots): Promise<ContentFiles> {
  return {
    parts: { path: relative(projectRoot, roots.parts).split(sep).join('/'), id: 'parts', text: await readFile(roots.parts, 'utf8') },
    playbook: await readAll(projectRoot, roots.playbook, /\.mdx?$/),
    assessments: await readAll(projectRoot, roots.assessments, /\.ya?ml$/),
    sources: await readAll(projectRoot, roots.sources, /\.ya?ml$/),
  };
}
