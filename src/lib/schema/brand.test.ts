import { describe, expect, expectTypeOf, it } from 'vitest';
import { basePathSchema, brandAssetSchema, brandColourSchema, brandSchema, languageTagSchema, type Brand, type BrandInput } from './brand.ts';

const minimal: BrandInput = {
  identity: { siteName: 'Acme', shortName: 'Acme', tagline: 'Customer experience, the Acme way.', logo: { light: 'logo.svg' } },
  colors: { primary: '#0b5cad', accent: '#b4420a' },
  contact: { name: 'Acme Consulting', email: 'hello@acme.example', url: 'https://acme.example', callToAction: 'Talk to Acme about your results' },
  deployment: { siteUrl: 'https://acme.example', basePath: '/', footerText: '© Acme' },
};

describe('brandSchema', () => {
  it('fills the defaults: every module, groups of 3, no segments, English, the logo as favicon', () => {
    const brand = brandSchema.parse(minimal);
    expect(brand.modules).toEqual({});
    expect(brand.team).toEqual({ minGroupSize: 3, segments: [] });
    expect(brand.deployment.lang).toBe('en');
    expect(brand.identity.favicon).toBe('logo.svg');
    expect(brand.colors.primaryDark).toBeUndefined();
  });

  it('keeps a favicon that is given', () => {
    const brand = brandSchema.parse({ ...minimal, identity: { ...minimal.identity, favicon: './icons/tab.png' } });
    expect(brand.identity.favicon).toBe('icons/tab.png');
  });

  it('rejects unknown fields at every level', () => {
    const result = brandSchema.safeParse({ ...minimal, colors: { ...minimal.colors, secondary: '#000' } });
    expect(result.error?.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['unrecognized_keys', 'colors']]);
  });

  it('types input and output apart', () => {
    expectTypeOf<BrandInput['team']>().toEqualTypeOf<{ minGroupSize?: number | undefined; segments?: string[] | undefined } | undefined>();
    expectTypeOf<Brand['team']>().toEqualTypeOf<{ minGroupSize: number; segments: string[] }>();
    expectTypeOf<Brand['identity']['favicon']>().toEqualTypeOf<string>();
  });
});

describe('brandColourSchema', () => {
  it.each([
    ['#0B5CAD', '#0b5cad'],
    ['#fff', '#ffffff'],
    ['  rebeccapurple ', '#663399'],
    ['rgb(11 92 173)', '#0b5cad'],
    ['hsl(210 88% 36%)', '#0b5cad'],
    // Outside sRGB: mapped into it, so the checked colour is the shown colour.
    ['color(display-p3 1 0 0)', '#ff0b0c'],
  ])('%s comes out as %s', (written, hex) => {
    expect(brandColourSchema.parse(written)).toBe(hex);
  });

  it.each([['#ggg'], ['blue-ish'], ['var(--brand)'], ['currentcolor'], ['#fff;} body{display:none'], ['transparent'], ['rgb(0 0 0 / 50%)']])('rejects %s', (written) => {
    expect(brandColourSchema.safeParse(written).success).toBe(false);
  });
});

describe('brandAssetSchema', () => {
  it.each([
    ['logo.svg', 'logo.svg'],
    ['./logo.PNG', 'logo.PNG'],
    ['images/./logo.png', 'images/logo.png'],
  ])('%s comes out as %s', (written, path) => {
    expect(brandAssetSchema.parse(written)).toBe(path);
  });

  it.each([['../logo.svg'], ['/etc/logo.svg'], ['images//logo.svg'], ['C:\\logo.svg'], ['https://cdn.example/logo.svg'], ['logo.jpg'], ['logo.svg.zip'], ['']])('rejects %j', (written) => {
    expect(brandAssetSchema.safeParse(written).success).toBe(false);
  });
});

describe('basePathSchema', () => {
  it.each([['/'], ['/acme/'], ['/clients/acme-2025/']])('accepts %s', (path) => {
    expect(basePathSchema.safeParse(path).success).toBe(true);
  });

  it.each([
    ['/acme', '"/acme" must start and end with "/"; write "/acme/"'],
    ['acme', '"acme" must start and end with "/"; write "/acme/"'],
    ['', '"" must start and end with "/"; write "/"'],
    ['/a/../b/', '"/a/../b/" may use only letters, digits and - _ . ~ between its slashes, e.g. "/acme/"'],
    ['//', '"//" may use only letters, digits and - _ . ~ between its slashes, e.g. "/acme/"'],
  ])('rejects %j: %s', (path, message) => {
    expect(basePathSchema.safeParse(path).error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});

describe('languageTagSchema', () => {
  it.each([
    ['en', 'en'],
    ['en-gb', 'en-GB'],
    ['pt-BR', 'pt-BR'],
    ['zh-hant-tw', 'zh-Hant-TW'],
  ])('%s comes out as %s', (tag, canonical) => {
    expect(languageTagSchema.parse(tag)).toBe(canonical);
  });

  it.each([['english'], ['en_GB'], ['e'], ['']])('rejects %j', (tag) => {
    expect(languageTagSchema.safeParse(tag).success).toBe(false);
  });
});

describe('brand locales', () => {
  const deployment = (extra: Record<string, unknown>) => brandSchema.safeParse({ ...minimal, deployment: { ...minimal.deployment, ...extra } });

  it('publishes the language of lang alone unless locales are listed', () => {
    expect(deployment({ lang: 'en-GB' }).data?.deployment.locales).toEqual(['en']);
    expect(deployment({ lang: 'de', locales: ['de', 'pl', 'en'] }).data?.deployment.locales).toEqual(['de', 'pl', 'en']);
  });

  it.each([
    [{ locales: ['en', 'fr'] }, 'deployment.locales.1', 'use a language Touchline has interface strings for: en, de, pl'],
    [{ lang: 'de', locales: ['en', 'de'] }, 'deployment.locales', 'the first locale is the default, published at the root in "lang" (de); list "de" first, or change lang to "en"'],
    [{ lang: 'fr' }, 'deployment.lang', '"fr": Touchline has interface strings for en, de, pl; use one of them (a regional tag such as "en-GB" is fine)'],
    [{ locales: ['en', 'en'] }, 'deployment.locales', '"en" is listed twice; list each locale once'],
  ])('refuses %j with a message at %s', (extra, path, message) => {
    const issues = deployment(extra).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual([[path, message]]);
  });
});
