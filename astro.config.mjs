// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { brandNameFromEnv, loadSite } from './src/integrations/brand.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { siteIntegration } from './src/integrations/site.ts';
import { validateContentIntegration } from './src/integrations/validate-content.ts';
import { internalLinksPlugin } from './src/lib/markdown/internal-links-plugin.ts';
import { tableScrollPlugin } from './src/lib/markdown/table-scroll-plugin.ts';

// The neutral Touchline site, or a consultant's brand (`npm run build -- --brand acme`).
// A brand with any problem stops here, before anything is written.
const brandName = brandNameFromEnv();
const loaded = loadSite(process.cwd(), brandName);

// A deployment sets its public address and sub-path; a brand sets them in brand.yaml.
const site = process.env.TOUCHLINE_SITE_URL ?? loaded.deployment?.site ?? 'https://touchline.example';
const base = process.env.TOUCHLINE_BASE_PATH ?? loaded.deployment?.base ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.TOUCHLINE_OUT_DIR ?? './dist',
  integrations: [validateContentIntegration(brandName), siteIntegration(loaded), mdx(), sitemap(), pagefindIntegration()],
  // Guides without components are plain Markdown, rendered once while content loads; the
  // plugin gives their links the base path and unlinks what a brand leaves out. MDX guides
  // run the same plugins. Raw HTML is parsed, so its tables reach the table-scroll plugin.
  markdown: {
    processor: satteri({
      mdastPlugins: [internalLinksPlugin({ base, modules: loaded.config.modules })],
      hastPlugins: [tableScrollPlugin()],
      features: { rawHtml: true },
    }),
  },
  build: {
    // Inlined: a guide's CSS is ~4 KiB gzip, and a render-blocking stylesheet request costs more on mobile.
    inlineStylesheets: 'always',
    // A few pages in flight at once let file writes and module loads overlap the rendering.
    concurrency: 4,
  },
  vite: {
    build: {
      // Each MDX page otherwise prints a harmless "use astro:head-inject" warning.
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
