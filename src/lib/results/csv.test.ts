import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SavedResult } from '../schema/saved-result.ts';
import { defineAssessment, dimension, dimensionsFixture } from '../scoring/fixtures.ts';
import { csvToResults as csvToPhrasedResults, escapeFormula, resultsToCsv, unescapeFormula } from './csv.ts';
import { inEnglish } from './dictionaries-for-tests.ts';
import { anySavedResult, paceDefinition, sampleResult, savedResultArbitrary, testDefinitionEntries, testDefinitions } from './fixtures.ts';
import { assessmentVersion } from './version.ts';

/** What csvToResults reports, its problems and reasons worded in English as a person reads them. */
function csvToResults(...args: Parameters<typeof csvToPhrasedResults>) {
  return inEnglish(csvToPhrasedResults(...args)) as { results: SavedResult[]; rows: { row: number; status: string; reason?: string }[]; problems: string[] };
}

const version = assessmentVersion(dimensionsFixture);
const definitions = { 'fixture-dimensions': dimensionsFixture, pace: paceDefinition };
const header = 'assessment,id,version,takenAt,role,team,segment,label,respondentKey,a1,a2,b1,b2,b3,g1,score:alpha,score:beta,score:gamma,score:overall';

function demoResult(overrides: Partial<SavedResult> = {}): SavedResult {
  return sampleResult({ assessment: 'fixture-dimensions', version, answers: { a1: 5, a2: 3, b1: null, b3: 1 }, ...overrides });
}

/** A CSV file with the header above and the given rows. */
const csvFile = (...rows: string[]) => [header, ...rows].join('\r\n');
const row = (cells: Partial<Record<'id' | 'takenAt' | 'role' | 'assessment' | 'a1', string>> = {}) =>
  [cells.assessment ?? 'fixture-dimensions', cells.id ?? 'result-0001', version, cells.takenAt ?? '2026-03-01T10:30:00.000Z', cells.role ?? 'manager', '', '', '', '', cells.a1 ?? '5', '3', 'na', '', '1', '', '', '', '', ''].join(',');

describe('the respondent key column', () => {
  it('round-trips a team-link result\'s respondent key, including one that starts like a formula', () => {
    const keyed = [demoResult({ respondentKey: 'AbCdEfGhIjKlMnOpQrStUv' }), demoResult({ id: 'result-0002', respondentKey: '-bCdEfGhIjKlMnOpQrStUv' }), demoResult({ id: 'result-0003' })];
    const csv = resultsToCsv(keyed, dimensionsFixture);
    expect(csv.split('\r\n')[2]).toContain(",'-bCdEfGhIjKlMnOpQrStUv,");
    const read = csvToResults(csv, definitions);
    expect(read.rows.every((entry) => entry.status === 'added')).toBe(true);
    expect(read.results.map((result) => result.respondentKey)).toEqual(['AbCdEfGhIjKlMnOpQrStUv', '-bCdEfGhIjKlMnOpQrStUv', undefined]);
  });

  it('rejects a row whose respondent key is not one, naming the field', () => {
    const read = csvToResults(csvFile(row().replace(/^((?:[^,]*,){8})/, '$1not a key!')), definitions);
    expect(read.rows).toEqual([{ row: 2, status: 'rejected', reason: expect.stringContaining('respondentKey') }]);
  });
});

describe('resultsToCsv', () => {
  // beta has one answer of three, below its minimum of two: no score, and not in the overall.
  it('writes the base columns, one column per item and the recomputed scores', () => {
    const csv = resultsToCsv([demoResult({ team: '=HYPERLINK("x")', label: 'Q1, "draft"' })], dimensionsFixture);
    expect(csv.split('\r\n')).toEqual([
      header,
      `fixture-dimensions,result-0001,${version},2026-03-01T10:30:00.000Z,manager,"'=HYPERLINK(""x"")",,"Q1, ""draft""",,5,3,na,,1,,75,,,75`,
    ]);
  });

  it('rounds scores to one decimal and leaves out answers the definition cannot read', () => {
    const csv = resultsToCsv([demoResult({ answers: { a1: 2, b1: 4, b2: 5, b3: 5, g1: 9, zz: 3 } })], dimensionsFixture);
    expect(csv.split('\r\n')[1]?.split(',').slice(9)).toEqual(['2', '', '4', '5', '5', '', '25', '91.7', '', '58.3']);
  });

  it('writes only the header when there are no results', () => {
    expect(resultsToCsv([], dimensionsFixture)).toBe(header);
  });

  it('throws when the results mix assessments', () => {
    expect(() => resultsToCsv([demoResult(), sampleResult()], dimensionsFixture)).toThrow(RangeError);
  });
});

