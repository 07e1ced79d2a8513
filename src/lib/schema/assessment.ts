import { z } from 'astro/zod';
import { pageIdSchema } from './playbook.ts';
import { choiceScaleIds, ordinalScaleIds, scaleIds } from './scales.ts';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'use lower-case letters, digits and hyphens, e.g. "leader-acts"' });

export const scoringModels = ['dimensions', 'spectrum', 'gated', 'benchmark', 'checklist'] as const;
export type ScoringModel = (typeof scoringModels)[number];

/** Groups a published survey reports on; leaders compare with management, front line with non-management. */
export const benchmarkGroups = ['management', 'non-management', 'all'] as const;
export type BenchmarkGroup = (typeof benchmarkGroups)[number];

/** A figure a source published for an item, shown beside the respondent's answer. */
export const benchmarkSchema = z.strictObject({
  /** Who the figure describes. */
  group: z.enum(benchmarkGroups),
  /** `percentAgree`: percent of the group agreeing; `mean`: mean answer on the item's scale. */
  measure: z.enum(['percentAgree', 'mean']),
  value: z.number().min(0).max(100),
  /** Context the source gives (who, when), shown with the figure. */
  note: z.string().optional(),
});

/** For the spectrum model: one answer option and where it places the organisation. */
export const optionSchema = z.strictObject({
  text: z.string().min(3),
  /** Id of one of the assessment's `positions`. */
  position: slug,
});

export const itemSchema = z.strictObject({
  /** Stable id: answers, saved results and share codes refer to it. Never reuse one for a different question. */
  id: slug,
  /** The statement or question, in the project's own words unless `quoted`. */
  text: z.string().min(3, { error: 'every item needs its text: the statement or question the person answers' }),
  /**
   * Words shown before `text` and not part of it: the start of the question a quoted fragment
   * continues, so "Products?" reads as "What does this mean for your … products?".
   */
  leadIn: z.string().min(3).optional(),
  /**
   * Plain words for a term the item uses that a reader may not know (CRM, "customer
   * touchline", "over-index"), shown under the question where the term first appears.
   */
  help: z.string().min(10).max(300).optional(),
  /** Set when `text` is a source's words (shown in quotation marks); `wording` says how exactly. */
  quoted: z.boolean().default(false),
  /**
   * For a quoted item, how its text relates to the source: `survey-exact` a survey statement
   * word for word; `survey-adapted` a survey statement with words added to make a sentence;
   * `source-question` a question the source asks (not a survey statement). The label beside
   * the item says which, so "survey wording, used exactly" appears only where it is true;
   * a quoted item without it gets quotation marks and no label.
   */
  wording: z.enum(['survey-exact', 'survey-adapted', 'source-question']).optional(),
  /**
   * Offer "I can't see this from my role" beside "not applicable": for items someone in one
   * role may be unable to judge (a front-line person on board discussions, say). The answer
   * is kept, counted and reported, and left out of scores.
   */
  cannotSee: z.boolean().default(false),
  /** A playbook page id to read when this item is answered low; overrides the dimension's. */
  nextStep: pageIdSchema.optional(),
});

export const dimensionSchema = z.strictObject({
  id: slug,
  title: z.string().min(2),
  /** A sentence on what this dimension covers. */
  summary: z.string().optional(),
  /** The playbook page to read when this dimension is weak. */
  nextStep: pageIdSchema,
  /** What to do first when this dimension is weak, in a sentence or two. */
  advice: z.string().min(10),
  /**
   * For an assessment that brings several sources together: the source ids
   * (src/content/sources/) this dimension draws on, credited beside it on the page and result.
   */
  sources: z.array(slug).min(1).optional(),
  /**
   * Ids of the longer assessments to take when this dimension is weak, best fit first; the
   * result recommends them (see src/lib/scoring/deep-dives.ts). Never the assessment itself.
   */
  deepDives: z.array(slug).min(1).optional(),
  items: z.array(itemSchema).min(1),
});

