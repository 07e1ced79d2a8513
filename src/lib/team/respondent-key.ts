/**
 * The respondent key: a random token a team-link respondent's browser makes once per team
 * label and keeps, so that when they correct their answers and send again, the team view
 * can replace their earlier result instead of counting them twice. It is never a name and
 * is derived from nothing about the person; one key per label keeps two consultants' teams
 * from being linked through it.
 */

/** Where the keys are kept: localStorage in the browser, anything alike in tests. */
export interface KeyStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const RESPONDENT_KEYS_ITEM = 'touchline:respondent-keys';
const KEY_PATTERN = /^[A-Za-z0-9_-]{16,32}$/;

/** 16 random bytes as base64url: 22 characters. */
export function newRespondentKey(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * This browser's key for a team label, made and kept on first use. When storage is off or
 * unreadable the key is still made, only not kept: a correction sent later then counts as a
 * new result, which is no worse than having no key.
 */
export function respondentKeyFor(storage: KeyStorage | undefined, team: string, random?: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array): string {
  let keys: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(RESPONDENT_KEYS_ITEM) ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) keys = parsed as Record<string, unknown>;
  } catch {
    // Unreadable or damaged: start a new map rather than fail the respondent.
  }
  const kept = keys[team];
  if (typeof kept === 'string' && KEY_PATTERN.test(kept)) return kept;
  const key = newRespondentKey(random);
  try {
    storage?.setItem(RESPONDENT_KEYS_ITEM, JSON.stringify({ ...keys, [team]: key }));
  } catch {
    // Storage full or off: see the function comment.
  }
  return key;
}

/** The key for a team label in this browser's localStorage (or unkept, where the browser refuses storage). */
export function teamRespondentKey(team: string): string {
  let storage: KeyStorage | undefined;
  try {
    storage = globalThis.localStorage;
  } catch {
    // Some privacy settings throw on merely reading localStorage.
  }
  return respondentKeyFor(storage, team);
}
