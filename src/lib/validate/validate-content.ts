import type { z } from 'astro/zod';
import { assessmentSchemaFor, bandOrderIssues, duplicateIdIssues } from '../schema/assessment.ts';
import { partsFileSchema, partTranslationsFileSchema } from '../schema/part.ts';
import { playbookPageSchema } from '../schema/playbook.ts';
import { sourceSchema, type Source } from '../schema/source.ts';
import { actionProblems } from './action-problems.ts';
import { bodyLinkProblems } from './body-links.ts';
import { markdownBodyProblems } from './markdown-body.ts';
import { formatProblem, type Problem } from './problem.ts';
import { unsafeContentProblems } from './safe-content.ts';
import { parseFrontMatter, parseYaml, type ParsedYaml } from './yaml-file.ts';
import { describeIssue } from './zod-issues.ts';
import { isLocaleCode, localeCodes, referenceLocale } from '../i18n/locales.ts';
import { assessmentTranslationProblems, scaleTranslationProblems } from './assessment-translations.ts';
import { sourceTranslationProblems } from './source-translations.ts';

/** A content file as read from disk. `id` is the entry id its collection gives it. */
export interface ContentFile {
  path: string;
  id: string;
  text: string;
}

export interface ContentFiles {
  /** The parts lists: the built-in one and, for a brand, its own. */
  parts: ContentFile[];
  playbook: ContentFile[];
  assessments: ContentFile[];
  sources: ContentFile[];
  /**
   * Files under src/content/translations, id `<locale>/playbook/<page id>` (a guide),
   * `<locale>/parts` (part titles) or `<locale>/pages/<name>` (a page's text).
   */
  translations?: ContentFile[];
  /** `src/content/actions/<part>.yaml`, id `<part>`: the guides' "Try this" lists as data. */
  actions?: ContentFile[];
}

interface Parsed {
  file: ContentFile;
  parsed: ParsedYaml;
}

/** Parses a file and checks it against its schema; returns the raw data even when invalid, for cross-checks. */
function check(schema: z.ZodType | ((data: unknown) => z.ZodType), file: ContentFile, parse: typeof parseYaml, problems: Problem[]): Parsed | undefined {
  const { parsed, problems: syntax } = parse(file.text, file.path);
  problems.push(...syntax);
  if (!parsed) return undefined;
  const result = (typeof schema === 'function' ? schema(parsed.data) : schema).safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file: file.path, line: parsed.lineOf(issue.path), field: issue.path.join('.'), message: describeIssue(issue, parsed.data) });
    }
  }
  return { file, parsed };
}

function duplicateFiles(files: ContentFile[], kind: string, problems: Problem[]): void {
  const byId = new Map<string, string>();
  for (const file of files) {
    const other = byId.get(file.id);
    const replace = kind === 'page' && isBuiltIn(other ?? '') && !isBuiltIn(file.path) ? `, or add "replaces: ${file.id}" to its front matter to stand in for the built-in page` : '';
    if (other) problems.push({ file: file.path, field: '', message: `duplicate ${kind} id "${file.id}" (also ${other}); rename one of the files${replace}` });
    else byId.set(file.id, file.path);
  }
}

const isBuiltIn = (path: string) => path.startsWith('src/content/');

/**
 * A brand page that declares `replaces: <id>` takes that built-in page's id (and address),
 * and the built-in page is left out. A clash without the declaration stays an error.
 */
export function withReplacements(pages: ContentFile[], problems: Problem[]): ContentFile[] {
  const builtInIds = new Set(pages.filter((page) => isBuiltIn(page.path)).map((page) => page.id));
  const replaced = new Set<string>();
  const renamed = pages.map((page) => {
    if (isBuiltIn(page.path)) return page;
    const { parsed } = parseFrontMatter(page.text, page.path);
    const target = field(parsed?.data, 'replaces');
    if (typeof target !== 'string') return page;
    if (!builtInIds.has(target)) {
      problems.push({ file: page.path, line: parsed?.lineOf(['replaces']), field: 'replaces', message: unknownId('built-in page', target, builtInIds) });
      return page;
    }
    replaced.add(target);
    return { ...page, id: target };
  });
  return renamed.filter((page) => !(isBuiltIn(page.path) && replaced.has(page.id)));
}

function unknownId(kind: string, id: string, known: Iterable<string>): string {
  const list = [...known].sort();
  const tail = id.split('/').pop() ?? id;
  const near = list.filter((candidate) => candidate.includes(tail) || id.includes(candidate.split('/').pop() ?? candidate));
  const hint =
    near.length > 0
      ? `did you mean ${near.slice(0, 3).map((n) => `"${n}"`).join(' or ')}?`
      : `known ${kind} ids: ${list.slice(0, 8).join(', ')}${list.length > 8 ? ', …' : ''}`;
  return `unknown ${kind} "${id}"; ${hint}`;
}

