import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import { brandFromEnv, loadSite } from './integrations/brand.ts';
import { loadActions } from './integrations/actions.ts';
import { combinedLoader } from './integrations/combined-loader.ts';
import { flattenActions } from './lib/actions/actions.ts';
import { actionSchema } from './lib/schema/action.ts';
import { includesPart } from './lib/brand/site-config.ts';
import { assessmentSchema } from './lib/schema/assessment.ts';
import { assessmentTranslationSchema, scaleTranslationsFileSchema } from './lib/schema/assessment-translation.ts';
import { partSchema, partTranslationSchema } from './lib/schema/part.ts';
import { readdirSync } from 'node:fs';
import { playbookPageSchema } from './lib/schema/playbook.ts';
import { sourceSchema, sourceTranslationsFileSchema } from './lib/schema/source.ts';
import { templateSchema } from './lib/schema/template.ts';

// Every file here was already checked by the validate-content integration, which reports
// all problems at once with file, line and field; these schemas give the entries their types.

// A brand build merges the brand's own pages, parts and assessments into the same
// collections, and leaves out the parts it does not include, so they have no page,
// no navigation entry and no search hit.
const brand = brandFromEnv(process.cwd());
const site = loadSite(process.cwd(), brand);
// The brand folder may be anywhere on disk (`--brand ../clients/acme`), so its files are
// loaded from their own base, beside the built-in ones.
const brandDir = brand?.dir ?? null;

const partFiles = ['src/content/parts.yaml', ...(brandDir ? [`${brandDir}/parts.yaml`] : [])].filter((file) => existsSync(file));
const allParts = partFiles.flatMap((file) => parse(readFileSync(file, 'utf8')) as { id: string }[]);
const includedParts = allParts.filter((part) => includesPart(site.config, part.id));

/** `pace/processes.md` under its folder → `pace/processes`; a brand page that replaces a built-in one takes its id. */
const entryId = (extension: RegExp) => ({ entry, data }: { entry: string; data: Record<string, unknown> }) =>
  typeof data.replaces === 'string' ? data.replaces : entry.replace(extension, '');

/** The built-in files of a collection and, for a brand, its own from its folder. */
function builtInAndBrand(folder: string, builtInPatterns: string[], brandPatterns: string[], extension: RegExp) {
  const builtIn = { loader: glob({ base: `./src/content/${folder}`, pattern: builtInPatterns, generateId: entryId(extension) }), base: `src/content/${folder}/` };
  if (!brandDir) return builtIn.loader;
  return combinedLoader(folder, [builtIn, { loader: glob({ base: `${brandDir}/${folder}`, pattern: brandPatterns, generateId: entryId(extension) }), base: null }]);
}

const playbook = defineCollection({
  loader: builtInAndBrand(
    'playbook',
    [
      ...includedParts.filter((part) => existsSync(`src/content/playbook/${part.id}`)).map((part) => `${part.id}/**/*.{md,mdx}`),
      // A brand page that declares `replaces: <id>` stands in for the built-in one.
      ...site.replacedPages.map((id) => `!${id}.{md,mdx}`),
    ],
    ['**/*.{md,mdx}'],
    /\.mdx?$/,
  ),
  schema: playbookPageSchema,
});

const assessments = defineCollection({
  loader: builtInAndBrand('assessments', ['*.yaml'], ['*.yaml'], /\.ya?ml$/),
  schema: assessmentSchema,
});

const sources = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/sources' }),
  schema: sourceSchema,
});

// Printable templates: shown on their playbook page with <Template id="…" /> and offered as
// CSV and Markdown downloads from the same data.
const templates = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/templates' }),
  schema: templateSchema,
});

const parts = defineCollection({
  loader: () => includedParts,
  schema: partSchema,
});

// Translations stand beside the English content: src/content/translations/<locale>/ holds
// guides under playbook/ (same paths as the English), parts.yaml (titles and summaries) and
// pages/ (the privacy page). What is not translated falls back to English, marked so.
const translationsDir = './src/content/translations';
const translationLocales = existsSync(translationsDir) ? readdirSync(translationsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : [];

const playbookTranslations = defineCollection({
  loader: glob({
    base: translationsDir,
    pattern: translationLocales.flatMap((locale) => includedParts.map((part) => `${locale}/playbook/${part.id}/**/*.{md,mdx}`)),
    generateId: ({ entry }) => entry.replace('/playbook/', '/').replace(/\.mdx?$/, ''),
  }),
  schema: playbookPageSchema,
});

const partTranslations = defineCollection({
  loader: () =>
    translationLocales
      .filter((locale) => existsSync(`${translationsDir}/${locale}/parts.yaml`))
      .flatMap((locale) => (parse(readFileSync(`${translationsDir}/${locale}/parts.yaml`, 'utf8')) as { id: string }[]).map((part) => ({ ...part, id: `${locale}/${part.id}` }))),
  schema: partTranslationSchema,
});

const pageTranslations = defineCollection({
  loader: glob({ base: translationsDir, pattern: '*/pages/*.md', generateId: ({ entry }) => entry.replace('/pages/', '/').replace(/\.md$/, '') }),
  schema: playbookPageSchema.pick({ title: true, description: true }),
});

// The guides' "Try this" actions, one entry per action id, for plans (see docs/actions.md).
const actions = defineCollection({
  loader: () => flattenActions(loadActions(process.cwd()).lists),
  schema: actionSchema.extend({ guide: z.string() }),
});

// An assessment's words in another language, keyed by the English file's ids (id `<locale>/<assessment>`),
// and the answer scales' words (id `<locale>`). What is not translated stays English, marked so.
const assessmentTranslations = defineCollection({
  loader: glob({ base: translationsDir, pattern: '*/assessments/*.yaml', generateId: ({ entry }) => entry.replace('/assessments/', '/').replace(/\.yaml$/, '') }),
  schema: assessmentTranslationSchema,
});

/** One file per language holding one kind of words (`<locale>/<name>.yaml`), as entry `<locale>` with the file under `name`. */
const perLanguageFile = <Name extends string>(name: Name) => () =>
  translationLocales
    .filter((locale) => existsSync(`${translationsDir}/${locale}/${name}.yaml`))
    .map((locale) => ({ id: locale, [name]: parse(readFileSync(`${translationsDir}/${locale}/${name}.yaml`, 'utf8')) as unknown }));

const scaleTranslations = defineCollection({
  loader: perLanguageFile('scales'),
  schema: z.object({ scales: scaleTranslationsFileSchema }),
});

// The sources' notes (what the playbook takes from each, how an undated one was dated), id `<locale>`.
const sourceTranslations = defineCollection({
  loader: perLanguageFile('sources'),
  schema: z.object({ sources: sourceTranslationsFileSchema }),
});

export const collections = { actions, playbook, assessments, sources, parts, templates, playbookTranslations, partTranslations, pageTranslations, assessmentTranslations, scaleTranslations, sourceTranslations };
