/**
 * The team view's chosen assessment tab and filters, kept in the browser so that a reload
 * (or a print from a reloaded page) shows, exports and prints the same report.
 */
export type FilterField = 'teams' | 'roles' | 'segments';

export interface TeamViewState {
  active?: string;
  /** Values left out per filter; null stands for "none given". */
  excluded: Record<FilterField, (string | null)[]>;
}

const fields: readonly FilterField[] = ['teams', 'roles', 'segments'];

export function emptyViewState(): TeamViewState {
  return { excluded: { teams: [], roles: [], segments: [] } };
}

/** Reads what writeViewState wrote; anything else (damaged, older, hand-edited) gives the empty state. */
export function readViewState(text: string | null): TeamViewState {
  const state = emptyViewState();
  if (!text) return state;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return state;
  }
  if (!parsed || typeof parsed !== 'object') return state;
  const record = parsed as Record<string, unknown>;
  if (typeof record.active === 'string') state.active = record.active;
  const excluded = record.excluded && typeof record.excluded === 'object' ? (record.excluded as Record<string, unknown>) : {};
  for (const field of fields) {
    const values = excluded[field];
    if (Array.isArray(values)) state.excluded[field] = values.filter((value): value is string | null => value === null || typeof value === 'string');
  }
  return state;
}

export function writeViewState(state: TeamViewState): string {
  return JSON.stringify(state);
}