export const bandSchema = z.strictObject({
  /** The band covers overall scores up to and including this value (0–100). */
  upTo: z.number().min(0).max(100),
  label: z.string().min(2),
  /** What a score in this band means, in plain words. */
  meaning: z.string().min(10),
  /** What to do next from here. */
  advice: z.string().min(10),
});

/** A point on the spectrum model's line, 0 (one end) to 100 (the other). */
export type Position = z.output<typeof positionSchema>;
export const positionSchema = z.strictObject({
  id: slug,
  title: z.string().min(2),
  description: z.string().min(10),
  at: z.number().min(0).max(100),
});

interface IdIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Duplicate dimension and item ids. Works on raw, unvalidated data too, so the build can
 * report duplicates even when other fields of the same file are wrong.
 */
export function duplicateIdIssues(dimensions: unknown): IdIssue[] {
  if (!Array.isArray(dimensions)) return [];
  const issues: IdIssue[] = [];
  const dimensionIds = new Set<unknown>();
  const itemIds = new Map<unknown, string>();
  dimensions.forEach((dimension: { id?: unknown; items?: unknown }, d) => {
    if (dimensionIds.has(dimension?.id)) issues.push({ path: ['dimensions', d, 'id'], message: `duplicate dimension id "${String(dimension.id)}"; give each dimension its own id` });
    dimensionIds.add(dimension?.id);
    if (!Array.isArray(dimension?.items)) return;
    dimension.items.forEach((item: { id?: unknown }, i) => {
      if (typeof item?.id !== 'string') return;
      const where = itemIds.get(item.id);
      if (where) issues.push({ path: ['dimensions', d, 'items', i, 'id'], message: `duplicate item id "${item.id}" (also at ${where}); give each item its own id` });
      else itemIds.set(item.id, `dimensions.${d}.items.${i}`);
    });
  });
  return issues;
}

/**
 * Bands out of order, or not reaching 100. Works on raw, unvalidated data too, so the build
 * reports it alongside the file's other problems, not only once they are fixed.
 */
export function bandOrderIssues(bands: unknown): IdIssue[] {
  if (!Array.isArray(bands) || bands.length === 0) return [];
  const upTo = bands.map((band: { upTo?: unknown }) => band?.upTo);
  if (!upTo.every((value): value is number => typeof value === 'number')) return [];
  const issues: IdIssue[] = [];
  if (upTo.some((value, i) => i > 0 && value <= upTo[i - 1]!)) issues.push({ path: ['bands'], message: 'list bands in rising order of upTo' });
  if (upTo.at(-1) !== 100) issues.push({ path: ['bands', upTo.length - 1, 'upTo'], message: 'the last band must go up to 100 so every score has a band' });
  return issues;
}

/** The fields every assessment has, whatever its model. */
const assessmentFields = {
  title: z.string().min(3).max(80),
  /** One or two sentences: what the assessment asks about. */
  summary: z.string().min(20).max(300),
  /** What the result tells you, for the assessments index. */
  tells: z.string().min(20).max(300),
  /** Typical minutes to complete. */
  minutes: z.int().min(1).max(60),
  /**
   * Id of the source article (src/content/sources/<id>.yaml). For a synthesis whose
   * dimensions name their own `sources`, the source whose structure it follows most; the
   * credit then names every source the dimensions draw on.
   */
  source: z.string().min(1),
  /** How the source's material was turned into items, shown with the credit. */
  sourceNote: z.string().optional(),
  /**
   * `synthesis` when the assessment's structure is Touchline's own, built from the source
   * (the spectrum's five positions): the credit then says so instead of "Based on".
   */
  credit: z.enum(['source', 'synthesis']).default('source'),
  respondent: z.strictObject({ askRole: z.boolean() }).default({ askRole: true }),
  /**
   * The assessment a newcomer is offered first: listed first wherever assessments are listed
   * and the home page's first call to action. At most one per site.
   */
  offerFirst: z.boolean().default(false),
  /** How the score is computed, in two or three plain sentences, shown with the result. */
  method: z.string().min(20),
  bands: z.array(bandSchema).min(1),
};

