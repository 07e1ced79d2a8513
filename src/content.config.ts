import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { assessmentSchema } from './lib/schema/assessment.ts';
import { partSchema } from './lib/schema/part.ts';
import { playbookPageSchema } from './lib/schema/playbook.ts';
import { sourceSchema } from './lib/schema/source.ts';

// Every file here was already checked by the validate-content integration, which reports
// all problems at once with file, line and field; these schemas give the entries their types.
const playbook = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/playbook' }),
  schema: playbookPageSchema,
});

const assessments = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/assessments' }),
  schema: assessmentSchema,
});

const sources = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/sources' }),
  schema: sourceSchema,
});

const parts = defineCollection({
  loader: file('./src/content/parts.yaml'),
  schema: partSchema,
});

export const collections = { playbook, assessments, sources, parts };
