import type { Translate } from '../../lib/i18n/translate.ts';
import type { SavedResult } from '../../lib/schema/saved-result.ts';
import { h } from '../view/dom.ts';

/**
 * "Include my notes" for a result's share link: offered only when the result has notes,
 * unticked, with what ticking it does said beside it. `onChange` gets the new choice.
 */
export function includeNotesChoice(result: SavedResult, id: string, t: Translate, onChange: (include: boolean) => void): HTMLElement | null {
  if (!Object.values(result.notes ?? {}).some((note) => note.trim() !== '')) return null;
  const box = h('input', { type: 'checkbox', id, 'aria-describedby': `${id}-help` });
  box.addEventListener('change', () => onChange(box.checked));
  return h(
    'div',
    { class: 'share-include-notes' },
    h('label', { for: id }, box, ' ', t('note.include')),
    h('p', { class: 'muted share-note', id: `${id}-help` }, t('note.includeHelp')),
  );
}
