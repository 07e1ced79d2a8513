import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

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
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: `${site}/pagefind` });
        await close();
        logger.info(`indexed ${added.page_count} pages for search`);
      },
    },
  };
}
