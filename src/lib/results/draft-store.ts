import { isRole, type Role } from '../schema/roles.ts';
import { CANNOT_SEE, ITEM_NOTE_MAX_LENGTH } from '../schema/answer-values.ts';
import type { Answers } from '../schema/saved-result.ts';
import { readItem, removeItem, writeItem, type StorageEngine, type WriteOutcome } from './storage-engine.ts';

// The assessment page loads this before any result, within a tight JavaScript budget, so the
// draft is checked by hand here rather than with the zod schemas the results page uses.

/** Answers given so far to an assessment not yet finished. */
export interface Draft {
  /** Item id → scale value (or option index), null for "not applicable / don't know", or CANNOT_SEE. */
  answers: Answers;
  /** Item id → the person's note beside that answer (see savedResultSchema.notes). */
  notes?: Record<string, string>;
  role: Role | null;
  /** Set when the role question was answered; with `role: null` it means "prefer not to say". */
  roleAnswered?: true;
  team?: string;
  segment?: string;
  /** The step (page of questions) the person had reached, from 0. */
  step: number;
  /**
   * Set once the person has seen their result: the saved result's id and when it was
   * finished. Showing the result again (after a reload, or after changing an answer)
   * uses the same id and so never saves a second copy.
   */
  finished?: DraftFinish;
}

export interface DraftFinish {
  /** The id the saved result has (see savedResultSchema: 8 to 40 characters). */
  id: string;
  /** When the result was first shown, ISO 8601 in UTC. */
  takenAt: string;
}

const MAX_NOTE = 80;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNote = (value: unknown) => value === undefined || (typeof value === 'string' && value.length <= MAX_NOTE);
const isAnswer = (value: unknown) => value === null || value === CANNOT_SEE || (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100);
const DRAFT_FIELDS = new Set(['answers', 'notes', 'role', 'roleAnswered', 'team', 'segment', 'step', 'finished']);
// Written by Date.prototype.toISOString, so read back only in exactly that form (no 30 February).
const isTime = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;
const isFinish = (value: unknown) =>
  value === undefined ||
  (isRecord(value) && Object.keys(value).length === 2 && typeof value.id === 'string' && value.id.length >= 8 && value.id.length <= 40 && isTime(value.takenAt));

/** The first thing wrong with a would-be draft, as `field: problem`, or null when it is a draft. */
export function draftProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'draft: expected a group of fields';
  const unknown = Object.keys(value).find((key) => !DRAFT_FIELDS.has(key));
  if (unknown) return `draft.${unknown}: unknown field`;
  if (!isRecord(value.answers)) return 'draft.answers: expected a group of answers';
  const badAnswer = Object.entries(value.answers).find(([, answer]) => !isAnswer(answer));
  if (badAnswer) return `draft.answers.${badAnswer[0]}: expected a whole number from 0 to 100, null or "${CANNOT_SEE}"`;
  if (value.notes !== undefined && !isRecord(value.notes)) return 'draft.notes: expected a group of notes';
  const badNote = Object.entries(value.notes ?? {}).find(([, note]) => typeof note !== 'string' || note.length > ITEM_NOTE_MAX_LENGTH);
  if (badNote) return `draft.notes.${badNote[0]}: expected text of at most ${ITEM_NOTE_MAX_LENGTH} characters`;
  if (value.role !== null && !isRole(value.role)) return 'draft.role: expected leader, manager, front-line or null';
  if (value.roleAnswered !== undefined && value.roleAnswered !== true) return 'draft.roleAnswered: expected true, or no field';
  if (!isNote(value.team)) return `draft.team: expected text of at most ${MAX_NOTE} characters`;
  if (!isNote(value.segment)) return `draft.segment: expected text of at most ${MAX_NOTE} characters`;
  if (!Number.isInteger(value.step) || (value.step as number) < 0) return 'draft.step: expected a whole number from 0';
  if (!isFinish(value.finished)) return 'draft.finished: expected { id: 8 to 40 characters, takenAt: an ISO 8601 time in UTC }';
  return null;
}

function readStoredDraft(data: unknown): { version: string; draft: Draft } | null {
  if (!isRecord(data) || typeof data.version !== 'string' || data.version === '' || Object.keys(data).length !== 2) return null;
  return draftProblem(data.draft) === null ? { version: data.version, draft: data.draft as Draft } : null;
}

/** Every draft is kept under this prefix and the assessment id. */
export const DRAFT_KEY_PREFIX = 'tl-draft:';

export function draftKey(assessmentId: string): string {
  return `${DRAFT_KEY_PREFIX}${assessmentId}`;
}

/** A draft that could not be used is moved here, as it was stored, for the person to download. */
export const DRAFT_BACKUP_KEY_PREFIX = 'tl-draft-backup:';

export function draftBackupKey(assessmentId: string): string {
  return `${DRAFT_BACKUP_KEY_PREFIX}${assessmentId}`;
}

