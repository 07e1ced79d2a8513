import { z } from 'astro/zod';

/** One column of a template: what the person writes in it. */
const columnSchema = z.strictObject({
  /** The column heading, as printed and as the CSV header. */
  heading: z.string().min(1).max(60),
  /** A short prompt for what goes in the column, printed under the table. */
  hint: z.string().min(3).max(200).optional(),
});

/**
 * A printable template: `src/content/templates/<id>.yaml`. Its page in the playbook shows it
 * with `<Template id="<id>" />`; the same data is offered as CSV and Markdown downloads.
 */
export const templateSchema = z
  .strictObject({
    /** The table's caption and the download's heading. */
    title: z.string().min(3).max(90),
    /** How to fill it in, in one or two sentences; printed above the table and in the Markdown download. */
    instructions: z.string().min(20).max(400),
    columns: z.array(columnSchema).min(2, { error: 'a template needs at least two columns' }).max(8, { error: 'more than eight columns will not print on one page; split the template' }),
    /** Rows with their first cells filled in (a stage, a question); leave a cell "" for the person to fill. */
    rows: z.array(z.array(z.string())).default([]),
    /** Empty rows added after the filled ones, for the person's own entries. */
    blankRows: z.int().min(0).max(30).default(0),
  })
  .superRefine((template, context) => {
    template.rows.forEach((row, i) => {
      if (row.length !== template.columns.length) {
        context.addIssue({
          code: 'custom',
          path: ['rows', i],
          message: `row ${i + 1} has ${row.length} cells but the template has ${template.columns.length} columns; add "" for each cell to leave blank`,
        });
      }
    });
    if (template.rows.length + template.blankRows === 0) {
      context.addIssue({ code: 'custom', path: ['blankRows'], message: 'the template has no rows; give rows or a number of blankRows' });
    }
  });

export type TemplateInput = z.input<typeof templateSchema>;
export type Template = z.output<typeof templateSchema>;
