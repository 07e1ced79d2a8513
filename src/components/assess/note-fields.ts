// The note fields beside the questions (AssessmentForm.astro): their count near the limit,
// and putting a draft's notes back. The notes themselves live in the element's state.
import type { Translate } from '../../lib/i18n/translate.ts';
import { keptNote, NOTE_COUNT_FROM } from '../../lib/results/item-notes.ts';
import { ITEM_NOTE_MAX_LENGTH } from '../../lib/schema/answer-values.ts';

/** The count near the limit, and at it a message that the rest is not kept: a cut is said, never silent. */
export function showNoteCount(field: HTMLTextAreaElement, t: Translate): void {
  const count = field.parentElement?.querySelector('.assess-note-count');
  if (!count) return;
  const length = field.value.length;
  const atLimit = length >= ITEM_NOTE_MAX_LENGTH;
  count.querySelector('span')!.textContent = length >= NOTE_COUNT_FROM ? t('note.count', { count: length, max: ITEM_NOTE_MAX_LENGTH }) : '';
  const message = count.querySelector('strong')!;
  // Rewritten only when it changes, so a screen reader hears it once, not at every key.
  const said = atLimit ? t('note.atLimit', { max: ITEM_NOTE_MAX_LENGTH }) : '';
  if (message.textContent !== said) message.textContent = said;
  if (keptNote(field.value).over) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
}

/** Puts a draft's notes back into their fields, opened, or empties and closes every field (`notes` empty). */
export function fillNoteFields(root: HTMLElement, notes: Readonly<Record<string, string>>, t: Translate): void {
  for (const field of root.querySelectorAll<HTMLTextAreaElement>('textarea[data-note]')) {
    const note = Object.hasOwn(notes, field.dataset.note!) ? notes[field.dataset.note!] : undefined;
    field.value = note ?? '';
    field.closest('details')!.open = note !== undefined;
    showNoteCount(field, t);
  }
}
