// Checks of a language's source notes against the English sources (see source-words.ts).
import { sourceWordsIssues } from '../content/source-words.ts';
import { sourceTranslationsFileSchema, type Source, type SourceTranslation } from '../schema/source.ts';
import type { Problem } from './problem.ts';
import type { ParsedYaml } from './yaml-file.ts';
import type { ContentFile } from './validate-content.ts';

/** `<code>/sources.yaml`: notes for every source the site has, and only those. */
export function sourceTranslationProblems(file: ContentFile, english: ReadonlyMap<string, Source>, check: (schema: typeof sourceTranslationsFileSchema, file: ContentFile) => ParsedYaml | undefined): Problem[] {
  const parsed = check(sourceTranslationsFileSchema, file);
  const given = sourceTranslationsFileSchema.safeParse(parsed?.data);
  // A file with schema problems is reported by the check; its shape is compared once it parses.
  if (!parsed || !given.success) return [];
  return sourceWordsIssues(english, given.data as Record<string, SourceTranslation>).map((issue) => ({ file: file.path, line: parsed.lineOf(issue.path), field: issue.path.join('.'), message: issue.message }));
}
