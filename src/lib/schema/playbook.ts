import { z } from 'astro/zod';

/** A page id such as `pace/processes`: the one way to name a playbook page everywhere. */
export const pageIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'a page id is "<part>/<page>" in lower-case words joined by hyphens, e.g. "pace/processes"',
  });

const sourceIdSchema = z.string().regex(/^[a-z0-9-]+$/, { error: 'a source id is the file name in src/content/sources without .yaml' });

/** Front matter of a playbook page: `src/content/playbook/<part>/<page>.md` (or `.mdx`). */
export const playbookPageSchema = z.strictObject({
  /** The page's heading and the first part of its browser title. */
  title: z.string().min(3).max(90),
  /** One or two sentences for search results, link previews and the meta description. */
  description: z.string().min(40).max(220),
  /** Ids of the articles this page draws on (src/content/sources/<id>.yaml); shown on the page. */
  sources: z.array(sourceIdSchema).min(1, { error: 'name at least one source this page draws on' }),
  /** Position within the part; lower comes first. */
  order: z.int().min(0),
  /** Id of the assessment that goes with this page, if any. */
  assessment: z.string().optional(),
  /** Page ids of guides a reader should see next. */
  related: z.array(pageIdSchema).default([]),
  /**
   * Brand pages only: the id of the built-in page this one stands in for (e.g. `start/start-here`).
   * It takes that page's address, so every link to it still works.
   */
  replaces: pageIdSchema.optional(),
});

export type PlaybookPageInput = z.input<typeof playbookPageSchema>;
export type PlaybookPage = z.output<typeof playbookPageSchema>;
