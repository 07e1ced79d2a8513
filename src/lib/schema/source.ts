import { z } from 'astro/zod';

/** One of the articles the playbook draws on: `src/content/sources/<id>.yaml`. */
export const sourceSchema = z.strictObject({
  /** Who wrote it, as the article names them. */
  author: z.string().min(2),
  /** How the author was arrived at, when the article names none. */
  authorNote: z.string().optional(),
  /** The article's own title. */
  title: z.string().min(2),
  /** Year of publication, or "not stated" where the article gives none and none can be inferred. */
  year: z.union([z.int().min(1900).max(2100), z.literal('not stated')], {
    error: 'give the year as a number, e.g. 2013, or "not stated" where the article gives none',
  }),
  /** How the year was arrived at, when the article does not print it. */
  yearNote: z.string().optional(),
  /** Where it appeared. */
  publisher: z.string().min(2),
  /** What the playbook takes from it, in a sentence. */
  uses: z.string().min(10),
});

export type SourceInput = z.input<typeof sourceSchema>;
export type Source = z.output<typeof sourceSchema>;

/**
 * A source's notes in another language (`src/content/translations/<locale>/sources.yaml`,
 * keyed by the source's file name). The author and the article's title stay as published.
 */
export const sourceTranslationSchema = z.strictObject({
  authorNote: sourceSchema.shape.authorNote,
  yearNote: sourceSchema.shape.yearNote,
  /** Only where the English says more than a name ("not named in the copy we hold"). */
  publisher: sourceSchema.shape.publisher.optional(),
  uses: sourceSchema.shape.uses,
});

export const sourceTranslationsFileSchema = z.record(z.string(), sourceTranslationSchema);

export type SourceTranslation = z.output<typeof sourceTranslationSchema>;
