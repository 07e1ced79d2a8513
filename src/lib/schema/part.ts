import { z } from 'astro/zod';

/** A part of the playbook: one folder of `src/content/playbook/`, described in `src/content/parts.yaml`. */
export const partSchema = z.strictObject({
  /** The folder name, which is also the first segment of every page id in the part. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'use lower-case words joined by hyphens, e.g. "best-practices"' }),
  /** Shown in navigation and on the part's index page. */
  title: z.string().min(2).max(60),
  /** One or two sentences on what a reader gets from the part. */
  summary: z.string().min(20).max(300),
  /** Position among the parts; lower comes first. */
  order: z.int().min(0),
});

export const partsFileSchema = z.array(partSchema).min(1);

export type Part = z.output<typeof partSchema>;

/** A part's words in another language: `src/content/translations/<locale>/parts.yaml`, ids as in parts.yaml. */
export const partTranslationsFileSchema = z.array(partSchema.pick({ id: true, title: true, summary: true })).min(1);

/** A translated part as its collection holds it, id `<locale>/<part id>`. */
export const partTranslationSchema = z.strictObject({ id: z.string(), title: partSchema.shape.title, summary: partSchema.shape.summary });
