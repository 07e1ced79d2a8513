import { describe, expect, it } from 'vitest';
import { savedResultSchema } from '../schema/saved-result.ts';
import { newRespondentKey, RESPONDENT_KEYS_ITEM, respondentKeyFor, type KeyStorage } from './respondent-key.ts';

function memoryStorage(initial: Record<string, string> = {}): KeyStorage & { items: Record<string, string> } {
  const items = { ...initial };
  return { items, getItem: (key) => items[key] ?? null, setItem: (key, value) => void (items[key] = value) };
}

describe('respondentKeyFor', () => {
  it('makes a random key once per team label and gives it back after that', () => {
    const storage = memoryStorage();
    const first = respondentKeyFor(storage, 'acme q3');
    expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(respondentKeyFor(storage, 'acme q3')).toBe(first);
    expect(respondentKeyFor(storage, 'other team')).not.toBe(first);
    expect(JSON.parse(storage.items[RESPONDENT_KEYS_ITEM]!)).toEqual({ 'acme q3': first, 'other team': expect.any(String) });
  });

  it('is valid in a saved result', () => {
    const key = newRespondentKey();
    expect(savedResultSchema.shape.respondentKey.safeParse(key).success).toBe(true);
    expect(savedResultSchema.shape.respondentKey.safeParse('Jane Smith').success).toBe(false);
  });

  it('still gives a key when storage is damaged, off or full', () => {
    expect(respondentKeyFor(memoryStorage({ [RESPONDENT_KEYS_ITEM]: '{not json' }), 'a')).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(respondentKeyFor(memoryStorage({ [RESPONDENT_KEYS_ITEM]: '{"a":"short"}' }), 'a')).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(respondentKeyFor(undefined, 'a')).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const full: KeyStorage = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(respondentKeyFor(full, 'a')).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('uses the random source it is given (no two keys alike from different bytes)', () => {
    const zeros = newRespondentKey((bytes) => bytes.fill(0));
    const ones = newRespondentKey((bytes) => bytes.fill(255));
    expect(zeros).toBe('AAAAAAAAAAAAAAAAAAAAAA');
    expect(ones).toBe('_____________________w');
  });
});
