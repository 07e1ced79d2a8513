/**
 * What the plan editor needs beyond the schema, as plain data: the choices it offers (areas,
 * bands, actions), a new priority for an area, and the schema's problems by the field they
 * are about, so each message sits next to its field. Shared by the result's plan and the
 * team plan, which host the same editor.
 */
import type { z } from 'astro/zod';
import type { Effort } from '../schema/action.ts';
import { bandFor } from '../scoring/common.ts';
import type { Phrase } from '../scoring/phrase.ts';
import { addDays, DRAFT_ACTIONS_PER_PRIORITY, REVIEW_AFTER_DAYS } from './draft-plan.ts';
import { planIssues, type PlanPriority, type PlanTarget } from './plan-schema.ts';

/** An area a priority may take: `<assessment>/<dimension>`, its title in the page's language, its score now if known. */
export interface PlanArea {
  id: string;
  title: string;
  score: number | null;
  /** `en` when the title is the English one on a page of another language. */
  lang?: string;
}

/** A band a target may name: its English label (what the plan stores) and its title in the page's language. */
export interface PlanBand {
  label: string;
  title: string;
  upTo: number;
  lang?: string;
}

/** A playbook action the editor offers, its text in the page's language (English, marked, where untranslated). */
export interface PlanActionOption {
  id: string;
  text: string;
  lang?: string;
  areas: string[];
  effort: Effort;
  priority: 1 | 2 | 3;
}

/** The band above the one `score` is in (the top band when already there, the lowest when unscored), by its English label. */
export function nextBand(bands: readonly PlanBand[], score: number | null): PlanTarget {
  const current = bandFor(bands.map((band) => ({ ...band, meaning: '', advice: '' })), score);
  const index = current ? bands.findIndex((band) => band.label === current.label) + 1 : 0;
  return { band: (bands[index] ?? bands.at(-1)!).label };
}

/** A priority for `area`, as a drafted plan would have it: the next band up, reviewed in a quarter, with the area's first actions. */
export function newPriority(area: PlanArea, bands: readonly PlanBand[], rankedActions: readonly PlanActionOption[], today: string): PlanPriority {
  return {
    area: area.id,
    target: nextBand(bands, area.score),
    reviewOn: addDays(today, REVIEW_AFTER_DAYS),
    actions: rankedActions.slice(0, DRAFT_ACTIONS_PER_PRIORITY).map((action) => ({ actionId: action.id, owner: '', status: 'not-started' })),
  };
}

/**
 * The schema's problems keyed by the field they are about (`priorities.0.target`,
 * `priorities.1.actions.2.owner`); a problem with the target's score or band belongs to
 * the target. Every problem is kept (not the first few), so no field goes unmarked.
 */
export function issuesByField(error: z.ZodError): Map<string, Phrase[]> {
  const phrases = planIssues(error, error.issues.length);
  const byField = new Map<string, Phrase[]>();
  error.issues.forEach((issue, index) => {
    const path = issue.path.map(String);
    const target = path.indexOf('target');
    const field = (target === -1 ? path : path.slice(0, target + 1)).join('.');
    byField.set(field, [...(byField.get(field) ?? []), phrases[index]!]);
  });
  return byField;
}
