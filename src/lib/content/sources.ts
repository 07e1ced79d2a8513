import { getCollection } from 'astro:content';
import { referenceLocale, type LocaleCode } from '../i18n/locales.ts';
import type { Source } from '../schema/source.ts';
import { localizeSource } from './source-words.ts';

export interface LocalizedSource {
  id: string;
  data: Source;
  /** Set when the notes have no translation into the page's language and stay English. */
  lang?: string;
}

/** The sources with their notes in one language, sorted by author as that language sorts. */
export async function localizedSources(locale: LocaleCode, lang: string = locale): Promise<LocalizedSource[]> {
  const [sources, translations] = await Promise.all([getCollection('sources'), getCollection('sourceTranslations')]);
  const words = locale === referenceLocale ? undefined : translations.find((entry) => entry.id === locale)?.data.sources;
  return sources
    .map(({ id, data }) => {
      const given = words?.[id];
      return given || locale === referenceLocale ? { id, data: localizeSource(data, given) } : { id, data, lang: referenceLocale };
    })
    .sort((a, b) => a.data.author.localeCompare(b.data.author, lang));
}
