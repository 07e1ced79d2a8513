import { earlierVersionNoteModel } from '../../lib/results/as-taken.ts';
import type { EarlierVersion } from '../../lib/results/history.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { h } from '../view/dom.ts';

/** The note beside a result taken with an earlier version of the questions, its lead-in in bold. */
export function earlierNote(earlier: EarlierVersion, t: Translate): HTMLElement {
  const { changes, kept, changed } = earlierVersionNoteModel(earlier);
  // What changed is the assessment's own text (its history file); the rest is the interface's.
  const what = changes === undefined ? t('results.earlier.someChanged') : `${changes.charAt(0).toUpperCase()}${changes.slice(1)}`;
  return h(
    'p',
    { class: 'results-note' },
    h('strong', {}, t('results.earlier.lead')),
    ' ',
    `${what} ${t('results.earlier.shown')} ${t('results.earlier.carryOver', { kept, count: changed })}`,
  );
}
