import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../lib/validate/problem.ts';
import { validateContent } from '../lib/validate/validate-content.ts';
import type { BrandLocation } from './brand.ts';
import { contentRoots, readContentFiles } from './content-files.ts';
import { stopBuild } from './stop-build.ts';

/**
 * Checks every content file and cross-reference before Astro writes anything.
 * Astro's own `reference()` no longer fails on a missing target, so this is where a
 * broken link between content files stops the build.
 */
export function validateContentIntegration(brand: BrandLocation | null): AstroIntegration {
  return {
    name: 'touchline:validate-content',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const problems = validateContent(await readContentFiles(root, contentRoots(root, brand)));
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'build') stopBuild(report);
        logger.error(report);
      },
    },
  };
}
