import { markdownToMdast, type MdastPluginDefinition } from 'satteri';
import { guideActionList, type ActionTranslations } from '../actions/actions.ts';
import { contentLocale } from '../i18n/locales.ts';
import type { ActionList } from '../schema/action.ts';
import { ACTIONS_PLACEHOLDER } from '../validate/action-problems.ts';

/** `…/src/content/playbook/pace/processes.md` or `…/translations/de/playbook/pace/processes.md` → `pace/processes`. */
export function guideIdOf(file: URL | undefined): string | undefined {
  return /\/src\/content\/(?:translations\/[^/]+\/)?playbook\/(.+)\.mdx?$/.exec(decodeURIComponent(file?.pathname ?? ''))?.[1];
}

/**
 * Renders a guide's "Try this" list from the actions data where its body has the
 * `[[actions]]` line, in the guide's language (English, marked `lang="en"`, where the
 * language has no translation of the list). Runs before the link plugin, so the actions'
 * links get the base path and language like every other link in the guide.
 */
export function actionsPlugin(data: { lists: ActionList[]; translations: ActionTranslations }): MdastPluginDefinition {
  return {
    name: 'touchline:actions',
    // Data, so Astro's cache of rendered Markdown sees a change of actions (see internal-links-plugin.ts).
    options: data,
    paragraph(node, ctx) {
      if (ctx.textContent(node).trim() !== ACTIONS_PLACEHOLDER) return;
      const guide = guideIdOf(ctx.fileURL);
      const list = guide ? guideActionList(data.lists, data.translations, guide, contentLocale(ctx.fileURL)) : undefined;
      // The content check has refused a placeholder without a list, so this is a brand page's own.
      if (!list) return;
      ctx.replaceNode(node, {
        type: 'list',
        ordered: list.numbered,
        spread: false,
        ...(list.lang ? { data: { hProperties: { lang: list.lang } } } : {}),
        children: list.texts.map((text) => ({
          type: 'listItem',
          spread: false,
          children: [{ type: 'paragraph', children: inline(text) }],
        })),
      } as never);
    },
  } as MdastPluginDefinition;
}

/**
 * The inline nodes of one line of Markdown (links, emphasis), without the paragraph around
 * them, parsed as Astro parses guides (smart quotes on: Astro's `smartypants` default).
 */
function inline(text: string): unknown[] {
  const [paragraph] = (markdownToMdast(text, { features: { smartPunctuation: true }, position: false }) as { children: { children?: unknown[] }[] }).children;
  return paragraph?.children ?? [];
}
