import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { brokenLinks, type BrokenLink } from '../../src/lib/site-check/internal-links.ts';

/** Every HTML page of a built site, leaving out Pagefind's and Astro's asset folders. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(path);
      return entry.name.endsWith('.html') ? [path] : [];
    }),
  );
  return nested.flat();
}

/** Every internal link of a built site that leads nowhere. */
export async function brokenLinksIn(dist: string, base: string): Promise<BrokenLink[]> {
  const broken: BrokenLink[] = [];
  for (const file of await htmlFiles(dist)) {
    broken.push(...brokenLinks(relative(dist, file), await readFile(file, 'utf8'), base, (rel) => existsSync(join(dist, rel))));
  }
  return broken;
}
