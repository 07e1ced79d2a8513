import { parse } from 'node-html-parser';
import type { LocaleCode } from './locales.ts';
import { localizedHref, splitLocalePath, type LocaleRouting } from './routes.ts';

/**
 * A guide's rendered HTML with its links to pages moved from one language's addresses to
 * another's: an English guide shown under /de/ while it has no German translation keeps the
 * reader in German pages. Links to files, other sites and anchors are left as they are.
 */
export function relinkHtml(html: string, from: LocaleCode, to: LocaleCode, routing: LocaleRouting): string {
  if (from === to) return html;
  const root = parse(html);
  for (const link of root.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (!href.startsWith('/') || href.startsWith('//')) continue;
    const { locale, path } = splitLocalePath(href, routing);
    if (locale === from) link.setAttribute('href', localizedHref(path, to, routing));
  }
  return root.toString();
}
