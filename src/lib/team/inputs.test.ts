import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resultsToCsv } from '../results/csv.ts';
import { contentDefinitions, paceDefinition, sampleResult } from '../results/fixtures.ts';
import { resultsToJson } from '../results/json.ts';
import { encodeShareCode } from '../results/share-code.ts';
import { addReadings, readResultsFile, readShareLinks, shareCodeOfLine, teamProblem, type InputReading } from './inputs.ts';
import { summariseImport } from './import-report.ts';
import { ResultSet } from './result-set.ts';

const definitions = contentDefinitions;
const leader = sampleResult({ id: 'result-leader-1', role: 'leader', team: 'acme-q3', answers: { pr1: 5, pr2: 4 } });
const frontLine = sampleResult({ id: 'result-front-1', role: 'front-line', takenAt: '2026-03-02T09:00:00.000Z', answers: { pr1: 2, pr2: null } });
const manager = sampleResult({ id: 'result-manager-1', role: 'manager', takenAt: '2026-03-03T09:00:00.000Z', answers: { pr1: 3 } });

describe('readResultsFile', () => {
  it('reads a JSON export', () => {
    const reading = readResultsFile('team.json', resultsToJson([leader, frontLine]), definitions);
    expect(reading.results.map((read) => [read.where, read.result.id])).toEqual([
      ['entry 1', 'result-leader-1'],
      ['entry 2', 'result-front-1'],
    ]);
    expect(reading.rejected).toEqual([]);
  });

  it('reads a CSV export, whatever the file is called', () => {
    for (const name of ['pace.csv', 'pace.txt', 'pace']) {
      const reading = readResultsFile(name, resultsToCsv([leader, manager], paceDefinition), definitions);
      expect(reading.results.map((read) => [read.where, read.result.id])).toEqual([
        ['row 2', 'result-leader-1'],
        ['row 3', 'result-manager-1'],
      ]);
    }
  });

  it('rejects bad entries and rows one by one, keeping the good ones', () => {
    const json = JSON.stringify({ touchline: 'results', format: 1, exportedAt: '2026-03-01T00:00:00Z', results: [leader, { ...frontLine, takenAt: 'yesterday' }] });
    const fromJson = readResultsFile('mixed.json', json, definitions);
    expect(fromJson.results).toHaveLength(1);
    expect(fromJson.rejected).toEqual([{ where: 'entry 2', reason: expect.stringContaining('takenAt') }]);

    const csv = resultsToCsv([leader, frontLine], paceDefinition).replace(/\r\npace,result-front-1,[^,]*,[^,]*,front-line/, '\r\npace,result-front-1,x,x,boss');
    const fromCsv = readResultsFile('mixed.csv', csv, definitions);
    expect(fromCsv.results).toHaveLength(1);
    expect(fromCsv.rejected).toEqual([{ where: 'row 3', reason: expect.stringContaining('role "boss"') }]);
  });

  it.each([
    ['empty.json', '', 'The file is empty.'],
    ['broken.json', '{"touchline": "results", ', 'not valid JSON'],
    ['other.json', '{"name": "a package"}', 'not a Touchline results file'],
    ['none.json', resultsToJson([]), 'holds no results'],
    ['notes.txt', 'Meeting notes\nTalk to Ann on Monday', 'not a Touchline results file'],
    ['picture.png', '\u0089PNG\r\n\u001a\n\u0000\u0000', 'not a Touchline results file'],
    ['wrong.csv', 'name,age\nAnn,40', 'no "assessment" column'],
    ['header-only.csv', resultsToCsv([], paceDefinition), 'header but no results'],
  ])('rejects %s as a whole file', (name, text, reason) => {
    const reading = readResultsFile(name, text, definitions);
    expect(reading.results).toEqual([]);
    expect(reading.rejected).toEqual([{ where: '', reason: expect.stringContaining(reason) }]);
  });

  it('rejects results of assessments the site lacks and of other versions', () => {
    const reading = readResultsFile(
      'old.json',
      resultsToJson([sampleResult({ id: 'result-gone-1', assessment: 'gone' }), sampleResult({ id: 'result-old-1', version: 'abcdef12' }), sampleResult({ id: 'result-unknown', version: 'unknown' })]),
      definitions,
    );
    expect(reading.results).toEqual([]);
    expect(reading.rejected.map((rejection) => rejection.where)).toEqual(['entry 1', 'entry 2', 'entry 3']);
    expect(reading.rejected[0]?.reason).toContain('does not have');
    expect(reading.rejected[1]?.reason).toContain('another version of "PACE check"');
    expect(reading.rejected[2]?.reason).toContain('an unrecorded version');
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('a.json', 'a.csv', 'a.txt'), (text, name) => {
        const reading = readResultsFile(name, text, definitions);
        expect(reading.results.length + reading.rejected.length).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('shareCodeOfLine', () => {
  it.each([
    ['https://acme.example/r/#1abc', { ok: true, code: '1abc' }],
    ['  /r/#1abc  ', { ok: true, code: '1abc' }],
    ['#1abc', { ok: true, code: '1abc' }],
    ['1abc', { ok: true, code: '1abc' }],
    ['https://acme.example/r/', { ok: false, reason: expect.stringContaining('nothing after "#"') }],
  ])('%s', (line, expected) => expect(shareCodeOfLine(line)).toEqual(expected));
});

describe('readShareLinks', () => {
  it('reads links and bare codes, passes over blank lines and rejects the rest by line', () => {
    const link = (code: string) => `https://acme.example/r/#${code}`;
    const text = [link(encodeShareCode(leader, paceDefinition)), '', encodeShareCode(frontLine, paceDefinition), 'not a code at all', link('1xyz'), 'https://acme.example/r/'].join('\n');
    const reading = readShareLinks(text, definitions);
    expect(reading.results.map((read) => [read.where, read.result.role, read.result.team])).toEqual([
      ['line 1', 'leader', 'acme-q3'],
      ['line 3', 'front-line', undefined],
    ]);
    expect(reading.rejected.map((rejection) => rejection.where)).toEqual(['line 4', 'line 5', 'line 6']);
    expect(reading.rejected[0]?.reason).toContain('not a Touchline share code');
  });
});

describe('teamProblem', () => {
  it('accepts a current result of a known assessment', () => expect(teamProblem(leader, definitions)).toBeUndefined());
  it('does not find assessments on Object.prototype', () => expect(teamProblem(sampleResult({ assessment: 'constructor' }), definitions)).toContain('does not have'));
});

describe('addReadings', () => {
  const reading = (source: string, results: typeof leader[], rejected: InputReading['rejected'] = []): InputReading => ({
    source,
    results: results.map((result, index) => ({ where: `entry ${index + 1}`, result })),
    rejected,
    notes: [],
  });

  it('counts each result once and says why the rest were skipped or rejected', () => {
    const collection = new ResultSet([manager]);
    const shared = { ...leader, id: 'shared-0123456789' };
    const report = addReadings(collection, [
      reading('a.json', [leader, frontLine, manager]),
      reading('b.json', [shared], [{ where: '', reason: 'The file is empty.' }]),
      { ...reading('Pasted links', []), rejected: [{ where: 'line 2', reason: 'bad code' }], notes: ['a note'] },
    ]);
    expect(report).toEqual({
      added: 2,
      corrected: 0,
      corrections: [],
      skipped: 2,
      rejected: 2,
      sources: [
        { source: 'a.json', added: 2, corrected: 0, skipped: 1, rejected: 0, details: ['Entry 3: skipped, already collected (same id)'] },
        { source: 'b.json', added: 0, corrected: 0, skipped: 1, rejected: 1, details: ['The file is empty.', 'Entry 1: skipped, it appears more than once in what you added'] },
        { source: 'Pasted links', added: 0, corrected: 0, skipped: 0, rejected: 1, details: ['Line 2: bad code', 'a note'] },
      ],
    });
    expect(collection.results.map((result) => result.id)).toEqual(['result-manager-1', 'result-leader-1', 'result-front-1']);
  });

  it('counts a later result of the same person as a correction, replacing the earlier one, by link or by file', () => {
    const key = 'AbCdEfGhIjKlMnOpQrStUv';
    const first = sampleResult({ id: 'shared-aaaa', takenAt: '2026-03-01T10:00:00Z', respondentKey: key, team: 'acme' });
    const byLink = sampleResult({ id: 'shared-bbbb', takenAt: '2026-03-01T11:00:00Z', respondentKey: key, team: 'acme', answers: { pr1: 1 } });
    const byFile = sampleResult({ id: 'shared-bbbb', takenAt: '2026-03-01T12:00:00Z', respondentKey: key, team: 'acme', answers: { pr1: 2 } });
    const collection = new ResultSet([first]);
    const report = addReadings(collection, [reading('links', [byLink]), reading('again.json', [byFile, first])]);
    expect(report).toMatchObject({ added: 0, corrected: 2, skipped: 1 });
    expect(report.corrections).toEqual([{ earlier: first, later: byLink }, { earlier: byLink, later: byFile }]);
    expect(report.sources[1]?.details).toContain('Entry 2: skipped, the same person\u2019s later answers are already collected');
    expect(collection.results).toEqual([byFile]);
    expect(summariseImport(report, 'en')).toBe('Added 0 results; corrected 2 results (a later answer from the same person replaced the earlier one); skipped 1 already collected or repeated.');
  });

  it('reports a duplicate of an earlier collection by content', () => {
    const collection = new ResultSet([leader]);
    const report = addReadings(collection, [reading('again.json', [{ ...leader, id: 'result-renamed' }])]);
    expect(report.sources[0]?.details).toEqual(['Entry 1: skipped, already collected (same assessment, time, role and answers)']);
  });
});
