import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spaceBetweenBlocks } from '../lib/search/index-text.ts';

/** Builds the Pagefind search index into dist/pagefind once the HTML is written. */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'touchline:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const pages = (await readdir(site, { recursive: true })).filter((path) => path.endsWith('.html'));
        for (const sourcePath of pages) {
          const content = spaceBetweenBlocks(await readFile(join(site, sourcePath), 'utf8'));
          const added = await index.addHTMLFile({ sourcePath, content });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
        }
        await index.writeFiles({ outputPath: `${site}/pagefind` });
        await close();
        logger.info(`indexed ${pages.length} pages for search`);
      },
    },
  };
}
