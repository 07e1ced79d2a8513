import { describe, expect, expectTypeOf, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem } from '../validate/problem.ts';
import { validateContent } from '../validate/validate-content.ts';
import { assessmentSchema, scoringModels, type Assessment, type Benchmark, type Position, type ScoringModel } from './assessment.ts';

const FILE = 'src/content/assessments/demo.yaml';

const item = (id: string) => ({ id, text: `Statement ${id}` });
const options = [
  { text: 'Fixes problems as they come', position: 'low' },
  { text: 'Plans the experience ahead', position: 'high' },
];

/** A valid assessment of each model, as an author would write it. */
function valid(model: ScoringModel): Record<string, unknown> {
  const spectrum = model === 'spectrum';
  const benchmark = model === 'benchmark';
  return {
    title: 'A demo assessment',
    summary: 'An assessment written only for these tests.',
    tells: 'Whether the schema accepts and refuses the right shapes.',
    minutes: 5,
    source: 'demo',
    scale: spectrum ? 'choice' : 'agree-5',
    model,
    ...(benchmark ? { benchmarkSurvey: "A demo survey of 100 managers, run in 2008" } : {}),
    method: 'Scored the way the model scores it, for the test.',
    dimensions: ['first', 'second'].map((id) => ({
      id,
      title: `Title of ${id}`,
      nextStep: 'guides/good',
      advice: 'Advice in a sentence or two.',
      items: [{ ...item(`${id}-a`), ...(spectrum ? { options } : {}), ...(benchmark ? { benchmarks: [{ group: 'all', measure: 'mean', value: 3.1 }] } : {}) }],
    })),
    bands: [{ upTo: 100, label: 'All', meaning: 'Every score lands here.', advice: 'Keep measuring.' }],
    ...(spectrum
      ? {
          positions: [
            { id: 'low', title: 'Reactive', description: 'Reacts to problems once customers complain.', at: 0 },
            { id: 'high', title: 'Planned', description: 'Plans the experience before customers meet it.', at: 100 },
          ],
        }
      : {}),
  };
}

/** The problems validateContent reports for one assessment file, as the build prints them. */
function problems(data: Record<string, unknown>): string[] {
  const files = {
    parts: [],
    playbook: [{ path: 'src/content/playbook/guides/good.md', id: 'guides/good', text: '---\ntitle: Good\ndescription: A page that exists for these tests only.\nsources: [demo]\norder: 1\n---\n\nHello.\n' }],
    assessments: [{ path: FILE, id: 'demo', text: stringify(data) }],
    sources: [{ path: 'src/content/sources/demo.yaml', id: 'demo', text: 'title: Demo\nauthor: Someone\nyear: 2010\nurl: https://example.com/demo\n' }],
  };
  return validateContent(files)
    .filter((problem) => problem.file === FILE)
    .map(formatProblem);
}

function changed(model: ScoringModel, change: (data: Record<string, any>) => void): Record<string, unknown> {
  const data = structuredClone(valid(model));
  change(data);
  return data;
}

