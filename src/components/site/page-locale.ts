// Build-time only: which language a page is in, its strings and its links.
import site from 'virtual:touchline/site';
import dictionaries from 'virtual:touchline/strings';
import type { Dictionary } from '../../lib/i18n/dictionary.ts';
import { referenceLocale, type LocaleCode } from '../../lib/i18n/locales.ts';
import { messageParts, type MessageValues } from '../../lib/i18n/message.ts';
import { localeStaticPaths, localizedPath, splitLocalePath, type LocaleRouting } from '../../lib/i18n/routes.ts';
import { createTranslator, type Translate } from '../../lib/i18n/translate.ts';
import { withBase } from '../../lib/markdown/base-path.ts';

export const routing: LocaleRouting = { base: import.meta.env.BASE_URL, locales: site.locales };

/** The site's base path, ending in "/"; client scripts get it as `data-base`. */
export const siteBase = withBase('/', import.meta.env.BASE_URL);

/**
 * A file published once for every language (`/sitemap-index.xml`, `/pagefind/pagefind.js`,
 * a logo), base included. Pages have a language: use `pageLocale(url).path` for those.
 */
export const sitePath = (path: string) => withBase(path.startsWith('/') ? path : `/${path}`, import.meta.env.BASE_URL);

export const defaultLocale = site.locales[0] as LocaleCode;

/** `getStaticPaths` entries for a page published once per language. */
export const localePaths = () => localeStaticPaths(routing);

/** The `lang` of a page: the brand's regional tag for the default language, else the code. */
export const langOf = (locale: LocaleCode) => (locale === defaultLocale ? site.lang : locale);

export interface PageLocale {
  locale: LocaleCode;
  /** For `<html lang>` and every `Intl` formatter. */
  lang: string;
  dictionary: Dictionary;
  t: Translate;
  /** A message split around its `{values}`, for text with links or markup inside. */
  parts(key: string, values?: MessageValues): ReturnType<typeof messageParts>;
  /** A site-absolute path (`/playbook/`) as this language's address, base included. */
  path(path: string): string;
  /** The page's path without base and language, the same in every language. */
  pagePath: string;
  /** The `lang` for English-only content (an assessment's title) on this page: none on English pages. */
  englishLang: string | undefined;
}

function dictionaryOf(locale: LocaleCode): Dictionary {
  const dictionary = dictionaries[locale];
  if (!dictionary) throw new Error(`no interface strings for "${locale}"; is it in the site's locales?`);
  return dictionary;
}

/** The strings of a language, for build code that knows the language but not a page's address. */
export const translatorFor = (locale: LocaleCode): Translate => createTranslator(langOf(locale), dictionaryOf(locale));

/** Everything a component needs to speak the page's language, read from its address. */
export function pageLocale(url: URL): PageLocale {
  const { locale, path: pagePath } = splitLocalePath(url.pathname, routing);
  const lang = langOf(locale);
  const dictionary = dictionaryOf(locale);
  return {
    locale,
    lang,
    dictionary,
    t: translatorFor(locale),
    parts: (key, values) => {
      const message = dictionary[key];
      if (message === undefined) throw new Error(`no interface string "${key}" for locale "${locale}"`);
      return messageParts(lang, message, values);
    },
    path: (path) => localizedPath(path, locale, routing),
    pagePath,
    englishLang: locale === referenceLocale ? undefined : referenceLocale,
  };
}
