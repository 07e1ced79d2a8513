/**
 * Small assessment definitions for scoring and version tests, one per model. Each goes
 * through the real schema, so defaults (quoted, benchmarks) and checks apply as in a build.
 */
import fc from 'fast-check';
import type { Answers } from '../schema/saved-result.ts';
import { assessmentSchema, type Assessment, type AssessmentInput, type AssessmentOf } from '../schema/assessment.ts';

type Shared = 'title' | 'summary' | 'tells' | 'minutes' | 'source' | 'method' | 'bands';
/** A model's input, where the fields every fixture shares (filled in below) may be left out. */
type FixtureInput = AssessmentInput extends infer Input ? (Input extends AssessmentInput ? Omit<Input, Shared> & Partial<Pick<Input, Shared>> : never) : never;

const threeBands: AssessmentInput['bands'] = [
  { upTo: 40, label: 'Starting', meaning: 'Little of this is in place yet.', advice: 'Start with the weakest area first.' },
  { upTo: 70, label: 'Developing', meaning: 'Some of this is in place, unevenly.', advice: 'Even out the weaker areas next.' },
  { upTo: 100, label: 'Leading', meaning: 'Most of this is in place and working.', advice: 'Keep it up and measure it regularly.' },
];

export function defineAssessment<Input extends FixtureInput>(input: Input): AssessmentOf<Input['model']> {
  return assessmentSchema.parse({
    title: 'Fixture assessment',
    summary: 'A small assessment used only by the unit tests.',
    tells: 'What the unit tests expect it to tell.',
    minutes: 5,
    source: 'fixture',
    method: 'Scored the way the model under test scores it.',
    bands: threeBands,
    ...input,
  }) as AssessmentOf<Input['model']>;
}

/** A dimension with the fields tests do not care about filled in. */
export function dimension<Items>(id: string, items: Items, nextStep = `guide/${id}`) {
  return { id, title: `Title of ${id}`, nextStep, advice: `Advice for ${id}, in a sentence.`, items };
}

/** agree-5 (score = (answer − 1) × 25). a2 has its own next step; b1's points at gamma's page. */
export const dimensionsFixture = defineAssessment({
  scale: 'agree-5',
  model: 'dimensions',
  dimensions: [
    dimension('alpha', [
      { id: 'a1', text: 'Statement a1' },
      { id: 'a2', text: 'Statement a2', nextStep: 'guide/a2-page' },
    ]),
    dimension('beta', [
      { id: 'b1', text: 'Statement b1', nextStep: 'guide/gamma' },
      { id: 'b2', text: 'Statement b2' },
      { id: 'b3', text: 'Statement b3' },
    ]),
    dimension('gamma', [{ id: 'g1', text: 'Statement g1' }]),
  ],
});

/** choice scale; positions reactive 0, aware 30, managed 50, led 100. s2 lists its options high to low. */
export const spectrumFixture = defineAssessment({
  scale: 'choice',
  model: 'spectrum',
  bands: [
    { upTo: 33, label: 'Reactive', meaning: 'The organisation mostly reacts.', advice: 'Agree who owns the customer journey.' },
    { upTo: 66, label: 'Managed', meaning: 'The organisation manages parts of it.', advice: 'Join the parts into one journey.' },
    { upTo: 100, label: 'Led', meaning: 'Leaders steer the experience as a whole.', advice: 'Keep measuring and adjusting.' },
  ],
  positions: [
    { id: 'reactive', title: 'Reactive', description: 'Fixes problems when customers complain.', at: 0 },
    { id: 'aware', title: 'Aware', description: 'Knows where the problems are.', at: 30 },
    { id: 'managed', title: 'Managed', description: 'Manages the experience in parts.', at: 50 },
    { id: 'led', title: 'Led', description: 'Leads the experience as a whole.', at: 100 },
  ],
  dimensions: [
    dimension('strategy', [
      {
        id: 's1',
        text: 'Question s1',
        options: [
          { text: 'Option reactive', position: 'reactive' },
          { text: 'Option managed', position: 'managed' },
          { text: 'Option led', position: 'led' },
        ],
      },
      {
        id: 's2',
        text: 'Question s2',
        options: [
          { text: 'Option led', position: 'led' },
          { text: 'Option reactive', position: 'reactive' },
        ],
      },
    ]),
    dimension('practice', [
      {
        id: 'p1',
        text: 'Question p1',
        options: [
          { text: 'Option reactive', position: 'reactive' },
          { text: 'Option aware', position: 'aware' },
          { text: 'Option managed', position: 'managed' },
          { text: 'Option led', position: 'led' },
        ],
      },
    ]),
  ],
});

