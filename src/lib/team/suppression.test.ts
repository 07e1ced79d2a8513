import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { revealsSmallGroup, suppressSmallGroups, type CountCell, type Line, type LineEntry, type Visibility } from './suppression.ts';

const shown = (n: number): LineEntry => ({ n, hidden: false });
const hiddenEntry = (n: number): LineEntry => ({ n, hidden: true });

describe('revealsSmallGroup (minimum 3)', () => {
  it.each<[string, LineEntry, LineEntry[], boolean]>([
    ['nothing hidden', shown(9), [shown(3), shown(3), shown(3)], false],
    ['one hidden group beside a shown total: total minus the rest gives it', shown(8), [shown(3), hiddenEntry(2), shown(3)], true],
    ['two hidden groups holding 2 between them', shown(8), [shown(3), hiddenEntry(1), hiddenEntry(1), shown(3)], true],
    ['two hidden groups holding 4 between them', shown(10), [shown(3), hiddenEntry(2), hiddenEntry(2), shown(3)], false],
    ['a hidden group beside a hidden empty one (a reader may know it is empty)', shown(8), [shown(3), hiddenEntry(2), hiddenEntry(0), shown(3)], true],
    ['a hidden group of 3 or more alone (hidden to protect another sum)', shown(9), [hiddenEntry(3), shown(3), shown(3)], true],
    ['a hidden total beside a hidden group', hiddenEntry(8), [shown(3), hiddenEntry(2), shown(3)], false],
    ['a hidden total with every part shown: the parts add up to it', hiddenEntry(6), [shown(3), shown(3)], true],
    ['a hidden total over parts that are all hidden', hiddenEntry(2), [hiddenEntry(1), hiddenEntry(1)], false],
    ['an empty line, all hidden', hiddenEntry(0), [hiddenEntry(0), hiddenEntry(0)], false],
    ['hidden empty groups only', shown(6), [shown(3), shown(3), hiddenEntry(0)], false],
  ])('%s → %s', (_, total, parts, expected) => {
    expect(revealsSmallGroup(total, parts, 3)).toBe(expected);
  });
});

