import { describe, expect, it } from 'vitest';
import { storageCause } from './storage-failure.ts';

const domError = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('storageCause', () => {
  it.each([
    ['QuotaExceededError', /storage in the browser is full/],
    ['VersionError', /newer version of this site/],
    ['NotFoundError', /missing a part it needs/],
    ['SecurityError', /does not allow this site to store data/],
    ['NoIndexedDB', /no IndexedDB/],
  ])('names %s for what it is', (name, text) => {
    expect(storageCause(domError(name))).toMatch(text);
  });

  it('never calls a newer database or a missing store "full" or "private"', () => {
    for (const name of ['VersionError', 'NotFoundError']) expect(storageCause(domError(name))).not.toMatch(/full|private/);
  });

  it('passes on what it does not know, with its name and message', () => {
    expect(storageCause(domError('UnknownError', 'disk I/O failed'))).toBe('the browser refused (UnknownError: disk I/O failed)');
    expect(storageCause('odd')).toBe('the browser refused (odd)');
  });
});
