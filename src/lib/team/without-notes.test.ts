import { describe, expect, it } from 'vitest';
import { inEnglish } from '../results/dictionaries-for-tests.ts';
import { contentDefinitions, paceDefinition, sampleResult } from '../results/fixtures.ts';
import { resultsToJson } from '../results/json.ts';
import { encodeShareCode } from '../results/share-code.ts';
import { collect } from '../intake/collect.ts';
import { readResultsFile, readShareLinks } from '../intake/readings.ts';
import { ResultSet } from '../intake/result-set.ts';
import { aggregateTeam } from './aggregate.ts';
import { aggregateToCsv } from './csv.ts';
import { inEnglish as renderInEnglish } from './in-english.ts';
import { readingWithoutNotes, withoutItemNotes } from './without-notes.ts';

const SECRET = 'SECRET-NOTE <img src=x onerror=alert(1)>';
const noted = sampleResult({ id: 'result-noted-1', role: 'leader', answers: { pr1: 5, pr2: 4 }, notes: { pr1: SECRET } });
const plain = sampleResult({ id: 'result-plain-1', role: 'front-line', answers: { pr1: 2, pr2: 1 } });

describe('the team view takes no notes beside answers', () => {
  it('drops them from a JSON file and a shared link, counts the results as usual, and says so once per source', () => {
    const file = readingWithoutNotes(readResultsFile('team.json', resultsToJson([noted, plain]), contentDefinitions));
    const links = readingWithoutNotes(readShareLinks(`https://example.org/r/#${encodeShareCode({ ...noted, id: 'result-noted-2', role: 'manager', takenAt: '2026-03-05T09:00:00.000Z', answers: { pr1: 3 } }, paceDefinition, { includeNotes: true })}`, contentDefinitions));
    const set = new ResultSet();
    const { report } = collect(set, [file, links], { held: 'collected' });
    expect(report.added).toBe(3);
    expect(set.results.every((result) => result.notes === undefined)).toBe(true);
    const said = inEnglish(report.sources.map((source) => source.problems));
    expect(said).toEqual([['Notes beside answers are not used in the team view: they are not counted, shown or kept here.'], ['Notes beside answers are not used in the team view: they are not counted, shown or kept here.']]);
    const aggregate = aggregateTeam(set.results, paceDefinition, { assessmentId: 'pace' });
    expect(JSON.stringify(aggregate)).not.toContain('SECRET-NOTE');
    expect(aggregateToCsv(aggregate, renderInEnglish)).not.toContain('SECRET-NOTE');
    expect(JSON.stringify(report)).not.toContain('SECRET-NOTE');
  });

  it('leaves a source without notes as it was, saying nothing', () => {
    const reading = readResultsFile('plain.json', resultsToJson([plain]), contentDefinitions);
    expect(readingWithoutNotes(reading)).toBe(reading);
    expect(withoutItemNotes(plain)).toBe(plain);
    const { notes: _notes, ...rest } = noted;
    expect(withoutItemNotes(noted)).toEqual(rest);
  });
});
