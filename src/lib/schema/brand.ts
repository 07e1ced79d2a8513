import { z } from 'astro/zod';
import { parseColour } from '../brand/colour.ts';
import { localeCodes, type LocaleCode } from '../i18n/locales.ts';

const moduleId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'use the id as written in src/content, e.g. "pace" or "best-practices"' });

/** Brand images the site can show in every browser, as a logo and as a favicon. */
export const brandImageExtensions = ['.svg', '.png'] as const;

/**
 * A file in the brand folder, named relative to it (`logo.svg`, `images/logo.png`).
 * Comes out without a leading `./`, so the same file always has the same name.
 */
export const brandAssetSchema = z.string().transform((written, ctx) => {
  const segments = written.trim().split('/').filter((segment) => segment !== '.');
  const inside = !written.includes('\\') && !written.includes(':') && segments.length > 0 && segments.every((s) => s !== '' && s !== '..');
  if (!inside) {
    ctx.issues.push({ code: 'custom', input: written, message: `"${written}" must name a file inside the brand folder, e.g. "logo.svg"` });
    return z.NEVER;
  }
  const path = segments.join('/');
  if (!brandImageExtensions.some((extension) => path.toLowerCase().endsWith(extension))) {
    ctx.issues.push({ code: 'custom', input: written, message: `"${written}" is not an SVG or PNG; use a .svg or .png file` });
    return z.NEVER;
  }
  return path;
});

/**
 * Any opaque CSS colour (`#0b5cad`, `rgb(11 92 173)`, `oklch(…)`, `rebeccapurple`), coming
 * out as sRGB `#rrggbb`: the value contrast is checked on and the CSS is written from.
 */
export const brandColourSchema = z.string().transform((written, ctx) => {
  const colour = parseColour(written);
  if (!colour) {
    ctx.issues.push({ code: 'custom', input: written, message: `"${written}" is not a colour; use a CSS colour such as "#0b5cad"` });
    return z.NEVER;
  }
  if (colour.alpha < 1) {
    ctx.issues.push({ code: 'custom', input: written, message: `"${written}" is see-through, so its contrast depends on what lies beneath; use an opaque colour such as "${colour.hex}"` });
    return z.NEVER;
  }
  return colour.hex;
});

/** An http(s) address on a public domain name. */
const webAddress = (example: string) =>
  z.url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error: (issue) => `${JSON.stringify(issue.input)} is not a web address; write it in full, e.g. "${example}"`,
  });

/** A phone number as people write it: digits, spaces, `()`, `.`, `-`, an optional leading `+`. */
const phoneSchema = z.string().superRefine((phone, ctx) => {
  const digits = phone.replace(/\D/g, '').length;
  if (!/^\+?[0-9 ().-]+$/.test(phone.trim()) || digits < 6 || digits > 15) {
    ctx.addIssue({ code: 'custom', message: `"${phone}" is not a phone number; write digits with spaces, optionally starting with +, e.g. "+44 20 7946 0000"` });
  }
});

/** A BCP 47 language tag, canonicalised (`en-gb` becomes `en-GB`). */
export const languageTagSchema = z.string().transform((tag, ctx) => {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    // Intl accepts 5–8 letter "registered" languages (e.g. "english"); no real site uses one.
    if (canonical && new Intl.Locale(canonical).language.length <= 3) return canonical;
  } catch {
    // An ill-formed tag: reported below.
  }
  ctx.issues.push({ code: 'custom', input: tag, message: `"${tag}" is not a BCP 47 language tag; use one such as "en", "en-GB" or "de"` });
  return z.NEVER;
});

