/**
 * Result states, per model, on the real assessments, read through the English dictionary
 * as a page shows them: what the headline, the band text and the advice say when nothing is answered, when one area is not, for a single answer, at
 * every boundary, with blocks nobody could judge, and with answers equal to a benchmark.
 */
import { describe, expect, it } from 'vitest';
import { loadAssessment } from '../results/fixtures.ts';
import type { Assessment } from '../schema/assessment.ts';
import type { Answers } from '../schema/saved-result.ts';
import { scoreAssessment } from './index.ts';
import { summariseResult, wordSummary, type WordedSummary } from './summary.ts';
import { translatorFor } from './test-translators.ts';
import type { AssessmentResult } from './types.ts';

const en = translatorFor('en');
const pace = loadAssessment('pace');
const spectrum = loadAssessment('spectrum');
const blocks = loadAssessment('building-blocks');
const audit = loadAssessment('best-practice-audit');
const keyQuestions = loadAssessment('key-questions');

type Answer = Answers[string];

/** Every item answered `value`, or `byDimension[dimensionId]` for the dimensions named. */
function answersFor(definition: Assessment, value: Answer | undefined, byDimension: Record<string, Answer | undefined> = {}): Answers {
  const answers: Answers = {};
  for (const dimension of definition.dimensions) {
    const answer = Object.hasOwn(byDimension, dimension.id) ? byDimension[dimension.id] : value;
    if (answer !== undefined) for (const item of dimension.items) answers[item.id] = answer;
  }
  return answers;
}

/** Spectrum answers: the first `low` items on the option at position `lowAt`, the rest at `highAt`. */
function spectrumAnswers(low: number, lowAt: string, highAt: string): Answers {
  const items = spectrum.dimensions.flatMap((dimension) => dimension.items);
  return Object.fromEntries(items.map((item, index) => [item.id, item.options!.findIndex((option) => option.position === (index < low ? lowAt : highAt))]));
}

const band = (definition: Assessment, label: string) => definition.bands.find((candidate) => candidate.label === label)!;

const NOT_ENOUGH: Pick<WordedSummary, 'headline' | 'bandLabel' | 'meaning' | 'advice'> = {
  headline: 'Not enough answers to score',
  bandLabel: null,
  meaning: 'No area has answers to at least half of its questions, so there is no score, and nothing can be said yet about strengths or weaknesses.',
  advice: [
    'Answer at least half the questions in an area to score it. If many questions are outside what you can see, ask a colleague who sees more of the organisation to take it as well.',
  ],
};

interface StateCase {
  name: string;
  definition: Assessment;
  answers: Answers;
  state: AssessmentResult['state'];
  headline: string;
  bandLabel: string | null;
  meaning: string | null;
  advice: string[];
  /** Dimension ids of the next steps, in order. */
  steps: string[];
}

const notEnough = (name: string, definition: Assessment, answers: Answers): StateCase => ({ name, definition, answers, state: 'not-enough', ...NOT_ENOUGH, steps: [] });

