/**
 * The languages Touchline ships dictionaries for. A site publishes a selection of them
 * (its default at the root, the others under `/<code>/`); the code is also the page's
 * `<html lang>` and the locale every `Intl` formatter is given.
 */
export const shippedLocales = {
  en: { label: 'English' },
  de: { label: 'Deutsch' },
  pl: { label: 'Polski' },
} as const satisfies Record<string, { label: string }>;

export type LocaleCode = keyof typeof shippedLocales;

export const localeCodes = Object.keys(shippedLocales) as LocaleCode[];

/** The locale every dictionary is checked against: its keys are the full set. */
export const referenceLocale: LocaleCode = 'en';

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && Object.hasOwn(shippedLocales, value);
}

/** The plural forms a locale's grammar distinguishes (Polish: one, few, many, other). */
export function pluralCategories(locale: string): Intl.LDMLPluralRule[] {
  return new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
}

/**
 * The language a content file is written in: a translation says so by its folder
 * (src/content/translations/<code>/…); everything else is written in English.
 */
export function contentLocale(file: URL | string | undefined): LocaleCode {
  const path = typeof file === 'string' ? file : (file?.pathname ?? '');
  const code = /\/src\/content\/translations\/([^/]+)\//.exec(path)?.[1];
  return isLocaleCode(code) ? code : referenceLocale;
}

/** A translation entry's id, `de/pace/overview`: its language and the id of what it translates. */
export function splitTranslationId(entryId: string): { locale: LocaleCode; id: string } {
  const slash = entryId.indexOf('/');
  const locale = entryId.slice(0, slash);
  if (slash < 1 || !isLocaleCode(locale)) throw new Error(`"${entryId}" is not a translation id (<locale>/<id>)`);
  return { locale, id: entryId.slice(slash + 1) };
}

/**
 * A comma-separated list of languages (TOUCHLINE_LOCALES="en,de"), English first, each one
 * Touchline ships; duplicates dropped. Anything else is refused with what to write instead.
 */
export function parseLocaleList(value: string): { ok: true; locales: LocaleCode[] } | { ok: false; message: string } {
  const listed = value.split(',').map((code) => code.trim()).filter(Boolean);
  const unknown = listed.filter((code) => !isLocaleCode(code));
  if (listed.length === 0 || unknown.length > 0 || listed[0] !== referenceLocale) {
    const why = listed.length === 0 ? 'no language given' : unknown.length > 0 ? `${unknown.map((code) => `"${code}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not shipped` : `"${listed[0]}" comes first`;
    return { ok: false, message: `"${value}": ${why}; list languages Touchline ships (${localeCodes.join(', ')}), "${referenceLocale}" first, e.g. "en" or "en,de"` };
  }
  return { ok: true, locales: [...new Set(listed)] as LocaleCode[] };
}
