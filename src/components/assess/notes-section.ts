import type { Assessment } from '../../lib/schema/assessment.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { notedItems } from '../../lib/results/item-notes.ts';
import { h } from '../view/dom.ts';

/**
 * "Your notes" on a result (on a shared result, the sharer's notes): each note under its question, in question order. Notes are the
 * person's own text, so they go in as text nodes only (h never parses markup).
 */
export function notesSection(definition: Assessment, notes: Readonly<Record<string, string>> | undefined, own: (text: string) => string | HTMLElement, t: Translate, shared = false): HTMLElement | null {
  const noted = notedItems(definition, notes);
  if (noted.length === 0) return null;
  return h(
    'section',
    { class: 'result-notes', 'aria-labelledby': 'result-notes' },
    h('h3', { id: 'result-notes' }, t(shared ? 'note.sharedHeading' : 'note.heading')),
    shared ? null : h('p', { class: 'muted no-print' }, t('note.intro')),
    h(
      'dl',
      {},
      noted.flatMap(({ number, text, note }) => [
        h('dt', {}, h('span', { class: 'muted' }, `${t('note.question', { number })}: `), own(text)),
        h('dd', { class: 'result-note' }, note),
      ]),
    ),
  );
}
