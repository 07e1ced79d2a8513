/**
 * Plans kept in the browser beside the results they belong to, through the same storage
 * engine as the results (src/lib/results/storage-engine.ts), under their own key so the
 * saved-result format does not change: `tl-plans` holds `{ store: 1, plans: [...] }`, one
 * plan per result id. Each plan record carries its `format` and is read through the same
 * migration mechanism as results (migrateRecord); a record this code cannot read (a newer
 * format, or damaged) is reported and written back exactly as it was, never dropped.
 * Damaged data under the key is copied to `tl-plans-backup-<hash>` before a save replaces it.
 *
 * Problems come back as phrases (`plan.store.*`), worded by the view.
 */
import { z } from 'astro/zod';
import { formatOf, migrateRecord, type FormatUpgrade } from '../results/migrations.ts';
import { readItem, removeItem, writeItem, type StorageEngine, type WriteFailureReason } from '../results/storage-engine.ts';
import { fnv1a32 } from '../results/version.ts';
import { phrase, type Phrase } from '../scoring/phrase.ts';
import { PLAN_FORMAT, planIssues, planSchema, type Plan } from './plan-schema.ts';

export const PLANS_KEY = 'tl-plans';
export const PLAN_STORE_VERSION = 1;
export const PLAN_BACKUP_KEY_PREFIX = 'tl-plans-backup-';

/** Upgrades keyed by the plan format they upgrade from (none yet: format 1 is the first). */
export const planUpgrades: Readonly<Record<number, FormatUpgrade>> = {};

const envelopeSchema = z.object({ store: z.literal(PLAN_STORE_VERSION), plans: z.array(z.unknown()) });

export type PlanRead = { ok: true; plan: Plan } | { ok: false; problem: Phrase };
export type PlanWrite = { ok: true; backupKey?: string } | { ok: false; reason: WriteFailureReason; problem: Phrase };

export interface PlanList {
  plans: Plan[];
  /** Records that could not be read (position in storage, or null for the store as a whole). */
  problems: { index: number | null; problem: Phrase }[];
}

export interface PlanStore {
  list(): PlanList;
  /** The plan of a saved result, if there is one. */
  forResult(resultId: string): Plan | undefined;
  /** Adds the plan, or replaces the plan of the same result. */
  save(plan: Plan): PlanWrite;
  /** Deletes the plan of a result (with the result, or when the person starts over). */
  remove(resultId: string): PlanWrite;
}

/** A stored plan record of any known format as a current plan. */
export function migratePlan(raw: unknown, upgrades: Readonly<Record<number, FormatUpgrade>> = planUpgrades): PlanRead {
  const read = migrateRecord(raw, { current: PLAN_FORMAT, upgrades, schema: planSchema });
  if (read.ok) return { ok: true, plan: read.result };
  if (read.reason === 'newer-format') return { ok: false, problem: phrase('plan.store.newerFormat') };
  // What is wrong is worth naming only in a record of the current format; of another, the format is what is wrong.
  const checked = formatOf(raw) === PLAN_FORMAT ? planSchema.safeParse(raw) : undefined;
  const detail = checked && !checked.success ? planIssues(checked.error, 1)[0] : undefined;
  return { ok: false, problem: detail ? phrase('plan.store.unreadable', { detail }) : phrase('plan.store.unreadableFormat') };
}

type State = { kind: 'readable'; records: unknown[] } | { kind: 'damaged'; text: string } | { kind: 'newer' } | { kind: 'unavailable' };

function readState(engine: StorageEngine): State {
  const read = readItem(engine, PLANS_KEY);
  if (!read.ok) return { kind: 'unavailable' };
  if (read.value === null) return { kind: 'readable', records: [] };
  let data: unknown;
  try {
    data = JSON.parse(read.value);
  } catch {
    return { kind: 'damaged', text: read.value };
  }
  const store = typeof data === 'object' && data !== null ? (data as { store?: unknown }).store : undefined;
  if (typeof store === 'number' && store > PLAN_STORE_VERSION) return { kind: 'newer' };
  const envelope = envelopeSchema.safeParse(data);
  return envelope.success ? { kind: 'readable', records: envelope.data.plans } : { kind: 'damaged', text: read.value };
}

