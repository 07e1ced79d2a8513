import { describe, expect, it } from 'vitest';
import { inEnglish } from './in-english.ts';
import { storageCause } from './storage-failure.ts';

const cause = (error: unknown) => inEnglish(storageCause(error));

const domError = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('storageCause', () => {
  it.each([
    ['QuotaExceededError', /storage in the browser is full/],
    ['VersionError', /newer version of this site/],
    ['NotFoundError', /missing a part it needs/],
    ['SecurityError', /does not allow this site to store data/],
    ['NoIndexedDB', /no IndexedDB/],
  ])('names %s for what it is', (name, text) => {
    expect(cause(domError(name))).toMatch(text);
  });

  it('never calls a newer database or a missing store "full" or "private"', () => {
    for (const name of ['VersionError', 'NotFoundError']) expect(cause(domError(name))).not.toMatch(/full|private/);
  });

  it('passes on what it does not know, with its name and message', () => {
    expect(cause(domError('UnknownError', 'disk I/O failed'))).toBe('the browser refused (UnknownError: disk I/O failed)');
    expect(cause('odd')).toBe('the browser refused (odd)');
  });
});
