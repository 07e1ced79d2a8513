/**
 * Definitions and random results for the results tests: the scoring fixtures (one per
 * model) and the real assessments read from src/content through the real schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { assessmentSchema, type Assessment } from '../schema/assessment.ts';
import { roles, type SavedResult } from '../schema/saved-result.ts';
import { fixtures } from '../scoring/fixtures.ts';
import { answerRanges, type DefinitionsById } from './definitions.ts';
import { historyFiles } from './history-files.ts';
import { readHistory, type EarlierVersionsById } from './history-schema.ts';
import type { StorageEngine } from './storage-engine.ts';
import { assessmentVersion } from './version.ts';

const contentFolder = new URL('../../content/assessments/', import.meta.url);

/** A real assessment, `src/content/assessments/<id>.yaml`, through assessmentSchema. */
export function loadAssessment(id: string): Assessment {
  return assessmentSchema.parse(parse(readFileSync(new URL(`${id}.yaml`, contentFolder), 'utf8')));
}

export const paceDefinition = loadAssessment('pace');

/** Every real assessment, by id. */
export const contentDefinitions: DefinitionsById = Object.fromEntries(
  readdirSync(contentFolder)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => {
      const id = file.replace(/\.yaml$/, '');
      return [id, loadAssessment(id)];
    }),
);

/** The scoring fixtures as `fixture-<model>`, and the real assessments. */
export const testDefinitions: DefinitionsById = {
  ...Object.fromEntries(Object.entries(fixtures).map(([model, definition]) => [`fixture-${model}`, definition])),
  ...contentDefinitions,
};

export const testDefinitionEntries = Object.entries(testDefinitions);

/** The real assessments' earlier versions, from their committed history files. */
export const testEarlierVersions: EarlierVersionsById = readHistory(historyFiles, contentDefinitions);

/** A result to build on in table-driven tests. */
export function sampleResult(overrides: Partial<SavedResult> = {}): SavedResult {
  return {
    format: 1,
    id: 'result-0001',
    assessment: 'pace',
    version: assessmentVersion(paceDefinition),
    takenAt: '2026-03-01T10:30:00.000Z',
    role: 'manager',
    answers: { pr1: 4, pr2: null, at1: 5 },
    ...overrides,
  };
}

export interface ResultShape {
  /** Whole seconds only, an assessmentVersion-shaped version, notes within `noteBytes` UTF-8 bytes. */
  shareable?: boolean;
  /** Most UTF-8 bytes a note may take (team, segment, label). */
  noteBytes?: number;
  /** Notes are never empty strings (CSV reads an empty cell as "no note"). */
  nonEmptyNotes?: boolean;
}

const MISSING = Symbol('missing');

/** Valid answers for the definition: any value in each item's range, n/a, or none. */
export function validAnswersArbitrary(definition: Assessment): fc.Arbitrary<SavedResult['answers']> {
  const ranges = answerRanges(definition);
  return fc
    .tuple(
      ...ranges.map((range) =>
        fc.oneof(
          { weight: 6, arbitrary: fc.integer({ min: range.min, max: range.max }) },
          { weight: 1, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.constant(MISSING) },
        ),
      ),
    )
    .map((values) => {
      const answers: SavedResult['answers'] = {};
      values.forEach((value, index) => {
        const range = ranges[index];
        if (range && value !== MISSING) answers[range.itemId] = value;
      });
      return answers;
    });
}

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** Keeps whole characters from the start while the text takes at most `limit` UTF-8 bytes. */
function fitBytes(text: string, limit: number | undefined): string {
  if (limit === undefined) return text;
  let fitted = '';
  let bytes = 0;
  for (const character of text) {
    bytes += utf8Length(character);
    if (bytes > limit) break;
    fitted += character;
  }
  return fitted;
}

function noteArbitrary(maxChars: number, shape: ResultShape): fc.Arbitrary<string | undefined> {
  const text = fc
    .oneof(fc.string({ maxLength: maxChars }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('=SUM(A1)', '-1', '"quoted", and more', 'line\nbreak', ' spaced ', "'quoted"))
    .map((note) => fitBytes(note.slice(0, maxChars), shape.noteBytes))
    .filter((note) => !shape.nonEmptyNotes || note !== '');
  return fc.option(text, { nil: undefined });
}

// Built once: compiling a regular expression into an arbitrary is slow, and chain() calls per sample.
const versionHashes = fc.stringMatching(/^[0-9a-f]{8}$/);

/** Valid saved results of one assessment. */
export function savedResultArbitrary(assessmentId: string, definition: Assessment, shape: ResultShape = {}): fc.Arbitrary<SavedResult> {
  const times = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true });
  const versions = shape.shareable
    ? fc.oneof(fc.constant(assessmentVersion(definition)), versionHashes, fc.constant('unknown'))
    : fc.oneof(fc.constant(assessmentVersion(definition)), fc.string({ minLength: 1, maxLength: 12 }));
  return fc
    .record({
      id: fc.uuid(),
      version: versions,
      takenAt: times.map((date) => (shape.shareable ? new Date(Math.floor(date.getTime() / 1000) * 1000) : date).toISOString()),
      role: fc.constantFrom(null, ...roles),
      team: noteArbitrary(80, shape),
      segment: noteArbitrary(80, shape),
      label: noteArbitrary(120, shape),
      answers: validAnswersArbitrary(definition),
    })
    .map(({ team, segment, label, ...rest }) => ({
      format: 1 as const,
      assessment: assessmentId,
      ...rest,
      ...(team === undefined ? {} : { team }),
      ...(segment === undefined ? {} : { segment }),
      ...(label === undefined ? {} : { label }),
    }));
}

/** Any assessment of testDefinitions with a result for it. */
export function anySavedResult(shape: ResultShape = {}): fc.Arbitrary<{ assessmentId: string; definition: Assessment; result: SavedResult }> {
  return fc
    .constantFrom(...testDefinitionEntries)
    .chain(([assessmentId, definition]) => savedResultArbitrary(assessmentId, definition, shape).map((result) => ({ assessmentId, definition, result })));
}

/** A DOMException-like error, as browsers throw from setItem. */
export function storageError(name: 'QuotaExceededError' | 'SecurityError' | 'NS_ERROR_DOM_QUOTA_REACHED', code?: number): Error {
  return Object.assign(new Error(name), { name, ...(code === undefined ? {} : { code }) });
}

/** An in-memory StorageEngine whose calls can be made to throw, like a browser's. */
export function memoryEngine(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const failures: { get?: Error; set?: Error | ((key: string) => Error | undefined); remove?: Error } = {};
  const engine: StorageEngine = {
    getItem(key) {
      if (failures.get) throw failures.get;
      return data.get(key) ?? null;
    },
    setItem(key, value) {
      const failure = typeof failures.set === 'function' ? failures.set(key) : failures.set;
      if (failure) throw failure;
      data.set(key, value);
    },
    removeItem(key) {
      if (failures.remove) throw failures.remove;
      data.delete(key);
    },
  };
  return { engine, data, failures };
}