/**
 * A field that belongs to another model: never set here, and refused with a message saying
 * whose field it is. Typed as that model's field (always absent) so that every model's items
 * share one general item type, of which the spectrum's and the benchmark's are subtypes.
 */
function belongsTo<T>(owner: ScoringModel, model: ScoringModel, field: string, what: string) {
  return z
    .custom<T | undefined>((value) => value === undefined, { error: `${field} ${what} only for the ${owner} model; this assessment uses "${model}": remove ${field.endsWith('s') ? 'them' : 'it'}, or change the model` })
    .optional();
}

type Option = z.output<typeof optionSchema>;
type Figure = z.output<typeof benchmarkSchema>;

/** An item of a model that has neither options nor published figures. */
function plainItem(model: ScoringModel) {
  return itemSchema.extend({ options: belongsTo<Option[]>('spectrum', model, 'options', 'are'), benchmarks: belongsTo<Figure[]>('benchmark', model, 'benchmarks', 'are') });
}

function withItems<T extends z.ZodType>(item: T) {
  return dimensionSchema.extend({ items: z.array(item).min(1) });
}

/** The shape of a model scored on an ordinal scale whose items are plain statements. */
function ordinalModel<M extends 'dimensions' | 'gated' | 'checklist'>(model: M) {
  return z.strictObject({
    ...assessmentFields,
    model: z.literal(model),
    scale: z.enum(ordinalScaleIds),
    dimensions: z.array(withItems(plainItem(model))).min(1),
    positions: belongsTo<Position[]>('spectrum', model, 'positions', 'are'),
    benchmarkSurvey: belongsTo<string>('benchmark', model, 'benchmarkSurvey', 'is'),
  });
}

/** Equal-weight dimensions on an ordinal scale (PACE). */
const dimensionsModel = ordinalModel('dimensions');

/** Dimensions read as building blocks, each resting on the ones before it, in the order listed. */
const gatedModel = ordinalModel('gated').superRefine((assessment, ctx) => {
  if (assessment.dimensions.length < 2) ctx.addIssue({ code: 'custom', path: ['dimensions'], message: 'the gated model reads the dimensions as building blocks in the order listed; give it at least two' });
});

/** Questions a team can or cannot answer yet (readiness). */
const checklistModel = ordinalModel('checklist');

/** Statements set beside the figures a survey published for them. */
const benchmarkModel = z
  .strictObject({
    ...assessmentFields,
    model: z.literal('benchmark'),
    scale: z.enum(ordinalScaleIds),
    /** The survey the figures come from, as a sentence names it: who ran it and when. */
    benchmarkSurvey: z.string({ error: 'the benchmark model names the survey its figures come from: add benchmarkSurvey, e.g. "Jane Doe\'s survey of 200 retailers, run in 2019"' }).min(10),
    dimensions: z.array(withItems(itemSchema.extend({ options: belongsTo<Option[]>('spectrum', 'benchmark', 'options', 'are'), benchmarks: z.array(benchmarkSchema).default([]) }))).min(1),
    positions: belongsTo<Position[]>('spectrum', 'benchmark', 'positions', 'are'),
  })
  .superRefine((assessment, ctx) => {
    if (!assessment.dimensions.some((dimension) => dimension.items.some((item) => item.benchmarks.length > 0))) {
      ctx.addIssue({ code: 'custom', path: ['dimensions'], message: 'no item has published figures; add benchmarks to the items the survey reports on, or use the dimensions model' });
    }
  });

