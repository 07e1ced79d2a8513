import type { z } from 'astro/zod';
import { describeIssue } from '../validate/zod-issues.ts';

/**
 * A zod error on a record as one line a person can act on, e.g.
 * `takenAt: expected string, found 5; answers.pr1: must be at most 100`.
 */
export function describeIssues(error: z.ZodError, data: unknown, limit = 3): string {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.map(String).join('.');
    const problem = describeIssue(issue, data);
    return path ? `${path}: ${problem}` : problem;
  });
  const more = error.issues.length - limit;
  return more > 0 ? `${lines.join('; ')}; and ${more} more` : lines.join('; ');
}