describe('assessmentSchema: one shape per model', () => {
  it.each(scoringModels)('accepts a valid %s assessment with no problem', (model) => {
    expect(problems(valid(model))).toEqual([]);
  });

  // Each line names the file, the line, the field and what to do.
  it.each<[string, ScoringModel, (data: Record<string, any>) => void, string]>([
    ['options in a non-spectrum model', 'dimensions', (d) => (d.dimensions[1].items[0].options = options), `${FILE}:25: dimensions.1.items.0.options: options are only for the spectrum model; this assessment uses "dimensions": remove them, or change the model`],
    ['published figures outside the benchmark model', 'checklist', (d) => (d.dimensions[0].items[0].benchmarks = [{ group: 'all', measure: 'mean', value: 3 }]), `${FILE}:18: dimensions.0.items.0.benchmarks: benchmarks are only for the benchmark model; this assessment uses "checklist": remove them, or change the model`],
    ['positions outside the spectrum model', 'gated', (d) => (d.positions = valid('spectrum').positions), `${FILE}:30: positions: positions are only for the spectrum model; this assessment uses "gated": remove them, or change the model`],
    ['a survey named outside the benchmark model', 'dimensions', (d) => (d.benchmarkSurvey = 'A survey that has no figures here'), `${FILE}:29: benchmarkSurvey: benchmarkSurvey is only for the benchmark model; this assessment uses "dimensions": remove it, or change the model`],
    ['options on a spectrum item missing', 'spectrum', (d) => delete d.dimensions[0].items[0].options, `${FILE}:15: dimensions.0.items.0.options: spectrum items need at least two options, each with a position`],
    ['a spectrum without positions', 'spectrum', (d) => delete d.positions, `${FILE}:1: positions: the spectrum model needs its positions: at least two, each with an id, title, description and where it sits (at, 0–100)`],
    ['a spectrum on an ordinal scale', 'spectrum', (d) => (d.scale = 'agree-5'), `${FILE}:6: scale: the spectrum model uses the "choice" scale: each question brings its own options; set scale: choice`],
    ['an ordinal model on the choice scale', 'dimensions', (d) => (d.scale = 'choice'), `${FILE}:6: scale: "choice" is not allowed; use one of: "agree-5", "agree-10", "in-place-5", "readiness-3"`],
    ['an option at an unknown position', 'spectrum', (d) => (d.dimensions[0].items[0].options[1].position = 'middle'), `${FILE}:21: dimensions.0.items.0.options.1.position: unknown position "middle"; use one of: low, high`],
    ['two positions with one id', 'spectrum', (d) => (d.positions[1].id = 'low'), `${FILE}:40: positions.1.id: duplicate position id "low"; give each position its own id`],
    ['a benchmark assessment without its survey', 'benchmark', (d) => delete d.benchmarkSurvey, `${FILE}:1: benchmarkSurvey: the benchmark model names the survey its figures come from: add benchmarkSurvey, e.g. "Jane Doe's survey of 200 retailers, run in 2019"`],
    ['a benchmark assessment without figures', 'benchmark', (d) => d.dimensions.forEach((dimension: any) => delete dimension.items[0].benchmarks), `${FILE}:11: dimensions: no item has published figures; add benchmarks to the items the survey reports on, or use the dimensions model`],
    ['a gated assessment with one block', 'gated', (d) => d.dimensions.pop(), `${FILE}:10: dimensions: the gated model reads the dimensions as building blocks in the order listed; give it at least two`],
  ])('refuses %s', (_, model, change, line) => {
    expect(problems(changed(model, change))).toContain(line);
  });

  it('reports the other problems of a file whose model is unknown in the same pass', () => {
    const lines = problems(changed('dimensions', (d) => ((d.model = 'averages'), delete d.dimensions[0].items[0].text)));
    expect(lines).toEqual([
      `${FILE}:7: model: "averages" is not allowed; use one of: "dimensions", "spectrum", "gated", "benchmark", "checklist"`,
      `${FILE}:15: dimensions.0.items.0.text: is required (expected string); add it`,
    ]);
  });

  it('names the models when parsed on its own (as the content collection does)', () => {
    const result = assessmentSchema.safeParse(changed('dimensions', (d) => (d.model = 'averages')));
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['model', 'model must be one of: dimensions, spectrum, gated, benchmark, checklist']]);
  });
});

describe('assessmentSchema: types narrow by model', () => {
  const parse = (model: ScoringModel): Assessment => assessmentSchema.parse(valid(model));

  it('gives a spectrum its positions and every spectrum item its options, without a cast', () => {
    const definition = parse('spectrum');
    if (definition.model !== 'spectrum') throw new Error('expected a spectrum');
    expectTypeOf(definition.positions).toEqualTypeOf<Position[]>();
    expectTypeOf(definition.scale).toEqualTypeOf<'choice'>();
    const first = definition.dimensions[0]!.items[0]!;
    expectTypeOf(first.options).toEqualTypeOf<{ text: string; position: string }[]>();
    expect(first.options.map((option) => option.position)).toEqual(['low', 'high']);
  });

  it('gives a benchmark assessment its survey and every item its figures, defaulting to none', () => {
    const definition = assessmentSchema.parse(changed('benchmark', (d) => delete d.dimensions[1].items[0].benchmarks));
    if (definition.model !== 'benchmark') throw new Error('expected a benchmark');
    expectTypeOf(definition.benchmarkSurvey).toEqualTypeOf<string>();
    expectTypeOf(definition.dimensions[0]!.items[0]!.benchmarks).toEqualTypeOf<Benchmark[]>();
    expect(definition.dimensions.map((dimension) => dimension.items[0]!.benchmarks.length)).toEqual([1, 0]);
  });

  it('leaves other models without positions, options or figures', () => {
    const definition = parse('gated');
    if (definition.model !== 'gated') throw new Error('expected a gated assessment');
    expectTypeOf(definition.scale).toEqualTypeOf<'agree-5' | 'agree-10' | 'in-place-5' | 'readiness-3'>();
    expect([definition.positions, definition.benchmarkSurvey, definition.dimensions[0]!.items[0]!.options, definition.dimensions[0]!.items[0]!.benchmarks]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