describe.each<StateCase>([
  // Nothing answered, in every model: one state, no advice that presumes a score.
  ...[pace, spectrum, blocks, audit, keyQuestions].map((definition) => notEnough(`${definition.title}: nothing answered`, definition, {})),
  ...[pace, spectrum, blocks, audit, keyQuestions].map((definition) => notEnough(`${definition.title}: every answer "not applicable"`, definition, answersFor(definition, null))),
  notEnough('PACE check: every answer "can\'t see"', pace, answersFor(pace, 'cannot-see')),
  // A single answer is below every dimension's minimum of half its items.
  notEnough('PACE check: a single answer', pace, { pr1: 5 }),
  notEnough('Customer-centricity spectrum: a single answer', spectrum, { [spectrum.dimensions[0]!.items[0]!.id]: 0 }),
  notEnough('Key questions: a single answer', keyQuestions, { kq1: 2 }),
  {
    name: 'PACE check: Evaluation all "not applicable", the rest "agree"',
    definition: pace,
    answers: answersFor(pace, 4, { evaluation: null }),
    state: 'partial',
    headline: '75 out of 100',
    bandLabel: 'Established, on the areas scored',
    meaning: 'This covers Processes, Attitudes and Communication only. Evaluation had too few answers to score, so it is left out of the overall score and nothing here describes it.',
    advice: ['To include Evaluation, answer at least half of its questions, or ask a colleague who can see that area to take the assessment too.'],
    // 75 is below the top band, so each scored area is worth working on; Evaluation is not listed.
    steps: ['processes', 'attitudes', 'communication'],
  },
  {
    name: 'PACE check: every answer "agree"',
    definition: pace,
    answers: answersFor(pace, 4),
    state: 'scored',
    headline: '75 out of 100',
    bandLabel: 'Established',
    meaning: band(pace, 'Established').meaning,
    advice: [band(pace, 'Established').advice],
    steps: ['processes', 'attitudes', 'communication', 'evaluation'],
  },
  {
    name: 'PACE check: weakest areas first, strong ones left out',
    definition: pace,
    answers: answersFor(pace, 5, { processes: 3, evaluation: 1 }),
    state: 'scored',
    headline: '63 out of 100',
    bandLabel: 'Established',
    meaning: band(pace, 'Established').meaning,
    advice: [band(pace, 'Established').advice],
    steps: ['evaluation', 'processes'],
  },
  {
    name: 'Building blocks: block 1 partly in place, blocks 2–6 fully',
    definition: blocks,
    answers: answersFor(blocks, 5, { [blocks.dimensions[0]!.id]: 3 }),
    state: 'scored',
    headline: 'Foundations not yet secure: block 1, Customer voice, is partly in place; five later blocks rest on it',
    bandLabel: null,
    meaning: null,
    advice: [],
    steps: [blocks.dimensions[0]!.id],
  },
  {
    name: 'Building blocks: block 2 all "don\'t know", the others fully in place',
    definition: blocks,
    answers: answersFor(blocks, 5, { [blocks.dimensions[1]!.id]: null }),
    state: 'partial',
    headline: 'Block 1 is in place; block 2, Customer intelligence and lifetime value, could not be judged from your answers; four later blocks rest on it',
    bandLabel: null,
    meaning:
      'Too few questions about Customer intelligence and lifetime value have an answer other than "don\'t know", "not applicable" or "can\'t see", so how far the blocks are in place in order cannot be said beyond block 1. That is not the same as the block being missing.',
    advice: ['Find out how far Customer intelligence and lifetime value is in place: ask a colleague who can see it, then answer its questions.'],
    steps: [],
  },
  {
    name: 'Building blocks: blocks 1–2 in place, block 3 not started',
    definition: blocks,
    answers: answersFor(blocks, 4, { [blocks.dimensions[2]!.id]: 1 }),
    state: 'scored',
    headline: 'Blocks 1–2 are in place; block 3, CX improvement and innovation, is not at all; three later blocks rest on it',
    bandLabel: 'Foundations',
    meaning: band(blocks, 'Foundations').meaning,
    advice: [band(blocks, 'Foundations').advice],
    steps: [blocks.dimensions[2]!.id],
  },
  {
    name: 'Building blocks: every block mostly in place',
    definition: blocks,
    answers: answersFor(blocks, 4),
    state: 'scored',
    headline: 'All six building blocks are in place',
    bandLabel: 'All blocks in play',
    meaning: band(blocks, 'All blocks in play').meaning,
    advice: [band(blocks, 'All blocks in play').advice],
    steps: [],
  },
  // Ties at every spectrum midpoint: the lower position, and its band's words (never the other's).
  ...(
    [
      [12.5, 'inside-out', 'product-led', 'Inside-out'],
      [37.5, 'product-led', 'efficiently-served', 'Product-led'],
      [62.5, 'efficiently-served', 'customer-aware', 'Efficiently served'],
      [87.5, 'customer-aware', 'engaged', 'Customer-aware'],
    ] as const
  ).map(
    ([at, lower, upper, title]): StateCase => ({
      name: `Customer-centricity spectrum: exactly ${at}, between ${lower} and ${upper}`,
      definition: spectrum,
      answers: spectrumAnswers(spectrum.dimensions.flatMap((d) => d.items).length / 2, lower, upper),
      state: 'scored',
      headline: title,
      bandLabel: null,
      meaning: band(spectrum, title).meaning,
      advice: [band(spectrum, title).advice],
      steps: expect.any(Array) as unknown as string[],
    }),
  ),
  {
    name: 'Best-practice audit: every answer 7, the first that counts as agreeing',
    definition: audit,
    answers: answersFor(audit, 7),
    state: 'scored',
    headline: '67 out of 100',
    bandLabel: 'Well established',
    meaning: band(audit, 'Well established').meaning,
    advice: [band(audit, 'Well established').advice],
    steps: audit.dimensions.map((dimension) => dimension.id),
  },
  {
    name: 'Key questions: every question "partly"',
    definition: keyQuestions,
    answers: answersFor(keyQuestions, 1),
    state: 'scored',
    headline: '50 out of 100',
    bandLabel: 'Partly ready',
    meaning: band(keyQuestions, 'Partly ready').meaning,
    advice: [band(keyQuestions, 'Partly ready').advice],
    steps: keyQuestions.dimensions.map((dimension) => dimension.id),
  },
])('$name', ({ definition, answers, state, headline, bandLabel, meaning, advice, steps }) => {
  const result = scoreAssessment(definition, answers, 'front-line');
  const summary = wordSummary(en, summariseResult(definition, result));

  it(`is ${state}`, () => {
    expect(result.state).toBe(state);
    expect(summary.state).toBe(state);
  });
  it('says what the answers support, and nothing else', () => {
    expect({ headline: summary.headline, bandLabel: summary.bandLabel, meaning: summary.meaning, advice: summary.advice }).toEqual({ headline, bandLabel, meaning, advice });
  });
  it('lists next steps weakest first, each area once', () => {
    expect(result.nextSteps.map((step) => step.dimension)).toEqual(steps);
    expect(new Set(result.nextSteps.map((step) => step.dimension)).size).toBe(result.nextSteps.length);
  });
  it('never scores a dimension below its minimum, and names each one left out', () => {
    const leftOut = result.dimensions.filter((dimension) => dimension.status === 'too-few');
    for (const dimension of leftOut) expect(dimension.score).toBeNull();
    expect(summary.leftOut.map((line) => line.split(':')[0])).toEqual(leftOut.map((dimension) => dimension.title));
  });
});

