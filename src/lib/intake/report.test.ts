import { describe, expect, it } from 'vitest';
import { describeLine, ISSUES_SHOWN, LINES_SENT, notKept, packReport, summariseIntake, totals, unpackLines } from './report.ts';

describe('summariseIntake', () => {
  it.each([
    [{ added: 1, corrected: 0, skipped: 0, rejected: 0 }, 'collected', 'en', 'Added 1 result.'],
    [{ added: 12000, corrected: 0, skipped: 2, rejected: 1 }, 'collected', 'en', 'Added 12,000 results; skipped 2 already collected or repeated; rejected 1 (reasons below).'],
    [{ added: 0, corrected: 0, skipped: 1, rejected: 0 }, 'saved', 'en', 'Added 0 results; skipped 1 already saved or repeated.'],
    [{ added: 12000, corrected: 2, skipped: 0, rejected: 0 }, 'saved', 'de', 'Added 12.000 results; corrected 2 results (a later answer from the same person replaced the earlier one).'],
  ] as const)('%o as %s in %s', (report, held, locale, text) => expect(summariseIntake(report, held, locale)).toBe(text));
});

describe('describeLine', () => {
  it('names where the line was, what happened and why', () => {
    expect(describeLine({ where: 'row 5', status: 'rejected', reason: 'role "boss" is not one of: leader' })).toBe('Row 5 rejected: role "boss" is not one of: leader');
    expect(describeLine({ where: 'entry 1', status: 'added' })).toBe('Entry 1 added');
  });
});

describe('packReport', () => {
  it('keeps every line, and the first issues ready to show', () => {
    const lines = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? { where: `row ${i + 2}`, status: 'added' as const } : { where: `row ${i + 2}`, status: 'rejected' as const, reason: 'bad' }));
    const report = totals([{ source: 'a.csv', added: 20, corrected: 0, skipped: 0, rejected: 20, problems: [], lines }]);
    const packed = packReport(report);
    expect(packed).toMatchObject({ added: 20, rejected: 20 });
    const [source] = packed.sources;
    expect(source!.lineCount).toBe(40);
    expect(source!.issueCount).toBe(20);
    expect(source!.issues).toHaveLength(ISSUES_SHOWN);
    expect(source!.issues[0]).toEqual({ where: 'row 3', status: 'rejected', reason: 'bad' });
    expect(unpackLines(source!)).toEqual(lines);
  });
});

describe('notKept', () => {
  it('counts what would have been added as rejected, says why, and marks its lines', () => {
    const lines = [
      { where: 'row 2', status: 'added' as const },
      { where: 'row 3', status: 'skipped' as const, reason: 'already saved (same id)' },
    ];
    const packed = notKept(packReport(totals([{ source: 'a.csv', added: 1, corrected: 0, skipped: 1, rejected: 0, problems: [], lines }])), 'the storage is full.');
    expect(packed).toMatchObject({ added: 0, skipped: 1, rejected: 1 });
    expect(packed.sources[0]!.problems).toEqual(['Nothing was imported: the storage is full.']);
    expect(unpackLines(packed.sources[0]!)).toEqual([{ where: 'row 2', status: 'rejected', reason: 'not saved (see above)' }, lines[1]]);
  });
});

describe('packReport on a large file', () => {
  it('sends only the lines that were not simply added', () => {
    const lines = Array.from({ length: LINES_SENT + 10 }, (_, i) => (i === 7 ? { where: `row ${i + 2}`, status: 'rejected' as const, reason: 'bad' } : { where: `row ${i + 2}`, status: 'added' as const }));
    const [source] = packReport(totals([{ source: 'big.csv', added: LINES_SENT + 9, corrected: 0, skipped: 0, rejected: 1, problems: [], lines }])).sources;
    expect(source).toMatchObject({ lineCount: 1, issuesOnly: true, issueCount: 1 });
    expect(unpackLines(source!)).toEqual([{ where: 'row 9', status: 'rejected', reason: 'bad' }]);
  });
});
