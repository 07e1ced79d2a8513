import type { Action, ActionList } from '../schema/action.ts';
import type { LocaleCode } from '../i18n/locales.ts';

/** Translated action texts: per locale, per guide, action id → text. */
export type ActionTranslations = Partial<Record<LocaleCode, Record<string, Record<string, string>>>>;

/** Every action with the guide it comes from, in file order (the order ties keep). */
export function flattenActions(lists: readonly ActionList[]): Action[] {
  return lists.flatMap((list) => list.actions.map((action) => ({ ...action, guide: list.guide })));
}

/**
 * An area's actions, do-first ones first: by priority (1 before 2 before 3), and within a
 * priority in the order of the files, so an author ranks by priority and breaks ties by order.
 */
export function actionsFor<A extends Pick<Action, 'areas' | 'priority'>>(area: string, actions: readonly A[]): A[] {
  return actions
    .map((action, index) => ({ action, index }))
    .filter(({ action }) => action.areas.includes(area))
    .sort((a, b) => a.action.priority - b.action.priority || a.index - b.index)
    .map(({ action }) => action);
}

/** What a guide's "Try this" list shows in one language. */
export interface GuideActionList {
  numbered: boolean;
  /** Markdown inline text of each action, in the guide's order. */
  texts: string[];
  /** Set when the texts are the English ones shown in a page of another language. */
  lang?: LocaleCode;
}

/**
 * A guide's list in a language: its translation when the language has one for this guide
 * (the build checks it is complete), else the English texts, marked as English.
 */
export function guideActionList(lists: readonly ActionList[], translations: ActionTranslations, guide: string, locale: LocaleCode): GuideActionList | undefined {
  const list = lists.find((candidate) => candidate.guide === guide);
  if (!list) return undefined;
  const numbered = list.numbered ?? false;
  const english = list.actions.map((action) => action.text);
  if (locale === 'en') return { numbered, texts: english };
  const translated = translations[locale]?.[guide];
  if (!translated) return { numbered, texts: english, lang: 'en' };
  return { numbered, texts: list.actions.map((action) => translated[action.id] ?? action.text) };
}
