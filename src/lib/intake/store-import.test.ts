import { describe, expect, it } from 'vitest';
import { english, inEnglish } from '../results/dictionaries-for-tests.ts';
import { memoryEngine, sampleResult, storageError } from '../results/fixtures.ts';
import { createResultStore, RESULTS_KEY } from '../results/store.ts';
import type { SourceReading } from './readings.ts';
import { applyWrites, failurePhrase, importIntoStore } from './store-import.ts';

const saved = sampleResult({ id: 'result-saved-1' });
const fresh = sampleResult({ id: 'result-new-1', role: 'leader', takenAt: '2026-04-01T10:00:00Z' });
const reading = (results: typeof saved[]): SourceReading => ({ source: 'a.json', results: results.map((result, order) => ({ where: `entry ${order + 1}`, order, result })), rejected: [], notes: [] });

function pageWith(results: typeof saved[]) {
  const page = memoryEngine();
  createResultStore(page.engine).importMany(results);
  return page;
}

describe('importIntoStore and applyWrites', () => {
  it('adds what is new, skips what is saved, and leaves the page to write', () => {
    const page = pageWith([saved]);
    const before = page.data.get(RESULTS_KEY) ?? null;
    const { collected, writes } = importIntoStore({ [RESULTS_KEY]: before }, [reading([saved, fresh])]);
    expect(collected.report).toMatchObject({ added: 1, skipped: 1 });
    expect(inEnglish(collected.report.sources[0]!.lines[0])).toMatchObject({ status: 'skipped', reason: 'already saved (same id)' });
    // Nothing written yet: the worker only says what to write.
    expect(page.data.get(RESULTS_KEY)).toBe(before);
    expect(applyWrites(page.engine, writes)).toEqual({ ok: true });
    expect(createResultStore(page.engine).list().results.map((result) => result.id)).toEqual(['result-saved-1', 'result-new-1']);
  });

  it('writes nothing when nothing is new', () => {
    const page = pageWith([saved]);
    expect(importIntoStore({ [RESULTS_KEY]: page.data.get(RESULTS_KEY) ?? null }, [reading([saved])]).writes).toEqual([]);
  });

  it('says how much did not fit when the quota is used up, and keeps what was saved', () => {
    const page = pageWith([saved]);
    const before = page.data.get(RESULTS_KEY);
    const { writes } = importIntoStore({ [RESULTS_KEY]: before ?? null }, [reading([fresh])]);
    page.failures.set = storageError('QuotaExceededError');
    const outcome = applyWrites(page.engine, writes);
    expect(outcome).toMatchObject({ ok: false, reason: 'full', message: expect.stringMatching(/^your saved results with these added would take [\d.]+ MB, more than this browser has left for the site \(this browser's storage for the site is full/) });
    expect(page.data.get(RESULTS_KEY)).toBe(before);
  });

  it('refuses in the worker a list longer than a browser keeps, naming its size, and writes nothing', () => {
    const page = pageWith([saved]);
    const before = page.data.get(RESULTS_KEY) ?? null;
    const limit = (before?.length ?? 0) + 100;
    const { writes, failure } = importIntoStore({ [RESULTS_KEY]: before }, [reading([fresh])], limit);
    expect(writes).toEqual([]);
    expect(failure).toMatchObject({ reason: 'full', message: expect.stringMatching(/^your saved results with these 1 added would take [\d.]+ MB, and a browser keeps at most [\d.]+ MB/) });
    expect(failure?.message).not.toContain('is full');
    expect(english(failurePhrase(failure!))).toMatch(/^your saved results with this 1 added would take [\d.]+ MB, and a browser keeps at most [\d.]+ MB/);
    expect(english(failurePhrase(failure!), 'de')).toMatch(/^mit 1 weiteren Ergebnis bräuchten Ihre gespeicherten Ergebnisse [\d,]+ MB/);
    expect(importIntoStore({ [RESULTS_KEY]: before }, [reading([fresh])]).writes).toHaveLength(1);
  });

  it('adds nothing to a store written by a newer version, and says so', () => {
    const { collected, writes, failure } = importIntoStore({ [RESULTS_KEY]: JSON.stringify({ store: 99, results: [] }) }, [reading([fresh])]);
    expect(writes).toEqual([]);
    expect(failure?.message).toContain('newer version');
    // Its real cause, not "storage is off" (#13: a newer database was reported as private-window storage).
    expect(english(failurePhrase(failure!))).toContain('stored by a newer version of Touchline; reload the site');
    expect(collected.report.added).toBe(1);
  });
});
