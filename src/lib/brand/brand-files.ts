import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { BrandFiles } from './check-brand.ts';

/** Whether a path lies inside a folder (not the folder itself, not beside it). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The brand's files as they are on disk. Paths are relative to `root` (or absolute, for a
 * brand kept outside the project); "inside" compares real paths, so a symlink pointing out
 * of the brand folder is seen for what it is.
 */
export function brandFilesOnDisk(root: string, brandDir: string): BrandFiles {
  const at = (rel: string) => resolve(root, rel);
  return {
    exists: (rel) => existsSync(at(rel)) && statSync(at(rel)).isFile(),
    size: (rel) => statSync(at(rel)).size,
    insideBrand: (rel) => isInside(realpathSync(resolve(root, brandDir)), realpathSync(at(rel))),
    read: (rel) => readFileSync(at(rel)),
  };
}

/**
 * Files and folders in a brand folder whose real location is outside it: a link there would
 * publish whatever it points at (a page, an image) from the machine that builds the site.
 */
export function linksLeavingFolder(folder: string): string[] {
  const real = realpathSync(folder);
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((rel) => lstatSync(join(folder, rel)).isSymbolicLink())
    .filter((rel) => {
      try {
        return !isInside(real, realpathSync(join(folder, rel)));
      } catch {
        return true; // A dangling link: it leads nowhere the brand owns either.
      }
    })
    .map((rel) => rel.split(sep).join('/'))
    .sort();
}