describe('the spectrum tie rule', () => {
  it('names the same position as the band at every midpoint and just either side of it', () => {
    const positions = spectrum.positions!;
    for (let i = 1; i < positions.length; i++) {
      const midpoint = (positions[i - 1]!.at + positions[i]!.at) / 2;
      for (const at of [midpoint - 0.01, midpoint, midpoint + 0.01]) {
        const expected = at <= midpoint ? positions[i - 1]!.title : positions[i]!.title;
        expect(spectrum.bands.find((candidate) => at <= candidate.upTo)?.label).toBe(expected);
      }
    }
  });
});

describe('the best-practice audit beside the survey', () => {
  const comparison = (answers: Answers, itemId: string) => {
    const result = scoreAssessment(audit, answers, 'leader');
    return result.model === 'benchmark' ? result.comparisons.find((c) => c.itemId === itemId) : undefined;
  };

  it.each([
    // et2: published mean 5.8 on the ten-point scale; me1: 4.6.
    ['et2', 5, 'in-line', false],
    ['et2', 6, 'in-line', false],
    ['et2', 7, 'above', true],
    ['et2', 4, 'below', false],
    ['me1', 5, 'in-line', false],
    ['me1', 3, 'below', false],
    ['me1', 6, 'above', false],
  ] as const)('%s answered %s: %s the mean, agreeing %s', (itemId, value, versusMean, agrees) => {
    expect(comparison({ [itemId]: value }, itemId)).toMatchObject({ versusMean, agrees });
  });
});

describe('result states in German and Polish', () => {
  // The assessment text (titles, bands, scale labels) is still English here: only the interface's sentences are translated.
  const cases = [
    {
      name: 'PACE check: nothing answered',
      definition: pace,
      answers: {},
      de: { headline: 'Zu wenige Antworten für eine Auswertung', bandLabel: null, coverage: '0 von 34 Fragen beantwortet; 34 unbeantwortet.' },
      pl: { headline: 'Za mało odpowiedzi, by wystawić wynik', bandLabel: null, coverage: 'Odpowiedzi na 0 z 34 pytań; bez odpowiedzi: 34.' },
    },
    {
      name: 'PACE check: Evaluation all "not applicable", the rest "agree"',
      definition: pace,
      answers: answersFor(pace, 4, { evaluation: null }),
      de: {
        headline: '75 von 100',
        bandLabel: 'Established, in den ausgewerteten Bereichen',
        meaning: 'Das Ergebnis umfasst nur Processes, Attitudes und Communication. Für Evaluation gab es zu wenige Antworten; dieser Bereich fließt nicht in das Gesamtergebnis ein, und nichts hier beschreibt ihn.',
      },
      pl: {
        headline: '75 na 100',
        bandLabel: 'Established, w ocenionych obszarach',
        meaning: 'Wynik obejmuje tylko: Processes, Attitudes i Communication. Obszar Evaluation miał za mało odpowiedzi, więc pominięto go w wyniku ogólnym i nic tutaj go nie opisuje.',
      },
    },
    {
      name: 'Building blocks: block 1 partly in place, blocks 2–6 fully',
      definition: blocks,
      answers: answersFor(blocks, 5, { [blocks.dimensions[0]!.id]: 3 }),
      de: { headline: 'Fundament noch nicht gesichert: Baustein 1, Customer voice, ist partly in place; fünf weitere Bausteine bauen darauf auf' },
      pl: { headline: 'Fundamenty jeszcze niepewne: element 1, Customer voice, jest w stanie: partly in place; opiera się na nim pięć kolejnych elementów' },
    },
    {
      name: 'Building blocks: every block mostly in place',
      definition: blocks,
      answers: answersFor(blocks, 4),
      de: { headline: 'Alle sechs Bausteine sind vorhanden' },
      pl: { headline: 'Wszystkie elementy składowe są na miejscu (sześć)' },
    },
  ];
  it.each(cases.flatMap(({ name, definition, answers, de, pl }) => [{ name, definition, answers, locale: 'de' as const, expected: de }, { name, definition, answers, locale: 'pl' as const, expected: pl }]))(
    '$name, in $locale',
    ({ definition, answers, locale, expected }) => {
      const summary = wordSummary(translatorFor(locale), summariseResult(definition, scoreAssessment(definition, answers, 'front-line')));
      expect(summary).toMatchObject(expected);
    },
  );
});
