import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english } from './dictionaries-for-tests.ts';
import { anySavedResult, sampleResult } from './fixtures.ts';
import { jsonToResults, resultsToJson } from './json.ts';

const exportedAt = new Date('2026-05-01T08:00:00Z');
const result = sampleResult();
const legacy = { assessment: 'pace', takenAt: '2025-01-01T00:00:00Z', answers: { pr1: 2 } };

describe('resultsToJson', () => {
  it('wraps the results in a self-describing envelope', () => {
    expect(JSON.parse(resultsToJson([result], exportedAt))).toEqual({ touchline: 'results', format: 1, exportedAt: '2026-05-01T08:00:00.000Z', results: [result] });
  });
});

describe('jsonToResults', () => {
  it('reads each entry, upgrading old ones and rejecting bad ones with a reason', () => {
    const file = JSON.stringify({ touchline: 'results', format: 1, exportedAt: exportedAt.toISOString(), results: [result, legacy, { ...result, format: 3 }, 'junk'] });
    const outcome = jsonToResults(file);
    expect(outcome).toMatchObject({
      ok: true,
      entries: [
        { index: 0, status: 'added' },
        { index: 1, status: 'added', migratedFrom: 0 },
        { index: 2, status: 'rejected', reason: 'saved by a newer version of Touchline; update the site to open it' },
        { index: 3, status: 'rejected', reason: expect.stringContaining('not a saved result') },
      ],
    });
    expect(outcome.ok && outcome.results.map((read) => read.id)).toEqual([result.id, expect.stringMatching(/^legacy-/)]);
  });

  it.each<[string, string]>([
    ['a bare list of results', JSON.stringify([result])],
    ['a single result', JSON.stringify(result)],
    ['a file with a byte order mark', `\uFEFF${resultsToJson([result], exportedAt)}`],
  ])('accepts %s', (_, text) => {
    expect(jsonToResults(text)).toEqual({ ok: true, results: [result], entries: [{ index: 0, status: 'added' }] });
  });

  it.each<[string, string, RegExp]>([
    ['text that is not JSON', '{"touchline": "results",', /^This file is not valid JSON \(.+\)\. Choose a file made with "Export as JSON"\.$/],
    ['an empty file', '', /^This file is not valid JSON/],
    ['another kind of JSON', '{"name": "touchline", "version": "0.1.0"}', /^This is not a Touchline results file/],
    ['a results file without its list', '{"touchline": "results", "format": 1, "exportedAt": "x"}', /^This is not a Touchline results file/],
    ['a number', '42', /^This is not a Touchline results file/],
    ['a file from a newer version', '{"touchline": "results", "format": 2, "exportedAt": "x", "results": []}', /newer version of Touchline/],
  ])('refuses %s with one clear message', (_, text, message) => {
    const outcome = jsonToResults(text);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(english(outcome.problem)).toMatch(message);
  });
});

describe('JSON properties', () => {
  it('exports the notes beside answers and reads them back; a result without notes reads as before', () => {
    const noted = sampleResult({ notes: { pr1: 'Mapped for retail customers only.' } });
    const plain = sampleResult({ id: 'result-without-notes' });
    const text = resultsToJson([noted, plain]);
    expect(JSON.parse(text).results[0].notes).toEqual({ pr1: 'Mapped for retail customers only.' });
    const read = jsonToResults(text);
    expect(read.ok && read.results).toEqual([noted, plain]);
    expect(read.ok && Object.hasOwn(read.results[1]!, 'notes')).toBe(false);
  });

  it('rejects a note longer than 1,000 characters, naming it', () => {
    const read = jsonToResults(resultsToJson([sampleResult({ notes: { pr1: 'x'.repeat(1001) } })]));
    expect(read.ok && read.entries[0]).toEqual({ index: 0, status: 'rejected', reason: expect.stringContaining('notes.pr1') });
  });

  it('round-trips random valid results', () => {
    fc.assert(
      fc.property(fc.array(anySavedResult().map(({ result: saved }) => saved), { maxLength: 6 }), (results) => {
        expect(jsonToResults(resultsToJson(results, exportedAt))).toEqual({ ok: true, results, entries: results.map((_, index) => ({ index, status: 'added' })) });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random or mutated text', () => {
    const mutated = fc.tuple(fc.array(anySavedResult().map(({ result: saved }) => saved), { maxLength: 3 }), fc.nat(), fc.nat({ max: 4 }), fc.constantFrom('', '"', '{', '}', ',', '1', 'null', ']')).map(([results, at, cut, insert]) => {
      const text = resultsToJson(results, exportedAt);
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + cut);
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), mutated), (text) => {
        const outcome = jsonToResults(text);
        if (outcome.ok) expect(outcome.results).toHaveLength(outcome.entries.filter((entry) => entry.status === 'added').length);
        else expect(english(outcome.problem)).toMatch(/^This /);
      }),
      { numRuns: 3000 },
    );
  });
});
