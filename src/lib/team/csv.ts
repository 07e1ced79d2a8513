import Papa from 'papaparse';
import { figureGroups, type DimensionAggregate, type FigureGroup, type Hidden, type ItemAggregate, type ItemGap, type TeamAggregate } from './aggregate.ts';
import { phrase, type PhraseValue } from './phrase.ts';
import { cannotSeeDimensions, groupHeading, hiddenText } from './report-text.ts';

/** Writes a phrase in the page's language (renderPhrase with its translator). */
export type Render = (value: PhraseValue) => string;

/** The CSV's columns, in order. */
export const teamCsvColumns = [
  'Dimension',
  'Item',
  'Statement',
  'Group',
  'Group name',
  'n',
  'Mean answer',
  'Mean score (0-100)',
  '% agreeing',
  'Hidden because',
  'Gap: leaders minus front line (points)',
  'Gap: leaders minus front line (% agreeing points)',
  'Could not see (people)',
  '% could not see',
] as const;

type TeamCsvRow = Record<(typeof teamCsvColumns)[number], string | number>;

function hiddenBecause(figures: Hidden, minGroupSize: number): PhraseValue {
  return figures.reason === 'small-group' ? phrase('report.csv.fewerAnswered', { min: minGroupSize }) : hiddenText(figures, minGroupSize);
}

/** Rounded for reading in a spreadsheet; the aggregate keeps the exact figures. */
function rounded(value: number | null, digits: number): number | '' {
  if (value === null) return '';
  const factor = 10 ** digits;
  // Half away from zero, so a gap of -2.5 and one of 2.5 round to the same size.
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
}

function itemRow(render: Render, aggregate: TeamAggregate, item: ItemAggregate, group: FigureGroup, gap: ItemGap | undefined): TeamCsvRow {
  const { minGroupSize } = aggregate;
  const figures = item.groups[group];
  return {
    Dimension: item.dimension,
    Item: item.id,
    Statement: item.text,
    Group: group,
    'Group name': render(groupHeading(aggregate, group)),
    n: figures.suppressed ? (figures.reason === 'small-group' ? figures.n : '') : figures.n,
    'Mean answer': figures.suppressed ? '' : rounded(figures.meanAnswer, 2),
    'Mean score (0-100)': figures.suppressed ? '' : rounded(figures.meanScore, 1),
    '% agreeing': figures.suppressed ? '' : rounded(figures.percentAgreeing, 1),
    'Hidden because': figures.suppressed ? render(hiddenBecause(figures, minGroupSize)) : '',
    'Gap: leaders minus front line (points)': rounded(gap?.points ?? null, 1),
    'Gap: leaders minus front line (% agreeing points)': rounded(gap?.percentAgreeingPoints ?? null, 1),
    'Could not see (people)': '',
    '% could not see': '',
  };
}

/** An area's "could not see" figures for one group: the item columns empty, n the whole group. */
function cannotSeeRow(render: Render, aggregate: TeamAggregate, dimension: DimensionAggregate, group: FigureGroup): TeamCsvRow {
  const figures = dimension.cannotSee[group];
  return {
    Dimension: dimension.id,
    Item: '',
    Statement: render(phrase('report.csv.cannotSee', { area: dimension.title })),
    Group: group,
    'Group name': render(groupHeading(aggregate, group)),
    n: figures.suppressed ? (figures.reason === 'small-group' ? figures.n : '') : figures.n,
    'Mean answer': '',
    'Mean score (0-100)': '',
    '% agreeing': '',
    'Hidden because': figures.suppressed ? render(hiddenBecause(figures, aggregate.minGroupSize)) : '',
    'Gap: leaders minus front line (points)': '',
    'Gap: leaders minus front line (% agreeing points)': '',
    'Could not see (people)': figures.suppressed ? '' : figures.people,
    '% could not see': figures.suppressed ? '' : rounded(figures.percent, 1),
  };
}

/**
 * The aggregate as CSV: one row per item and group (the team, then each role), items in
 * definition order, with the item's perception gap repeated on each of its rows so that a
 * filtered spreadsheet keeps it; then, for areas that offer "I can't see this from my role", one
 * row per area and group with who could not see it (Item empty). Hidden figures are empty cells. Cells that a spreadsheet
 * would read as a formula are escaped. Numbers stay machine-readable whatever the page's
 * language: plain digits, '.' for decimals, no grouping (the report on screen and in print
 * writes them through Intl instead). Column names stay English, for scripts that read the file;
 * the words in cells (group names, why hidden) are the page's, through `render`.
 */
export function aggregateToCsv(aggregate: TeamAggregate, render: Render): string {
  const gaps = new Map(aggregate.gaps.items.map((gap) => [gap.itemId, gap]));
  const rows = [
    ...aggregate.items.flatMap((item) => figureGroups.map((group) => itemRow(render, aggregate, item, group, gaps.get(item.id)))),
    ...cannotSeeDimensions(aggregate).flatMap((dimension) => figureGroups.map((group) => cannotSeeRow(render, aggregate, dimension, group))),
  ];
  return Papa.unparse({ fields: [...teamCsvColumns], data: rows.map((row) => teamCsvColumns.map((column) => row[column])) }, { escapeFormulae: true, newline: '\r\n' });
}