/** Where the site is published under its host: `/` or `/acme/`, with slashes at both ends. */
export const basePathSchema = z.string().superRefine((path, ctx) => {
  const slashes = path.startsWith('/') && path.endsWith('/');
  const segments = path.split('/').slice(1, -1);
  if (!slashes) {
    const fixed = `/${path.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
    ctx.addIssue({ code: 'custom', message: `"${path}" must start and end with "/"; write "${fixed}"` });
  } else if (segments.some((segment) => !/^[A-Za-z0-9._~-]+$/.test(segment) || segment === '.' || segment === '..')) {
    ctx.addIssue({ code: 'custom', message: `"${path}" may use only letters, digits and - _ . ~ between its slashes, e.g. "/acme/"` });
  }
});

/** The origin the site is served from; a path below it goes in `basePath`. */
const siteUrlSchema = webAddress('https://acme.example').superRefine((url, ctx) => {
  // Zod runs this check even when the format check above failed.
  if (!URL.canParse(url)) return;
  const parsed = new URL(url);
  if (parsed.pathname !== '/' || parsed.search || parsed.hash) {
    ctx.addIssue({ code: 'custom', message: `"${url}" has a path; keep siteUrl to "${parsed.origin}" and put the path in deployment.basePath` });
  }
});

function duplicates(list: readonly string[]): string[] {
  return list.filter((value, i) => list.indexOf(value) !== i);
}

const uniqueList = <T extends z.ZodType<string>>(item: T, what: string) =>
  z.array(item).superRefine((list, ctx) => {
    for (const value of new Set(duplicates(list))) ctx.addIssue({ code: 'custom', message: `"${value}" is listed twice; list each ${what} once` });
  });

/** Logo files; the header shows the site name beside the logo, so the logo itself needs no alt text. */
export const brandLogoSchema = z.strictObject({
  /** The logo on light backgrounds, and in print. */
  light: brandAssetSchema,
  /** The logo on the dark theme; the light one is used when there is none. */
  dark: brandAssetSchema.optional(),
});

export const brandIdentitySchema = z
  .strictObject({
    /** The site's name: header, browser titles, share previews, the web app manifest. */
    siteName: z.string().trim().min(2).max(60),
    /** A short form where space is tight: the small-screen header, the home-screen icon label. */
    shortName: z.string().trim().min(1).max(16),
    /** One sentence under the name on the home page, and the default meta description. */
    tagline: z.string().trim().min(10).max(160),
    logo: brandLogoSchema,
    /** A square SVG or PNG for the browser tab; the light logo is used when there is none. */
    favicon: brandAssetSchema.optional(),
  })
  .transform((identity) => ({ ...identity, favicon: identity.favicon ?? identity.logo.light }));

/** Brand colours. The light theme needs its two; the dark theme keeps Touchline's where none are given. */
export const brandColorsSchema = z.strictObject({
  /** Links, buttons, focus outlines and borders in the light theme. Needs 4.5:1 on both light backgrounds. */
  primary: brandColourSchema,
  /** Error messages and 4px markers (e.g. quotations) in the light theme. Needs 4.5:1 on both light backgrounds. */
  accent: brandColourSchema,
  /** `primary` for the dark theme; Touchline's #7cb8f5 when not given. */
  primaryDark: brandColourSchema.optional(),
  /** `accent` for the dark theme; Touchline's #f0a26f when not given. */
  accentDark: brandColourSchema.optional(),
});

/** Who a reader contacts about their results. */
export const brandContactSchema = z.strictObject({
  /** The consultant or firm, e.g. "Jane Doe, Acme Consulting". */
  name: z.string().trim().min(2).max(80),
  email: z.email({ error: (issue) => `${JSON.stringify(issue.input)} is not an email address; use one such as "jane@acme.example"` }),
  /** The consultant's or firm's website. */
  url: webAddress('https://acme.example/contact'),
  phone: phoneSchema.optional(),
  /** Shown on every result, e.g. "Talk to Jane at Acme about your results". */
  callToAction: z.string().trim().min(10).max(120),
});

/** What the site includes. A next step pointing at a left-out page falls back (see brand/modules.ts). */
export const brandModulesSchema = z.strictObject({
  /** Part ids from src/content/parts.yaml, e.g. `pace`; every part when left out. */
  parts: uniqueList(moduleId, 'part').min(1, { error: 'list at least one part, or leave parts out to include them all' }).optional(),
  /** Assessment ids (file names in src/content/assessments/); every assessment when left out, none for `[]`. */
  assessments: uniqueList(moduleId, 'assessment').optional(),
});

/** Team links: many people answer, one person sees the aggregate. */
export const brandTeamSchema = z.strictObject({
  /** The fewest answers a team or segment view shows, so no one's answers can be singled out. */
  // Below 3, one person's answers could be read off a group's figures.
  minGroupSize: z.int().min(3).max(100).default(3),
  /** Choices a team link may ask each respondent for, e.g. departments; none asks nothing. */
  segments: uniqueList(z.string().trim().min(1).max(80), 'segment').default([]),
});

/** Where and how the site is published. */
export const brandDeploymentSchema = z.strictObject({
  /** The origin the site is served from, e.g. "https://acme.example"; used for canonical and share links. */
  siteUrl: siteUrlSchema,
  /** The path under siteUrl, e.g. "/acme/", or "/" for the root. */
  basePath: basePathSchema,
  /** The language of the root pages (their `lang` attribute), e.g. "en", "en-GB": the default locale, as the region writes it. */
  lang: languageTagSchema.default('en'),
  /**
   * The languages the site is published in, the default first (at the root; the others under
   * `/<code>/`). Without it, the site is published in the language of `lang` alone.
   */
  locales: uniqueList(z.enum(localeCodes as [LocaleCode, ...LocaleCode[]], { error: `use a language Touchline has interface strings for: ${localeCodes.join(', ')}` }), 'locale').min(1).optional(),
  /** A line in every page's footer, e.g. "© 2025 Acme Consulting". */
  footerText: z.string().trim().min(2).max(300),
}).transform((deployment, ctx) => {
  const language = new Intl.Locale(deployment.lang).language;
  const locales = deployment.locales ?? (localeCodes.includes(language as LocaleCode) ? [language as LocaleCode] : []);
  if (locales.length === 0) {
    ctx.issues.push({ code: 'custom', path: ['lang'], input: deployment.lang, message: `"${deployment.lang}": Touchline has interface strings for ${localeCodes.join(', ')}; use one of them (a regional tag such as "en-GB" is fine)` });
    return z.NEVER;
  }
  if (locales[0] !== language) {
    ctx.issues.push({ code: 'custom', path: ['locales'], input: deployment.locales, message: `the first locale is the default, published at the root in "lang" (${deployment.lang}); list "${language}" first, or change lang to "${locales[0]}"` });
    return z.NEVER;
  }
  return { ...deployment, locales };
});

/** A brand: `brands/<name>/brand.yaml`. Checked as a whole, with its files and contrast, by brand/check-brand.ts. */
export const brandSchema = z.strictObject({
  identity: brandIdentitySchema,
  colors: brandColorsSchema,
  contact: brandContactSchema,
  modules: brandModulesSchema.prefault({}),
  team: brandTeamSchema.prefault({}),
  deployment: brandDeploymentSchema,
});

export type BrandInput = z.input<typeof brandSchema>;
export type Brand = z.output<typeof brandSchema>;
export type BrandColors = Brand['colors'];
export type BrandModules = Brand['modules'];
