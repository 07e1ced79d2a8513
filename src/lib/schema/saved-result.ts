import { z } from 'astro/zod';

import { roles } from './roles.ts';

export { roleLabels, roles, type Role } from './roles.ts';

import { CANNOT_SEE, ITEM_NOTE_MAX_LENGTH } from './answer-values.ts';

export { CANNOT_SEE, ITEM_NOTE_MAX_LENGTH } from './answer-values.ts';

/**
 * An answer: the scale value (or option index for choice items), null for "not applicable /
 * don't know", or CANNOT_SEE.
 */
export const answerSchema = z.union([z.int().min(0).max(100), z.null(), z.literal(CANNOT_SEE)]);

/**
 * A saved result, format version 1. Stored, shared and aggregated; scores are always
 * recomputed from `answers` and the assessment definition, never stored as the truth.
 */
export const savedResultSchema = z.strictObject({
  format: z.literal(1),
  /** Random id; two results are the same result only if their ids match. */
  id: z.string().min(8).max(40),
  /** Assessment id. */
  assessment: z.string().min(1),
  /** Hash of the assessment's item ids, their order, its scale and model (see assessmentVersion). */
  version: z.string().min(1),
  /** When the assessment was finished, ISO 8601. */
  takenAt: z.iso.datetime({ offset: true }),
  role: z.enum(roles).nullable(),
  team: z.string().max(80).optional(),
  segment: z.string().max(80).optional(),
  label: z.string().max(120).optional(),
  /**
   * Random, made in the respondent's browser when they answer through a team link and kept
   * there (never a name, never derived from who they are): a later result with the same key
   * is their correction, and the team view keeps only the latest.
   */
  respondentKey: z.string().regex(/^[A-Za-z0-9_-]{16,32}$/, 'a respondent key is 16 to 32 letters, digits, "-" or "_"').optional(),
  answers: z.record(z.string(), answerSchema),
  /**
   * Item id → why the person answered as they did. Optional, so records saved before notes
   * existed read unchanged. Exported with the result (JSON), left out of share codes unless
   * the person asks for them (encodeShareCode's includeNotes).
   */
  notes: z.record(z.string(), z.string().max(ITEM_NOTE_MAX_LENGTH)).optional(),
});

export type SavedResult = z.output<typeof savedResultSchema>;
export type Answers = SavedResult['answers'];
