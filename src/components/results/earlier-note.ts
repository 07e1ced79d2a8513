import { earlierVersionNoteParts } from '../../lib/results/as-taken.ts';
import type { EarlierVersion } from '../../lib/results/history.ts';
import { h } from '../view/dom.ts';

/** The note beside a result taken with an earlier version of the questions, its lead-in in bold. */
export function earlierNote(earlier: EarlierVersion): HTMLElement {
  const [lead, detail] = earlierVersionNoteParts(earlier);
  return h('p', { class: 'results-note' }, h('strong', {}, lead), ' ', detail);
}
