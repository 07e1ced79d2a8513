import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadedSite } from './brand.ts';

const VIRTUAL_ID = 'virtual:touchline/site';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const STRINGS_ID = 'virtual:touchline/strings';
const RESOLVED_STRINGS_ID = `\0${STRINGS_ID}`;

/**
 * Hands the site's configuration (neutral or a brand's) to pages as `virtual:touchline/site`,
 * and publishes the brand's image files under `<base>_brand/`.
 */
export function siteIntegration(site: LoadedSite): AstroIntegration {
  return {
    name: 'touchline:site',
    hooks: {
      'astro:config:setup': ({ updateConfig, config }) => {
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'touchline:site-config',
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : id === STRINGS_ID ? RESOLVED_STRINGS_ID : undefined),
                // The strings are a module of their own so that only build-time code imports them;
                // a page's script receives the few it needs through its payload.
                load: (id: string) =>
                  id === RESOLVED_ID ? `export default ${JSON.stringify(site.config)};` : id === RESOLVED_STRINGS_ID ? `export default ${JSON.stringify(site.dictionaries)};` : undefined,
                // In dev, serve the brand's images from its folder.
                configureServer(server: { middlewares: { use(fn: (req: { url?: string }, res: { setHeader(k: string, v: string): void; end(b: Buffer): void }, next: () => void) => void): void } }) {
                  server.middlewares.use(async (req, res, next) => {
                    // Depending on the server layer, the URL arrives with or without the base.
                    const asset = site.assets.find((a) => req.url === `${base}${a.to}` || req.url === `/${a.to}`);
                    if (!asset || !site.brandDir) return next();
                    res.setHeader('Content-Type', asset.to.endsWith('.svg') ? 'image/svg+xml' : 'image/png');
                    res.end(await readFile(join(site.brandDir, asset.from)));
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir }) => {
        if (!site.brandDir) return;
        for (const asset of site.assets) {
          const target = join(fileURLToPath(dir), asset.to);
          await mkdir(dirname(target), { recursive: true });
          await copyFile(join(site.brandDir, asset.from), target);
        }
      },
    },
  };
}
