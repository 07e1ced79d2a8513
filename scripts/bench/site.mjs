import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { benchGuide, benchGuideIsMdx, benchPageId, benchPartId, benchPartsYaml } from './content.mjs';

/** What a site needs to build; brands, docs and tests stay out of the copy. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts/site.mjs'];

export const PAGES_PER_PART = 25;

/** The generated page measured at every N: it exists, byte for byte the same, at all sizes. */
export const FIXED_PAGE = `${benchPartId(0)}/${benchPageId(0)}`;

/**
 * node_modules is a real folder of symlinks, one per package, rather than one symlink to the
 * repo's: Astro keeps its content cache in `<root>/node_modules/.astro`, and a shared folder
 * would make every "cold" build warm and let the bench clobber the cache of the repo's own builds.
 */
async function linkNodeModules(repoRoot, siteDir) {
  const target = join(siteDir, 'node_modules');
  await mkdir(target);
  for (const entry of await readdir(join(repoRoot, 'node_modules'))) {
    if (entry.startsWith('.')) continue;
    await symlink(join(repoRoot, 'node_modules', entry), join(target, entry));
  }
}

/** The project files as the working tree has them, or as a commit has them when `ref` is set. */
async function copyProject(repoRoot, siteDir, ref) {
  if (!ref) {
    for (const name of PROJECT_FILES) {
      await mkdir(dirname(join(siteDir, name)), { recursive: true });
      await cp(join(repoRoot, name), join(siteDir, name), { recursive: true });
    }
    return;
  }
  const tar = join(siteDir, 'project.tar');
  execFileSync('git', ['archive', '--format=tar', '-o', tar, ref, '--', ...PROJECT_FILES], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('tar', ['-xf', tar, '-C', siteDir]);
  await rm(tar);
}

/**
 * Writes bench/.work/site-<n>/: a copy of the project with the real playbook kept (the
 * assessments' next steps point at it) and `n` generated pages added, 25 per part.
 */
export async function prepareSite(repoRoot, workDir, n, ref) {
  if (n % PAGES_PER_PART !== 0) throw new Error(`N=${n}: use a multiple of ${PAGES_PER_PART} pages (one part holds ${PAGES_PER_PART})`);
  const siteDir = join(workDir, `site-${n}`);
  await rm(siteDir, { recursive: true, force: true });
  await mkdir(siteDir, { recursive: true });
  await copyProject(repoRoot, siteDir, ref);
  await linkNodeModules(repoRoot, siteDir);

  const partsPath = join(siteDir, 'src/content/parts.yaml');
  const realParts = parseYaml(await readFile(partsPath, 'utf8'));
  const firstOrder = Math.max(...realParts.map((part) => part.order)) + 1;
  const partCount = n / PAGES_PER_PART;
  await writeFile(partsPath, (await readFile(partsPath, 'utf8')) + benchPartsYaml(partCount, firstOrder));

  for (let part = 0; part < partCount; part += 1) {
    const partDir = join(siteDir, 'src/content/playbook', benchPartId(part));
    await mkdir(partDir);
    for (let page = 0; page < PAGES_PER_PART; page += 1) {
      const mdx = benchGuideIsMdx(page);
      await writeFile(join(partDir, `${benchPageId(page)}.${mdx ? 'mdx' : 'md'}`), benchGuide(benchPartId(part), benchPageId(page), page, { mdx }));
    }
  }
  return { siteDir, distDir: join(siteDir, 'dist'), realPageCount: (await countGuides(join(siteDir, 'src/content/playbook'))) - n };
}

async function countGuides(dir) {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((entry) => /\.mdx?$/.test(entry)).length;
}
