import { getCollection } from 'astro:content';
import { referenceLocale, type LocaleCode } from '../i18n/locales.ts';
import { buildOutline, type PartWithPages } from '../navigation/playbook-nav.ts';

/**
 * The playbook's parts and pages in reading order, in one language, built once per build
 * and language. A title without a translation stays English and says so (`lang: 'en'`), so
 * a screen reader reads it in English and the reader knows the guide is not translated.
 */
const outlines = new Map<LocaleCode, Promise<PartWithPages[]>>();

export function getOutline(locale: LocaleCode = referenceLocale): Promise<PartWithPages[]> {
  let outline = outlines.get(locale);
  if (!outline) {
    outline = buildLocalizedOutline(locale);
    outlines.set(locale, outline);
  }
  return outline;
}

async function buildLocalizedOutline(locale: LocaleCode): Promise<PartWithPages[]> {
  const [parts, pages, partWords, pageWords] = await Promise.all([getCollection('parts'), getCollection('playbook'), getCollection('partTranslations'), getCollection('playbookTranslations')]);
  const translated = locale !== referenceLocale;
  const partIn = new Map(partWords.map((entry) => [entry.id, entry.data]));
  const pageIn = new Map(pageWords.map((entry) => [entry.id, entry.data]));
  const fallback = translated ? { lang: referenceLocale } : {};
  return buildOutline(
    parts.map(({ data }) => {
      const words = partIn.get(`${locale}/${data.id}`);
      return words && translated ? { ...data, title: words.title, summary: words.summary } : { ...data, ...fallback };
    }),
    pages.map((page) => {
      const words = pageIn.get(`${locale}/${page.id}`);
      return words && translated
        ? { id: page.id, title: words.title, description: words.description, order: page.data.order }
        : { id: page.id, title: page.data.title, description: page.data.description, order: page.data.order, ...fallback };
    }),
  );
}
