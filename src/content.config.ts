import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import { brandNameFromEnv, brandsDir, loadSite } from './integrations/brand.ts';
import { includesPart } from './lib/brand/site-config.ts';
import { assessmentSchema } from './lib/schema/assessment.ts';
import { partSchema } from './lib/schema/part.ts';
import { playbookPageSchema } from './lib/schema/playbook.ts';
import { sourceSchema } from './lib/schema/source.ts';
import { templateSchema } from './lib/schema/template.ts';

// Every file here was already checked by the validate-content integration, which reports
// all problems at once with file, line and field; these schemas give the entries their types.

// A brand build merges the brand's own pages, parts and assessments into the same
// collections, and leaves out the parts it does not include, so they have no page,
// no navigation entry and no search hit.
const brandName = brandNameFromEnv();
const site = loadSite(process.cwd(), brandName);
const brandDir = brandName ? `${brandsDir()}/${brandName}` : null;

const partFiles = ['src/content/parts.yaml', ...(brandDir ? [`${brandDir}/parts.yaml`] : [])].filter((file) => existsSync(file));
const allParts = partFiles.flatMap((file) => parse(readFileSync(file, 'utf8')) as { id: string }[]);
const includedParts = allParts.filter((part) => includesPart(site.config, part.id));

/** `src/content/playbook/pace/processes.md` and `brands/acme/playbook/pace/x.mdx` → `pace/processes`, `pace/x`. */
const entryId = (folder: string, extension: RegExp) => ({ entry }: { entry: string }) =>
  entry.replace(`src/content/${folder}/`, '').replace(`${brandDir}/${folder}/`, '').replace(extension, '');

const playbook = defineCollection({
  loader: glob({
    base: '.',
    pattern: [
      ...includedParts.filter((part) => existsSync(`src/content/playbook/${part.id}`)).map((part) => `src/content/playbook/${part.id}/**/*.{md,mdx}`),
      ...(brandDir ? [`${brandDir}/playbook/**/*.{md,mdx}`] : []),
    ],
    generateId: entryId('playbook', /\.mdx?$/),
  }),
  schema: playbookPageSchema,
});

const assessments = defineCollection({
  loader: glob({
    base: '.',
    pattern: ['src/content/assessments/*.yaml', ...(brandDir ? [`${brandDir}/assessments/*.yaml`] : [])],
    generateId: entryId('assessments', /\.ya?ml$/),
  }),
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

export const collections = { playbook, assessments, sources, parts, templates };