/** in-place-5 (in place from 4, i.e. a stage score ≥ 75); four ordered stages. */
export const gatedFixture = defineAssessment({
  scale: 'in-place-5',
  model: 'gated',
  dimensions: [
    dimension('foundation', [
      { id: 'f1', text: 'Block f1' },
      { id: 'f2', text: 'Block f2' },
    ]),
    dimension('listen', [
      { id: 'l1', text: 'Block l1' },
      { id: 'l2', text: 'Block l2' },
    ]),
    dimension('act', [
      { id: 'c1', text: 'Block c1' },
      { id: 'c2', text: 'Block c2' },
    ]),
    dimension('embed', [{ id: 'e1', text: 'Block e1', nextStep: 'guide/e1-page' }]),
  ],
});

/** agree-5 (agreeing from 4); q1 has management and non-management figures, v1 one for all. */
export const benchmarkFixture = defineAssessment({
  scale: 'agree-5',
  model: 'benchmark',
  benchmarkSurvey: 'A fixture survey of 100 managers, run in 2008',
  dimensions: [
    dimension('culture', [
      {
        id: 'q1',
        text: 'Quoted survey statement q1',
        quoted: true,
        benchmarks: [
          { group: 'management', measure: 'percentAgree', value: 80 },
          { group: 'non-management', measure: 'percentAgree', value: 40, note: 'Front-line staff, 2008' },
        ],
      },
      { id: 'q2', text: 'Own statement q2' },
    ]),
    dimension('voice', [{ id: 'v1', text: 'Quoted survey statement v1', quoted: true, benchmarks: [{ group: 'all', measure: 'mean', value: 3.2 }] }]),
  ],
});

/** readiness-3 (0 not yet, 1 partly, 2 answered); k2 has its own next step. */
export const checklistFixture = defineAssessment({
  scale: 'readiness-3',
  model: 'checklist',
  dimensions: [
    dimension('customers', [
      { id: 'k1', text: 'Key question k1' },
      { id: 'k2', text: 'Key question k2', nextStep: 'guide/k2-page' },
      { id: 'k3', text: 'Key question k3' },
    ]),
    dimension('measures', [
      { id: 'm1', text: 'Key question m1' },
      { id: 'm2', text: 'Key question m2' },
    ]),
  ],
});

export const fixtures = {
  dimensions: dimensionsFixture,
  spectrum: spectrumFixture,
  gated: gatedFixture,
  benchmark: benchmarkFixture,
  checklist: checklistFixture,
} as const satisfies Record<Assessment['model'], Assessment>;

/** Every item id of a definition, in order. */
export function itemIds(definition: Assessment): string[] {
  return definition.dimensions.flatMap((d) => d.items.map((item) => item.id));
}

const MISSING = Symbol('missing');

/**
 * Answers for every item: a value in [min, max] most of the time, else n/a, missing, or an
 * answer scoring must ignore (out of range, not a whole number).
 */
export function answersArbitrary(definition: Assessment, min: number, max: (itemId: string) => number): fc.Arbitrary<Answers> {
  const ids = itemIds(definition);
  const answer = (id: string) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min, max: max(id) }) },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constant(MISSING) },
      { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -3, max: 103 }), fc.double({ min: -10, max: 110, noNaN: true })) },
    );
  return fc.tuple(...ids.map(answer)).map((values) => {
    const answers: Answers = {};
    values.forEach((value, index) => {
      const id = ids[index];
      if (id !== undefined && value !== MISSING) answers[id] = value;
    });
    return answers;
  });
}
