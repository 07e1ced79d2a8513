import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentDefinitions } from './fixtures.ts';
import { historyFiles } from './history-files.ts';
import { historyFile, historyProblems, readHistory } from './history-schema.ts';
import { carriedOver, earlierVersionOf, inCurrentVersion, itemsNotCarried } from './history.ts';
import { assessmentVersion } from './version.ts';

const clone = <T>(value: T): T => structuredClone(value);
const paceFile = () => clone(historyFiles['pace']) as { assessment: string; versions: Record<string, unknown>[] };

describe('the committed history files', () => {
  it('has one for each of the five assessments, each snapshot hashing to its stated version', () => {
    expect(Object.keys(historyFiles).sort()).toEqual(['best-practice-audit', 'building-blocks', 'key-questions', 'pace', 'spectrum']);
    for (const [id, raw] of Object.entries(historyFiles)) expect(historyProblems(historyFile(id), raw, contentDefinitions[id]), id).toEqual([]);
  });

  it('reads without a problem against the current definitions', () => {
    expect(() => readHistory(historyFiles, contentDefinitions)).not.toThrow();
  });

  it('keeps every version a fixture was made with, and has a fixture for every version it keeps', () => {
    const folder = new URL('../../../tests/fixtures/earlier-versions/', import.meta.url);
    for (const id of Object.keys(historyFiles)) {
      const fixtures = readdirSync(folder).filter((name) => name === `${id}.json` || name.startsWith(`${id}-v`));
      const made = fixtures.map((name) => (JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as { version: string }).version);
      const versions = (historyFiles[id] as { versions: { version: string }[] }).versions.map((entry) => entry.version);
      expect(made.toSorted(), id).toEqual(versions.toSorted());
    }
  });
});

describe('historyProblems', () => {
  it('names the file and field of a tampered snapshot (an option moved to another position)', () => {
    const file = clone(historyFiles['spectrum']) as { versions: { definition: { dimensions: { items: { options: { position: string }[] }[] }[] } }[] };
    const options = file.versions[0]!.definition.dimensions[0]!.items[0]!.options;
    [options[0]!.position, options[1]!.position] = [options[1]!.position, options[0]!.position];
    const [problem] = historyProblems('src/lib/results/history/spectrum.json', file, contentDefinitions['spectrum']);
    expect(problem).toMatchObject({ file: 'src/lib/results/history/spectrum.json', field: 'versions.0.version' });
    expect(problem?.message).toMatch(/^the snapshot hashes to "[0-9a-f]{8}", not "[0-9a-f]{8}"/);
  });

  it('names the file and field of a snapshot with an item removed, and readHistory throws with both', () => {
    const file = paceFile();
    (file.versions[0]!.definition as { dimensions: { items: unknown[] }[] }).dimensions[0]!.items.pop();
    expect(historyProblems('h.json', file, contentDefinitions['pace'])[0]?.field).toBe('versions.0.version');
    expect(() => readHistory({ pace: file }, contentDefinitions)).toThrow(/^src\/lib\/results\/history\/pace\.json: versions\.0\.version: the snapshot hashes to/);
  });

  it('names a field the schema refuses', () => {
    const file = paceFile();
    file.versions[0]!['version'] = 'D1CC9ED9';
    expect(historyProblems('h.json', file, undefined)).toEqual([{ file: 'h.json', field: 'versions.0.version', message: 'a version is 8 lower-case hex digits, as assessmentVersion gives' }]);
  });

  it('asks for a sentence on what changed, and refuses a carry-over to or from an item that is not there', () => {
    const file = clone(historyFiles['best-practice-audit']) as { versions: Record<string, unknown>[] };
    const current = contentDefinitions['best-practice-audit']!;
    // Against a definition with one item fewer, the snapshot is an earlier version.
    const shorter = { ...current, dimensions: current.dimensions.map((dimension, d) => (d === 0 ? { ...dimension, items: dimension.items.slice(1) } : dimension)) } as typeof current;
    const firstId = current.dimensions[0]!.items[0]!.id;
    file.versions[0]!['carriesOver'] = { [firstId]: firstId, nope: firstId };
    const fields = historyProblems('h.json', file, shorter).map((problem) => `${problem.field}: ${problem.message}`);
    expect(fields).toEqual([
      'versions.0.changes: say in a sentence what changed since this version; it is shown beside results taken with it',
      `versions.0.carriesOver.${firstId}: "${firstId}" is not an item of the current assessment`,
      'versions.0.carriesOver.nope: "nope" is not an item of this snapshot',
      `versions.0.carriesOver: two old items carry over to "${firstId}"; a carry-over is one-to-one`,
    ]);
  });

  it('refuses to carry a spectrum answer over to an item whose options differ', () => {
    const file = clone(historyFiles['spectrum']) as { versions: { carriesOver?: Record<string, string>; changes?: string; definition: { dimensions: { items: { id: string; options: unknown[] }[] }[] } }[] };
    const entry = file.versions[0]!;
    const first = entry.definition.dimensions[0]!.items[0]!;
    const second = entry.definition.dimensions[0]!.items[1]!;
    entry.changes = 'Two questions changed places.';
    entry.carriesOver = { [first.id]: second.id };
    first.options = first.options.slice(0, 2);
    const current = contentDefinitions['spectrum']!;
    const problems = historyProblems('h.json', { ...file, versions: [{ ...entry, version: assessmentVersion({ ...current, dimensions: [{ ...current.dimensions[0]!, items: [{ ...current.dimensions[0]!.items[0]!, options: (current.dimensions[0]!.items[0]!.options ?? []).slice(0, 2) }, ...current.dimensions[0]!.items.slice(1)] }, ...current.dimensions.slice(1)] } as typeof current) }] }, current);
    expect(problems.map((problem) => problem.field)).toContain(`versions.0.carriesOver.${first.id}`);
  });
});

