import type { MdastPluginDefinition } from 'satteri';
import { contentLocale } from '../i18n/locales.ts';
import { fillCounts, type ModuleCounts } from './counts.ts';

/** Fills `{{parts}}` and `{{assessments}}` in Markdown guides with this build's counts, in the guide's language (see counts.ts). */
export function countsPlugin(counts: ModuleCounts): MdastPluginDefinition {
  return {
    name: 'touchline:counts',
    // Data, so Astro's cache of rendered Markdown sees a change of counts (see internal-links-plugin.ts).
    options: counts,
    text(node, ctx) {
      const filled = fillCounts(node.value, counts, contentLocale(ctx.fileURL));
      if (filled !== node.value) ctx.setProperty(node, 'value', filled);
    },
  } as MdastPluginDefinition;
}
