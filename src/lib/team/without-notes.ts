/**
 * The team view takes no notes beside answers (SavedResult.notes): they are the person's own
 * remarks, never part of a team's figures, so they are dropped before a result is counted or
 * kept, and the import report says so once per file or paste that held any.
 */
import type { SourceReading } from '../intake/readings.ts';
import { phrase } from '../scoring/phrase.ts';
import type { SavedResult } from '../schema/saved-result.ts';

/** The result without its notes beside answers; one without any is returned as it is. */
export function withoutItemNotes(result: SavedResult): SavedResult {
  if (result.notes === undefined) return result;
  const { notes: _notes, ...rest } = result;
  return rest;
}

/** A reading's results without notes, and a line for the report when any had some. */
export function readingWithoutNotes(reading: SourceReading): SourceReading {
  if (!reading.results.some(({ result }) => result.notes !== undefined)) return reading;
  return {
    ...reading,
    results: reading.results.map((read) => ({ ...read, result: withoutItemNotes(read.result) })),
    notes: [...reading.notes, phrase('intake.notesNotUsed')],
  };
}
