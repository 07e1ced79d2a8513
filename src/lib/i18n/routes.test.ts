import { describe, expect, it } from 'vitest';
import { localeStaticPaths, localizedHref, localizedPath, splitLocalePath, type LocaleRouting } from './routes.ts';

const root: LocaleRouting = { base: '/', locales: ['en', 'de', 'pl'] };
const clientSite: LocaleRouting = { base: '/acme/', locales: ['de', 'en'] };

describe('locale routes', () => {
  it('publishes the default language at the root and the others under their code', () => {
    expect(localeStaticPaths(root).map((p) => p.params.locale)).toEqual([undefined, 'de', 'pl']);
    expect(localeStaticPaths(clientSite).map((p) => [p.params.locale, p.props.locale])).toEqual([[undefined, 'de'], ['en', 'en']]);
  });

  it.each([
    [root, '/playbook/pace/', 'en', '/playbook/pace/'],
    [root, '/playbook/pace/', 'pl', '/pl/playbook/pace/'],
    [root, '/', 'de', '/de/'],
    [clientSite, '/assess/pace/', 'de', '/acme/assess/pace/'],
    [clientSite, 'assess/pace/', 'en', '/acme/en/assess/pace/'],
  ] as const)('%j: %s in %s is %s', (routing, path, locale, expected) => {
    expect(localizedPath(path, locale, routing)).toBe(expected);
  });

  it.each([
    [root, '/pl/playbook/pace/', { locale: 'pl', path: '/playbook/pace/' }],
    [root, '/playbook/pace/', { locale: 'en', path: '/playbook/pace/' }],
    [root, '/de/', { locale: 'de', path: '/' }],
    [root, '/', { locale: 'en', path: '/' }],
    // A guide whose id starts like a code is not taken for a language.
    [root, '/delta/', { locale: 'en', path: '/delta/' }],
    [clientSite, '/acme/en/team/', { locale: 'en', path: '/team/' }],
    [clientSite, '/acme/team/', { locale: 'de', path: '/team/' }],
    // The default language has no prefix of its own: /acme/de/ is not a German address.
    [clientSite, '/acme/de/team/', { locale: 'de', path: '/de/team/' }],
  ] as const)('%j: %s splits into %j', (routing, pathname, expected) => {
    expect(splitLocalePath(pathname, routing)).toEqual(expected);
  });

  it('round-trips every page through every language', () => {
    for (const routing of [root, clientSite]) {
      for (const locale of routing.locales) {
        for (const path of ['/', '/playbook/pace/processes/', '/team/']) {
          expect(splitLocalePath(localizedPath(path, locale, routing), routing)).toEqual({ locale, path });
        }
      }
    }
  });
});

describe('links written in guides', () => {
  it.each([
    [root, '/playbook/pace/#evaluation', 'de', '/de/playbook/pace/#evaluation'],
    [root, '/templates/journey-map.csv', 'de', '/templates/journey-map.csv'],
    [root, 'https://example.com/x', 'pl', 'https://example.com/x'],
    [root, '#terms', 'pl', '#terms'],
    [clientSite, '/results/', 'en', '/acme/en/results/'],
    [clientSite, '/acme/results/', 'en', '/acme/en/results/'],
    [clientSite, '/templates/purpose-test.md', 'en', '/acme/templates/purpose-test.md'],
  ] as const)('%j: %s in %s is %s', (routing, href, locale, expected) => {
    expect(localizedHref(href, locale, routing)).toBe(expected);
  });
});

describe('contentLocale', () => {
  it('reads a translation’s language from its folder, English otherwise', async () => {
    const { contentLocale } = await import('./locales.ts');
    expect(contentLocale(new URL('file:///work/src/content/translations/pl/playbook/start/start-here.md'))).toBe('pl');
    expect(contentLocale('/work/src/content/playbook/start/start-here.md')).toBe('en');
    expect(contentLocale('/work/src/content/translations/fr/playbook/x.md')).toBe('en');
    expect(contentLocale(undefined)).toBe('en');
  });
});
