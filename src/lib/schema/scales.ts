/**
 * Answer scales, named once. Every assessment picks one by id; its labels, range and the
 * value from which an answer counts as "agreeing" are defined here and nowhere else.
 * Every scale also offers "not applicable / don't know", stored as `null`, and items may
 * offer "I can't see this from my role"; both are left out of scoring rather than counted
 * as low, and each is counted and reported for what it is.
 */
export interface Scale {
  id: string;
  /**
   * `ordinal`: answers are values from min to max, placed on a 0–100 line and able to agree.
   * `choice`: each item brings its own options (the spectrum model); no value, no agreeing.
   */
  kind: 'ordinal' | 'choice';
  /** Show the options one under another (long labels) rather than in a row (numbers). */
  layout: 'column' | 'row';
  /** Shown above the questions. */
  title: string;
  min: number;
  max: number;
  /** One label per value from min to max, in order. */
  labels: string[];
  /** For a numbered scale, the words at both ends its labels are made from (see `numbered`). */
  ends?: readonly [string, string];
  /** Answers at or above this value count as agreeing (team view, benchmarks). */
  agreeFrom: number;
  /** Why agreeFrom is where it is, shown on the assessment page. */
  agreeNote: string;
}

// The answer labels are interface strings (scale.notApplicable, scale.cannotSee); this one stays only
// until compare-view reads it from the dictionary too.
export const NOT_APPLICABLE_LABEL = "Not applicable / don't know";

/** Whether answers on this scale have values that place on a line and can agree. */
export function isOrdinal(scale: Scale): boolean {
  return scale.kind === 'ordinal';
}

/** Labels for a scale numbered min to max whose ends are named: "1 – strongly disagree", 2, … */
export function numbered(min: number, max: number, ends: readonly [string, string]): string[] {
  return Array.from({ length: max - min + 1 }, (_, i) => {
    const value = min + i;
    if (value === min) return `${value} – ${ends[0]}`;
    if (value === max) return `${value} – ${ends[1]}`;
    return String(value);
  });
}

export const scales = {
  'agree-5': {
    id: 'agree-5',
    kind: 'ordinal',
    layout: 'column',
    title: 'How far do you agree?',
    min: 1,
    max: 5,
    labels: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
    agreeFrom: 4,
    agreeNote: '"Agree" and "strongly agree" count as agreeing.',
  },
  'agree-10': {
    id: 'agree-10',
    kind: 'ordinal',
    layout: 'row',
    title: 'How far do you agree, from 1 (strongly disagree) to 10 (strongly agree)?',
    min: 1,
    max: 10,
    labels: numbered(1, 10, ['strongly disagree', 'strongly agree']),
    ends: ['strongly disagree', 'strongly agree'],
    agreeFrom: 7,
    agreeNote:
      'Counting answers of 7 to 10 as agreeing is Touchline\'s assumption: the 2008 survey used a ten-point scale but did not publish where it drew the line, so compare percentages with care.',
  },
  'in-place-5': {
    id: 'in-place-5',
    kind: 'ordinal',
    layout: 'column',
    title: 'How far is this in place in your organisation?',
    min: 1,
    max: 5,
    labels: ['Not at all', 'Talked about, not started', 'Partly in place', 'Mostly in place', 'Fully in place and working'],
    agreeFrom: 4,
    agreeNote: '"Mostly" and "fully in place" count as in place.',
  },
  'readiness-3': {
    id: 'readiness-3',
    kind: 'ordinal',
    layout: 'column',
    title: 'Can your team answer this question today?',
    min: 0,
    max: 2,
    labels: ['Not yet', 'Partly', 'Answered'],
    agreeFrom: 2,
    agreeNote: 'Only "answered" counts as ready.',
  },
  choice: {
    id: 'choice',
    kind: 'choice',
    layout: 'column',
    title: 'Choose the statement closest to your organisation',
    min: 0,
    max: 0,
    labels: [],
    agreeFrom: 0,
    agreeNote: 'Each option places your organisation on the spectrum; there is no agreeing or disagreeing.',
  },
} as const satisfies Record<string, Scale>;

export type ScaleId = keyof typeof scales;
export const scaleIds = Object.keys(scales) as [ScaleId, ...ScaleId[]];

type ScaleIdOfKind<K extends Scale['kind']> = { [Id in ScaleId]: (typeof scales)[Id]['kind'] extends K ? Id : never }[ScaleId];
export type OrdinalScaleId = ScaleIdOfKind<'ordinal'>;
export type ChoiceScaleId = ScaleIdOfKind<'choice'>;
/** Scales whose answers are values: every model but spectrum uses one. */
export const ordinalScaleIds = scaleIds.filter((id): id is OrdinalScaleId => scales[id].kind === 'ordinal') as [OrdinalScaleId, ...OrdinalScaleId[]];
/** Scales whose items bring their own options: the spectrum model uses one. */
export const choiceScaleIds = scaleIds.filter((id): id is ChoiceScaleId => scales[id].kind === 'choice') as [ChoiceScaleId, ...ChoiceScaleId[]];
