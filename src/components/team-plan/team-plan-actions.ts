// Build-time only: the actions a team plan can start from, in the page's language.
import { getCollection } from 'astro:content';
import { actionsFor } from '../../lib/actions/actions.ts';
import { plainActionText } from '../../lib/actions/plain-text.ts';
import { DRAFT_ACTIONS_PER_PRIORITY } from '../../lib/plan/draft-plan.ts';
import { loadActions } from '../../integrations/actions.ts';
import { referenceLocale, type LocaleCode } from '../../lib/i18n/locales.ts';
import type { Action } from '../../lib/schema/action.ts';
import type { Assessment } from '../../lib/schema/assessment.ts';

/** An action as a team plan shows it: plain words in the page's language, or English marked `lang`. */
export type TeamPlanAction = Action & { lang?: string };

/**
 * The top-ranked actions of every area of these assessments (the ones a drafted priority
 * starts with), in the collection's order, so actionsFor ranks this subset as it ranks the whole.
 */
export async function teamPlanActions(assessments: readonly { id: string; definition: Assessment }[], locale: LocaleCode): Promise<TeamPlanAction[]> {
  const all = (await getCollection('actions')).map((entry) => entry.data as Action);
  const wanted = new Set(
    assessments.flatMap(({ id, definition }) => definition.dimensions.flatMap((dimension) => actionsFor(`${id}/${dimension.id}`, all).slice(0, DRAFT_ACTIONS_PER_PRIORITY).map((action) => action.id))),
  );
  const translations = locale === referenceLocale ? undefined : loadActions(process.cwd()).translations[locale];
  return all
    .filter((action) => wanted.has(action.id))
    .map((action) => {
      const translated = translations?.[action.guide]?.[action.id];
      const text = plainActionText(translated ?? action.text);
      return { ...action, text, ...(locale !== referenceLocale && translated === undefined && { lang: referenceLocale }) };
    });
}
