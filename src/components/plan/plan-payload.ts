// Build-time only (the plan page imports it): the playbook's actions in the page's language and
// the assessments' band labels, for the plan editor. Only actions that serve an area are shipped.
import { getCollection } from 'astro:content';
import { actionPlainText } from '../../lib/actions/action-text.ts';
import { referenceLocale, type LocaleCode } from '../../lib/i18n/locales.ts';
import type { PlanActionOption } from '../../lib/plan/plan-editing.ts';
import { includedAssessments } from '../../lib/content/site-content.ts';
import { loadActions } from '../../integrations/actions.ts';

export interface PlanPagePayload {
  actions: PlanActionOption[];
  /** Each assessment's band labels in English, in band order: a plan names its target band by them. */
  bandLabels: Record<string, string[]>;
}

export async function planPagePayload(locale: LocaleCode): Promise<PlanPagePayload> {
  const assessments = await includedAssessments();
  const included = new Set(assessments.map((assessment) => assessment.id));
  const translated = locale === referenceLocale ? undefined : loadActions(process.cwd()).translations[locale];
  const actions = (await getCollection('actions'))
    .map((entry) => entry.data)
    .filter((action) => action.areas.some((area) => included.has(area.split('/')[0]!)))
    .map((action): PlanActionOption => {
      const own = translated?.[action.guide]?.[action.id];
      return {
        id: action.id,
        text: actionPlainText(own ?? action.text),
        ...(locale !== referenceLocale && own === undefined ? { lang: referenceLocale } : {}),
        areas: action.areas,
        effort: action.effort,
        priority: action.priority,
      };
    });
  return { actions, bandLabels: Object.fromEntries(assessments.map((assessment) => [assessment.id, assessment.data.bands.map((band) => band.label)])) };
}
