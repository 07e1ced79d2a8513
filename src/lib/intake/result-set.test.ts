import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english } from '../results/dictionaries-for-tests.ts';
import { paceDefinition, sampleResult, savedResultArbitrary } from '../results/fixtures.ts';
import type { Answers, SavedResult } from '../schema/saved-result.ts';
import { isSameResult, ResultSet, sameResultKey, skipReason } from './result-set.ts';

describe('isSameResult', () => {
  const base = sampleResult();
  it.each<[string, Partial<SavedResult>, boolean]>([
    ['the same result', {}, true],
    ['the same id with other content', { answers: { pr1: 1 }, takenAt: '2020-01-01T00:00:00Z' }, true],
    ['another id, same content', { id: 'result-9999' }, true],
    ['another id, same content, other notes', { id: 'result-9999', team: 'Ops', label: 'Q1' }, true],
    ['another id, same moment in another time zone', { id: 'result-9999', takenAt: '2026-03-01T12:30:00+02:00' }, true],
    ['another id, same second, other milliseconds', { id: 'result-9999', takenAt: '2026-03-01T10:30:00.999Z' }, true],
    ['another id, another second', { id: 'result-9999', takenAt: '2026-03-01T10:30:01Z' }, false],
    ['another id, another role', { id: 'result-9999', role: 'leader' }, false],
    ['another id, another version', { id: 'result-9999', version: 'unknown' }, false],
    ['another id, another assessment', { id: 'result-9999', assessment: 'spectrum' }, false],
    ['another id, one answer differs', { id: 'result-9999', answers: { pr1: 4, pr2: null, at1: 4 } }, false],
    ['another id, n/a instead of unanswered', { id: 'result-9999', answers: { pr1: 4, pr2: null, at1: 5, at2: null } }, false],
    ['another id, one answer fewer', { id: 'result-9999', answers: { pr1: 4, pr2: null } }, false],
    ['another id, answers in another order', { id: 'result-9999', answers: { at1: 5, pr2: null, pr1: 4 } }, true],
  ])('%s → %s', (_, change, same) => {
    const other = { ...base, ...change };
    expect(isSameResult(base, other)).toBe(same);
    expect(isSameResult(other, base)).toBe(same);
  });
});

/** The definition the set's indexes must reproduce: pair by pair with isSameResult, no corrections. */
function naiveMerge(existing: readonly SavedResult[], incoming: readonly SavedResult[]): SavedResult[] {
  const added: SavedResult[] = [];
  for (const result of incoming) {
    if (!existing.some((candidate) => isSameResult(candidate, result)) && !added.some((candidate) => isSameResult(candidate, result))) added.push(result);
  }
  return added;
}

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
  it('adds what a pair-by-pair merge adds, in the same order, when no result is a later version of another', () => {
    fc.assert(
      fc.property(collidingResults, (changes) => {
        // One moment per id: a later copy of an id would be a correction, which the naive merge does not know.
        const moment = new Map<string, string>();
        const incoming = changes.map(({ team, ...change }) => {
          if (!moment.has(change.id)) moment.set(change.id, change.takenAt);
          return sampleResult({ ...change, takenAt: moment.get(change.id)!, ...(team === undefined ? {} : { team }) });
        });
        const set = new ResultSet();
        const added = incoming.filter((result) => set.add(result).added);
        expect(added).toEqual(naiveMerge([], incoming));
        expect(set.results).toEqual(added);
      }),
    );
  });

  it('adds random valid results that are all different', () => {
    fc.assert(
      fc.property(fc.uniqueArray(savedResultArbitrary('pace', paceDefinition), { selector: (result) => result.id, maxLength: 20 }), (results) => {
        const expected = naiveMerge([], results);
        expect(new ResultSet(results).results).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });

  it('without corrections, agrees with a pair-by-pair merge against saved results, whatever the times', () => {
    const result = fc
      .record({
        id: fc.constantFrom('result-0001', 'result-0002', 'result-0003'),
        takenAt: fc.constantFrom('2026-03-01T10:30:00Z', '2026-03-01T12:30:00.400+02:00', '2026-03-01T10:30:01Z'),
        role: fc.constantFrom(null, 'leader' as const),
        answers: fc.constantFrom<Answers[]>({ pr1: 4 }, { pr1: 4, pr2: null }, { pr2: null, pr1: 4 }),
      })
      .map((change) => sampleResult(change));
    fc.assert(
      fc.property(fc.array(result, { maxLength: 6 }), fc.array(result, { maxLength: 6 }), (existing, incoming) => {
        const set = new ResultSet(existing, { corrections: false });
        const added = incoming.filter((candidate) => set.add(candidate).added);
        expect(added).toEqual(naiveMerge(existing, incoming));
      }),
    );
  });

  it('without corrections, never replaces a saved result, even by a later one with its id', () => {
    const saved = sampleResult({ id: 'result-0001', takenAt: '2026-03-01T10:00:00Z' });
    const set = new ResultSet([saved], { corrections: false });
    const outcome = set.add(sampleResult({ id: 'result-0001', takenAt: '2026-03-02T10:00:00Z', answers: { pr1: 1 } }));
    expect(outcome).toEqual({ added: false, duplicateOf: saved, sameId: true });
    expect(set.results).toEqual([saved]);
  });

  it('words why a result was skipped, for the page that holds them', () => {
    const first = sampleResult({ id: 'result-0001' });
    expect(english(skipReason({ added: false, duplicateOf: first, sameId: true }, 'saved', false))).toBe('already saved (same id)');
    expect(english(skipReason({ added: false, duplicateOf: first, sameId: false }, 'collected', false))).toBe('already collected (same assessment version, time, role and answers)');
    expect(english(skipReason({ added: false, duplicateOf: first, sameId: true }, 'saved', true))).toBe('it appears more than once in what was imported');
    expect(english(skipReason({ added: false, duplicateOf: first, sameId: false, superseded: true }, 'collected', false))).toBe('the same person\u2019s later answers are already collected');
    expect(english(skipReason({ added: false, duplicateOf: first, sameId: true }, 'collected', false), 'pl')).toBe('już zebrany (ten sam identyfikator)');
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
