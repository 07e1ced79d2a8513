// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { validateContentIntegration } from './src/integrations/validate-content.ts';

// A deployment sets its public address and sub-path; a local build uses neutral defaults.
const site = process.env.TOUCHLINE_SITE_URL ?? 'https://touchline.example';
const base = process.env.TOUCHLINE_BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [validateContentIntegration(), mdx(), sitemap(), pagefindIntegration()],
  build: { inlineStylesheets: 'auto' },
  vite: {
    build: {
      // Each MDX page otherwise prints a harmless "use astro:head-inject" warning.
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
