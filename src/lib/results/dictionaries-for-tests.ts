// For unit tests: the shipped dictionaries as translators, so a test pins the words people read.
import { loadDictionaries } from '../i18n/load-dictionaries.ts';
import { createTranslator, type Translate } from '../i18n/translate.ts';
import type { LocaleCode } from '../i18n/locales.ts';
import { say, type Phrase } from './phrase.ts';

const { dictionaries, problems } = loadDictionaries(process.cwd(), ['en', 'de', 'pl']);
if (problems.length > 0) throw new Error(`the dictionaries have problems: ${problems.map((problem) => `${problem.file}:${problem.line ?? ''} ${problem.field} ${problem.message}`).join('; ')}`);

export function translatorFor(locale: LocaleCode): Translate {
  return createTranslator(locale, dictionaries[locale]!);
}

const isPhrase = (value: object): value is Phrase => typeof (value as { key?: unknown }).key === 'string' && Object.keys(value).every((name) => name === 'key' || name === 'values');

/** Every phrase inside `value` worded in English, so a test compares the sentences people read. */
export function inEnglish<T>(value: T, locale: LocaleCode = 'en'): unknown {
  const t = translatorFor(locale);
  const word = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(word);
    if (typeof item !== 'object' || item === null) return item;
    if (isPhrase(item)) return say(t, item);
    return Object.fromEntries(Object.entries(item).map(([name, inner]) => [name, word(inner)]));
  };
  return word(value);
}

/** One phrase in a locale's words. */
export const english = (phrase: Phrase, locale: LocaleCode = 'en'): string => say(translatorFor(locale), phrase);
