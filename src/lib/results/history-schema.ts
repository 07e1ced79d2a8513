/**
 * Per-version item history: each assessment keeps the shapes its questions had before, so a
 * result, CSV row or share link made with an earlier version still opens, shows the
 * questions as they were, and scores with the definition it was answered against.
 *
 * The history of `<id>` is `src/lib/results/history/<id>.json`: `{ assessment, versions }`,
 * one entry per earlier version, each a snapshot of the whole definition as it was. A
 * snapshot must hash (assessmentVersion) to the version it states, so it can never drift.
 * Reading results across versions is in history.ts.
 */
import { z } from 'astro/zod';
import { assessmentSchema, type Assessment } from '../schema/assessment.ts';
import { modelOf } from '../scoring/models/index.ts';
import type { Problem } from '../validate/problem.ts';
import { assessmentVersion } from './version.ts';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'use lower-case letters, digits and hyphens' });

export const earlierVersionSchema = z.strictObject({
  /** assessmentVersion of `definition`; checked. */
  version: z.string().regex(/^[0-9a-f]{8}$/, { error: 'a version is 8 lower-case hex digits, as assessmentVersion gives' }),
  /**
   * What changed when this version was replaced, in a sentence a respondent reads under
   * "Taken with an earlier version of the questions:". Absent only while this is the
   * current shape.
   */
  changes: z.string().min(10).optional(),
  /**
   * Old item id → current item id, for items whose meaning did not change (one-to-one).
   * Items left out (split, replaced, removed) count as unanswered when the result is compared
   * or pooled with the current version.
   */
  carriesOver: z.record(slug, slug).default({}),
  /** The whole definition as it was (the assessment file's fields). */
  definition: assessmentSchema,
});

export const historyFileSchema = z.strictObject({
  /** The assessment id: the file's name. */
  assessment: slug,
  versions: z.array(earlierVersionSchema).min(1),
});

export type EarlierVersion = z.output<typeof earlierVersionSchema>;
/** Each assessment's earlier versions (not the current one), by assessment id. */
export type EarlierVersionsById = Readonly<Record<string, readonly EarlierVersion[]>>;

/** The history file of an assessment, as errors name it. */
export const historyFile = (assessmentId: string) => `src/lib/results/history/${assessmentId}.json`;

/**
 * Everything wrong with one history file, checked against the assessment's current
 * definition: each problem names the file and the field.
 */
export function historyProblems(file: string, raw: unknown, current: Assessment | undefined): Problem[] {
  const parsed = historyFileSchema.safeParse(raw);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({ file, field: issue.path.map(String).join('.'), message: issue.message }));
  }
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const currentVersion = current ? assessmentVersion(current) : undefined;
  const currentItems = new Map(current?.dimensions.flatMap((dimension) => dimension.items.map((item) => [item.id, item] as const)) ?? []);
  parsed.data.versions.forEach((entry, index) => {
    const at = `versions.${index}`;
    const hashed = assessmentVersion(entry.definition);
    if (hashed !== entry.version) {
      problems.push({ file, field: `${at}.version`, message: `the snapshot hashes to "${hashed}", not "${entry.version}": a snapshot must stay exactly as that version was; restore it from git rather than editing it` });
    }
    if (seen.has(entry.version)) problems.push({ file, field: `${at}.version`, message: `version "${entry.version}" is listed twice; keep one entry per version` });
    seen.add(entry.version);
    if (entry.version === currentVersion) return;
    if (entry.changes === undefined) problems.push({ file, field: `${at}.changes`, message: 'say in a sentence what changed since this version; it is shown beside results taken with it' });
    const oldItems = new Map(entry.definition.dimensions.flatMap((dimension) => dimension.items.map((item) => [item.id, item] as const)));
    for (const [from, to] of Object.entries(entry.carriesOver)) {
      const field = `${at}.carriesOver.${from}`;
      const oldItem = oldItems.get(from);
      const newItem = currentItems.get(to);
      if (!oldItem) problems.push({ file, field, message: `"${from}" is not an item of this snapshot` });
      else if (current && !newItem) problems.push({ file, field, message: `"${to}" is not an item of the current assessment` });
      else if (current && newItem && entry.definition.model === current.model) {
        const key = modelOf(current.model).versionKey;
        // An answer carries over only when it means the same on both items: same options, same positions.
        if (JSON.stringify(key({ ...oldItem, id: '' })) !== JSON.stringify(key({ ...newItem, id: '' }))) {
          problems.push({ file, field, message: `"${from}" and "${to}" do not take the same answers (their options differ), so answers cannot carry over; leave it out` });
        }
      }
    }
    const targets = Object.values(entry.carriesOver);
    const twice = targets.find((to, i) => targets.indexOf(to) !== i);
    if (twice) problems.push({ file, field: `${at}.carriesOver`, message: `two old items carry over to "${twice}"; a carry-over is one-to-one` });
    if (current && entry.definition.model !== current.model) problems.push({ file, field: `${at}.definition.model`, message: 'the model changed; results of another model cannot carry over' });
  });
  return problems;
}

/**
 * Reads every history file: its earlier versions (entries equal to the current version are
 * the current shape, not earlier) by assessment id. Throws with every problem, naming file
 * and field, so a tampered or drifted snapshot stops the build.
 */
export function readHistory(files: Readonly<Record<string, unknown>>, currentById: Readonly<Record<string, Assessment>>): Record<string, EarlierVersion[]> {
  const problems: Problem[] = [];
  const history: Record<string, EarlierVersion[]> = {};
  for (const [id, raw] of Object.entries(files)) {
    const current = Object.hasOwn(currentById, id) ? currentById[id] : undefined;
    const found = historyProblems(historyFile(id), raw, current);
    const assessment = (raw as { assessment?: unknown } | null)?.assessment;
    if (found.length === 0 && assessment !== id) found.push({ file: historyFile(id), field: 'assessment', message: `the file is for "${id}"; set assessment to "${id}"` });
    problems.push(...found);
    if (found.length > 0 || !current) continue;
    const currentVersion = assessmentVersion(current);
    history[id] = historyFileSchema.parse(raw).versions.filter((entry) => entry.version !== currentVersion);
  }
  if (problems.length > 0) throw new Error(problems.map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`).join('\n'));
  return history;
}