describe('carrying a result over', () => {
  const history = readHistory(historyFiles, contentDefinitions);
  const entry = history['pace']![0]!;
  const current = contentDefinitions['pace']!;
  const result = { format: 1 as const, id: 'r-000001', assessment: 'pace', version: entry.version, takenAt: '2026-12-01T00:00:00Z', role: null, answers: { pr1: 3, pr2: null, pr4: 5, ev6: 'cannot-see' as const } };

  it('keeps the pre-split PACE as an earlier version, saying what changed', () => {
    expect(entry.version).toBe('d1cc9ed9');
    expect(entry.version).not.toBe(assessmentVersion(current));
    expect(entry.changes).toMatch(/split/);
  });

  it('maps one-to-one items to their current ids and leaves split ones unanswered, without changing the result', () => {
    const before = clone(result);
    expect(carriedOver(result, entry, assessmentVersion(current))).toEqual({ ...result, version: assessmentVersion(current), answers: { pr1: 3, pr2: null, ev6: 'cannot-see' } });
    expect(result).toEqual(before);
  });

  it('lists the items that do not carry over: the split ones', () => {
    expect(itemsNotCarried(entry)).toEqual(['pr3', 'pr4', 'pr5', 'pr6', 'at3', 'co4', 'ev5']);
  });

  it('finds an earlier version by assessment and version only, and leaves an unknown version as it is', () => {
    expect(earlierVersionOf(history, 'pace', entry.version)).toBe(entry);
    expect(earlierVersionOf(history, 'pace', '00000002')).toBeUndefined();
    expect(earlierVersionOf(history, 'constructor', entry.version)).toBeUndefined();
    expect(inCurrentVersion(result, history, current).answers).toEqual({ pr1: 3, pr2: null, ev6: 'cannot-see' });
    expect(inCurrentVersion({ ...result, version: 'unknown' }, history, current)).toEqual({ ...result, version: 'unknown' });
  });

  it('has no earlier version for an assessment whose items did not change', () => {
    expect(history['best-practice-audit']).toEqual([]);
    expect(history['key-questions']).toEqual([]);
  });
});
