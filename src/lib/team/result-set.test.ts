import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSameResult, mergeResults } from '../results/duplicates.ts';
import { paceDefinition, sampleResult, savedResultArbitrary } from '../results/fixtures.ts';
import type { SavedResult } from '../schema/saved-result.ts';
import { ResultSet, sameResultKey } from './result-set.ts';

describe('sameResultKey', () => {
  it('is equal exactly when isSameResult holds for results with different ids', () => {
    const base = sampleResult();
    const variants: Partial<SavedResult>[] = [
      {},
      { team: 'Ops', label: 'Q1', segment: 'north' },
      { takenAt: '2026-03-01T12:30:00+02:00' },
      { takenAt: '2026-03-01T10:30:00.999Z' },
      { takenAt: '2026-03-01T10:30:01Z' },
      { role: 'leader' },
      { version: 'unknown' },
      { assessment: 'spectrum' },
      { answers: { pr1: 4, pr2: null, at1: 4 } },
      { answers: { pr1: 4, pr2: null, at1: 5, at2: null } },
      { answers: { at1: 5, pr2: null, pr1: 4 } },
    ];
    for (const change of variants) {
      const other = { ...base, ...change, id: 'result-other' };
      expect(sameResultKey(base) === sameResultKey(other)).toBe(isSameResult(base, other));
    }
  });
});

/** Results that often collide: a few ids, a few moments, a few answer sets. */
const collidingResults = fc.array(
  fc.record({
    id: fc.constantFrom('result-0001', 'result-0002', 'result-0003', 'result-0004', 'result-0005'),
    takenAt: fc.constantFrom('2026-03-01T10:30:00.000Z', '2026-03-01T10:30:00.400Z', '2026-03-01T11:30:00+01:00', '2026-03-02T10:30:00Z'),
    role: fc.constantFrom(null, 'leader' as const, 'front-line' as const),
    answers: fc.constantFrom<SavedResult['answers'][]>({ pr1: 4 }, { pr1: 5 }, { pr1: 4, pr2: null }, { pr2: null, pr1: 4 }),
    team: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }),
  }),
  { maxLength: 30 },
);

describe('ResultSet', () => {
  it('adds what mergeResults adds, in the same order, when no result is a later version of another', () => {
    fc.assert(
      fc.property(collidingResults, (changes) => {
        // One moment per id: a later copy of an id would be a correction, which mergeResults does not know.
        const moment = new Map<string, string>();
        const incoming = changes.map(({ team, ...change }) => {
          if (!moment.has(change.id)) moment.set(change.id, change.takenAt);
          return sampleResult({ ...change, takenAt: moment.get(change.id)!, ...(team === undefined ? {} : { team }) });
        });
        const set = new ResultSet();
        const added = incoming.filter((result) => set.add(result).added);
        expect(added).toEqual(mergeResults([], incoming).added);
        expect(set.results).toEqual(added);
      }),
    );
  });

  it('adds random valid results that are all different', () => {
    fc.assert(
      fc.property(fc.uniqueArray(savedResultArbitrary('pace', paceDefinition), { selector: (result) => result.id, maxLength: 20 }), (results) => {
        const expected = mergeResults([], results).added;
        expect(new ResultSet(results).results).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });

  it('says which result a duplicate repeats, and whether by id', () => {
    const first = sampleResult({ id: 'result-0001' });
    const set = new ResultSet([first]);
    expect(set.add(sampleResult({ id: 'result-0001', answers: {} }))).toEqual({ added: false, duplicateOf: first, sameId: true });
    expect(set.add(sampleResult({ id: 'result-0002', team: 'other' }))).toEqual({ added: false, duplicateOf: first, sameId: false });
    expect(set.add(sampleResult({ id: 'result-0003', role: 'leader' }))).toEqual({ added: true });
    expect(set.size).toBe(2);
    set.clear();
    expect(set.size).toBe(0);
    expect(set.find(first)).toBeUndefined();
  });

  it('keeps the latest result per id and per respondent key, whatever the order they arrive in', () => {
    const key = 'AbCdEfGhIjKlMnOpQrStUv';
    const first = sampleResult({ id: 'shared-first', takenAt: '2026-03-01T10:00:00Z', respondentKey: key, answers: { pr1: 2 } });
    const correction = sampleResult({ id: 'shared-second', takenAt: '2026-03-01T11:00:00Z', respondentKey: key, answers: { pr1: 5 } });
    const fileCorrection = sampleResult({ id: 'shared-first', takenAt: '2026-03-01T12:00:00Z', answers: { pr1: 4 } });
    const other = sampleResult({ id: 'someone-else', takenAt: '2026-03-01T09:00:00Z', respondentKey: 'ZyXwVuTsRqPoNmLkJiHgFe', answers: { pr1: 1 } });
    const inOrder = new ResultSet([first, other]);
    expect(inOrder.add(correction)).toEqual({ added: true, replaced: first });
    expect(inOrder.results).toEqual([correction, other]);
    const reversed = new ResultSet([correction, other]);
    expect(reversed.add(first)).toEqual({ added: false, duplicateOf: correction, sameId: false, superseded: true });
    expect(reversed.results).toEqual([correction, other]);
    // A file sent again after "Change my answers" keeps the id and has a later time: it replaces the first.
    const byFile = new ResultSet([first]);
    expect(byFile.add(fileCorrection)).toEqual({ added: true, replaced: first });
    expect(byFile.results).toEqual([fileCorrection]);
  });

  it('removes one result by id, and can have it back', () => {
    const set = new ResultSet([sampleResult({ id: 'result-0001' }), sampleResult({ id: 'result-0002', role: 'leader' })]);
    const removed = set.remove('result-0001');
    expect(removed?.id).toBe('result-0001');
    expect(set.results.map((result) => result.id)).toEqual(['result-0002']);
    expect(set.remove('result-0001')).toBeUndefined();
    expect(set.add(removed!)).toEqual({ added: true });
    expect(set.size).toBe(2);
  });

  // Its speed is measured by the bench's team-view rows, not timed here.
  it('holds 10,000 distinct results', () => {
    const results = Array.from({ length: 10_000 }, (_, index) => sampleResult({ id: `result-${index}`, answers: { pr1: (index % 5) + 1, pr2: index } }));
    const set = new ResultSet(results);
    expect(set.size).toBe(10_000);
  });
});
