import { z } from 'astro/zod';
import { answerSchema, roles, savedResultSchema, type Role, type SavedResult } from '../schema/saved-result.ts';
import { describeIssues } from './result-issues.ts';
import { fnv1a32 } from './version.ts';

/** The saved-result format this code writes; see savedResultSchema. */
export const CURRENT_FORMAT = 1;

export type MigrationFailure =
  /** Written by a newer Touchline; keep it as it is and update the site. */
  | { ok: false; reason: 'newer-format'; format: number; message: string }
  /** Not a saved result of any format this code knows. */
  | { ok: false; reason: 'invalid'; message: string };

export type MigrationOutcome = { ok: true; result: SavedResult; migratedFrom?: number } | MigrationFailure;

/** Turns a record of format `from` into one of format `from + 1`, or says why it cannot. */
export type FormatUpgrade = (record: unknown) => { ok: true; record: unknown } | { ok: false; message: string };

/**
 * Format 0, the pre-release shape (never published, kept as the migration path's first
 * step): `{ assessment, takenAt, answers, role? }` with no format, id or version, and a
 * free-text role.
 */
export const format0Schema = z.strictObject({
  assessment: z.string().min(1),
  takenAt: z.iso.datetime({ offset: true }),
  answers: z.record(z.string(), answerSchema),
  role: z.string().optional(),
});

/**
 * Format 0 → 1. The id is derived from the content, not random, so the same old record
 * gets the same id on every read and importing it twice does not duplicate it. The
 * version is "unknown" (format 0 did not record it); a role other than a known role id
 * becomes null.
 */
export function upgradeFormat0(record: unknown): ReturnType<FormatUpgrade> {
  const parsed = format0Schema.safeParse(record);
  if (!parsed.success) return { ok: false, message: `not a format 0 result: ${describeIssues(parsed.error, record)}` };
  const { assessment, takenAt, answers, role } = parsed.data;
  const knownRole: Role | null = roles.find((candidate) => candidate === role) ?? null;
  const content = JSON.stringify([assessment, takenAt, knownRole, Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
  return {
    ok: true,
    record: { format: 1, id: `legacy-${fnv1a32(content)}${fnv1a32(`${content}\u0000`)}`, assessment, version: 'unknown', takenAt, role: knownRole, answers },
  };
}

/** Upgrades keyed by the format they upgrade from; format n + 1 comes out of upgrades[n]. */
export const resultUpgrades: Readonly<Record<number, FormatUpgrade>> = { 0: upgradeFormat0 };

/** A record's format: its `format` field, or 0 when it has none (the pre-release shape). */
export function formatOf(record: unknown): number | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  if (!Object.hasOwn(record, 'format')) return 0;
  const format: unknown = (record as { format: unknown }).format;
  return typeof format === 'number' && Number.isInteger(format) && format >= 0 ? format : undefined;
}

/**
 * Brings a record of any known format up to `current` by applying the upgrades one format at
 * a time, then checks it against `schema`. Generic so the mechanism can be tested with a
 * made-up table.
 */
export function migrateRecord<T>(
  raw: unknown,
  options: { current: number; upgrades: Readonly<Record<number, FormatUpgrade>>; schema: z.ZodType<T> },
): { ok: true; result: T; migratedFrom?: number } | MigrationFailure {
  const from = formatOf(raw);
  if (from === undefined) return { ok: false, reason: 'invalid', message: 'not a saved result: expected a group of fields with a whole-number format' };
  if (from > options.current) {
    return { ok: false, reason: 'newer-format', format: from, message: 'saved by a newer version of Touchline; update the site to open it' };
  }
  let record = raw;
  for (let format = from; format < options.current; format++) {
    const upgrade = Object.hasOwn(options.upgrades, format) ? options.upgrades[format] : undefined;
    if (!upgrade) return { ok: false, reason: 'invalid', message: `format ${format} is not a format this version of Touchline can read` };
    const step = upgrade(record);
    if (!step.ok) return { ok: false, reason: 'invalid', message: step.message };
    record = step.record;
  }
  const parsed = options.schema.safeParse(record);
  if (!parsed.success) return { ok: false, reason: 'invalid', message: `not a valid saved result: ${describeIssues(parsed.error, record)}` };
  return from < options.current ? { ok: true, result: parsed.data, migratedFrom: from } : { ok: true, result: parsed.data };
}

/** Reads a stored or imported result of any known format as a current (format 1) result. */
export function migrateResult(raw: unknown): MigrationOutcome {
  return migrateRecord(raw, { current: CURRENT_FORMAT, upgrades: resultUpgrades, schema: savedResultSchema });
}
