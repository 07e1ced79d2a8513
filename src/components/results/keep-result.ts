// Loaded by the assessment page once a result is shown: saving needs the store and its
// schema library, which the page does not load before then.
import type { AssessmentPayload } from '../../lib/assess/payload.ts';
import { createResultStore } from '../../lib/results/store.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import type { SavedResult } from '../../lib/schema/saved-result.ts';
import { h } from '../view/dom.ts';
import { localStorageEngine } from '../assess/local-storage-engine.ts';
import { withElement } from '../assess/slot-text.ts';
import { resultTools } from './result-tools.ts';

export interface KeepOptions {
  payload: AssessmentPayload;
  result: SavedResult;
  /** Save it now (just finished), or only say whether it is saved (shown again after a reload). */
  save: boolean;
  base: string;
  contactEmail?: string | undefined;
  forTeam: boolean;
  /** The page's `result.*` strings (see renderResult). */
  t: Translate;
}

/** Saves a finished result on the device, says in `status` whether it is kept, and adds the share and export tools. */
export function keepResult(container: HTMLElement, status: HTMLElement, options: KeepOptions): void {
  const { t } = options;
  const store = createResultStore(localStorageEngine());
  const myResults = () => h('a', { href: `${options.base}results/` }, t('result.keep.myResults'));
  const withLink = (key: string) => withElement(t, key, 'link', myResults);
  const notKept = (message: string) => {
    status.dataset.kept = 'no';
    status.replaceChildren(h('strong', {}, `${t('result.keep.notKept')} `), message, ` ${t('result.keep.keepACopy')}`);
  };
  const save = () => {
    // A result saved before under this id (the person changed an answer) keeps the label they gave it.
    const label = store.list().results.find((saved) => saved.id === options.result.id)?.label;
    const outcome = store.save(label && !options.result.label ? { ...options.result, label } : options.result);
    // The store's reason, worded in the page's language (its own message is English).
    if (!outcome.ok) return notKept(t(`result.keep.why.${outcome.reason}`));
    status.dataset.kept = 'yes';
    status.replaceChildren(...withLink('result.keep.saved'), outcome.backupKey ? ` ${t('result.keep.backup')}` : '');
  };

  if (options.save) save();
  else {
    const list = store.list();
    const whole = list.problems.find((problem) => problem.index === null);
    if (list.results.some((saved) => saved.id === options.result.id)) {
      status.dataset.kept = 'yes';
      status.replaceChildren(...withLink('result.keep.savedIn'));
    } else if (whole) notKept(t(`result.keep.why.${whole.cause ?? 'corrupt'}`));
    else {
      const again = h('button', { type: 'button', class: 'link-button' }, t('result.keep.saveAgain'));
      again.addEventListener('click', save);
      status.replaceChildren(`${t('result.keep.gone')} `, again);
    }
  }
  // A plan belongs to a saved result: offered only once this one is kept.
  const planHref = status.dataset.kept === 'yes' ? container.closest<HTMLElement>('[data-plan-href]')?.dataset.planHref : undefined;
  const tools = resultTools({ payload: options.payload, result: options.result, base: options.base, forTeam: options.forTeam, contactEmail: options.contactEmail, planHref, t });
  container.querySelector('.result-actions')?.before(tools);
}