/** Options that each place the organisation at a position on one line. */
const spectrumModel = z
  .strictObject({
    ...assessmentFields,
    model: z.literal('spectrum'),
    scale: z.enum(choiceScaleIds, { error: 'the spectrum model uses the "choice" scale: each question brings its own options; set scale: choice' }),
    /** The positions options refer to. */
    positions: z.array(positionSchema, { error: 'the spectrum model needs its positions: at least two, each with an id, title, description and where it sits (at, 0–100)' }).min(2),
    dimensions: z
      .array(withItems(itemSchema.extend({ options: z.array(optionSchema, { error: 'spectrum items need at least two options, each with a position' }).min(2), benchmarks: belongsTo<Figure[]>('benchmark', 'spectrum', 'benchmarks', 'are') })))
      .min(1),
    benchmarkSurvey: belongsTo<string>('benchmark', 'spectrum', 'benchmarkSurvey', 'is'),
  })
  .superRefine((assessment, ctx) => {
    const positions = new Set<string>();
    assessment.positions.forEach((position, p) => {
      if (positions.has(position.id)) ctx.addIssue({ code: 'custom', path: ['positions', p, 'id'], message: `duplicate position id "${position.id}"; give each position its own id` });
      positions.add(position.id);
    });
    assessment.dimensions.forEach((dimension, d) =>
      dimension.items.forEach((item, i) =>
        item.options.forEach((option, o) => {
          if (!positions.has(option.position)) {
            ctx.addIssue({ code: 'custom', path: ['dimensions', d, 'items', i, 'options', o, 'position'], message: `unknown position "${option.position}"; use one of: ${[...positions].join(', ')}` });
          }
        }),
      ),
    );
  });

/**
 * An assessment: `src/content/assessments/<id>.yaml`. Everything about it derives from this.
 * A union of one shape per scoring model, told apart by `model` (as Starlight's logo schema
 * is a union of shapes): each shape states what its model needs, so a spectrum without
 * positions or a benchmark item in a checklist is refused, and code narrows by `model`.
 */
export const assessmentSchema = z
  .discriminatedUnion('model', [dimensionsModel, spectrumModel, gatedModel, benchmarkModel, checklistModel], {
    error: (issue) => (issue.code === 'invalid_union' ? `model must be one of: ${scoringModels.join(', ')}` : undefined),
  })
  .superRefine((assessment, ctx) => {
    for (const issue of duplicateIdIssues(assessment.dimensions)) ctx.addIssue({ code: 'custom', ...issue });
    for (const [d, dimension] of assessment.dimensions.entries()) {
      for (const [i, item] of dimension.items.entries()) {
        if (!item.quoted && item.wording !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['dimensions', d, 'items', i, 'wording'], message: '`wording` says how a quoted text relates to its source; set `quoted: true` too, or remove `wording`' });
        }
      }
    }
    for (const issue of bandOrderIssues(assessment.bands)) ctx.addIssue({ code: 'custom', ...issue });
  });

/**
 * Checks the fields every model shares when `model` names none: the author then learns
 * every other problem of the file in the same pass, not only after fixing the model.
 */
export const unknownModelSchema = z.strictObject({
  ...assessmentFields,
  model: z.enum(scoringModels),
  scale: z.enum(scaleIds),
  dimensions: z.array(withItems(itemSchema.extend({ options: z.unknown().optional(), benchmarks: z.unknown().optional() }))).min(1),
  positions: z.unknown().optional(),
  benchmarkSurvey: z.unknown().optional(),
});

/** The schema to check an author's file with: its model's, or the shared fields' when the model is unknown. */
export function assessmentSchemaFor(data: unknown): z.ZodType {
  const model = data && typeof data === 'object' ? (data as { model?: unknown }).model : undefined;
  return scoringModels.includes(model as ScoringModel) ? assessmentSchema : unknownModelSchema;
}

export type AssessmentInput = z.input<typeof assessmentSchema>;
export type Assessment = z.output<typeof assessmentSchema>;
/** A dimension of any model: every model's dimension is one of these. */
export type Dimension = z.output<ReturnType<typeof withItems<ReturnType<typeof plainItem>>>>;
/** An item of any model; `ItemOf<'spectrum'>` is one whose options are there. */
export type Item = Dimension['items'][number];
export type Band = Assessment['bands'][number];
export type Benchmark = z.output<typeof benchmarkSchema>;
/** The assessment of one model, with that model's fields required: `AssessmentOf<'spectrum'>['positions']` is a list. */
export type AssessmentOf<M extends ScoringModel> = Extract<Assessment, { model: M }>;
export type ItemOf<M extends ScoringModel> = AssessmentOf<M>['dimensions'][number]['items'][number];
