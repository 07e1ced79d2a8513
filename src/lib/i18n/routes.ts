import type { LocaleCode } from './locales.ts';

/** How a site lays out its languages: the default at the root, the others under `/<code>/`. */
export interface LocaleRouting {
  /** The deployment's base path, e.g. `/` or `/cx/`. */
  base: string;
  /** The languages published, the default first. */
  locales: readonly LocaleCode[];
}

const defaultOf = (routing: LocaleRouting) => routing.locales[0] as LocaleCode;
const baseWithSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** The `locale` route parameter of each language: none for the default, its code for the others. */
export function localeStaticPaths(routing: LocaleRouting): { params: { locale: string | undefined }; props: { locale: LocaleCode } }[] {
  return routing.locales.map((locale) => ({ params: { locale: locale === defaultOf(routing) ? undefined : locale }, props: { locale } }));
}

/**
 * A page's address in a language: `localizedPath('/playbook/pace/', 'de', …)` is
 * `/cx/de/playbook/pace/` under base `/cx/`. The path is site-absolute, as content writes links.
 */
export function localizedPath(path: string, locale: LocaleCode, routing: LocaleRouting): string {
  const rest = path.replace(/^\/+/, '');
  const prefix = locale === defaultOf(routing) ? '' : `${locale}/`;
  return `${baseWithSlash(routing.base)}${prefix}${rest}`;
}

/**
 * Which language an address is in, and the page's path without base and language — what
 * the language switcher needs to offer the same page in another language.
 */
export function splitLocalePath(pathname: string, routing: LocaleRouting): { locale: LocaleCode; path: string } {
  const base = baseWithSlash(routing.base);
  const inside = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  const [first, ...rest] = inside.split('/');
  const other = routing.locales.find((locale) => locale !== defaultOf(routing) && locale === first);
  return other ? { locale: other, path: `/${rest.join('/')}` } : { locale: defaultOf(routing), path: `/${inside}` };
}

/**
 * A link a guide writes (`/playbook/pace/#evaluation`, `/templates/journey-map.csv`) as this
 * language's address: pages move under the language, files (anything with an extension)
 * are the same for every language and keep only the base. Other links are left alone.
 */
export function localizedHref(href: string, locale: LocaleCode, routing: LocaleRouting): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const base = baseWithSlash(routing.base);
  const path = href.startsWith(base) && base !== '/' ? `/${href.slice(base.length)}` : href;
  const pathname = path.replace(/[?#].*$/, '');
  if (/\.[a-z0-9]+$/i.test(pathname)) return `${base}${path.replace(/^\/+/, '')}`;
  return localizedPath(path, locale, routing);
}
