import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { htmlFilesIn } from '../../src/integrations/html-files.ts';
import { brokenLinks, type BrokenLink } from '../../src/lib/site-check/internal-links.ts';

/** Every HTML page of a built site (one list for the build and its tests). */
export const htmlFiles = htmlFilesIn;

/** Every internal link of a built site that leads nowhere. */
export async function brokenLinksIn(dist: string, base: string): Promise<BrokenLink[]> {
  const broken: BrokenLink[] = [];
  for (const file of await htmlFiles(dist)) {
    broken.push(...brokenLinks(relative(dist, file), await readFile(file, 'utf8'), base, (rel) => existsSync(join(dist, rel))));
  }
  return broken;
}
