import { describe, expect, it } from 'vitest';
import { csvToResults, resultsToCsv } from './csv.ts';
import { memoryEngine, paceDefinition, sampleResult, testDefinitions } from './fixtures.ts';
import { csvImportReport, jsonImportReport } from './import-report.ts';
import { jsonToResults, resultsToJson } from './json.ts';
import { createResultStore } from './store.ts';

const first = sampleResult({ id: 'result-0001' });
const second = sampleResult({ id: 'result-0002', takenAt: '2026-04-01T10:30:00.000Z' });
const third = sampleResult({ id: 'result-0003', takenAt: '2026-05-01T10:30:00.000Z' });

function importInto(saved: typeof first[]) {
  const store = createResultStore(memoryEngine().engine);
  store.importMany(saved);
  return store;
}

describe('csvImportReport', () => {
  it('says row by row what was added, skipped and rejected, in file order', () => {
    const lines = resultsToCsv([first, second, third], paceDefinition).split('\r\n');
    // Row 3 (second) gets a bad role; row 5 repeats row 4 (third).
    const text = [lines[0], lines[1], lines[2]!.replace(',manager,', ',boss,'), lines[3], lines[3]].join('\r\n');
    const reading = csvToResults(text, testDefinitions);
    const store = importInto([first]);
    const outcome = store.importMany(reading.results);
    if (!outcome.ok) throw new Error(outcome.message);
    const report = csvImportReport(reading, outcome);
    expect(report).toMatchObject({ added: 1, skipped: 2, rejected: 1, problems: [] });
    expect(report.lines.map(({ where, status, reason }) => ({ where, status, reason }))).toEqual([
      { where: 'Row 2', status: 'skipped', reason: 'already saved (same id)' },
      { where: 'Row 3', status: 'rejected', reason: expect.stringContaining('role "boss"') },
      { where: 'Row 4', status: 'added', reason: undefined },
      { where: 'Row 5', status: 'skipped', reason: 'appears more than once in what was imported' },
    ]);
    expect(report.lines[2]?.result).toEqual(third);
  });

  it('marks what the store refused as invalid as rejected', () => {
    const reading = csvToResults(resultsToCsv([first], paceDefinition), testDefinitions);
    const report = csvImportReport(reading, { skipped: [{ result: first, index: 0, kind: 'invalid', reason: 'not a valid saved result: x' }] });
    expect(report.lines).toMatchObject([{ where: 'Row 2', status: 'rejected', reason: 'not a valid saved result: x' }]);
  });
});

describe('jsonImportReport', () => {
  it('says entry by entry what happened', () => {
    const file = JSON.parse(resultsToJson([first, second])) as { results: unknown[] };
    file.results.splice(1, 0, { nonsense: true });
    const reading = jsonToResults(JSON.stringify(file));
    const store = importInto([second]);
    const outcome = store.importMany(reading.ok ? reading.results : []);
    if (!outcome.ok) throw new Error(outcome.message);
    const report = jsonImportReport(reading, outcome);
    expect(report).toMatchObject({ added: 1, skipped: 1, rejected: 1 });
    expect(report.lines.map(({ where, status }) => `${where} ${status}`)).toEqual(['Entry 1 added', 'Entry 2 rejected', 'Entry 3 skipped']);
  });

  it('reports a file that could not be used as a problem', () => {
    const report = jsonImportReport(jsonToResults('not json'), { skipped: [] });
    expect(report).toMatchObject({ lines: [], added: 0, skipped: 0, rejected: 0, problems: [expect.stringContaining('not valid JSON')] });
  });
});
