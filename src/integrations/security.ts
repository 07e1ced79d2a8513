import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, metaPolicy } from '../lib/security/policy.ts';
import { htmlFilesIn } from './html-files.ts';

/**
 * Writes `_headers` after the build. A page without Astro's policy stops the build: the
 * policy is what keeps a slipped-through script from reading people's stored answers.
 */
export function securityHeadersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'touchline:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies: string[] = [];
        const missing: string[] = [];
        for (const file of await htmlFilesIn(out)) {
          const policy = metaPolicy(await readFile(file, 'utf8'));
          if (policy) policies.push(policy);
          else missing.push(file);
        }
        if (missing.length > 0) throw new Error(`No Content-Security-Policy in ${missing.length} page(s), e.g. ${missing[0]}; every page must render through the Base layout.`);
        await writeFile(join(out, '_headers'), headersFile(base, policies));
        logger.info(`wrote _headers (Content-Security-Policy of ${policies.length} pages)`);
      },
    },
  };
}
