import { describe, expect, it } from 'vitest';
import { csvToResults, csvToResultsInSteps, resultsToCsv } from './csv.ts';
import { paceDefinition, sampleResult, testDefinitions } from './fixtures.ts';
import { jsonToResults, jsonToResultsInSteps, resultsToJson } from './json.ts';
import { runSteps, runStepsPaced, type StepProgress } from './steps.ts';

const results = Array.from({ length: 12 }, (_, i) => sampleResult({ id: `result-${String(i).padStart(4, '0')}`, takenAt: new Date(Date.UTC(2026, 0, 1, i)).toISOString() }));

function* counting(): Generator<StepProgress, string, void> {
  yield { done: 1, total: 3 };
  yield { done: 2, total: 3 };
  return 'finished';
}

describe('runSteps', () => {
  it('runs a stepped task to its outcome', () => {
    expect(runSteps(counting())).toBe('finished');
  });
});

describe('runStepsPaced', () => {
  it('reports each step and pauses between steps', async () => {
    const seen: string[] = [];
    const outcome = await runStepsPaced(counting(), (progress) => seen.push(`${progress.done}/${progress.total}`), async () => seen.push('pause'));
    expect(outcome).toBe('finished');
    expect(seen).toEqual(['1/3', 'pause', '2/3', 'pause']);
  });
});

describe.each([1, 5, 500])('in steps of %i', (size) => {
  it('CSV gives what csvToResults gives, with progress that only grows', () => {
    const text = resultsToCsv(results, paceDefinition);
    const progress: StepProgress[] = [];
    const outcome = runSteps(
      (function* () {
        const steps = csvToResultsInSteps(text, testDefinitions, size);
        for (;;) {
          const next = steps.next();
          if (next.done) return next.value;
          progress.push(next.value);
          yield next.value;
        }
      })(),
    );
    expect(outcome).toEqual(csvToResults(text, testDefinitions));
    expect(progress).toHaveLength(Math.ceil(results.length / size) - 1);
    expect(progress.every((step, i) => step.total === results.length && step.done > (progress[i - 1]?.done ?? 0))).toBe(true);
  });

  it('JSON gives what jsonToResults gives', () => {
    const text = resultsToJson(results);
    expect(runSteps(jsonToResultsInSteps(text, size))).toEqual(jsonToResults(text));
  });
});
