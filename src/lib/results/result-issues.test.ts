import { describe, expect, it } from 'vitest';
import { savedResultSchema } from '../schema/saved-result.ts';
import { sampleResult } from './fixtures.ts';
import { describeIssues } from './result-issues.ts';

function issuesOf(data: unknown, limit?: number): string {
  const parsed = savedResultSchema.safeParse(data);
  if (parsed.success) throw new Error('expected the data to be invalid');
  return describeIssues(parsed.error, data, limit);
}

describe('describeIssues', () => {
  it.each<[string, unknown, string]>([
    ['a missing field', { ...sampleResult(), id: undefined }, 'id: is required (expected string); add it'],
    ['a nested field', sampleResult({ answers: { pr1: 101 } }), 'answers.pr1: must be at most 100'],
    ['an unknown field', { ...sampleResult(), score: 3 }, 'unknown field "score"; remove or rename it (check the spelling)'],
  ])('names the path and the problem for %s', (_, data, line) => {
    expect(issuesOf(data)).toBe(line);
  });

  it('lists a few issues and counts the rest', () => {
    expect(issuesOf({ format: 1 }, 2)).toMatch(/^id: .*; assessment: .*; and 4 more$/);
  });
});
