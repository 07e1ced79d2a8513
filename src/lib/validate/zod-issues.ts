import type { z } from 'astro/zod';

/** Turns a zod issue into a sentence that says what is wrong and what to do. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  // A schema's own message for a missing or wrong value explains the rule ("the spectrum model
  // needs its positions …"), which says more than the generic sentence below.
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && !/^Invalid (input|option)\b/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(data, issue.path);
      if (value === undefined) return `is required (expected ${issue.expected}); add it`;
      return `expected ${issue.expected}, found ${describeValue(value)}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; remove or rename ${issue.keys.length > 1 ? 'them' : 'it'} (check the spelling)`;
    case 'invalid_value':
      return `${describeValue(valueAt(data, issue.path))} is not allowed; use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} entr${issue.minimum === 1 ? 'y' : 'ies'}`
        : issue.origin === 'string'
          ? `is too short: at least ${issue.minimum} characters`
          : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string' ? `is too long: at most ${issue.maximum} characters` : `must be at most ${issue.maximum}`;
    default:
      return issue.message;
  }
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}
