import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, SavedResult } from '../schema/saved-result.ts';
import { isSameResult, mergeResults } from './duplicates.ts';
import { paceDefinition, sampleResult, savedResultArbitrary } from './fixtures.ts';

const base = sampleResult();

describe('isSameResult', () => {
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

describe('mergeResults', () => {
  const a = sampleResult({ id: 'result-aaaa' });
  const b = sampleResult({ id: 'result-bbbb', answers: { pr1: 1 } });
  const c = sampleResult({ id: 'result-cccc', answers: { pr1: 2 } });

  it('adds what is new and says why the rest was skipped', () => {
    const copyOfA = { ...a, id: 'result-copy' };
    const outcome = mergeResults([a, b], [c, b, copyOfA, c]);
    expect(outcome.merged.map((result) => result.id)).toEqual(['result-aaaa', 'result-bbbb', 'result-cccc']);
    expect(outcome.added).toEqual([c]);
    expect(outcome.skipped).toEqual([
      { result: b, index: 1, kind: 'duplicate', reason: 'already saved (same id)' },
      { result: copyOfA, index: 2, kind: 'duplicate', reason: 'already saved: same assessment version, time, role and answers' },
      { result: c, index: 3, kind: 'duplicate', reason: 'appears more than once in what was imported' },
    ]);
  });

  it('names the first saved match, whether it matches by id or by content', () => {
    const sameContentAsA = { ...a, id: 'result-other' };
    // The saved copy under another id comes first, so that is the match named.
    expect(mergeResults([sameContentAsA, a], [a]).skipped[0]?.reason).toBe('already saved: same assessment version, time, role and answers');
    expect(mergeResults([a, sameContentAsA], [a]).skipped[0]?.reason).toBe('already saved (same id)');
  });

  it('agrees with isSameResult compared pair by pair', () => {
    // A naive merge: the definition mergeResults's index must reproduce.
    const naive = (existing: SavedResult[], incoming: SavedResult[]) => {
      const added: SavedResult[] = [];
      const skipped: { index: number; reason: string }[] = [];
      incoming.forEach((result, index) => {
        const match = existing.find((candidate) => isSameResult(candidate, result));
        if (match) skipped.push({ index, reason: match.id === result.id ? 'already saved (same id)' : 'already saved: same assessment version, time, role and answers' });
        else if (added.some((candidate) => isSameResult(candidate, result))) skipped.push({ index, reason: 'appears more than once in what was imported' });
        else added.push(result);
      });
      return { added, skipped };
    };
    // Few distinct ids, times and answers, so that matches of every kind happen often.
    const result = fc.record({
      id: fc.constantFrom('result-0001', 'result-0002', 'result-0003'),
      takenAt: fc.constantFrom('2026-03-01T10:30:00Z', '2026-03-01T12:30:00.400+02:00', '2026-03-01T10:30:01Z'),
      role: fc.constantFrom(null, 'leader' as const),
      answers: fc.constantFrom<Answers[]>({ pr1: 4 }, { pr1: 4, pr2: null }, { pr2: null, pr1: 4 }),
    }).map((change) => sampleResult(change));
    fc.assert(
      fc.property(fc.array(result, { maxLength: 6 }), fc.array(result, { maxLength: 6 }), (existing, incoming) => {
        const outcome = mergeResults(existing, incoming);
        const expected = naive(existing, incoming);
        expect(outcome.added).toEqual(expected.added);
        expect(outcome.skipped.map(({ index, reason }) => ({ index, reason }))).toEqual(expected.skipped);
      }),
    );
  });

  // How fast is the bench's business (npm run bench, CSV import); a timed assertion here fails on a busy machine.
  it('merges 5,000 results into 5,000 others that half overlap them', () => {
    const many = (prefix: string, offset: number) =>
      Array.from({ length: 5000 }, (_, i) => sampleResult({ id: `${prefix}-${i}`, takenAt: new Date(Date.UTC(2026, 0, 1) + (i + offset) * 60_000).toISOString() }));
    const outcome = mergeResults(many('old', 0), many('new', 2500));
    expect(outcome.added).toHaveLength(2500);
    expect(outcome.skipped).toHaveLength(2500);
  });

  it('merging twice adds nothing the second time', () => {
    fc.assert(
      fc.property(fc.array(savedResultArbitrary('pace', paceDefinition), { maxLength: 8 }), fc.array(savedResultArbitrary('pace', paceDefinition), { maxLength: 8 }), (existing, incoming) => {
        const once = mergeResults(existing, incoming);
        expect(once.added.length + once.skipped.length).toBe(incoming.length);
        expect(mergeResults(once.merged, incoming).added).toEqual([]);
        expect(mergeResults(once.merged, once.merged).added).toEqual([]);
      }),
    );
  });
});
