import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resultsToCsv } from '../results/csv.ts';
import { contentDefinitions, paceDefinition, sampleResult, testEarlierVersions } from '../results/fixtures.ts';
import { resultsToJson } from '../results/json.ts';
import { encodeShareCode, longestItemNotes } from '../results/share-code.ts';
import { english, inEnglish } from '../results/dictionaries-for-tests.ts';
import { runSteps } from '../results/steps.ts';
import type { SavedResult } from '../schema/saved-result.ts';
import { fileTooLarge, MAX_FILE_BYTES, readResultsFile, readResultsFileInSteps, readShareLinks, shareCodeOfLine } from './readings.ts';

const definitions = contentDefinitions;
const leader = sampleResult({ id: 'result-leader-1', role: 'leader', team: 'acme-q3', answers: { pr1: 5, pr2: 4 } });
const frontLine = sampleResult({ id: 'result-front-1', role: 'front-line', takenAt: '2026-03-02T09:00:00.000Z', answers: { pr1: 2, pr2: null } });
const manager = sampleResult({ id: 'result-manager-1', role: 'manager', takenAt: '2026-03-03T09:00:00.000Z', answers: { pr1: 3 } });
const link = (code: string) => `https://acme.example/r/#${code}`;

describe('readResultsFile', () => {
  it('reads a JSON export', () => {
    const reading = readResultsFile('team.json', resultsToJson([leader, frontLine]), definitions);
    expect(reading.results.map((read) => [read.where, read.result.id])).toEqual([
      ['entry 1', 'result-leader-1'],
      ['entry 2', 'result-front-1'],
    ]);
    expect(inEnglish(reading.rejected)).toEqual([]);
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

  it('reads a text file of share links, line by line', () => {
    const text = [link(encodeShareCode(leader, paceDefinition)), '', encodeShareCode(frontLine, paceDefinition)].join('\n');
    const reading = readResultsFile('links.txt', text, definitions);
    expect(reading.source).toBe('links.txt');
    expect(reading.results.map((read) => [read.where, read.result.role])).toEqual([
      ['line 1', 'leader'],
      ['line 3', 'front-line'],
    ]);
  });

  it('rejects bad entries and rows one by one, naming where they were, and keeps the good ones', () => {
    const json = JSON.stringify({ touchline: 'results', format: 1, exportedAt: '2026-03-01T00:00:00Z', results: [leader, { ...frontLine, takenAt: 'yesterday' }] });
    const fromJson = readResultsFile('mixed.json', json, definitions);
    expect(fromJson.results).toHaveLength(1);
    expect(inEnglish(fromJson.rejected)).toEqual([{ where: 'entry 2', order: 1, reason: expect.stringContaining('takenAt') }]);

    const csv = resultsToCsv([leader, frontLine], paceDefinition).replace(/\r\npace,result-front-1,[^,]*,[^,]*,front-line/, '\r\npace,result-front-1,x,x,boss');
    const fromCsv = readResultsFile('mixed.csv', csv, definitions);
    expect(fromCsv.results).toHaveLength(1);
    expect(inEnglish(fromCsv.rejected)).toEqual([{ where: 'row 3', order: 3, reason: expect.stringContaining('role "boss"') }]);
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
    expect(inEnglish(reading.rejected)).toEqual([{ where: '', order: -1, reason: expect.stringContaining(reason) }]);
  });

  it('reports progress in rows while it reads a large CSV', () => {
    const results = Array.from({ length: 1200 }, (_, i) => sampleResult({ id: `result-${String(i).padStart(5, '0')}`, takenAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() }));
    const steps = readResultsFileInSteps('big.csv', resultsToCsv(results, paceDefinition), definitions);
    const progress = [];
    for (let next = steps.next(); !next.done; next = steps.next()) progress.push(next.value);
    expect(progress).toEqual([
      { done: 500, total: 1200 },
      { done: 1000, total: 1200 },
    ]);
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

describe('hostile files', () => {
  it('rejects a CSV row with a formula in an answer cell, keeps a formula-like label as plain text, and keeps the other rows', () => {
    const csv = resultsToCsv([leader, frontLine, manager], paceDefinition)
      .replace(/(\r\npace,result-front-1,[^,]*,[^,]*,front-line,[^,]*,[^,]*,[^,]*,[^,]*,)[^,]*/, '$1=SUM(A1:A9)')
      .replace(/(\r\npace,result-manager-1,[^,]*,[^,]*,manager,[^,]*,[^,]*,)[^,]*/, '$1=cmd|\' /C calc\'!A0');
    const reading = readResultsFile('formulas.csv', csv, definitions);
    expect(inEnglish(reading.rejected)).toEqual([{ where: 'row 3', order: 3, reason: expect.stringContaining('is not an answer') }]);
    expect(reading.results.map((read) => read.result.id)).toEqual(['result-leader-1', 'result-manager-1']);
    // Kept as the text it is; the export puts an apostrophe in front of it again.
    expect(reading.results[1]?.result.label).toBe("=cmd|' /C calc'!A0");
    expect(resultsToCsv([reading.results[1]!.result], paceDefinition)).toContain(",'=cmd|");
  });

  it('rejects a JSON entry with a __proto__ key without touching Object.prototype, and keeps the others', () => {
    const text = `{"touchline":"results","format":1,"exportedAt":"2026-03-01T00:00:00Z","results":[${JSON.stringify(leader)},{"__proto__":{"polluted":true},"format":1,"id":"result-proto-1","assessment":"pace","version":"x","takenAt":"2026-03-01T10:30:00Z","role":null,"answers":{"__proto__":5}}]}`;
    const reading = readResultsFile('proto.json', text, definitions);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(reading.results.map((read) => read.result.id)).toEqual(['result-leader-1']);
    expect(inEnglish(reading.rejected)).toEqual([{ where: 'entry 2', order: 1, reason: expect.any(String) }]);
  });

  it('rejects a 10 MB single line with a short reason, and keeps the rows around it', () => {
    const csv = resultsToCsv([leader, manager], paceDefinition);
    const [header, ...rows] = csv.split('\r\n');
    const huge = `pace,result-huge-1,,2026-03-01T10:30:00Z,,,,,,${'9'.repeat(10 * 1024 * 1024)}`;
    const reading = readResultsFile('huge.csv', [header, rows[0], huge, rows[1]].join('\r\n'), definitions);
    expect(reading.results.map((read) => read.result.id)).toEqual(['result-leader-1', 'result-manager-1']);
    expect(inEnglish(reading.rejected)).toEqual([{ where: 'row 3', order: 3, reason: expect.stringContaining('is not an answer') }]);
    expect(english(reading.rejected[0]!.reason).length).toBeLessThan(1000);
  });

  it('rejects a 10 MB single line of pasted text without decoding it', () => {
    const reading = readShareLinks([link(encodeShareCode(leader, paceDefinition)), 'x'.repeat(10 * 1024 * 1024)].join('\n'), definitions);
    expect(reading.results).toHaveLength(1);
    expect(inEnglish(reading.rejected)).toEqual([{ where: 'line 2', order: 1, reason: expect.stringContaining('far longer than a share link') }]);
    expect(english(reading.rejected[0]!.reason).length).toBeLessThan(200);
  });

  it('rejects a share link with a damaged code, naming its line, and keeps the rest', () => {
    const good = encodeShareCode(leader, paceDefinition);
    const damaged = `${good.slice(0, 10)}${good[10] === 'a' ? 'b' : 'a'}${good.slice(11)}`;
    const reading = readShareLinks([link(good), link(damaged), link(encodeShareCode(manager, paceDefinition))].join('\n'), definitions);
    expect(reading.results.map((read) => read.where)).toEqual(['line 1', 'line 3']);
    expect(inEnglish(reading.rejected)).toEqual([{ where: 'line 2', order: 1, reason: expect.stringMatching(/Ask for this share link again\.$/) }]);
  });
});

describe('fileTooLarge', () => {
  it('names the file, its size and the limit', () => {
    expect(fileTooLarge('results.csv', MAX_FILE_BYTES)).toBeUndefined();
    expect(english(fileTooLarge('results.csv', 412 * 1024 * 1024)!)).toBe(
      'results.csv is 412 MB; the limit is 40 MB, so it was not read. Split it into smaller files (a results export of a few thousand results is under 1 MB) and add them one by one.',
    );
    expect(english(fileTooLarge('a.json', 2 * 1024 * 1024 + 1, 2 * 1024 * 1024)!)).toContain('a.json is 2 MB; the limit is 2 MB');
    expect(english(fileTooLarge('a.json', 2.5 * 1024 * 1024, 2 * 1024 * 1024)!, 'de')).toContain('a.json ist 2,5 MB groß; die Grenze liegt bei 2 MB');
  });
});

describe('shareCodeOfLine', () => {
  it.each([
    ['https://acme.example/r/#1abc', { ok: true, code: '1abc' }],
    ['  /r/#1abc  ', { ok: true, code: '1abc' }],
    ['#1abc', { ok: true, code: '1abc' }],
    ['1abc', { ok: true, code: '1abc' }],
    ['https://acme.example/r/', { ok: false, reason: expect.stringContaining('nothing after "#"') }],
  ])('%s', (line, expected) => expect(inEnglish(shareCodeOfLine(line))).toEqual(expected));
});

describe('readShareLinks', () => {
  it('reads a link carrying the longest notes on every question, and still refuses a longer line unread', () => {
    const items = paceDefinition.dimensions.flatMap((dimension) => dimension.items);
    // Three UTF-8 bytes a character: the most bytes a note within 1,000 characters can take.
    const noted = { ...leader, notes: Object.fromEntries(items.map((item) => [item.id, '€'.repeat(1000)])) };
    const line = link(encodeShareCode(noted, paceDefinition, { includeNotes: true }));
    expect(line.length).toBeGreaterThan(2000);
    const reading = readShareLinks(line, definitions);
    expect(reading.rejected).toEqual([]);
    expect(reading.results[0]!.result.notes).toEqual(noted.notes);
    const mostItems = Math.max(...Object.values(definitions).map((definition) => definition.dimensions.flatMap((dimension) => dimension.items).length));
    const tooLong = readShareLinks('A'.repeat(2001 + longestItemNotes(mostItems)), definitions);
    expect(english(tooLong.rejected[0]!.reason)).toContain('far longer than a share link');
  });

  it('reads links and bare codes, passes over blank lines and rejects the rest by line', () => {
    const text = [link(encodeShareCode(leader, paceDefinition)), '', encodeShareCode(frontLine, paceDefinition), 'not a code at all', link('1xyz'), 'https://acme.example/r/'].join('\n');
    const reading = runSteps((function* () { return readShareLinks(text, definitions); })());
    expect(reading.results.map((read) => [read.where, read.result.role, read.result.team])).toEqual([
      ['line 1', 'leader', 'acme-q3'],
      ['line 3', 'front-line', undefined],
    ]);
    expect(reading.rejected.map((rejection) => rejection.where)).toEqual(['line 4', 'line 5', 'line 6']);
    expect(english(reading.rejected[0]!.reason)).toContain('not a Touchline share code');
  });
});

describe('results taken with an earlier version', () => {
  const made = JSON.parse(readFileSync(new URL('../../../tests/fixtures/earlier-versions/pace.json', import.meta.url), 'utf8')) as { savedResult: SavedResult; shareCode: string; csv: string };

  it('reads a CSV row with its own version\u2019s columns, keeping every answer', () => {
    const reading = readResultsFile('old.csv', made.csv, definitions, testEarlierVersions);
    expect(inEnglish(reading.rejected)).toEqual([]);
    expect(reading.notes).toEqual([]);
    expect(reading.results.map((read) => read.result)).toEqual([made.savedResult]);
  });

  it('reads an old share link, pasted or in a file of links', () => {
    const link = `https://example.com/r/#${made.shareCode}`;
    // A share link does not carry the result's id: its reader derives one from the code.
    const { id: _id, ...sent } = made.savedResult;
    for (const reading of [readShareLinks(link, definitions, testEarlierVersions), readResultsFile('links.txt', link, definitions, testEarlierVersions)]) {
      expect(inEnglish(reading.rejected)).toEqual([]);
      expect(reading.results).toHaveLength(1);
      expect(reading.results[0]?.result).toMatchObject(sent);
      expect(reading.results[0]?.result.answers).toEqual(made.savedResult.answers);
    }
  });
});