describe('escapeFormula', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@me', "'@me"],
    ['\tTab', "'\tTab"],
    ["'=x", "''=x"],
    ["'s-Hertogenbosch", "'s-Hertogenbosch"],
    ['Plain', 'Plain'],
    ['', ''],
  ])('%j → %j and back', (text, cell) => {
    expect(escapeFormula(text)).toBe(cell);
    expect(unescapeFormula(cell)).toBe(text);
  });
});

describe('csvToResults', () => {
  it('reads back what resultsToCsv wrote', () => {
    const results = [demoResult({ team: '-ops-', label: 'Line\nbreak, "quoted"' }), demoResult({ id: 'result-0002', role: null, answers: {} })];
    expect(csvToResults(resultsToCsv(results, dimensionsFixture), definitions)).toEqual({
      results,
      rows: [
        { row: 2, status: 'added' },
        { row: 3, status: 'added' },
      ],
      problems: [],
    });
  });

  it.each<[string, string, RegExp]>([
    ['an answer off the scale', row({ a1: '7' }), /^a1: "7" is not an answer \(use 1 to 5, "na" for not applicable, "cannot-see" for can't see from my role, or leave it empty\)$/],
    ['an answer that is not a whole number', row({ a1: '2.5' }), /^a1: "2\.5" is not an answer/],
    ['a word for an answer', row({ a1: 'agree' }), /^a1: "agree"/],
    ['a date a spreadsheet reformatted', row({ takenAt: '01/03/2026 10:30' }), /^takenAt "01\/03\/2026 10:30" is not a date and time like 2026-03-01T10:30:00Z$/],
    ['a date without a time zone', row({ takenAt: '2026-03-01T10:30:00' }), /^takenAt/],
    ['no id', row({ id: '' }), /^no id: every row needs the id it was exported with$/],
    ['an id too short for a result', row({ id: 'r1' }), /^not a valid saved result: id: is too short/],
    ['an unknown role', row({ role: 'intern' }), /^role "intern" is not one of: leader, manager, front-line \(or empty\)$/],
    ['an unknown assessment', row({ assessment: 'nps' }), /^unknown assessment "nps"; this site has: fixture-dimensions, pace$/],
    ['no assessment', row({ assessment: '' }), /^no assessment: fill in the "assessment" column/],
    ['several problems at once', row({ id: '', a1: '0' }), /^no id.*; a1: "0"/],
  ])('rejects a row with %s, saying why', (_, line, reason) => {
    const outcome = csvToResults(csvFile(row({ id: 'result-good' }), line), definitions);
    expect(outcome.results.map((result) => result.id)).toEqual(['result-good']);
    expect(outcome.rows[1]).toEqual({ row: 3, status: 'rejected', reason: expect.stringMatching(reason) });
  });

  it('accepts forms people type: na, N/A, padded cells, a capitalised role', () => {
    const line = ['fixture-dimensions', ' result-0001 ', '', '2026-03-01T12:30:00+02:00', 'Leader', 'Ops', '', '', '', ' 4 ', 'N/A', 'n/a', '', '', '', '', '', '', ''].join(',');
    expect(csvToResults(csvFile(line), definitions).results).toEqual([
      { format: 1, id: 'result-0001', assessment: 'fixture-dimensions', version, takenAt: '2026-03-01T12:30:00+02:00', role: 'leader', team: 'Ops', answers: { a1: 4, a2: null, b1: null } },
    ]);
  });

  it('reads a spreadsheet export: byte order mark, semicolons, blank lines, a cell over two lines', () => {
    const text = `\uFEFF${header.replaceAll(',', ';')}\r\n\r\n${row({ id: 'result-0001' }).replaceAll(',', ';').replace(';manager;;;', ';manager;"Two\r\nlines";;')}\r\n;;;\r\n${row({ id: 'result-0002', a1: '9' }).replaceAll(',', ';')}\r\n`;
    const outcome = csvToResults(text, definitions);
    expect(outcome.results.map((result) => [result.id, result.team])).toEqual([['result-0001', 'Two\r\nlines']]);
    expect(outcome.rows).toEqual([
      { row: 3, status: 'added' },
      { row: 5, status: 'rejected', reason: expect.stringMatching(/^a1: "9"/) },
    ]);
  });

  it('works out the assessment from the question columns when there is no assessment column', () => {
    const text = ['id,takenAt,role,pr1,pr2,at1', 'result-0001,2026-03-01T10:30:00Z,,4,na,'].join('\n');
    const outcome = csvToResults(text, testDefinitions);
    expect(outcome.problems).toEqual([]);
    expect(outcome.results).toEqual([
      { format: 1, id: 'result-0001', assessment: 'pace', version: assessmentVersion(paceDefinition), takenAt: '2026-03-01T10:30:00Z', role: null, answers: { pr1: 4, pr2: null } },
    ]);
  });

  it('says so when neither an assessment column nor the question columns tell the assessment', () => {
    const outcome = csvToResults(['id,takenAt,role,x9', 'result-0001,2026-03-01T10:30:00Z,,4'].join('\n'), testDefinitions);
    expect(outcome.problems).toEqual([expect.stringContaining('no "assessment" column')]);
    expect(outcome.rows).toEqual([{ row: 2, status: 'rejected', reason: expect.stringContaining('no assessment') }]);
  });

  it('names columns it ignored, once per assessment', () => {
    const text = ['assessment,id,takenAt,role,a1,notes,score:alpha', 'fixture-dimensions,result-0001,2026-03-01T10:30:00Z,,4,hello,100', 'fixture-dimensions,result-0002,2026-03-01T10:30:00Z,,4,,'].join('\n');
    const outcome = csvToResults(text, definitions);
    expect(outcome.results).toHaveLength(2);
    expect(outcome.problems).toEqual(['Column "notes" is not a question of "fixture-dimensions" and was ignored.']);
  });

  it.each([
    ['an empty file', ''],
    ['only blank lines', '\n\n'],
    ['only a byte order mark', '\uFEFF'],
  ])('reports %s as a problem with the file', (_, text) => {
    expect(csvToResults(text, definitions)).toEqual({ results: [], rows: [], problems: [expect.stringMatching(/^The file is empty/)] });
  });

  it('reports a file without an id column', () => {
    const outcome = csvToResults(['assessment,takenAt', 'pace,2026-03-01T10:30:00Z'].join('\n'), definitions);
    expect(outcome.problems).toEqual([expect.stringContaining('no "id" column')]);
    expect(outcome.rows).toEqual([{ row: 2, status: 'rejected', reason: expect.stringMatching(/^no id/) }]);
  });

  it('rejects a row whose quotes are broken instead of guessing', () => {
    const outcome = csvToResults(csvFile(row({ id: 'result-0001' }), row({ id: 'result-0002' }).replace(',manager,', ',"manager,')), definitions);
    expect(outcome.rows[0]).toEqual({ row: 2, status: 'added' });
    expect(outcome.rows[1]).toMatchObject({ row: 3, status: 'rejected' });
    expect(outcome.results).toHaveLength(1);
  });

  it('keeps an item whose id is also a column name apart from that column', () => {
    const odd = defineAssessment({ scale: 'agree-5', model: 'dimensions', dimensions: [dimension('alpha', [{ id: 'label', text: 'Statement label' }, { id: 'role', text: 'Statement role' }])] });
    const result = sampleResult({ assessment: 'odd', version: assessmentVersion(odd), label: 'My label', answers: { label: 2, role: null } });
    expect(csvToResults(resultsToCsv([result], odd), { odd }).results).toEqual([result]);
  });
});

describe('CSV properties', () => {
  /** What CSV keeps: an empty note is no note, and versions are read trimmed. */
  const csvShape = { nonEmptyNotes: true };
  const normalised = (result: SavedResult): SavedResult => ({ ...result, version: result.version.trim() || assessmentVersion(testDefinitions[result.assessment]!) });

  it('round-trips random valid results of every definition', () => {
    const perDefinition = fc.constantFrom(...testDefinitionEntries).chain(([id, definition]) =>
      fc.tuple(fc.constant(definition), fc.uniqueArray(savedResultArbitrary(id, definition, csvShape), { maxLength: 5, selector: (result) => result.id })),
    );
    fc.assert(
      fc.property(perDefinition, ([definition, results]) => {
        const outcome = csvToResults(resultsToCsv(results, definition), testDefinitions);
        expect(outcome.problems).toEqual([]);
        expect(outcome.rows.every((status) => status.status === 'added')).toBe(true);
        expect(outcome.results).toEqual(results.map(normalised));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on random text, and accounts for every result it returns', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: fc.constantFrom(',', '"', '\n', '\r', ';', 'a', '1', 'na', 'pace', 'pr1', ' '), maxLength: 200 })), (text) => {
        const outcome = csvToResults(text, testDefinitions);
        expect(outcome.results).toHaveLength(outcome.rows.filter((status) => status.status === 'added').length);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on mutated exports, and every row it adds is a valid result', () => {
    const mutated = fc.tuple(anySavedResult(csvShape), fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(',', '"', '\n', 'x', '9', "'", '')).map(([{ definition, result }, at, cut, insert]) => {
      const csv = resultsToCsv([result], definition);
      const i = at % (csv.length + 1);
      return csv.slice(0, i) + insert + csv.slice(i + cut);
    });
    fc.assert(
      fc.property(mutated, (text) => {
        const outcome = csvToResults(text, testDefinitions);
        expect(outcome.results).toHaveLength(outcome.rows.filter((status) => status.status === 'added').length);
        for (const status of outcome.rows) if (status.status === 'rejected') expect(status.reason).toMatch(/\w/);
      }),
      { numRuns: 2000 },
    );
  });
});