/** What a draft backup holds: the stored text untouched, and why it was set aside. */
export interface DraftBackup {
  assessmentId: string;
  /** When it was set aside, ISO 8601 in UTC. */
  keptAt: string;
  reason: 'questions-changed' | 'unreadable';
  /** The draft exactly as it was stored. */
  stored: string;
}

export interface DraftLoad {
  /** The unfinished answers for this assessment version, or null. */
  draft: Draft | null;
  /** Set when a kept draft was set aside instead of shown: what happened, for the person. */
  problem?: string;
}

const BACKUP_NOTE = 'They are kept as a backup you can download from the Privacy page.';
export const DRAFT_CHANGED_MESSAGE = `The questions have changed since you last worked on this assessment, so your unfinished answers could not be used here. ${BACKUP_NOTE}`;
export const DRAFT_CARRIED_MESSAGE = `Some questions have changed since you last worked on this assessment. Your answers to the questions that did not change are kept here; the changed ones are blank, to answer again. Your unfinished answers as they were ${BACKUP_NOTE.replace(/^They are/, 'are')}`;
export const DRAFT_UNREADABLE_MESSAGE = `Your unfinished answers to this assessment could not be read back (the stored copy is damaged). ${BACKUP_NOTE}`;
export const DRAFT_NOT_BACKED_UP_MESSAGE =
  'Your unfinished answers to this assessment could not be used here, and this browser would not keep a backup of them (its storage is full or off). Download them from the Privacy page before answering again.';

/** The backups as one JSON file to download, oldest first; unreadable entries are passed on as text. */
export function draftBackupFile(stored: readonly string[], exportedAt: string): string {
  const backups = stored.map((text): unknown => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return { stored: text };
    }
  });
  return JSON.stringify({ format: 'touchline-draft-backups', version: 1, exportedAt, backups }, null, 2);
}

/**
 * A draft's answers under the current version's item ids, when it was made with an earlier
 * version the site keeps (history.ts); undefined when its version is unknown.
 */
export type CarryDraftAnswers = (storedVersion: string, answers: Answers) => Answers | undefined;

export interface DraftStore {
  /**
   * The unfinished answers for this assessment version. A draft for another version (the
   * items changed) or one that is unreadable is not shown: it is moved, as stored, to a
   * backup the privacy page offers for download, and `problem` says so.
   */
  load(assessmentId: string, version: string, carry?: CarryDraftAnswers): DraftLoad;
  save(assessmentId: string, version: string, draft: Draft): WriteOutcome;
  clear(assessmentId: string): WriteOutcome;
}

/** In-progress answers, one key per assessment. No method throws. */
export function createDraftStore(engine: StorageEngine, now: () => Date = () => new Date()): DraftStore {
  return {
    load(assessmentId, version, carry) {
      const key = draftKey(assessmentId);
      const read = readItem(engine, key);
      if (!read.ok || read.value === null) return { draft: null };
      let data: unknown;
      try {
        data = JSON.parse(read.value);
      } catch {
        data = undefined;
      }
      const stored = readStoredDraft(data);
      if (stored && stored.version === version) return { draft: stored.draft };
      // Answers keyed to items that may have moved cannot be shown against these questions,
      // but they are the person's: set them aside, untouched, before the next save replaces them.
      const backup: DraftBackup = { assessmentId, keptAt: now().toISOString(), reason: stored ? 'questions-changed' : 'unreadable', stored: read.value };
      if (!writeItem(engine, draftBackupKey(assessmentId), JSON.stringify(backup)).ok) return { draft: null, problem: DRAFT_NOT_BACKED_UP_MESSAGE };
      removeItem(engine, key);
      const carried = stored ? carry?.(stored.version, stored.draft.answers) : undefined;
      if (stored && carried) {
        // From the first step, and not finished: a result saved with the earlier version keeps its id and is never overwritten.
        const { finished: _finished, notes, ...rest } = stored.draft;
        // A note stays beside an answer that carried over under the same id; the backup keeps every note as it was.
        const keptNotes = Object.entries(notes ?? {}).filter(([itemId]) => Object.hasOwn(carried, itemId));
        const draft: Draft = { ...rest, ...(keptNotes.length > 0 ? { notes: Object.fromEntries(keptNotes) } : {}), answers: carried, step: 0 };
        // Kept at once under the current version, so a reload before the next answer still finds it.
        writeItem(engine, key, JSON.stringify({ version, draft }));
        return { draft, problem: DRAFT_CARRIED_MESSAGE };
      }
      return { draft: null, problem: stored ? DRAFT_CHANGED_MESSAGE : DRAFT_UNREADABLE_MESSAGE };
    },

    save(assessmentId, version, draft) {
      const problem = version === '' ? 'version: is required' : draftProblem(draft);
      if (problem) return { ok: false, reason: 'invalid', message: `These answers cannot be kept: ${problem}.` };
      return writeItem(engine, draftKey(assessmentId), JSON.stringify({ version, draft }));
    },

    clear(assessmentId) {
      return removeItem(engine, draftKey(assessmentId));
    },
  };
}
