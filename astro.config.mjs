// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { loadActions } from './src/integrations/actions.ts';
import { brandFromEnv, loadSite } from './src/integrations/brand.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { securityHeadersIntegration } from './src/integrations/security.ts';
import { siteIntegration } from './src/integrations/site.ts';
import { validateContentIntegration } from './src/integrations/validate-content.ts';
import { actionsPlugin } from './src/lib/markdown/actions-plugin.ts';
import { countsPlugin } from './src/lib/markdown/counts-plugin.ts';
import { internalLinksPlugin } from './src/lib/markdown/internal-links-plugin.ts';
import { tableScrollPlugin } from './src/lib/markdown/table-scroll-plugin.ts';
import { PLACEHOLDER_SITE_URL } from './src/lib/brand/site-url.ts';
import { cspDirectives, scriptSources } from './src/lib/security/policy.ts';

// The neutral Touchline site, or a consultant's brand (`npm run build -- --brand acme`, or
// `--brand ../clients/acme` for a folder anywhere). A brand with any problem stops here,
// before anything is written.
const brand = brandFromEnv(process.cwd());
const loaded = loadSite(process.cwd(), brand);

// A deployment sets its public address and sub-path; a brand sets them in brand.yaml.
// Without either, a placeholder keeps canonical links well-formed; printed links then show the path alone.
const site = process.env.TOUCHLINE_SITE_URL ?? loaded.deployment?.site ?? PLACEHOLDER_SITE_URL;
const base = process.env.TOUCHLINE_BASE_PATH ?? loaded.deployment?.base ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.TOUCHLINE_OUT_DIR ?? './dist',
  integrations: [validateContentIntegration(brand), siteIntegration(loaded), mdx(), sitemap(), pagefindIntegration(), securityHeadersIntegration()],
  // Guides without components are plain Markdown, rendered once while content loads; the
  // plugin gives their links the base path and unlinks what a brand leaves out. MDX guides
  // run the same plugins. Counting text ("{{parts}}") follows the brand's selection. Raw HTML
  // is parsed, so its tables reach the table-scroll plugin; the content check has already
  // refused anything unsafe in the source, so these plugins work on trusted trees.
  markdown: {
    // Shiki colours code with inline styles, which the policy blocks; a code block in a guide is plain.
    syntaxHighlight: false,
    processor: satteri({
      // The actions plugin comes first: the lists it renders have links the next plugin completes.
      mdastPlugins: [actionsPlugin(loadActions(process.cwd())), internalLinksPlugin({ base, modules: loaded.config.modules, locales: loaded.config.locales }), countsPlugin(loaded.counts)],
      hastPlugins: [tableScrollPlugin()],
      features: { rawHtml: true },
    }),
  },
  // Every page carries a Content-Security-Policy: Astro hashes each script and style it emits
  // (the theme script in <head> included); src/lib/security/policy.ts says what else is allowed.
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: [...scriptSources] },
    },
  },
  build: {
    // Inlined: a guide's CSS is ~4 KiB gzip, and a render-blocking stylesheet request costs more on mobile.
    inlineStylesheets: 'always',
    // A few pages in flight at once let file writes and module loads overlap the rendering.
    concurrency: 4,
  },
  vite: {
    plugins: [noModulePreload()],
    // In dev, Vite serves files from the project only; a brand kept elsewhere is allowed too.
    server: { fs: { allow: ['.', ...(brand ? [brand.dir] : [])] } },
    resolve: { alias: { 'astro/zod': fileURLToPath(new URL('./src/lib/security/zod-without-eval.ts', import.meta.url)) } },
    build: {
      // Each MDX page otherwise prints a harmless "use astro:head-inject" warning.
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});

/**
 * Lazy chunks load without Vite's preload helper (880 B gzip on every page, more than the
 * search script it serves): the chunks behind a click are small, so one extra round trip on
 * that click costs less than the helper costs every reader. Astro sets the option itself, so
 * it is turned off where the client build's settings are final.
 * @returns {import('vite').Plugin}
 */
function noModulePreload() {
  return {
    name: 'touchline:no-module-preload',
    enforce: 'post',
    configEnvironment(name, options) {
      if (name === 'client') options.build = { ...options.build, modulePreload: false };
    },
  };
}
