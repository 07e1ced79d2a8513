import { describe, expect, it } from 'vitest';
import { summariseImport } from './import-report.ts';

describe('summariseImport', () => {
  it.each([
    [{ added: 1, skipped: 0, rejected: 0 }, 'Added 1 result.'],
    [{ added: 12000, skipped: 2, rejected: 1 }, 'Added 12,000 results; skipped 2 already collected or repeated; rejected 1 (reasons below).'],
  ])('%o', (report, text) => expect(summariseImport(report, 'en')).toBe(text));

  it('writes its numbers in the page locale', () => {
    expect(summariseImport({ added: 12000, skipped: 1500, rejected: 0 }, 'de')).toBe('Added 12.000 results; skipped 1.500 already collected or repeated.');
  });
});
