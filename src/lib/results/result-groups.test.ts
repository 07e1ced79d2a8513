import { describe, expect, it } from 'vitest';
import { contentDefinitions, sampleResult } from './fixtures.ts';
import { groupResults } from './result-groups.ts';

describe('groupResults', () => {
  it('groups by assessment in the definitions’ order, newest first, unknown assessments last', () => {
    const old = sampleResult({ id: 'result-old', takenAt: '2025-01-01T00:00:00Z' });
    const newer = sampleResult({ id: 'result-new', takenAt: '2026-01-01T00:00:00+01:00' });
    const sameTimeB = sampleResult({ id: 'result-b', takenAt: '2025-06-01T00:00:00Z' });
    const sameTimeA = sampleResult({ id: 'result-a', takenAt: '2025-06-01T00:00:00Z' });
    const spectrum = sampleResult({ id: 'result-spec', assessment: 'spectrum' });
    const foreign = sampleResult({ id: 'result-zzz', assessment: 'zz-brand-only' });
    const foreign2 = sampleResult({ id: 'result-aaa', assessment: 'aa-brand-only' });
    const definitions = { spectrum: contentDefinitions.spectrum!, pace: contentDefinitions.pace! };
    const groups = groupResults([old, foreign, newer, spectrum, sameTimeB, sameTimeA, foreign2], definitions);
    expect(groups.map((group) => [group.assessment, group.definition !== undefined, group.results.map((result) => result.id)])).toEqual([
      ['spectrum', true, ['result-spec']],
      ['pace', true, ['result-new', 'result-a', 'result-b', 'result-old']],
      ['aa-brand-only', false, ['result-aaa']],
      ['zz-brand-only', false, ['result-zzz']],
    ]);
  });

  it('gives no groups for no results', () => {
    expect(groupResults([], contentDefinitions)).toEqual([]);
  });
});
