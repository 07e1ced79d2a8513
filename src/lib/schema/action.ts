import { z } from 'astro/zod';

/**
 * How much work an action is, told plainly so a manager can plan with it:
 * `hours` one person can do it within a day; `days` a few days' work, usually with others,
 * within a week or two; `weeks` a small project that runs over several weeks.
 */
export const EFFORTS = ['hours', 'days', 'weeks'] as const;
export type Effort = (typeof EFFORTS)[number];
/** The dictionary key of each effort's label (`action.effort.*`). */
export const EFFORT_KEYS: Record<Effort, string> = { hours: 'action.effort.hours', days: 'action.effort.days', weeks: 'action.effort.weeks' };

/**
 * The rank of an action within every area it serves: 1 do first, 2 do next, 3 when the
 * first ones are under way. Within one rank, actions keep the order of their files.
 */
export const PRIORITIES = [1, 2, 3] as const;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'use lower-case letters, digits and hyphens, e.g. "map-one-journey"' });

export const AREA_PATTERN = /^[a-z0-9-]+\/[a-z0-9-]+$/;

/** `<assessment id>/<dimension id>`, e.g. `pace/processes`: an area a result scores. */
export const areaSchema = z.string().regex(AREA_PATTERN, {
  error: 'name an area as <assessment id>/<dimension id>, e.g. "pace/processes"',
});

/** One thing to try, as a guide's "Try this" list offers it. */
export const actionSchema = z.strictObject({
  /** Stable: plans saved in browsers refer to it, so never rename a published id. */
  id: slug,
  /** One sentence or two, Markdown inline (links, bold) allowed, as the guide shows it. */
  text: z.string().min(10).max(600),
  /** The areas doing it would move answers in; empty for an action that serves reading only. */
  areas: z.array(areaSchema),
  effort: z.enum(EFFORTS, { error: 'give effort as "hours" (within a day), "days" (a week or two) or "weeks" (a small project)' }),
  priority: z.union(PRIORITIES.map((p) => z.literal(p)), { error: 'give priority 1 (do first), 2 (do next) or 3 (later)' }),
});

/** A guide's "Try this" list: the guide and its actions in reading order. */
export const actionListSchema = z.strictObject({
  /** The playbook page id, e.g. `pace/processes`; its body holds the `[[actions]]` line. */
  guide: z.string().min(3),
  /** Numbered list instead of bullets, when the guide's steps follow one another. */
  numbered: z.boolean().optional(),
  actions: z.array(actionSchema).min(1),
});

/** `src/content/actions/<part>.yaml`. */
export const actionsFileSchema = z.array(actionListSchema).min(1);

/**
 * `src/content/translations/<locale>/actions/<part>.yaml`: per guide, every action id of the
 * English list with its text in that language.
 */
export const actionTranslationsFileSchema = z.record(z.string(), z.record(z.string(), actionSchema.shape.text));

export type ActionList = z.output<typeof actionListSchema>;
/** An action with the guide it comes from, as the plan and the guides use it. */
export type Action = z.output<typeof actionSchema> & { guide: string };
