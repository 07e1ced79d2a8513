import Papa from 'papaparse';
import type { Template } from '../schema/template.ts';

/** The template's rows as printed: the filled rows, then its blank rows. */
export function templateRows(template: Template): string[][] {
  const blank = Array.from({ length: template.blankRows }, () => template.columns.map(() => ''));
  return [...template.rows, ...blank];
}

/** The template as a CSV a spreadsheet opens: a header row, then every row, blanks included. */
export function templateCsv(template: Template): string {
  return Papa.unparse(
    { fields: template.columns.map((column) => column.heading), data: templateRows(template) },
    // A cell starting "=" or "+" must stay text when a spreadsheet opens the file.
    { escapeFormulae: true, newline: '\r\n' },
  );
}

/** A Markdown table cell: pipes and line breaks would end the cell or the row. */
function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
}

/** The template as a Markdown document: title, instructions, column hints and the table. */
export function templateMarkdown(template: Template, sourceLine: string): string {
  const headings = template.columns.map((column) => markdownCell(column.heading));
  const row = (cells: string[]) => `| ${cells.map((cell) => markdownCell(cell) || ' ').join(' | ')} |`;
  const hints = template.columns.filter((column) => column.hint).map((column) => `- **${markdownCell(column.heading)}**: ${column.hint}`);
  return [
    `# ${template.title}`,
    '',
    template.instructions.trim(),
    '',
    ...(hints.length > 0 ? [...hints, ''] : []),
    row(headings),
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...templateRows(template).map(row),
    '',
    sourceLine,
    '',
  ].join('\n');
}
