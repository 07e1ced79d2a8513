import { describe, expect, it } from 'vitest';
import { english, inEnglish, translatorFor } from '../results/dictionaries-for-tests.ts';
import { phrase } from '../scoring/phrase.ts';
import { resultsToCsv } from '../results/csv.ts';
import { contentDefinitions, paceDefinition, sampleResult } from '../results/fixtures.ts';
import type { SavedResult } from '../schema/saved-result.ts';
import { teamProblem } from '../team/inputs.ts';
import { collect } from './collect.ts';
import { readResultsFile, type SourceReading } from './readings.ts';
import { summariseIntake } from './report.ts';
import { ResultSet } from './result-set.ts';

const leader = sampleResult({ id: 'result-leader-1', role: 'leader', team: 'acme-q3', answers: { pr1: 5, pr2: 4 } });
const frontLine = sampleResult({ id: 'result-front-1', role: 'front-line', takenAt: '2026-03-02T09:00:00.000Z', answers: { pr1: 2, pr2: null } });
const manager = sampleResult({ id: 'result-manager-1', role: 'manager', takenAt: '2026-03-03T09:00:00.000Z', answers: { pr1: 3 } });

const reading = (source: string, results: SavedResult[], rejected: SourceReading['rejected'] = []): SourceReading => ({
  source,
  results: results.map((result, index) => ({ where: `entry ${index + 1}`, order: index, result })),
  rejected,
  notes: [],
});

describe('collect', () => {
  it('counts each result once and says, line by line in file order, why the rest were skipped or rejected', () => {
    const set = new ResultSet([manager]);
    const shared = { ...leader, id: 'shared-0123456789' };
    const { report, added } = collect(
      set,
      [
        reading('a.json', [leader, frontLine, manager]),
        reading('b.json', [shared], [{ where: '', order: -1, reason: phrase('intake.reason.empty') }]),
        { ...reading('Pasted links', []), rejected: [{ where: 'line 2', order: 1, reason: phrase('intake.reason.noCode') }], notes: [phrase('intake.reason.headerOnly')] },
      ],
      { held: 'collected' },
    );
    expect(report).toMatchObject({ added: 2, corrected: 0, skipped: 2, rejected: 2 });
    expect(inEnglish(report.sources.map(({ source, added, skipped, rejected, problems }) => ({ source, added, skipped, rejected, problems })))).toEqual([
      { source: 'a.json', added: 2, skipped: 1, rejected: 0, problems: [] },
      { source: 'b.json', added: 0, skipped: 1, rejected: 1, problems: ['The file is empty.'] },
      { source: 'Pasted links', added: 0, skipped: 0, rejected: 1, problems: ['The file has a header but no results.'] },
    ]);
    expect(inEnglish(report.sources[0]!.lines.map((line) => [line.where, line.status, line.reason]))).toEqual([
      ['entry 1', 'added', undefined],
      ['entry 2', 'added', undefined],
      ['entry 3', 'skipped', 'already collected (same id)'],
    ]);
    expect(report.sources[0]!.lines[0]!.result).toEqual({ assessment: 'pace', takenAt: leader.takenAt, role: 'leader' });
    expect(inEnglish(report.sources[1]!.lines)).toEqual([expect.objectContaining({ where: 'entry 1', status: 'skipped', reason: 'it appears more than once in what was imported' })]);
    expect(added.map((result) => result.id)).toEqual(['result-leader-1', 'result-front-1']);
    expect(set.results.map((result) => result.id)).toEqual(['result-manager-1', 'result-leader-1', 'result-front-1']);
  });

  it('keeps the latest result per respondent key and counts corrections, by link or by file', () => {
    const key = 'AbCdEfGhIjKlMnOpQrStUv';
    const first = sampleResult({ id: 'shared-aaaa', takenAt: '2026-03-01T10:00:00Z', respondentKey: key, team: 'acme' });
    const byLink = sampleResult({ id: 'shared-bbbb', takenAt: '2026-03-01T11:00:00Z', respondentKey: key, team: 'acme', answers: { pr1: 1 } });
    const byFile = sampleResult({ id: 'shared-bbbb', takenAt: '2026-03-01T12:00:00Z', respondentKey: key, team: 'acme', answers: { pr1: 2 } });
    const set = new ResultSet([first]);
    const { report, corrections, added } = collect(set, [reading('links', [byLink]), reading('again.json', [byFile, first])], { held: 'collected' });
    expect(report).toMatchObject({ added: 0, corrected: 2, skipped: 1 });
    expect(corrections).toEqual([
      { earlier: first, later: byLink },
      { earlier: byLink, later: byFile },
    ]);
    expect(inEnglish(report.sources[1]!.lines.map((line) => [line.status, line.reason]))).toEqual([
      ['corrected', 'it replaced the same person\u2019s earlier answers'],
      ['skipped', 'the same person\u2019s later answers are already collected'],
    ]);
    expect(set.results).toEqual([byFile]);
    expect(added).toEqual([byFile]);
    expect(summariseIntake(report, 'collected', translatorFor('en'))).toBe('Added 0 results; corrected 2 results (a later answer from the same person replaced the earlier one); skipped 1 already collected or repeated.');
  });

  it('on My results, a later result with a saved id is already saved, never a correction', () => {
    const saved = sampleResult({ id: 'result-0001', takenAt: '2026-03-01T10:00:00Z' });
    const set = new ResultSet([saved], { corrections: false });
    const { report } = collect(set, [reading('again.json', [{ ...saved, takenAt: '2026-03-05T10:00:00Z', answers: { pr1: 1 } }])], { held: 'saved' });
    expect(report).toMatchObject({ added: 0, corrected: 0, skipped: 1 });
    expect(english(report.sources[0]!.lines[0]!.reason!)).toBe('already saved (same id)');
    expect(set.results).toEqual([saved]);
  });

  it('rejects what the page does not accept, naming the row, and keeps the rest of a damaged file', () => {
    const csv = resultsToCsv([leader, frontLine, manager], paceDefinition).replace(/\r\npace,result-front-1,[^,]*,[^,]*,front-line/, '\r\npace,result-front-1,x,x,boss');
    const old = { ...manager, id: 'result-old', version: 'abcdef12' };
    const { report, added } = collect(new ResultSet(), [readResultsFile('team.csv', csv, contentDefinitions), reading('old.json', [old])], {
      held: 'collected',
      accept: (result) => teamProblem(result, contentDefinitions),
    });
    expect(added.map((result) => result.id)).toEqual(['result-leader-1', 'result-manager-1']);
    expect(report.sources[0]!.lines.map((line) => [line.where, line.status])).toEqual([
      ['row 2', 'added'],
      ['row 3', 'rejected'],
      ['row 4', 'added'],
    ]);
    expect(english(report.sources[0]!.lines[1]!.reason!)).toContain('role "boss"');
    expect(inEnglish(report.sources[1]!.lines[0])).toMatchObject({ where: 'entry 1', status: 'rejected', reason: expect.stringContaining('another version of "PACE check"') });
  });

  it('reports a duplicate of an earlier collection by content', () => {
    const { report } = collect(new ResultSet([leader]), [reading('again.json', [{ ...leader, id: 'result-renamed' }])], { held: 'collected' });
    expect(english(report.sources[0]!.lines[0]!.reason!)).toBe('already collected (same assessment version, time, role and answers)');
  });
});
