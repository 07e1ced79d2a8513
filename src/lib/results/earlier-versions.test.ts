/**
 * Results made before the items were split (tests/fixtures/earlier-versions, made by the code
 * on main with the definitions as they were) still open, score with their own definition and
 * lose nothing, now that the definitions have changed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SavedResult } from '../schema/saved-result.ts';
import { scoreAssessment } from '../scoring/index.ts';
import { csvToResults, resultsToCsv } from './csv.ts';
import { contentDefinitions, memoryEngine, testEarlierVersions } from './fixtures.ts';
import { earlierVersionOf, inCurrentVersion, itemsNotCarried } from './history.ts';
import { jsonToResults, resultsToJson } from './json.ts';
import { decodeShareCode } from './share-code.ts';
import { createResultStore } from './store.ts';
import { assessmentVersion } from './version.ts';

interface Fixture {
  version: string;
  savedResult: SavedResult;
  shareCode: string;
  json: string;
  csv: string;
}

const fixture = (id: string): Fixture => JSON.parse(readFileSync(new URL(`../../../tests/fixtures/earlier-versions/${id}.json`, import.meta.url), 'utf8')) as Fixture;
// A fixture per earlier version: '<id>' made before the first split, '<id>-v2' before the second.
const changed = ['pace', 'building-blocks', 'spectrum', 'building-blocks-v2', 'spectrum-v2'];
const unchanged = ['best-practice-audit', 'key-questions'];

describe.each(changed)('a %s result made before the split', (name) => {
  const made = fixture(name);
  const id = made.savedResult.assessment;
  const current = contentDefinitions[id]!;
  const entry = earlierVersionOf(testEarlierVersions, id, made.version)!;

  it('is of a version that is no longer current, and the site keeps it', () => {
    expect(made.version).not.toBe(assessmentVersion(current));
    expect(entry.version).toBe(made.version);
  });

  it('opens from its share link with the questions it was answered against', () => {
    const decoded = decodeShareCode(made.shareCode, contentDefinitions, testEarlierVersions);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.earlier?.version).toBe(made.version);
    expect(decoded.changedSince).toBe(false);
    const { id: _madeId, ...rest } = made.savedResult;
    const { id: _sharedId, ...opened } = decoded.result;
    expect(opened).toEqual(rest);
  });

  it('is never read silently against other questions by a site without the history: refused, or flagged as changed', () => {
    const decoded = decodeShareCode(made.shareCode, contentDefinitions);
    // Read by position only when the count and scale still line up, and then flagged so the page says so.
    if (decoded.ok) expect(decoded.changedSince).toBe(true);
    else expect(decoded.error.kind).toBe('unsupported-version');
  });

  it('imports from its JSON export exactly as it was saved, and saves and exports again unchanged', () => {
    const imported = jsonToResults(made.json);
    expect(imported.ok && imported.results).toEqual([made.savedResult]);
    const store = createResultStore(memoryEngine().engine);
    expect(store.importMany([made.savedResult]).ok).toBe(true);
    const listed = store.list().results;
    expect(listed).toEqual([made.savedResult]);
    const again = jsonToResults(resultsToJson(listed));
    expect(again.ok && again.results).toEqual([made.savedResult]);
  });

  it('imports from its CSV export with every answer, and exports to CSV again without losing one', () => {
    const imported = csvToResults(made.csv, contentDefinitions, testEarlierVersions);
    expect(imported.problems).toEqual([]);
    expect(imported.results).toEqual([made.savedResult]);
    const roundTrip = csvToResults(resultsToCsv(imported.results, current, testEarlierVersions), contentDefinitions, testEarlierVersions);
    expect(roundTrip.results).toEqual([made.savedResult]);
  });

  it('loses the split items\u2019 answers when read against today\u2019s questions alone (why the history is needed)', () => {
    const imported = csvToResults(made.csv, contentDefinitions);
    const lost = itemsNotCarried(entry).filter((item) => Object.hasOwn(made.savedResult.answers, item));
    expect(lost.length).toBeGreaterThan(0);
    for (const item of lost) expect(imported.results[0]?.answers).not.toHaveProperty(item);
  });

  it('scores with its own definition: every answered item counts', () => {
    const scored = scoreAssessment(entry.definition, made.savedResult.answers, made.savedResult.role);
    const counted = scored.dimensions.reduce((sum, dimension) => sum + dimension.answered + dimension.notApplicable + dimension.cannotSee, 0);
    expect(counted).toBe(Object.keys(made.savedResult.answers).length);
    const againstToday = scoreAssessment(current, made.savedResult.answers, made.savedResult.role);
    expect(againstToday.dimensions.reduce((sum, dimension) => sum + dimension.answered + dimension.notApplicable + dimension.cannotSee, 0)).toBeLessThan(counted);
  });

  it('carries its one-to-one answers over to today\u2019s version, the split items unanswered, without changing what was saved', () => {
    const before = structuredClone(made.savedResult);
    const carried = inCurrentVersion(made.savedResult, testEarlierVersions, current);
    expect(carried.version).toBe(assessmentVersion(current));
    expect(made.savedResult).toEqual(before);
    const currentIds = new Set(current.dimensions.flatMap((dimension) => dimension.items.map((item) => item.id)));
    for (const [item, answer] of Object.entries(made.savedResult.answers)) {
      if (itemsNotCarried(entry).includes(item)) expect(carried.answers).not.toHaveProperty(item);
      else expect(carried.answers[item]).toEqual(answer);
    }
    expect(Object.keys(carried.answers).every((item) => currentIds.has(item))).toBe(true);
  });
});

describe.each(unchanged)('a %s result made before the split', (id) => {
  it('is still of the current version and opens as it always did', () => {
    const made = fixture(id);
    expect(made.version).toBe(assessmentVersion(contentDefinitions[id]!));
    const decoded = decodeShareCode(made.shareCode, contentDefinitions, testEarlierVersions);
    expect(decoded.ok && decoded.earlier).toBeUndefined();
    expect(decoded.ok && decoded.result.answers).toEqual(made.savedResult.answers);
    expect(csvToResults(made.csv, contentDefinitions, testEarlierVersions).results).toEqual([made.savedResult]);
  });
});
