// Checks of an assessment's or the answer scales' words in another language against the
// English: the same ids, the same text fields, lists of the same length (see localize.ts).
import { translationShapeIssues, scaleShapeIssues, type ShapeIssue } from '../assess/localize.ts';
import { assessmentSchema } from '../schema/assessment.ts';
import { assessmentTranslationSchema, scaleTranslationsFileSchema } from '../schema/assessment-translation.ts';
import { scales, type ScaleId } from '../schema/scales.ts';
import type { Problem } from './problem.ts';
import type { ParsedYaml } from './yaml-file.ts';
import type { ContentFile } from './validate-content.ts';

type Check = (schema: typeof assessmentTranslationSchema | typeof scaleTranslationsFileSchema, file: ContentFile) => ParsedYaml | undefined;

const located = (file: ContentFile, parsed: ParsedYaml, issues: ShapeIssue[]): Problem[] =>
  issues.map((issue) => ({ file: file.path, line: parsed.lineOf(issue.path), field: issue.path.join('.'), message: issue.message }));

/** `<code>/assessments/<id>.yaml`: words for an assessment the site has, with its shape. */
export function assessmentTranslationProblems(file: ContentFile, id: string, english: { path: string; data: unknown } | undefined, check: Check): Problem[] {
  if (!english) return [{ file: file.path, field: '', message: `there is no assessment "${id}" to translate; name the file as its English original in src/content/assessments/` }];
  const parsed = check(assessmentTranslationSchema, file);
  const definition = assessmentSchema.safeParse(english.data);
  // An English file with problems of its own is reported on its own; its shape is not a reference yet.
  if (!parsed || !definition.success) return [];
  return located(file, parsed, translationShapeIssues(definition.data, parsed.data, english.path));
}

/** `<code>/scales.yaml`: every answer scale's words, with each scale's shape. */
export function scaleTranslationProblems(file: ContentFile, check: Check): Problem[] {
  const parsed = check(scaleTranslationsFileSchema, file);
  if (!parsed || typeof parsed.data !== 'object' || parsed.data === null) return [];
  const given = parsed.data as Record<string, unknown>;
  return located(
    file,
    parsed,
    Object.keys(given)
      .filter((id): id is ScaleId => Object.hasOwn(scales, id))
      .flatMap((id) => scaleShapeIssues(scales[id], given[id])),
  );
}
