/**
 * The part of the Web Storage API the stores use, passed in so they run without a browser.
 * Every call may throw: storage turned off, a private window, a full quota.
 */
export interface StorageEngine {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type WriteFailureReason =
  /** The browser refuses storage (private window, storage off) or the site needs updating first. */
  | 'unavailable'
  /** The browser's storage for the site is full. */
  | 'full'
  /** A newer version of Touchline stored it: reload the site to update, never overwrite. */
  | 'newer'
  /** What is stored is damaged and could not be kept safe, so nothing was written. */
  | 'corrupt'
  /** What was asked to be stored is not valid (not a result, no such id, a label too long). */
  | 'invalid';

export interface WriteFailure {
  ok: false;
  reason: WriteFailureReason;
  /** What happened and what to do, for the person. */
  message: string;
}

/** What every store write returns: it never throws. */
export type WriteOutcome<Extra extends object = object> = ({ ok: true } & Extra) | WriteFailure;

export const UNAVAILABLE_MESSAGE =
  'This browser is not letting Touchline store anything (storage may be turned off, or this is a private window). Export your results to keep them.';
export const FULL_MESSAGE = "This browser's storage for the site is full. Export your results, delete some you no longer need, and try again.";

/** Whether an error from setItem means the quota is used up (named differently across browsers). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export function readItem(engine: StorageEngine, key: string): { ok: true; value: string | null } | WriteFailure {
  try {
    const value = engine.getItem(key);
    return { ok: true, value: typeof value === 'string' ? value : null };
  } catch {
    return { ok: false, reason: 'unavailable', message: UNAVAILABLE_MESSAGE };
  }
}

export function writeItem(engine: StorageEngine, key: string, value: string): WriteOutcome {
  try {
    engine.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return isQuotaError(error) ? { ok: false, reason: 'full', message: FULL_MESSAGE } : { ok: false, reason: 'unavailable', message: UNAVAILABLE_MESSAGE };
  }
}

export function removeItem(engine: StorageEngine, key: string): WriteOutcome {
  try {
    engine.removeItem(key);
    return { ok: true };
  } catch {
    return { ok: false, reason: 'unavailable', message: UNAVAILABLE_MESSAGE };
  }
}

/** Whether a value can be written, read back and removed again under `probeKey`. */
export function canStore(engine: StorageEngine, probeKey: string): boolean {
  if (!writeItem(engine, probeKey, '1').ok) return false;
  const read = readItem(engine, probeKey);
  return removeItem(engine, probeKey).ok && read.ok && read.value === '1';
}
