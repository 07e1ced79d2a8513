/**
 * A plan: what a person means to do about a saved result. It belongs to that result (its id,
 * assessment and version) and holds up to three priorities, each an area of the assessment
 * with a target, a review date and the actions chosen for it.
 *
 * Every error message here is a dictionary key (`plan.invalid.*`, src/i18n/<code>.yaml), so
 * the views can word it in the page's language; planIssues adds the field it is about.
 */
import { z } from 'astro/zod';
import { AREA_PATTERN } from '../schema/action.ts';
import { phrase, type Phrase } from '../scoring/phrase.ts';

/** The plan record format this code writes; plan-store.ts upgrades older ones. */
export const PLAN_FORMAT = 1;
export const MAX_PRIORITIES = 3;
/** More than this is a to-do list, not a plan for one area. */
export const MAX_ACTIONS_PER_PRIORITY = 10;
export const OWNER_MAX_LENGTH = 80;
/** As long as an action's text in the collection may be. */
export const OWN_ACTION_MAX_LENGTH = 600;
export const PLAN_STATUSES = ['not-started', 'in-progress', 'done', 'dropped'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
/** The dictionary key of each status's label. */
export const PLAN_STATUS_KEYS: Record<PlanStatus, string> = {
  'not-started': 'plan.status.notStarted',
  'in-progress': 'plan.status.inProgress',
  done: 'plan.status.done',
  dropped: 'plan.status.dropped',
};

const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Who does it: a role ("Head of service"), not necessarily a name; empty until someone is named. */
const ownerSchema = z.string({ error: 'plan.invalid.owner' }).max(OWNER_MAX_LENGTH, { error: 'plan.invalid.owner' });
const statusSchema = z.enum(PLAN_STATUSES, { error: 'plan.invalid.status' });

/**
 * One action of a priority: either one of the collection's (src/content/actions/), by its
 * stable `actionId`, or the person's own `text`; never both.
 */
export const planActionSchema = z
  .strictObject(
    {
      actionId: z.string({ error: 'plan.invalid.actionId' }).regex(slug, { error: 'plan.invalid.actionId' }).optional(),
      text: z
        .string({ error: 'plan.invalid.ownText' })
        .trim()
        .min(1, { error: 'plan.invalid.ownText' })
        .max(OWN_ACTION_MAX_LENGTH, { error: 'plan.invalid.ownText' })
        .optional(),
      owner: ownerSchema,
      status: statusSchema,
    },
    { error: 'plan.invalid.action' },
  )
  .refine((action) => (action.actionId === undefined) !== (action.text === undefined), { error: 'plan.invalid.action' });

const targetError = { error: 'plan.invalid.target' };

/**
 * Where the area should get to: a score 0–100, or a band of the assessment by its English
 * label (labels are what the definition names bands by; translations word them for the
 * view); never both.
 */
export const targetSchema = z
  .strictObject(
    {
      score: z.int(targetError).min(0, targetError).max(100, targetError).optional(),
      band: z.string(targetError).trim().min(1, targetError).max(80, targetError).optional(),
    },
    targetError,
  )
  .refine((target) => (target.score === undefined) !== (target.band === undefined), targetError);

export const prioritySchema = z.strictObject(
  {
    /** `<assessment id>/<dimension id>`, as actions name areas. */
    area: z.string({ error: 'plan.invalid.area' }).regex(AREA_PATTERN, { error: 'plan.invalid.area' }),
    target: targetSchema,
    /** The day to look at the area again (ISO date, e.g. 2026-06-01). */
    reviewOn: z.iso.date({ error: 'plan.invalid.reviewOn' }),
    actions: z.array(planActionSchema, { error: 'plan.invalid.actions' }).max(MAX_ACTIONS_PER_PRIORITY, { error: 'plan.invalid.tooManyActions' }),
  },
  { error: 'plan.invalid.priority' },
);

export const planSchema = z
  .strictObject(
    {
      format: z.literal(PLAN_FORMAT, { error: 'plan.invalid.format' }),
      /** The saved result the plan was made from. */
      resultId: z.string({ error: 'plan.invalid.resultId' }).min(1, { error: 'plan.invalid.resultId' }).max(200, { error: 'plan.invalid.resultId' }),
      assessment: z.string({ error: 'plan.invalid.assessment' }).regex(slug, { error: 'plan.invalid.assessment' }),
      /** The result's assessment version, so a plan is read with the questions it was made for. */
      version: z.string({ error: 'plan.invalid.version' }).min(1, { error: 'plan.invalid.version' }).max(64, { error: 'plan.invalid.version' }),
      updatedAt: z.iso.datetime({ offset: true, error: 'plan.invalid.updatedAt' }),
      priorities: z.array(prioritySchema, { error: 'plan.invalid.priorities' }).max(MAX_PRIORITIES, { error: 'plan.invalid.tooManyPriorities' }),
    },
    { error: 'plan.invalid.plan' },
  )
  .superRefine((plan, ctx) => {
    const seen = new Set<string>();
    plan.priorities.forEach((priority, index) => {
      const path = ['priorities', index, 'area'];
      if (!AREA_PATTERN.test(priority.area)) return;
      if (!priority.area.startsWith(`${plan.assessment}/`)) ctx.addIssue({ code: 'custom', path, message: 'plan.invalid.areaOfOtherAssessment' });
      else if (seen.has(priority.area)) ctx.addIssue({ code: 'custom', path, message: 'plan.invalid.areaTwice' });
      seen.add(priority.area);
    });
  });

export type Plan = z.output<typeof planSchema>;
export type PlanPriority = z.output<typeof prioritySchema>;
export type PlanAction = z.output<typeof planActionSchema>;
export type PlanTarget = z.output<typeof targetSchema>;

const FALLBACK_KEY = 'plan.invalid.plan';
/** The limit a message states, for the keys that state one. */
const LIMIT_OF: Record<string, number> = {
  'plan.invalid.owner': OWNER_MAX_LENGTH,
  'plan.invalid.ownText': OWN_ACTION_MAX_LENGTH,
  'plan.invalid.tooManyActions': MAX_ACTIONS_PER_PRIORITY,
  'plan.invalid.tooManyPriorities': MAX_PRIORITIES,
};

/**
 * What is wrong with a plan, one phrase per problem, each naming its field
 * (`priorities.0.actions.2.owner`) and worded by the key the schema gave it.
 */
export function planIssues(error: z.ZodError, limit = 5): Phrase[] {
  return error.issues.slice(0, limit).map((issue) => {
    const key = issue.message.startsWith('plan.invalid.') ? issue.message : FALLBACK_KEY;
    const field = issue.path.map(String).join('.') || '—';
    const max = LIMIT_OF[key];
    return phrase(key, max === undefined ? { field } : { field, max });
  });
}

/** A plan action that is one of the collection's, by id. */
export type ChosenAction = PlanAction & { actionId: string };

export function isChosenAction(action: PlanAction): action is ChosenAction {
  return action.actionId !== undefined;
}

/** The earliest review date of a plan: the day to be reminded of; undefined without priorities. */
export function nextReview(plan: Plan): string | undefined {
  return plan.priorities.map((priority) => priority.reviewOn).sort()[0];
}