const failures = {
  unavailable: { ok: false, reason: 'unavailable', problem: phrase('plan.store.unavailable') },
  full: { ok: false, reason: 'full', problem: phrase('plan.store.full') },
  newer: { ok: false, reason: 'newer', problem: phrase('plan.store.newerStore') },
  damaged: { ok: false, reason: 'corrupt', problem: phrase('plan.store.damaged') },
  backupFailed: { ok: false, reason: 'corrupt', problem: phrase('plan.store.backupFailed') },
} as const satisfies Record<string, PlanWrite>;

function write(engine: StorageEngine, records: readonly unknown[]): PlanWrite {
  const written = writeItem(engine, PLANS_KEY, JSON.stringify({ store: PLAN_STORE_VERSION, plans: records }));
  if (written.ok) return { ok: true };
  return written.reason === 'full' ? failures.full : failures.unavailable;
}

/** The id of the result a record belongs to, read without trusting the record. */
function resultIdOf(record: unknown): unknown {
  return typeof record === 'object' && record !== null ? (record as { resultId?: unknown }).resultId : undefined;
}

export function createPlanStore(engine: StorageEngine): PlanStore {
  return {
    list() {
      const state = readState(engine);
      if (state.kind !== 'readable') {
        const problem = state.kind === 'damaged' ? failures.damaged.problem : state.kind === 'newer' ? failures.newer.problem : failures.unavailable.problem;
        return { plans: [], problems: [{ index: null, problem }] };
      }
      const list: PlanList = { plans: [], problems: [] };
      state.records.forEach((record, index) => {
        const read = migratePlan(record);
        if (read.ok) list.plans.push(read.plan);
        else list.problems.push({ index, problem: read.problem });
      });
      return list;
    },

    forResult(resultId) {
      return this.list().plans.find((plan) => plan.resultId === resultId);
    },

    save(plan) {
      const checked = planSchema.safeParse(plan);
      if (!checked.success) return { ok: false, reason: 'invalid', problem: planIssues(checked.error, 1)[0]! };
      const state = readState(engine);
      if (state.kind === 'unavailable') return failures.unavailable;
      if (state.kind === 'newer') return failures.newer;
      let records: unknown[] = [];
      let backupKey: string | undefined;
      if (state.kind === 'damaged') {
        backupKey = `${PLAN_BACKUP_KEY_PREFIX}${fnv1a32(state.text)}`;
        if (!writeItem(engine, backupKey, state.text).ok) return failures.backupFailed;
      } else {
        // Records this code cannot read stay exactly as they were; the upgraded ones are written in the current format.
        records = state.records.map((record) => {
          const read = migratePlan(record);
          return read.ok ? read.plan : record;
        });
      }
      // Only a readable plan of the same result is replaced: one this code cannot read (a newer format) is kept.
      const at = records.findIndex((record) => migratePlan(record).ok && resultIdOf(record) === checked.data.resultId);
      const written = write(engine, at === -1 ? [...records, checked.data] : records.with(at, checked.data));
      return written.ok && backupKey ? { ok: true, backupKey } : written;
    },

    remove(resultId) {
      const state = readState(engine);
      if (state.kind === 'unavailable') return failures.unavailable;
      if (state.kind === 'newer') return failures.newer;
      if (state.kind === 'damaged') return failures.damaged;
      const records = state.records.filter((record) => resultIdOf(record) !== resultId);
      if (records.length === state.records.length) return { ok: true };
      return records.length === 0 ? (removeItem(engine, PLANS_KEY).ok ? { ok: true } : failures.unavailable) : write(engine, records);
    },
  };
}
