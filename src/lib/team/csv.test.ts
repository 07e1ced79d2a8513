import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defineAssessment, dimension, dimensionsFixture } from '../scoring/fixtures.ts';
import { aggregateTeam, figureGroups } from './aggregate.ts';
import { aggregateToCsv as toCsv, teamCsvColumns } from './csv.ts';
import { inEnglish } from './in-english.ts';

const aggregateToCsv = (aggregate: Parameters<typeof toCsv>[0]) => toCsv(aggregate, inEnglish);
import { FIXTURE_ASSESSMENT, teamResult } from './fixtures.ts';

const options = { assessmentId: FIXTURE_ASSESSMENT };

// dimensionsFixture: agree-5, score = (answer − 1) × 25, agreeing from 4.
const results = [
  teamResult(dimensionsFixture, 'L1', 'leader', { a1: 5, a2: 4, b1: 5, b2: 4, b3: 4, g1: 5 }),
  teamResult(dimensionsFixture, 'L2', 'leader', { a1: 4, a2: 4, b1: 4, b2: 5, b3: null, g1: 4 }),
  teamResult(dimensionsFixture, 'L3', 'leader', { a1: 5, a2: 5, b1: 3, b2: 4, b3: 4, g1: 4 }),
  teamResult(dimensionsFixture, 'F1', 'front-line', { a1: 2, a2: 1, b1: 3, b2: 2, b3: 2, g1: 4 }),
  teamResult(dimensionsFixture, 'F2', 'front-line', { a1: 3, a2: 2, b1: 2, b2: 1, b3: 3, g1: 5 }),
  teamResult(dimensionsFixture, 'F3', 'front-line', { a1: 1, a2: 2, b1: 4, b2: 2, b3: 2, g1: 3 }),
  teamResult(dimensionsFixture, 'M1', 'manager', { a1: 3, a2: 3, b1: 3, b2: 3, b3: 3, g1: 3 }),
  teamResult(dimensionsFixture, 'M2', 'manager', { a1: 4, a2: 3, b1: 4, b2: 3, b3: 4, g1: 4 }),
  teamResult(dimensionsFixture, 'M3', 'manager', { a1: 4, a2: 4, b1: 4, b2: 4, b3: 4, g1: 4 }),
];

function parsed(csv: string): { fields: string[]; rows: Record<string, string>[] } {
  const outcome = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(outcome.errors).toEqual([]);
  return { fields: outcome.meta.fields ?? [], rows: outcome.data };
}

