import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inEnglish } from './dictionaries-for-tests.ts';
import type { SavedResult } from '../schema/saved-result.ts';
import { memoryEngine, paceDefinition, sampleResult, savedResultArbitrary, storageError } from './fixtures.ts';
import { BACKUP_KEY_PREFIX, createResultStore, RESULTS_KEY } from './store.ts';
import { fnv1a32 } from './version.ts';

const first = sampleResult({ id: 'result-0001' });
const second = sampleResult({ id: 'result-0002', answers: { pr1: 1 }, takenAt: '2026-04-01T09:00:00.000Z' });

function storeWith(stored: unknown) {
  const memory = memoryEngine({ [RESULTS_KEY]: typeof stored === 'string' ? stored : JSON.stringify(stored) });
  return { ...memory, store: createResultStore(memory.engine) };
}

function envelopeIn(data: Map<string, string>): { store: number; results: unknown[]; backups?: string[] } {
  return JSON.parse(data.get(RESULTS_KEY) ?? 'null');
}

describe('createResultStore', () => {
  it('starts empty, then keeps results in one versioned envelope', () => {
    const { engine, data } = memoryEngine();
    const store = createResultStore(engine);
    expect(store.list()).toEqual({ results: [], problems: [], backups: [] });
    expect(store.save(first)).toEqual({ ok: true });
    expect(store.save(second)).toEqual({ ok: true });
    expect(envelopeIn(data)).toEqual({ store: 1, results: [first, second] });
    expect(store.list().results).toEqual([first, second]);
  });

  it('replaces a saved result with the same id', () => {
    const { store } = storeWith({ store: 1, results: [first, second] });
    const changed = { ...first, label: 'Changed' };
    expect(store.save(changed)).toEqual({ ok: true });
    expect(store.list().results).toEqual([changed, second]);
  });

  it('refuses to save something that is not a result', () => {
    const { store, data } = storeWith({ store: 1, results: [] });
    const outcome = store.save({ ...first, takenAt: 'today' } as SavedResult);
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringContaining('takenAt') });
    expect(envelopeIn(data).results).toEqual([]);
  });

  describe('records it cannot read', () => {
    const newer = { ...first, id: 'result-new1', format: 2, mood: 'happy' };
    const broken = { ...first, id: 'result-bad1', takenAt: 'yesterday' };
    const legacy = { assessment: 'pace', takenAt: '2025-01-01T00:00:00Z', answers: { pr1: 2 } };

    it('reports each with its position, and lists the rest', () => {
      const { store } = storeWith({ store: 1, results: [first, newer, broken, legacy] });
      const listed = store.list();
      expect(listed.results.map((result) => result.id)).toEqual(['result-0001', expect.stringMatching(/^legacy-/)]);
      expect(listed.problems).toEqual([
        { index: 1, reason: 'saved by a newer version of Touchline; update the site to open it' },
        { index: 2, reason: expect.stringMatching(/^not a valid saved result: takenAt: /) },
      ]);
    });

    it('keeps them untouched when writing, and upgrades the old ones', () => {
      const { store, data } = storeWith({ store: 1, results: [first, newer, broken, legacy] });
      const legacyId = store.list().results[1]!.id;
      expect(store.save(second)).toEqual({ ok: true });
      expect(store.remove('result-0001')).toEqual({ ok: true });
      const stored = envelopeIn(data).results;
      expect(stored.slice(0, 2)).toEqual([newer, broken]);
      expect(stored[2]).toMatchObject({ format: 1, id: legacyId, version: 'unknown', role: null });
      expect(stored[3]).toEqual(second);
    });
  });

  describe('damaged storage', () => {
    it.each([
      ['text that is not JSON', '{"store":1,"results":[{"id":'],
      ['JSON of another shape', '[1,2,3]'],
      ['an envelope without results', '{"store":1}'],
    ])('reports %s without losing it', (_, text) => {
      const { store, data } = storeWith(text);
      const listed = store.list();
      expect(listed.results).toEqual([]);
      expect(listed.problems).toEqual([{ index: null, reason: expect.stringMatching(/^The results saved in this browser are damaged and cannot be read \(.+\)\. They are left as they are/), cause: 'corrupt' }]);
      expect(data.get(RESULTS_KEY)).toBe(text);
    });

    it('keeps a backup of damaged data before a save replaces it', () => {
      const text = 'not json';
      const backupKey = `${BACKUP_KEY_PREFIX}${fnv1a32(text)}`;
      const { store, data } = storeWith(text);
      expect(store.save(first)).toEqual({ ok: true, backupKey });
      expect(data.get(backupKey)).toBe(text);
      expect(envelopeIn(data)).toEqual({ store: 1, results: [first], backups: [backupKey] });
      expect(store.list()).toEqual({ results: [first], problems: [], backups: [backupKey] });
      expect(store.save(second)).toEqual({ ok: true });
      expect(envelopeIn(data).backups).toEqual([backupKey]);
    });

    it('saves nothing when the backup cannot be made', () => {
      const { store, data, failures } = storeWith('not json');
      failures.set = (key) => (key.startsWith(BACKUP_KEY_PREFIX) ? storageError('QuotaExceededError') : undefined);
      expect(store.save(first)).toMatchObject({ ok: false, reason: 'corrupt', message: expect.stringContaining('nothing was saved over them') });
      expect(data.get(RESULTS_KEY)).toBe('not json');
    });

    it.each(['remove', 'relabel'] as const)('refuses to %s in damaged data', (method) => {
      const { store, data } = storeWith('not json');
      const outcome = method === 'remove' ? store.remove('result-0001') : store.relabel('result-0001', 'x');
      expect(outcome).toMatchObject({ ok: false, reason: 'corrupt' });
      expect(data.get(RESULTS_KEY)).toBe('not json');
    });

    it('imports into damaged storage after keeping a backup', () => {
      const { store, data } = storeWith('not json');
      const outcome = store.importMany([first]);
      expect(outcome).toMatchObject({ ok: true, added: [first], backupKey: expect.stringMatching(/^tl-results-backup-/) });
      expect(envelopeIn(data).results).toEqual([first]);
    });
  });

  describe('an envelope from a newer version', () => {
    const newer = { store: 2, results: [{ anything: true }] };
    it('is listed as a problem and never overwritten', () => {
      const { store, data } = storeWith(newer);
      // Its own cause, never "storage is off": the person reloads to update, and nothing is lost.
      expect(store.list().problems).toEqual([{ index: null, reason: expect.stringContaining('newer version of Touchline'), cause: 'newer' }]);
      expect(store.save(first)).toMatchObject({ ok: false, reason: 'newer' });
      expect(store.importMany([first])).toMatchObject({ ok: false, reason: 'newer' });
      expect(store.remove('x')).toMatchObject({ ok: false, reason: 'newer' });
      expect(envelopeIn(data)).toEqual(newer);
    });
  });

  describe('remove', () => {
    it('deletes by id, and deleting a missing id changes nothing', () => {
      const { store } = storeWith({ store: 1, results: [first, second] });
      expect(store.remove('result-0001')).toEqual({ ok: true });
      expect(store.remove('result-0001')).toEqual({ ok: true });
      expect(store.list().results).toEqual([second]);
    });
  });

  describe('relabel', () => {
    it.each([
      ['sets a label', '  Before the reorganisation ', 'Before the reorganisation'],
      ['removes the label when blank', '   ', undefined],
    ])('%s', (_, label, expected) => {
      const { store } = storeWith({ store: 1, results: [{ ...first, label: 'Old' }] });
      expect(store.relabel('result-0001', label)).toEqual({ ok: true });
      expect(store.list().results[0]?.label).toBe(expected);
    });
    it.each([
      ['an unknown id', 'result-9999', 'Label', /no saved result with the id "result-9999"/],
      ['a label over 120 characters', 'result-0001', 'x'.repeat(121), /label: is too long/],
    ])('refuses %s', (_, id, label, message) => {
      const { store } = storeWith({ store: 1, results: [first] });
      expect(store.relabel(id, label)).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringMatching(message) });
    });
  });

  describe('clear', () => {
    it('forgets the results and the backups of damaged data', () => {
      const { store, data } = storeWith('not json');
      store.save(first);
      expect(data.size).toBe(2);
      expect(store.clear()).toEqual({ ok: true });
      expect(data.size).toBe(0);
      expect(store.list()).toEqual({ results: [], problems: [], backups: [] });
    });
  });

  describe('importMany', () => {
    it('adds new results, skips duplicates and invalid ones, with reasons', () => {
      const { store } = storeWith({ store: 1, results: [first] });
      const invalid = { ...second, id: 'short' };
      const outcome = store.importMany([second, { ...first, id: 'result-copy' }, invalid, second]);
      expect(inEnglish(outcome)).toEqual({
        ok: true,
        added: [second],
        skipped: [
          { result: invalid, index: 2, kind: 'invalid', reason: expect.stringMatching(/^not a valid saved result: id: is too short/) },
          { result: { ...first, id: 'result-copy' }, index: 1, kind: 'duplicate', reason: expect.stringContaining('already saved') },
          { result: second, index: 3, kind: 'duplicate', reason: 'it appears more than once in what was imported' },
        ],
      });
      expect(store.list().results).toEqual([first, second]);
    });

    it('does not write when there is nothing to add', () => {
      const { store, failures } = storeWith({ store: 1, results: [first] });
      failures.set = storageError('QuotaExceededError');
      expect(store.importMany([first])).toMatchObject({ ok: true, added: [] });
      expect(store.importMany([])).toEqual({ ok: true, added: [], skipped: [] });
    });

    it('keeps every distinct result once, however often it is imported', () => {
      fc.assert(
        fc.property(fc.array(savedResultArbitrary('pace', paceDefinition), { maxLength: 6 }), (results) => {
          const store = createResultStore(memoryEngine().engine);
          store.importMany(results);
          const once = store.list().results;
          store.importMany(results);
          store.importMany(once);
          expect(store.list()).toEqual({ results: once, problems: [], backups: [] });
        }),
        { numRuns: 50 },
      );
    });
  });

  describe('when the browser refuses storage', () => {
    it.each([
      ['reads fail', 'get', storageError('SecurityError'), 'unavailable'],
      ['writes fail', 'set', storageError('SecurityError'), 'unavailable'],
      ['the quota is full', 'set', storageError('QuotaExceededError'), 'full'],
    ] as const)('no method throws when %s', (_, call, error, reason) => {
      const { engine, failures } = memoryEngine({ [RESULTS_KEY]: JSON.stringify({ store: 1, results: [first] }) });
      failures[call] = error;
      const store = createResultStore(engine);
      expect(store.save(second)).toMatchObject({ ok: false, reason });
      expect(store.importMany([second])).toMatchObject({ ok: false, reason });
      expect(store.relabel('result-0001', 'x')).toMatchObject({ ok: false, reason });
      expect(store.remove('result-0001')).toMatchObject({ ok: false, reason });
      expect(store.available()).toBe(false);
      if (call === 'get') {
        expect(store.list()).toEqual({ results: [], problems: [{ index: null, reason: expect.stringContaining('not letting Touchline store'), cause: 'unavailable' }], backups: [] });
        expect(store.clear()).toMatchObject({ ok: false, reason: 'unavailable' });
      }
    });

    it('is available when a value can be written and removed', () => {
      expect(createResultStore(memoryEngine().engine).available()).toBe(true);
    });
  });
});