const field = (data: unknown, key: string): unknown => (data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** What a translation may change: the words. Everything else is the English guide's. */
const TRANSLATED_FIELDS = new Set(['title', 'description']);

/**
 * A translated guide stands beside an English one: same id, same sources, order, related
 * pages and assessment, and the same safety and link checks on its body.
 */
function translationProblems(translations: ContentFile[], pages: Parsed[], assessments: Parsed[], sources: ReadonlyMap<string, Source>, known: { pageIds: Set<string>; partIds: Set<string>; assessmentIds: Set<string> }): Problem[] {
  const problems: Problem[] = [];
  const english = new Map(pages.map((page) => [page.file.id, page]));
  const englishAssessments = new Map(assessments.map((assessment) => [assessment.file.id, { path: assessment.file.path, data: assessment.parsed.data }]));
  const checkYaml = (schema: z.ZodType, file: ContentFile) => check(schema, file, parseYaml, problems)?.parsed;
  for (const file of translations) {
    const [locale = '', kind = '', ...rest] = file.id.split('/');
    const id = rest.join('/');
    if (!isLocaleCode(locale) || locale === referenceLocale) {
      problems.push({ file: file.path, field: '', message: `"${locale}" is not a language Touchline translates into; put the file under one of: ${localeCodes.filter((code) => code !== referenceLocale).map((code) => `src/content/translations/${code}/`).join(', ')}` });
    } else if (kind === 'parts' && !id) {
      const parts = check(partTranslationsFileSchema, file, parseYaml, problems);
      list(parts?.parsed.data).forEach((part, i) => {
        const partId = field(part, 'id');
        if (parts && typeof partId === 'string' && !known.partIds.has(partId)) problems.push({ file: file.path, line: parts.parsed.lineOf([i, 'id']), field: `${i}.id`, message: unknownId('part', partId, known.partIds) });
      });
    } else if (kind === 'pages' && /\.md$/.test(file.path)) {
      check(translatedPageSchema, file, parseFrontMatter, problems);
      problems.push(...markdownBodyProblems(file.path, file.text), ...unsafeContentProblems(file.path, file.text));
    } else if (kind === 'playbook' && /\.mdx?$/.test(file.path)) {
      problems.push(...guideTranslationProblems(file, english.get(id), id, known));
    } else if (kind === 'assessments' && id && /\.ya?ml$/.test(file.path)) {
      problems.push(...assessmentTranslationProblems(file, id, englishAssessments.get(id), checkYaml));
    } else if (kind === 'scales' && !id) {
      problems.push(...scaleTranslationProblems(file, checkYaml));
    } else if (kind === 'sources' && !id) {
      problems.push(...sourceTranslationProblems(file, sources, checkYaml));
    } else {
      problems.push({ file: file.path, field: '', message: `not a translation Touchline reads; translations are ${locale}/parts.yaml, ${locale}/scales.yaml, ${locale}/sources.yaml, ${locale}/assessments/<assessment>.yaml, ${locale}/playbook/<part>/<guide>.md and ${locale}/pages/<page>.md` });
    }
  }
  return problems;
}

function guideTranslationProblems(file: ContentFile, original: Parsed | undefined, id: string, known: { pageIds: Set<string>; partIds: Set<string>; assessmentIds: Set<string> }): Problem[] {
  if (!original) return [{ file: file.path, field: '', message: `there is no English guide "${id}" to translate; name the file as its English original under src/content/playbook/` }];
  const problems: Problem[] = [];
  const translation = check(playbookPageSchema, file, parseFrontMatter, problems);
  if (!translation) return problems;
  for (const key of new Set([...Object.keys(record(original.parsed.data)), ...Object.keys(record(translation.parsed.data))])) {
    if (TRANSLATED_FIELDS.has(key)) continue;
    if (JSON.stringify(field(translation.parsed.data, key)) !== JSON.stringify(field(original.parsed.data, key))) {
      problems.push({ file: file.path, line: translation.parsed.lineOf([key]), field: key, message: `must be as in ${original.file.path}; a translation changes only ${[...TRANSLATED_FIELDS].join(' and ')}` });
    }
  }
  problems.push(...bodyLinkProblems(file.path, file.text, known), ...markdownBodyProblems(file.path, file.text), ...unsafeContentProblems(file.path, file.text));
  return problems;
}

const translatedPageSchema = playbookPageSchema.pick({ title: true, description: true }).strict();

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

/**
 * Checks every content file against its schema and every cross-reference between them.
 * Cross-references are checked on the raw data, so one wrong field does not hide another:
 * the author gets every problem in one pass.
 */
export function validateContent(input: ContentFiles): Problem[] {
  const problems: Problem[] = [];
  const files = { ...input, playbook: withReplacements(input.playbook, problems) };
  duplicateFiles(files.playbook, 'page', problems);
  duplicateFiles(files.assessments, 'assessment', problems);
  duplicateFiles(files.sources, 'source', problems);

  const sources = new Map(
    files.sources.flatMap((file) => {
      const parsed = sourceSchema.safeParse(check(sourceSchema, file, parseYaml, problems)?.parsed.data);
      return parsed.success ? [[file.id, parsed.data] as const] : [];
    }),
  );
  const parts = files.parts.map((file) => check(partsFileSchema, file, parseYaml, problems)).filter((p) => p !== undefined);
  const pages = files.playbook.map((file) => check(playbookPageSchema, file, parseFrontMatter, problems)).filter((p) => p !== undefined);
  const assessments = files.assessments.map((file) => check(assessmentSchemaFor, file, parseYaml, problems)).filter((a) => a !== undefined);

  const sourceIds = new Set(files.sources.map((file) => file.id));
  const pageIds = new Set(files.playbook.map((file) => file.id));
  const assessmentIds = new Set(files.assessments.map((file) => file.id));
  const partIds = new Set(parts.flatMap((file) => list(file.parsed.data)).map((part) => field(part, 'id')).filter((id): id is string => typeof id === 'string'));

  const refer = (owner: Parsed, path: PropertyKey[], value: unknown, kind: string, known: Set<string>) => {
    if (typeof value === 'string' && !known.has(value)) {
      problems.push({ file: owner.file.path, line: owner.parsed.lineOf(path), field: path.join('.'), message: unknownId(kind, value, known) });
    }
  };

  for (const page of pages) {
    const data = page.parsed.data;
    list(field(data, 'sources')).forEach((id, i) => refer(page, ['sources', i], id, 'source', sourceIds));
    list(field(data, 'related')).forEach((id, i) => refer(page, ['related', i], id, 'page', pageIds));
    refer(page, ['assessment'], field(data, 'assessment'), 'assessment', assessmentIds);
    const [part, rest] = page.file.id.split('/');
    if (!rest) {
      problems.push({ file: page.file.path, field: '', message: 'a playbook page must sit in a part folder, e.g. src/content/playbook/pace/processes.md' });
    } else if (parts.length > 0 && !partIds.has(part ?? '')) {
      problems.push({ file: page.file.path, field: '', message: `folder "${part}" is not a part; add it to ${files.parts.map((f) => f.path).join(' or ')} or move the page into one of: ${[...partIds].join(', ')}` });
    }
  }

  for (const page of pages) {
    problems.push(...bodyLinkProblems(page.file.path, page.file.text, { pageIds, partIds, assessmentIds }));
    problems.push(...markdownBodyProblems(page.file.path, page.file.text));
    // Built-in and brand pages pass the same check: nothing in a body may run script.
    problems.push(...unsafeContentProblems(page.file.path, page.file.text));
  }

  const isActionTranslation = (file: ContentFile) => file.id.split('/')[1] === 'actions';
  problems.push(...translationProblems((files.translations ?? []).filter((file) => !isActionTranslation(file)), pages, assessments, sources, { pageIds, partIds, assessmentIds }));
  const areas = new Set(assessments.flatMap((assessment) => list(field(assessment.parsed.data, 'dimensions')).map((dimension) => `${assessment.file.id}/${String(field(dimension, 'id'))}`)));
  problems.push(...actionProblems({ actions: files.actions ?? [], translations: (files.translations ?? []).filter(isActionTranslation), guides: files.playbook, areas }));

  for (const assessment of assessments) {
    const data = assessment.parsed.data;
    refer(assessment, ['source'], field(data, 'source'), 'source', sourceIds);
    list(field(data, 'dimensions')).forEach((dimension, d) => {
      refer(assessment, ['dimensions', d, 'nextStep'], field(dimension, 'nextStep'), 'page', pageIds);
      list(field(dimension, 'sources')).forEach((id, s) => refer(assessment, ['dimensions', d, 'sources', s], id, 'source', sourceIds));
      list(field(dimension, 'deepDives')).forEach((id, s) => {
        const path = ['dimensions', d, 'deepDives', s];
        if (id === assessment.file.id) problems.push({ file: assessment.file.path, line: assessment.parsed.lineOf(path), field: path.join('.'), message: `"${id}" is this assessment; a deep dive names another, longer assessment to take next` });
        else refer(assessment, path, id, 'assessment', assessmentIds);
      });
      list(field(dimension, 'items')).forEach((item, i) => refer(assessment, ['dimensions', d, 'items', i, 'nextStep'], field(item, 'nextStep'), 'page', pageIds));
    });
    for (const issue of [...duplicateIdIssues(field(data, 'dimensions')), ...bandOrderIssues(field(data, 'bands'))]) {
      problems.push({ file: assessment.file.path, line: assessment.parsed.lineOf(issue.path), field: issue.path.join('.'), message: issue.message });
    }
  }

  const offeredFirst = assessments.filter((assessment) => field(assessment.parsed.data, 'offerFirst') === true);
  for (const extra of offeredFirst.slice(1)) {
    problems.push({ file: extra.file.path, line: extra.parsed.lineOf(['offerFirst']), field: 'offerFirst', message: `${offeredFirst[0]!.file.path} is already offered first; only one assessment can be, so remove offerFirst here or there` });
  }

  // The schema's own duplicate check and the raw one above agree when both run: keep one.
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = formatProblem(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
