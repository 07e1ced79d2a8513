import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { templateSchema, type TemplateInput } from '../schema/template.ts';
import { templateCsv, templateMarkdown, templateRows } from './template-files.ts';

const input: TemplateInput = {
  title: 'Touchpoint owners',
  instructions: 'List every touchpoint and name one owner for each.',
  columns: [{ heading: 'Touchpoint', hint: 'Where the customer meets you.' }, { heading: 'Owner' }],
  rows: [['Invoice', '']],
  blankRows: 2,
};
const template = templateSchema.parse(input);

describe('templateRows', () => {
  it('prints the filled rows, then the blank rows, each as wide as the columns', () => {
    expect(templateRows(template)).toEqual([['Invoice', ''], ['', ''], ['', '']]);
  });
});

describe('templateCsv', () => {
  it('reads back in a CSV parser as the header and every row', () => {
    const parsed = Papa.parse<string[]>(templateCsv(template), { skipEmptyLines: false });
    expect(parsed.data).toEqual([['Touchpoint', 'Owner'], ['Invoice', ''], ['', ''], ['', '']]);
  });

  it('keeps commas, quotes and line breaks inside one cell', () => {
    const tricky = templateSchema.parse({ ...input, rows: [['Call, "urgent"\nline two', 'Ops']], blankRows: 0 });
    expect(Papa.parse<string[]>(templateCsv(tricky)).data[1]).toEqual(['Call, "urgent"\nline two', 'Ops']);
  });

  it('stops a cell that starts like a formula from running in a spreadsheet', () => {
    const hostile = templateSchema.parse({ ...input, rows: [['=HYPERLINK("http://evil.example")', '+1']], blankRows: 0 });
    const cells = Papa.parse<string[]>(templateCsv(hostile)).data[1];
    expect(cells?.every((cell) => !/^[=+\-@]/.test(cell))).toBe(true);
  });
});

describe('templateMarkdown', () => {
  it('gives the title, instructions, hints, a table with a row per template row, and the source', () => {
    const markdown = templateMarkdown(template, 'From the Touchline playbook.');
    expect(markdown).toContain('# Touchpoint owners');
    expect(markdown).toContain('List every touchpoint and name one owner for each.');
    expect(markdown).toContain('- **Touchpoint**: Where the customer meets you.');
    expect(markdown).toContain('| Touchpoint | Owner |\n| --- | --- |\n| Invoice |   |');
    expect(markdown.split('\n').filter((line) => line.startsWith('|'))).toHaveLength(5);
    expect(markdown.trimEnd().endsWith('From the Touchline playbook.')).toBe(true);
  });

  it('escapes a pipe and folds a line break so a cell cannot split the table', () => {
    const tricky = templateSchema.parse({ ...input, rows: [['Web | app\nchat', 'Ops']], blankRows: 0 });
    const line = templateMarkdown(tricky, '').split('\n').find((l) => l.includes('Web'));
    expect(line).toBe('| Web \\| app chat | Ops |');
  });
});

describe('templateSchema', () => {
  it('names the row whose cells do not match the columns, and what to do', () => {
    const result = templateSchema.safeParse({ ...input, rows: [['Invoice', '', 'extra']] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['rows', 0]);
    expect(result.error?.issues[0]?.message).toMatch(/row 1 has 3 cells but the template has 2 columns/);
  });

  it('refuses a template with nothing to fill in', () => {
    const result = templateSchema.safeParse({ ...input, rows: [], blankRows: 0 });
    expect(result.error?.issues[0]?.path).toEqual(['blankRows']);
  });
});

describe('the built-in templates', () => {
  const folder = join(import.meta.dirname, '../../content/templates');
  it.each(readdirSync(folder).filter((file) => file.endsWith('.yaml')))('%s is a valid template', (file) => {
    const result = templateSchema.safeParse(parse(readFileSync(join(folder, file), 'utf8')));
    expect(result.error?.issues ?? []).toEqual([]);
  });
});
