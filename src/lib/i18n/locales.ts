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
