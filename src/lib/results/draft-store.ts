import { z } from 'astro/zod';
import { answerSchema, roles } from '../schema/saved-result.ts';
import { describeIssues } from './result-issues.ts';
import { readItem, removeItem, writeItem, type StorageEngine, type WriteOutcome } from './storage-engine.ts';

/** Answers given so far to an assessment not yet finished. */
export const draftSchema = z.strictObject({
  answers: z.record(z.string(), answerSchema),
  role: z.enum(roles).nullable(),
  team: z.string().max(80).optional(),
  segment: z.string().max(80).optional(),
  /** The step (page of questions) the person had reached, from 0. */
  step: z.int().min(0),
});
export type Draft = z.output<typeof draftSchema>;

/** A draft as stored: tagged with the assessment version it was answered against. */
const storedDraftSchema = z.strictObject({ version: z.string().min(1), draft: draftSchema });

export function draftKey(assessmentId: string): string {
  return `tl-draft:${assessmentId}`;
}

export interface DraftLoad {
  /** The unfinished answers for this assessment version, or null. */
  draft: Draft | null;
  /** Set when a kept draft was deleted instead of shown: what happened, for the person. */
  problem?: string;
}

export const DRAFT_CHANGED_MESSAGE = 'The questions have changed since you last worked on this assessment, so your unfinished answers were cleared.';
export const DRAFT_UNREADABLE_MESSAGE = 'Your unfinished answers could not be read back, so they were cleared.';

export interface DraftStore {
  /**
   * The unfinished answers for this assessment version. A draft for another version (the
   * items changed) or one that is unreadable is deleted, not shown, and `problem` says so.
   */
  load(assessmentId: string, version: string): DraftLoad;
  save(assessmentId: string, version: string, draft: Draft): WriteOutcome;
  clear(assessmentId: string): WriteOutcome;
}

/** In-progress answers, one key per assessment. No method throws. */
export function createDraftStore(engine: StorageEngine): DraftStore {
  return {
    load(assessmentId, version) {
      const key = draftKey(assessmentId);
      const read = readItem(engine, key);
      if (!read.ok || read.value === null) return { draft: null };
      let data: unknown;
      try {
        data = JSON.parse(read.value);
      } catch {
        data = undefined;
      }
      const stored = storedDraftSchema.safeParse(data);
      if (stored.success && stored.data.version === version) return { draft: stored.data.draft };
      // Answers keyed to items that may have moved or changed meaning are not worth keeping.
      removeItem(engine, key);
      return { draft: null, problem: stored.success ? DRAFT_CHANGED_MESSAGE : DRAFT_UNREADABLE_MESSAGE };
    },

    save(assessmentId, version, draft) {
      const checked = storedDraftSchema.safeParse({ version, draft });
      if (!checked.success) return { ok: false, reason: 'invalid', message: `These answers cannot be kept: ${describeIssues(checked.error, { version, draft })}.` };
      return writeItem(engine, draftKey(assessmentId), JSON.stringify(checked.data));
    },

    clear(assessmentId) {
      return removeItem(engine, draftKey(assessmentId));
    },
  };
}
