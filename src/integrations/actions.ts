import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ActionTranslations } from '../lib/actions/actions.ts';
import { isLocaleCode } from '../lib/i18n/locales.ts';
import { actionsFileSchema, actionTranslationsFileSchema, type ActionList } from '../lib/schema/action.ts';

export interface LoadedActions {
  lists: ActionList[];
  translations: ActionTranslations;
}

const yamlFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => join(dir, name)) : []);

/** Reads a file the schema accepts; anything else is left to the validate-content report, which names file and line. */
function readValid<T>(file: string, schema: { safeParse(data: unknown): { success: true; data: T } | { success: false } }): T | undefined {
  try {
    const result = schema.safeParse(parse(readFileSync(file, 'utf8')));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The guides' actions and their translations, read when the site is configured: the Markdown
 * plugin renders each guide's "Try this" list from them, and the actions collection serves plans.
 */
export function loadActions(projectRoot: string): LoadedActions {
  const content = join(projectRoot, 'src/content');
  const lists = yamlFiles(join(content, 'actions')).flatMap((file) => readValid(file, actionsFileSchema) ?? []);
  const translations: ActionTranslations = {};
  const translationsDir = join(content, 'translations');
  for (const locale of existsSync(translationsDir) ? readdirSync(translationsDir) : []) {
    if (!isLocaleCode(locale)) continue;
    for (const file of yamlFiles(join(translationsDir, locale, 'actions'))) {
      translations[locale] = { ...translations[locale], ...readValid(file, actionTranslationsFileSchema) };
    }
  }
  return { lists, translations };
}
