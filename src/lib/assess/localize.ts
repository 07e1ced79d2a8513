// An assessment and its answer scale in the page's language: the English definition with its
// words swapped for a translation's. Ids, model, figures and option positions never change,
// so scoring, versions and share codes are the same in every language.
import type { Assessment } from '../schema/assessment.ts';
import type { AssessmentTranslation, ScaleTranslation } from '../schema/assessment-translation.ts';
import { numbered, type Scale } from '../schema/scales.ts';

export interface ShapeIssue {
  /** Path in the translation file. */
  path: (string | number)[];
  message: string;
}

const keysOf = (value: unknown): string[] => (value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : []);
const at = (value: unknown, key: string | number): unknown => (value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined);
const lengthOf = (value: unknown): number | undefined => (Array.isArray(value) ? value.length : undefined);

/**
 * Where a translation's shape differs from its English definition: a missing or extra id, a
 * text field the English has not (or lacks), a list of another length. Works on the raw file,
 * so every difference is reported at once. `englishFile` names the definition in messages.
 */
export function translationShapeIssues(english: Assessment, translation: unknown, englishFile: string): ShapeIssue[] {
  const issues: ShapeIssue[] = [];
  const sameIds = (path: string[], englishIds: string[], kind: string, what: string) => {
    const given = keysOf(at(translation, path[0]!));
    for (const id of englishIds) if (!given.includes(id)) issues.push({ path, message: `missing ${kind} "${id}": translate its ${what} (${englishFile} has it)` });
    for (const id of given) if (!englishIds.includes(id)) issues.push({ path: [...path, id], message: `${englishFile} has no ${kind} "${id}"; remove it, or correct the id to one of the English file's` });
  };
  const optional = (path: (string | number)[], englishHas: boolean, value: unknown) => {
    if (englishHas && value === undefined) issues.push({ path, message: `the English has this text; translate it here` });
    if (!englishHas && value !== undefined) issues.push({ path, message: `the English has no such text; remove it` });
  };
  const sameLength = (path: (string | number)[], expected: number, value: unknown, what: string) => {
    const length = lengthOf(value);
    if (length !== undefined && length !== expected) issues.push({ path, message: `give ${expected} ${what}, one per English one in the same order (found ${length})` });
  };

  optional(['sourceNote'], english.sourceNote !== undefined, at(translation, 'sourceNote'));
  optional(['benchmarkSurvey'], english.model === 'benchmark' && english.benchmarkSurvey !== undefined, at(translation, 'benchmarkSurvey'));
  sameLength(['bands'], english.bands.length, at(translation, 'bands'), 'bands');
  if (english.model === 'spectrum') sameIds(['positions'], english.positions.map((p) => p.id), 'position', 'title and description');
  else optional(['positions'], false, at(translation, 'positions'));
  sameIds(['dimensions'], english.dimensions.map((d) => d.id), 'dimension', 'title and advice');
  const items = english.dimensions.flatMap((d) => d.items);
  sameIds(['items'], items.map((item) => item.id), 'item', 'text');
  for (const dimension of english.dimensions) {
    const given = at(at(translation, 'dimensions'), dimension.id);
    if (given !== undefined) optional(['dimensions', dimension.id, 'summary'], dimension.summary !== undefined, at(given, 'summary'));
  }
  for (const item of items) {
    const given = at(at(translation, 'items'), item.id);
    if (given === undefined) continue;
    const path = ['items', item.id];
    optional([...path, 'leadIn'], item.leadIn !== undefined, at(given, 'leadIn'));
    optional([...path, 'help'], item.help !== undefined, at(given, 'help'));
    optional([...path, 'options'], item.options !== undefined, at(given, 'options'));
    if (item.options) sameLength([...path, 'options'], item.options.length, at(given, 'options'), 'options');
    const figures = item.benchmarks ?? [];
    optional([...path, 'benchmarkNotes'], figures.length > 0, at(given, 'benchmarkNotes'));
    if (figures.length > 0) {
      const notes = at(given, 'benchmarkNotes');
      sameLength([...path, 'benchmarkNotes'], figures.length, notes, 'notes');
      figures.forEach((figure, i) => {
        const note = at(notes, i);
        if (lengthOf(notes) === figures.length && (figure.note === undefined) !== (note === null)) {
          issues.push({ path: [...path, 'benchmarkNotes', i], message: figure.note === undefined ? 'the English figure has no note: write null' : 'the English figure has a note: translate it' });
        }
      });
    }
  }
  return issues;
}

/** An assessment's text in a translation's language, and the English words of quoted items (shown beside them). */
export function localizeAssessment<A extends Assessment>(english: A, translation: AssessmentTranslation): { definition: A; originals: Record<string, string> } {
  // A copy changed in place keeps the definition's model-specific type, which a rebuilt object would lose.
  const definition = structuredClone(english);
  const originals: Record<string, string> = {};
  Object.assign(definition, {
    title: translation.title,
    summary: translation.summary,
    tells: translation.tells,
    method: translation.method,
    ...(translation.sourceNote !== undefined && { sourceNote: translation.sourceNote }),
    ...(translation.benchmarkSurvey !== undefined && { benchmarkSurvey: translation.benchmarkSurvey }),
  });
  definition.bands.forEach((band, i) => Object.assign(band, translation.bands[i]));
  if (definition.model === 'spectrum') for (const position of definition.positions) Object.assign(position, translation.positions?.[position.id]);
  for (const dimension of definition.dimensions) {
    Object.assign(dimension, translation.dimensions[dimension.id]);
    for (const item of dimension.items) {
      const words = translation.items[item.id];
      if (!words) continue;
      if (item.quoted) originals[item.id] = item.text;
      item.text = words.text;
      if (words.leadIn !== undefined) item.leadIn = words.leadIn;
      if (words.help !== undefined) item.help = words.help;
      item.options?.forEach((option, i) => (option.text = words.options?.[i] ?? option.text));
      item.benchmarks?.forEach((figure, i) => {
        const note = words.benchmarkNotes?.[i];
        if (note) figure.note = note;
      });
    }
  }
  return { definition, originals };
}

/** Where a scale translation's shape differs from the English scale. */
export function scaleShapeIssues(scale: Scale, translation: unknown): ShapeIssue[] {
  const issues: ShapeIssue[] = [];
  const labels = at(translation, 'labels');
  const ends = at(translation, 'ends');
  if (scale.ends) {
    if (ends === undefined) issues.push({ path: [scale.id, 'ends'], message: 'this scale is numbered: give the words at its two ends' });
    if (labels !== undefined) issues.push({ path: [scale.id, 'labels'], message: 'this scale is numbered: give its two ends, not labels' });
  } else {
    if (ends !== undefined) issues.push({ path: [scale.id, 'ends'], message: 'this scale labels each value: give labels, not ends' });
    const length = lengthOf(labels);
    if (scale.labels.length > 0 && length !== scale.labels.length) issues.push({ path: [scale.id, 'labels'], message: `give ${scale.labels.length} labels, one per value in the English order${length === undefined ? '' : ` (found ${length})`}` });
    if (scale.labels.length === 0 && labels !== undefined) issues.push({ path: [scale.id, 'labels'], message: 'this scale has no labels (each question brings its options): remove them' });
  }
  return issues;
}

/** A scale in a translation's language. */
export function localizeScale(scale: Scale, translation: ScaleTranslation): Scale {
  const labels = scale.ends && translation.ends ? numbered(scale.min, scale.max, translation.ends) : (translation.labels ?? scale.labels);
  return { ...scale, title: translation.title, agreeNote: translation.agreeNote, labels, ...(translation.ends && { ends: translation.ends }) };
}
