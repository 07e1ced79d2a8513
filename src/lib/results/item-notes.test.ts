import { describe, expect, it } from 'vitest';
import { ITEM_NOTE_MAX_LENGTH } from '../schema/answer-values.ts';
import { paceDefinition } from './fixtures.ts';
import { keptNote, notedItems, withNote } from './item-notes.ts';

describe('keptNote', () => {
  it('keeps a note up to the limit whole, and says when it had to leave the rest out', () => {
    expect(keptNote('Billing owns it.')).toEqual({ note: 'Billing owns it.', over: false });
    expect(keptNote('a'.repeat(ITEM_NOTE_MAX_LENGTH))).toEqual({ note: 'a'.repeat(ITEM_NOTE_MAX_LENGTH), over: false });
    expect(keptNote('a'.repeat(ITEM_NOTE_MAX_LENGTH + 5))).toEqual({ note: 'a'.repeat(ITEM_NOTE_MAX_LENGTH), over: true });
  });

  it('never keeps half of a character cut at the limit', () => {
    const text = `${'a'.repeat(ITEM_NOTE_MAX_LENGTH - 1)}🙂`;
    const { note, over } = keptNote(text);
    expect(over).toBe(true);
    expect(note).toBe('a'.repeat(ITEM_NOTE_MAX_LENGTH - 1));
  });

  it('treats blank text as no note', () => {
    expect(keptNote('  \n ')).toEqual({ note: undefined, over: false });
  });
});

describe('withNote', () => {
  it('sets, replaces and removes one item’s note without touching the others', () => {
    const notes = withNote({ pr1: 'one' }, 'pr2', 'two');
    expect(notes).toEqual({ pr1: 'one', pr2: 'two' });
    expect(withNote(notes, 'pr1', 'uno')).toEqual({ pr1: 'uno', pr2: 'two' });
    expect(withNote(notes, 'pr1', '')).toEqual({ pr2: 'two' });
  });
});

describe('notedItems', () => {
  it('lists notes in question order with the question’s number and text, and leaves out unknown items', () => {
    const [first, second] = paceDefinition.dimensions.flatMap((dimension) => dimension.items).slice(0, 2);
    const listed = notedItems(paceDefinition, { [second!.id]: 'second', zz9: 'no such question', [first!.id]: '<b>first</b>' });
    expect(listed).toEqual([
      { itemId: first!.id, number: 1, text: first!.text, note: '<b>first</b>' },
      { itemId: second!.id, number: 2, text: second!.text, note: 'second' },
    ]);
    expect(notedItems(paceDefinition, undefined)).toEqual([]);
  });

  it('is not fooled by an item id that names a property every object has', () => {
    expect(notedItems(paceDefinition, { toString: 'x', constructor: 'y' })).toEqual([]);
  });
});
