import { describe, expect, it } from 'vitest';
import { memoryEngine, storageError } from './fixtures.ts';
import { canStore, FULL_MESSAGE, isQuotaError, readItem, removeItem, UNAVAILABLE_MESSAGE, writeItem } from './storage-engine.ts';

describe('isQuotaError', () => {
  it.each<[string, unknown, boolean]>([
    ['Chrome and Safari', storageError('QuotaExceededError'), true],
    ['old Firefox', storageError('NS_ERROR_DOM_QUOTA_REACHED'), true],
    ['a legacy code 22', { name: 'Error', code: 22 }, true],
    ['a legacy code 1014', { name: 'Error', code: 1014 }, true],
    ['storage turned off', storageError('SecurityError'), false],
    ['a plain error', new Error('nope'), false],
    ['a thrown string', 'QuotaExceededError', false],
    ['null', null, false],
  ])('%s → %s', (_, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});

describe('the guarded calls', () => {
  it('pass values through when storage works', () => {
    const { engine } = memoryEngine({ a: '1' });
    expect(readItem(engine, 'a')).toEqual({ ok: true, value: '1' });
    expect(readItem(engine, 'b')).toEqual({ ok: true, value: null });
    expect(writeItem(engine, 'b', '2')).toEqual({ ok: true });
    expect(removeItem(engine, 'a')).toEqual({ ok: true });
    expect(canStore(engine, 'probe')).toBe(true);
  });

  it.each([
    ['a full quota', storageError('QuotaExceededError'), 'full', FULL_MESSAGE],
    ['storage turned off', storageError('SecurityError'), 'unavailable', UNAVAILABLE_MESSAGE],
  ])('turn %s into a reason instead of throwing', (_, error, reason, message) => {
    const { engine, failures } = memoryEngine();
    failures.set = error;
    expect(writeItem(engine, 'a', '1')).toEqual({ ok: false, reason, message });
    expect(canStore(engine, 'probe')).toBe(false);
  });

  it('report unreadable and unremovable storage as unavailable', () => {
    const { engine, failures } = memoryEngine();
    failures.get = storageError('SecurityError');
    failures.remove = storageError('SecurityError');
    expect(readItem(engine, 'a')).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(removeItem(engine, 'a')).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});
