// For unit tests: phrases worded through the shipped dictionaries, so a test pins the words people read.
import type { LocaleCode } from '../i18n/locales.ts';
import { isPhrase, wordOf, type Phrase } from '../scoring/phrase.ts';
import { translatorFor } from '../scoring/test-translators.ts';

export { translatorFor };

/** Every phrase inside `value` worded in English (or `locale`), so a test compares the sentences people read. */
export function inEnglish<T>(value: T, locale: LocaleCode = 'en'): unknown {
  const t = translatorFor(locale);
  const word = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(word);
    if (typeof item !== 'object' || item === null) return item;
    if (isPhrase(item)) return wordOf(t, item);
    return Object.fromEntries(Object.entries(item).map(([name, inner]) => [name, word(inner)]));
  };
  return word(value);
}

/** One phrase in a locale's words. */
export const english = (said: Phrase, locale: LocaleCode = 'en'): string => wordOf(translatorFor(locale), said);
