/**
 * Notes beside answers (SavedResult.notes): what the form keeps of a typed note, and the
 * notes of a result in question order for the views that list them.
 */
import type { Assessment } from '../schema/assessment.ts';
import { ITEM_NOTE_MAX_LENGTH } from '../schema/answer-values.ts';

/** Where the form starts showing how many characters a note has: near the limit, not before. */
export const NOTE_COUNT_FROM = ITEM_NOTE_MAX_LENGTH - 200;

/**
 * A typed note as it is kept: the first ITEM_NOTE_MAX_LENGTH characters (never half a
 * surrogate pair), and `over` when that left something out, which the form then says.
 * Blank text is no note.
 */
export function keptNote(text: string): { note: string | undefined; over: boolean } {
  if (text.trim() === '') return { note: undefined, over: false };
  if (text.length <= ITEM_NOTE_MAX_LENGTH) return { note: text, over: false };
  const cut = text.slice(0, ITEM_NOTE_MAX_LENGTH);
  return { note: /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut, over: true };
}

/** The notes with one item's note set from typed text, or removed when the text is blank. */
export function withNote(notes: Readonly<Record<string, string>>, itemId: string, text: string): Record<string, string> {
  const { [itemId]: _, ...rest } = notes;
  const { note } = keptNote(text);
  return note === undefined ? rest : { ...rest, [itemId]: note };
}

export interface NotedItem {
  itemId: string;
  /** The question's number as the form shows it, from 1. */
  number: number;
  text: string;
  note: string;
}

/** A result's notes under their questions, in the assessment's order; notes of items it does not have are left out. */
export function notedItems(definition: Assessment, notes: Readonly<Record<string, string>> | undefined): NotedItem[] {
  if (!notes) return [];
  const items = definition.dimensions.flatMap((dimension) => dimension.items);
  return items.flatMap((item, index) => {
    const note = Object.hasOwn(notes, item.id) ? notes[item.id] : undefined;
    return note && note.trim() !== '' ? [{ itemId: item.id, number: index + 1, text: item.text, note }] : [];
  });
}
