import type { MdastPluginDefinition } from 'satteri';
import type { SiteConfig } from '../brand/site-config.ts';
import { contentLocale, type LocaleCode } from '../i18n/locales.ts';
import { localizedHref } from '../i18n/routes.ts';
import { isTargetIncluded, siteLinkTarget } from './site-links.ts';

export interface InternalLinkOptions {
  /** The deployment's base path, e.g. `/` or `/cx/`. */
  base: string;
  /** The parts and assessments this build includes. */
  modules: SiteConfig['modules'];
  /** The languages published, the default first: a translated guide links within its language. */
  locales: readonly LocaleCode[];
}

/**
 * Does for Markdown guides what BaseLink does for MDX ones: authors link pages as
 * `/playbook/pace/processes/`; the link gains the base and, in a translated guide, its
 * language, and a link to a part or assessment the brand leaves out becomes its plain text.
 */
export function internalLinksPlugin(options: InternalLinkOptions): MdastPluginDefinition {
  return {
    name: 'touchline:internal-links',
    // Plain data beside the visitor on purpose: Astro decides whether its cached Markdown
    // renders are stale by hashing the config, functions left out, so a change of base or
    // of the brand's modules must be visible as data.
    options,
    link(node, ctx) {
      if (!node.url.startsWith('/')) return;
      const target = siteLinkTarget(node.url);
      if (target && !isTargetIncluded(target, options.modules)) {
        ctx.replaceNode(node, node.children);
        return;
      }
      ctx.setProperty(node, 'url', localizedHref(node.url, contentLocale(ctx.fileURL), options));
    },
  } as MdastPluginDefinition;
}