describe('suppressSmallGroups', () => {
  // Roles as the team view costs them: managers and "no role" go before the total, leaders and front line last.
  const roleLine = (counts: { leader: number; manager: number; frontLine: number; notGiven: number }): { cells: CountCell[]; lines: Line[] } => ({
    cells: [
      { key: 'total', n: counts.leader + counts.manager + counts.frontLine + counts.notGiven, cost: 4 },
      { key: 'leader', n: counts.leader, cost: 5 },
      { key: 'manager', n: counts.manager, cost: 3 },
      { key: 'front-line', n: counts.frontLine, cost: 5 },
      { key: 'not-given', n: counts.notGiven, cost: 3 },
    ],
    lines: [{ total: 'total', parts: ['leader', 'manager', 'front-line', 'not-given'] }],
  });

  it.each<[string, Parameters<typeof roleLine>[0], Record<string, Visibility>]>([
    ['every group large enough', { leader: 3, manager: 4, frontLine: 5, notGiven: 3 }, { total: 'shown', leader: 'shown', manager: 'shown', 'front-line': 'shown', 'not-given': 'shown' }],
    [
      '2 managers, nobody without a role: the total goes, not leaders or front line',
      { leader: 3, manager: 2, frontLine: 3, notGiven: 0 },
      { total: 'protects-small-group', leader: 'shown', manager: 'small-group', 'front-line': 'shown', 'not-given': 'small-group' },
    ],
    [
      'one person without a role: the managers go with them',
      { leader: 3, manager: 4, frontLine: 6, notGiven: 1 },
      { total: 'shown', leader: 'shown', manager: 'protects-small-group', 'front-line': 'shown', 'not-given': 'small-group' },
    ],
    [
      'two small groups holding 3 between them protect each other',
      { leader: 3, manager: 2, frontLine: 6, notGiven: 1 },
      { total: 'shown', leader: 'shown', manager: 'small-group', 'front-line': 'shown', 'not-given': 'small-group' },
    ],
    [
      'two small groups holding 2 between them: the total goes too',
      { leader: 3, manager: 1, frontLine: 6, notGiven: 1 },
      { total: 'protects-small-group', leader: 'shown', manager: 'small-group', 'front-line': 'shown', 'not-given': 'small-group' },
    ],
    [
      'a total below the minimum hides everything',
      { leader: 1, manager: 0, frontLine: 1, notGiven: 0 },
      { total: 'small-group', leader: 'small-group', manager: 'small-group', 'front-line': 'small-group', 'not-given': 'small-group' },
    ],
  ])('%s', (_, counts, expected) => {
    const { cells, lines } = roleLine(counts);
    expect(Object.fromEntries(suppressSmallGroups(cells, lines, 3))).toEqual(expected);
  });

  it('protects a roles × segments table with its margins, line by line', () => {
    // Segment south holds one manager and nobody else.
    //              north  south | role
    // leader          3      0  |   3
    // manager         3      1  |   4
    // front line      4      0  |   4
    // segment        10      1  |  11
    const cells: CountCell[] = [
      { key: 'total', n: 11, cost: 4 },
      { key: 'leader', n: 3, cost: 5 },
      { key: 'manager', n: 4, cost: 3 },
      { key: 'front-line', n: 4, cost: 5 },
      { key: 'north', n: 10, cost: 1 },
      { key: 'south', n: 1, cost: 1 },
      { key: 'leader/north', n: 3, cost: 2 },
      { key: 'leader/south', n: 0, cost: 2 },
      { key: 'manager/north', n: 3, cost: 0 },
      { key: 'manager/south', n: 1, cost: 0 },
      { key: 'front-line/north', n: 4, cost: 2 },
      { key: 'front-line/south', n: 0, cost: 2 },
    ];
    const lines: Line[] = [
      { total: 'total', parts: ['leader', 'manager', 'front-line'] },
      { total: 'total', parts: ['north', 'south'] },
      { total: 'leader', parts: ['leader/north', 'leader/south'] },
      { total: 'manager', parts: ['manager/north', 'manager/south'] },
      { total: 'front-line', parts: ['front-line/north', 'front-line/south'] },
      { total: 'north', parts: ['leader/north', 'manager/north', 'front-line/north'] },
      { total: 'south', parts: ['leader/south', 'manager/south', 'front-line/south'] },
    ];
    const visibility = suppressSmallGroups(cells, lines, 3);
    expect(Object.fromEntries(visibility)).toEqual({
      total: 'shown',
      leader: 'shown',
      manager: 'shown',
      'front-line': 'shown',
      // Beside south (1), the segment line gives up north, the only other segment; beside
      // manager/south (1), the manager row gives up manager/north. North's column then has two
      // unknowns (north, manager/north), so nothing more is needed.
      north: 'protects-small-group',
      south: 'small-group',
      'leader/north': 'shown',
      'leader/south': 'small-group',
      'manager/north': 'protects-small-group',
      'manager/south': 'small-group',
      'front-line/north': 'shown',
      'front-line/south': 'small-group',
    });
    for (const line of lines) {
      const entry = (key: string): LineEntry => ({ n: cells.find((cell) => cell.key === key)?.n ?? 0, hidden: visibility.get(key) !== 'shown' });
      expect(revealsSmallGroup(entry(line.total), line.parts.map(entry), 3)).toBe(false);
    }
  });

  it('names a line key missing from the cells', () => {
    expect(() => suppressSmallGroups([{ key: 'total', n: 5, cost: 0 }], [{ total: 'total', parts: ['ghost'] }], 3)).toThrow('"ghost"');
  });

  it('leaves no line revealing a small group, in any table with margins', () => {
    const table = fc.record({
      minGroupSize: fc.integer({ min: 3, max: 5 }),
      counts: fc.array(fc.array(fc.nat({ max: 7 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }).map((rows) => {
        const width = Math.min(...rows.map((row) => row.length));
        return rows.map((row) => row.slice(0, width));
      }),
      costs: fc.array(fc.nat({ max: 5 }), { minLength: 64, maxLength: 64 }),
    });
    fc.assert(
      fc.property(table, ({ minGroupSize, counts, costs }) => {
        const { cells, lines } = tableWithMargins(counts, costs);
        const visibility = suppressSmallGroups(cells, lines, minGroupSize);
        const entry = (key: string): LineEntry => ({ n: cells.find((cell) => cell.key === key)?.n ?? 0, hidden: visibility.get(key) !== 'shown' });
        for (const cell of cells) {
          if (cell.n < minGroupSize) expect(visibility.get(cell.key)).toBe('small-group');
          else expect(visibility.get(cell.key)).not.toBe('small-group');
        }
        for (const line of lines) expect(revealsSmallGroup(entry(line.total), line.parts.map(entry), minGroupSize)).toBe(false);
      }),
    );
  });
});

/** A rows × columns table of counts with its row, column and grand totals, as cells and lines. */
function tableWithMargins(counts: number[][], costs: number[]): { cells: CountCell[]; lines: Line[] } {
  const columns = counts[0]?.length ?? 0;
  const cost = (index: number) => costs[index % costs.length] ?? 0;
  const cells: CountCell[] = [];
  const lines: Line[] = [];
  const rowKeys = counts.map((_, r) => `row${r}`);
  const columnKeys = Array.from({ length: columns }, (_, c) => `column${c}`);
  const cellKey = (r: number, c: number) => `cell${r}.${c}`;
  counts.forEach((row, r) => row.forEach((n, c) => cells.push({ key: cellKey(r, c), n, cost: cost(cells.length) })));
  counts.forEach((row, r) => cells.push({ key: `row${r}`, n: row.reduce((sum, n) => sum + n, 0), cost: cost(cells.length) }));
  columnKeys.forEach((key, c) => cells.push({ key, n: counts.reduce((sum, row) => sum + (row[c] ?? 0), 0), cost: cost(cells.length) }));
  cells.push({ key: 'total', n: counts.flat().reduce((sum, n) => sum + n, 0), cost: cost(cells.length) });
  lines.push({ total: 'total', parts: rowKeys }, { total: 'total', parts: columnKeys });
  counts.forEach((row, r) => lines.push({ total: `row${r}`, parts: row.map((_, c) => cellKey(r, c)) }));
  columnKeys.forEach((key, c) => lines.push({ total: key, parts: counts.map((_, r) => cellKey(r, c)) }));
  return { cells, lines };
}