describe('aggregateToCsv', () => {
  const csv = aggregateToCsv(aggregateTeam(results, dimensionsFixture, options));
  const { fields, rows } = parsed(csv);
  const row = (item: string, group: string) => rows.find((candidate) => candidate.Item === item && candidate.Group === group);

  it('has one row per item and group, in definition order, under the documented columns', () => {
    expect(fields).toEqual([...teamCsvColumns]);
    expect(rows.map((candidate) => `${candidate.Item} ${candidate.Group}`)).toEqual(
      ['a1', 'a2', 'b1', 'b2', 'b3', 'g1'].flatMap((item) => figureGroups.map((group) => `${item} ${group}`)),
    );
    expect(csv).toContain('\r\n');
  });

  it.each([
    [
      'a shown role, rounded for reading',
      'a1',
      'leader',
      { n: '3', 'Mean answer': '4.67', 'Mean score (0-100)': '91.7', '% agreeing': '100', 'Group name': 'Leaders', 'Hidden because': '' },
    ],
    ['the whole team, everyone in view', 'a1', 'team', { n: '9', 'Mean answer': '3.44', 'Mean score (0-100)': '61.1', '% agreeing': '55.6', 'Group name': 'Whole team' }],
    ['a role hidden on one item (2 leaders answered b3)', 'b3', 'leader', { n: '<3', 'Mean answer': '', 'Mean score (0-100)': '', '% agreeing': '', 'Hidden because': 'fewer than 3 answered' }],
  ])('writes %s', (_, item, group, expected) => {
    expect(row(item, group)).toMatchObject(expected);
  });

  it('repeats the item’s gap on each of its rows, blank when the gap is hidden', () => {
    for (const group of figureGroups) {
      expect(row('a1', group)).toMatchObject({ 'Gap: leaders minus front line (points)': '66.7', 'Gap: leaders minus front line (% agreeing points)': '100' });
      expect(row('g1', group)).toMatchObject({ 'Gap: leaders minus front line (points)': '8.3', 'Gap: leaders minus front line (% agreeing points)': '33.3' });
      expect(row('b3', group)).toMatchObject({ 'Gap: leaders minus front line (points)': '', 'Gap: leaders minus front line (% agreeing points)': '' });
    }
  });

  it('says when a role is counted with another, and names the merged column', () => {
    // Two managers alone would be a small group: they are counted with the leaders.
    const { rows: mergedRows } = parsed(aggregateToCsv(aggregateTeam(results.slice(0, 8), dimensionsFixture, options)));
    expect(mergedRows.find((candidate) => candidate.Item === 'a1' && candidate.Group === 'manager')).toMatchObject({ n: '', 'Mean answer': '', 'Hidden because': 'counted in leaders' });
    expect(mergedRows.find((candidate) => candidate.Item === 'a1' && candidate.Group === 'leader')).toMatchObject({ n: '5', 'Group name': 'Leaders and managers' });
  });

  it('escapes statements a spreadsheet would run as a formula, and quotes commas and quotes', () => {
    const definition = defineAssessment({
      scale: 'agree-5',
      model: 'dimensions',
      dimensions: [dimension('only', [{ id: 'x1', text: '=HYPERLINK("http://example.com")' }, { id: 'x2', text: 'Fast, "friendly" service' }])],
    });
    const { rows: escaped } = parsed(aggregateToCsv(aggregateTeam([], definition, options)));
    expect(escaped[0]?.Statement).toBe(`'=HYPERLINK("http://example.com")`);
    expect(escaped.find((candidate) => candidate.Item === 'x2')?.Statement).toBe('Fast, "friendly" service');
  });

  it('rounds half away from zero, so a gap of −2.25 shows as large as one of 2.25', () => {
    const definition = defineAssessment({ scale: 'agree-5', model: 'dimensions', dimensions: [dimension('only', [{ id: 'x1', text: 'Statement x1' }])] });
    const answering = (role: 'leader' | 'front-line', values: number[]) => values.map((value, index) => teamResult(definition, `${role}-${index}`, role, { x1: value }));
    // Leaders all answer 1 (score 0); 9 of 100 front-line answers are 2 (score 25): a mean of 2.25.
    const team = [...answering('leader', [1, 1, 1]), ...answering('front-line', Array.from({ length: 100 }, (_, index) => (index < 9 ? 2 : 1)))];
    const { rows: gapRows } = parsed(aggregateToCsv(aggregateTeam(team, definition, options)));
    expect(gapRows.find((candidate) => candidate.Group === 'front-line')?.['Mean score (0-100)']).toBe('2.3');
    expect(gapRows[0]?.['Gap: leaders minus front line (points)']).toBe('-2.3');
  });

  it('adds who could not see an area from their role, per area and group, with plain machine-readable numbers', () => {
    const definition = defineAssessment({
      scale: 'agree-5',
      model: 'dimensions',
      dimensions: [dimension('seen', [{ id: 'x1', text: 'Statement x1', cannotSee: true }]), dimension('plain', [{ id: 'y1', text: 'Statement y1' }])],
    });
    const team = [
      ...[0, 1, 2].map((index) => teamResult(definition, `L${index}`, 'leader', { x1: 4, y1: 4 })),
      ...[0, 1, 2].map((index) => teamResult(definition, `F${index}`, 'front-line', { x1: index === 0 ? 'cannot-see' : 2, y1: 2 })),
    ];
    const { rows: visibility } = parsed(aggregateToCsv(aggregateTeam(team, definition, options)));
    const areaRows = visibility.filter((candidate) => candidate.Item === '');
    // Only the area that offers the answer; "plain" has no such row.
    expect(areaRows.map((candidate) => `${candidate.Dimension} ${candidate.Group}`)).toEqual(figureGroups.map((group) => `seen ${group}`));
    expect(areaRows.find((candidate) => candidate.Group === 'front-line')).toMatchObject({ Statement: 'Could not see Title of seen from their role', n: '3', 'Could not see (people)': '1', '% could not see': '33.3', 'Mean score (0-100)': '' });
    expect(areaRows.find((candidate) => candidate.Group === 'team')).toMatchObject({ n: '6', 'Could not see (people)': '1', '% could not see': '16.7' });
    expect(areaRows.find((candidate) => candidate.Group === 'manager')).toMatchObject({ n: '<3', 'Hidden because': 'fewer than 3 answered', 'Could not see (people)': '' });
  });
});
