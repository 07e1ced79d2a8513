import type { AssessmentPayload } from '../../lib/assess/payload.ts';
import { payloadAsTaken } from '../../lib/results/as-taken.ts';
import { earlierNote } from './earlier-note.ts';
import { resultsToCsv } from '../../lib/results/csv.ts';
import { exportFileName } from '../../lib/results/export-names.ts';
import { formatInteger, pageLocale } from '../../lib/format/number.ts';
import { resultsToJson } from '../../lib/results/json.ts';
import { groupResults, type ResultGroup } from '../../lib/results/result-groups.ts';
import { scoreLine } from '../../lib/results/score-text.ts';
import { createResultStore, type ResultList, type ResultStore } from '../../lib/results/store.ts';
import { roleLabels } from '../../lib/schema/roles.ts';
import type { SavedResult } from '../../lib/schema/saved-result.ts';
import { scoreAssessment } from '../../lib/scoring/index.ts';
import { h } from '../view/dom.ts';
import { translatorOf } from '../view/messages.ts';
import { localStorageEngine } from '../assess/local-storage-engine.ts';
import { renderResult } from '../assess/result-view.ts';
import { compareView, resultDate, resultNamer } from './compare-view.ts';
import { downloadText } from './download.ts';
import { readEmbeddedAssessments, type EmbeddedAssessments } from './payload-data.ts';
import { resultTools } from './result-tools.ts';
import { visitOnlyEngine } from './visit-only-engine.ts';
import { IntakeClient } from '../intake/intake-client.ts';
import type { ResultDropElement } from '../intake/result-drop-element.ts';
import '../intake/result-drop-element.ts';
import { applyWrites, SNAPSHOT_KEYS } from '../../lib/intake/store-import.ts';
import { notKept } from '../../lib/intake/report.ts';
import type { StorageEngine } from '../../lib/results/storage-engine.ts';

/** Results listed per assessment before "Show all". */
const LIST_LIMIT = 10;

/**
 * "My results": every result saved on this device, grouped by assessment, newest first;
 * open, label, delete, compare over time, export and import. Everything is read from and
 * written to this browser's storage through the results store; nothing is sent anywhere.
 */
class MyResultsElement extends HTMLElement {
  #data!: EmbeddedAssessments;
  #store!: ResultStore;
  /** What #store writes through: the page applies an import's writes to it. */
  #engine!: StorageEngine;
  #list: ResultList = { results: [], problems: [], backups: [] };
  #base = '/';
  #notices!: HTMLElement;
  #status!: HTMLElement;
  #overview!: HTMLElement;
  #groups!: HTMLElement;
  #openView!: HTMLElement;
  /** The result shown in place of the list, if any. */
  #openId: string | null = null;
  /** Groups whose whole list is shown. */
  #expanded = new Set<string>();
  #storageNotice: string | null = null;
  /** Removes the trend charts drawn by the last render. */
  #chartStops: (() => void)[] = [];

  connectedCallback(): void {
    this.#notices = this.querySelector('.results-notices')!;
    this.#status = this.querySelector('.results-status')!;
    this.#overview = this.querySelector('.results-overview')!;
    this.#groups = this.querySelector('.results-groups')!;
    this.#openView = this.querySelector('.results-open')!;
    this.#base = this.dataset.base ?? '/';
    const data = readEmbeddedAssessments(this);
    if (!data) {
      this.#notices.replaceChildren(h('p', { class: 'results-problem' }, 'This page could not start: its list of assessments is damaged. Reload the page; if that does not help, the site needs rebuilding. Your saved results are not affected.'));
      return;
    }
    this.#data = data;
    this.#store = this.#openStore();
    this.#enhanceDrop(data.definitions, data.earlier);
    this.querySelector('[data-action="export-json"]')!.addEventListener('click', () => this.#exportJson());
    this.querySelector('[data-action="delete-all"]')!.addEventListener('click', () => this.#deleteAll());
    this.querySelector<HTMLElement>('.results-tools')!.hidden = false;
    this.#render();
    // An opened result has its own address (#result-<id>), so the browser's Back returns to the
    // list, Forward reopens it, and a reload or a bookmark opens it again.
    window.addEventListener('popstate', () => this.#followAddress());
    this.#followAddress();
  }

  #followAddress(): void {
    const match = /^#result-(.+)$/.exec(location.hash);
    const id = match ? decodeURIComponent(match[1]!) : null;
    const result = id === null ? undefined : this.#list.results.find((candidate) => candidate.id === id);
    if (result) this.#open(result, { fromAddress: true });
    else if (this.#openId !== null) this.#close(this.#openId);
  }

  /**
   * Imports through the drop element: the intake worker reads, checks and merges against a
   * snapshot of the stored results; the page only makes the writes it returns, and redraws.
   */
  #enhanceDrop(definitions: EmbeddedAssessments['definitions'], earlier: EmbeddedAssessments['earlier']): void {
    const drop = this.querySelector<ResultDropElement>('tl-result-drop')!;
    const client = new IntakeClient();
    drop.titleOf = (id) => this.#payload(id)?.definition.title ?? id;
    drop.intake = async (files, links, onProgress) => {
      performance.mark('tl-import-start');
      const snapshot = Object.fromEntries(SNAPSHOT_KEYS.map((key) => [key, this.#engine.getItem(key)]));
      const { report, writes } = await client.read({ files, links, definitions, earlier, snapshot }, onProgress);
      if (SNAPSHOT_KEYS.some((key) => this.#engine.getItem(key) !== snapshot[key])) {
        return notKept(report, 'your saved results changed in another tab while this import was read; import the files again.');
      }
      if (writes.length > 0) onProgress({ phase: 'saving', source: '', done: 0, total: report.added });
      const written = applyWrites(this.#engine, writes);
      const final = written.ok ? report : notKept(report, written.message);
      if (final.added > 0) this.#render();
      performance.mark('tl-import-end');
      performance.measure('tl-import', 'tl-import-start', 'tl-import-end');
      return final;
    };
  }

  /**
   * This browser's store; or, when it can save nothing and holds nothing to show, a store
   * for this visit only, so that an imported file can still be looked at.
   */
  #openStore(): ResultStore {
    this.#engine = localStorageEngine();
    const store = createResultStore(this.#engine);
    if (store.available()) return store;
    const list = store.list();
    if (list.results.length === 0 && list.problems.every((problem) => problem.index === null)) {
      this.#storageNotice =
        'This browser is not letting Touchline keep anything on this device (storage is turned off, or this is a private window), so results cannot be kept here. Results you import now are shown for this visit only.';
      this.#engine = visitOnlyEngine();
      return createResultStore(this.#engine);
    }
    this.#storageNotice = 'This browser is not letting Touchline save anything more right now (its storage may be full). Your saved results are shown below, but changes may not be kept; export them to be safe.';
    return store;
  }

  #payload(assessmentId: string): AssessmentPayload | undefined {
    return Object.hasOwn(this.#data.payloads, assessmentId) ? this.#data.payloads[assessmentId] : undefined;
  }

  #say(text: string): void {
    this.#status.textContent = text;
  }

  /** Reads the store again and redraws the notices, the groups and the export buttons. */
  #render(): void {
    for (const stop of this.#chartStops.splice(0)) stop();
    this.#list = this.#store.list();
    this.#renderNotices();
    const groups = groupResults(this.#list.results, this.#data.definitions);
    this.querySelector<HTMLElement>('.results-empty')!.hidden = groups.length > 0;
    this.#groups.replaceChildren(...groups.map((group) => this.#groupView(group)));
    this.querySelector('.results-csv-buttons')!.replaceChildren(
      ...groups
        .filter((group) => group.definition)
        .map((group) => {
          const button = h('button', { type: 'button', class: 'button secondary' }, `CSV: ${group.definition!.title} (${group.results.length})`);
          button.addEventListener('click', () => this.#exportCsv(group));
          return button;
        }),
    );
    const { results, problems, backups } = this.#list;
    this.querySelector<HTMLButtonElement>('[data-action="export-json"]')!.disabled = results.length === 0;
    // Damaged data and its backups can be deleted too, even when nothing is readable.
    this.querySelector<HTMLButtonElement>('[data-action="delete-all"]')!.disabled = results.length === 0 && problems.length === 0 && backups.length === 0;
  }

  #renderNotices(): void {
    const { problems, backups } = this.#list;
    const items: HTMLElement[] = [];
    if (this.#storageNotice) items.push(h('p', { class: 'results-problem' }, this.#storageNotice));
    for (const problem of problems) {
      items.push(
        h(
          'p',
          { class: 'results-problem' },
          problem.index === null
            ? problem.reason
            : `Saved result ${problem.index + 1} cannot be shown: ${problem.reason}. It is left as it is in this browser; every other result below works as usual.`,
        ),
      );
    }
    if (backups.length > 0) {
      items.push(h('p', { class: 'muted' }, `A copy of earlier saved data that could not be read is kept in this browser (${backups.join(', ')}). “Delete all my results” removes it too.`));
    }
    this.#notices.replaceChildren(...items);
  }

  #groupView(group: ResultGroup): HTMLElement {
    const payload = this.#payload(group.assessment);
    const id = `group-${group.assessment}`;
    const expanded = this.#expanded.has(group.assessment);
    const nameOf = resultNamer(group.results);
    const shown = expanded ? group.results : group.results.slice(0, LIST_LIMIT);
    const more =
      group.results.length > shown.length
        ? h('button', { type: 'button', class: 'button secondary results-more' }, `Show all ${formatInteger(group.results.length, pageLocale())} results`)
        : null;
    more?.addEventListener('click', () => {
      this.#expanded.add(group.assessment);
      this.#render();
    });
    return h(
      'section',
      { class: 'results-group', 'aria-labelledby': id },
      h('h2', { id }, payload ? payload.definition.title : `Another site’s assessment: “${group.assessment}”`, h('span', { class: 'results-count' }, ` · ${formatInteger(group.results.length, pageLocale())} ${group.results.length === 1 ? 'result' : 'results'}`)),
      payload
        ? null
        : h('p', { class: 'muted' }, 'This site does not have this assessment, so these results cannot be scored or opened here. They are kept, and “Export all as JSON” includes them.'),
      h('ol', { class: 'results-items' }, shown.map((result) => this.#itemView(result, payload, nameOf))),
      more,
      payload && group.results.length > 1 ? compareView(payload, group.results, (stop) => this.#chartStops.push(stop)) : null,
    );
  }

  #itemView(result: SavedResult, payload: AssessmentPayload | undefined, nameOf: (result: SavedResult, withLabel?: boolean) => string): HTMLElement {
    const date = nameOf(result, false);
    const name = result.label ? `“${result.label}”, ${date}` : date;
    const team = [result.team, result.segment].filter(Boolean).join(', ');
    // Each result is scored with the questions it was answered against.
    const asTaken = payload ? payloadAsTaken(payload, result) : undefined;
    const scored = asTaken ? scoreAssessment(asTaken.payload.definition, result.answers, result.role) : undefined;
    const titleId = `result-${result.id}`;
    const button = (label: string, action: () => void, extra: Record<string, string> = {}) => {
      const element = h('button', { type: 'button', class: 'button secondary', ...extra }, label, h('span', { class: 'visually-hidden' }, ` ${name}`));
      element.addEventListener('click', action);
      return element;
    };
    const item = h(
      'li',
      { class: 'results-item', 'data-result-id': result.id },
      h(
        'div',
        { class: 'results-item-main' },
        h('h3', { id: titleId }, result.label ?? date),
        h('p', { class: 'muted' }, [result.label ? date : '', result.role ? roleLabels[result.role] : 'Role not given', team ? `Team: ${team}` : ''].filter(Boolean).join(' · ')),
        scored ? h('p', { class: 'results-item-score' }, scoreLine(asTaken!.payload.definition, scored, translatorOf(this), asTaken!.payload.scale)) : null,
        payload && result.version !== payload.version ? h('p', { class: 'muted' }, 'Taken with an earlier version of the questions.') : null,
      ),
    );
    const form = this.#labelForm(result, item);
    item.append(
      h(
        'div',
        { class: 'results-item-actions' },
        payload ? button('Open', () => this.#open(result)) : null,
        button(
          'Label',
          () => {
            form.hidden = false;
            form.querySelector('input')!.focus();
          },
          { 'data-action': 'label' },
        ),
        button('Delete', () => this.#delete(result, name)),
      ),
      form,
    );
    return item;
  }

  #labelForm(result: SavedResult, item: HTMLElement): HTMLFormElement {
    const inputId = `label-${result.id}`;
    const input = h('input', { id: inputId, type: 'text', maxlength: 120, value: result.label ?? '', placeholder: 'e.g. Q1 workshop', autocomplete: 'off' });
    const cancel = h('button', { type: 'button', class: 'button secondary' }, 'Cancel');
    const form = h(
      'form',
      { class: 'results-label-form', hidden: true },
      h('label', { for: inputId }, 'Label for this result (leave empty to remove it)'),
      h('div', { class: 'share-row' }, input, h('button', { type: 'submit', class: 'button' }, 'Save label'), cancel),
    );
    cancel.addEventListener('click', () => {
      form.hidden = true;
      item.querySelector<HTMLButtonElement>('[data-action="label"]')?.focus();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const outcome = this.#store.relabel(result.id, input.value);
      if (!outcome.ok) return this.#say(outcome.message);
      this.#say(input.value.trim() === '' ? 'The label is removed.' : `Labelled “${input.value.trim()}”.`);
      this.#render();
      this.#focusItem(result.id);
    });
    return form;
  }

  #focusItem(id: string): void {
    this.querySelector<HTMLElement>(`[data-result-id="${CSS.escape(id)}"] .results-item-actions button`)?.focus();
  }

  #delete(result: SavedResult, name: string): void {
    if (!confirm(`Delete the result of ${name}? This cannot be undone; download it first if you may want it again.`)) return;
    // Focus goes where the person was: to the result that takes the deleted one's place (or
    // the one before it), else to its group, else to the first group or the empty state.
    const item = this.querySelector<HTMLElement>(`[data-result-id="${CSS.escape(result.id)}"]`);
    const neighbourId = ((item?.nextElementSibling ?? item?.previousElementSibling) as HTMLElement | null)?.dataset.resultId;
    const groupHeadingId = item?.closest('.results-group')?.getAttribute('aria-labelledby');
    const outcome = this.#store.remove(result.id);
    this.#say(outcome.ok ? `Deleted the result of ${name}.` : outcome.message);
    this.#render();
    if (neighbourId && this.querySelector(`[data-result-id="${CSS.escape(neighbourId)}"]`)) return this.#focusItem(neighbourId);
    this.#focusHeading(groupHeadingId);
  }

  #focusHeading(groupHeadingId?: string | null): void {
    const heading =
      (groupHeadingId ? this.querySelector<HTMLElement>(`#${CSS.escape(groupHeadingId)}`) : null) ??
      this.querySelector<HTMLElement>('.results-group h2') ??
      this.querySelector<HTMLElement>('.results-empty h2');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }

  #deleteAll(): void {
    if (!confirm('Delete every result saved in this browser? This cannot be undone; export them first if you may want them again.')) return;
    const outcome = this.#store.clear();
    this.#expanded.clear();
    this.#say(outcome.ok ? 'Every saved result is deleted from this browser.' : outcome.message);
    this.#render();
    // The button just pressed is now disabled, which would drop focus to the page's start.
    this.#focusHeading();
  }

  #exportJson(): void {
    const { results } = this.#list;
    downloadText(exportFileName({ subject: 'results', date: new Date(), extension: 'json' }), resultsToJson(results), 'application/json');
    const left = this.#list.problems.filter((problem) => problem.index !== null).length;
    this.#say(`Exporting ${formatInteger(results.length, pageLocale())} ${results.length === 1 ? 'result' : 'results'} as JSON.${left > 0 ? ` ${left} that cannot be read ${left === 1 ? 'is' : 'are'} not included.` : ''}`);
  }

  #exportCsv(group: ResultGroup): void {
    if (!group.definition) return;
    downloadText(exportFileName({ subject: group.assessment, date: new Date(), extension: 'csv' }), resultsToCsv(group.results, group.definition, this.#data.earlier), 'text/csv');
    this.#say(`Exporting ${formatInteger(group.results.length, pageLocale())} ${group.definition.title} ${group.results.length === 1 ? 'result' : 'results'} as CSV.`);
  }

  /** The full result, read-only, in place of the list; "Back" returns to the list. */
  #open(result: SavedResult, { fromAddress = false } = {}): void {
    const current = this.#payload(result.assessment);
    if (!current) return;
    // Read-only, with the questions and scoring of the version it was taken with; the saved record is not changed.
    const { payload, earlier } = payloadAsTaken(current, result);
    if (!fromAddress) history.pushState({ openResult: result.id }, '', `#result-${encodeURIComponent(result.id)}`);
    this.#openId = result.id;
    const view = h('div', { class: 'assess-result' });
    renderResult(view, {
      payload,
      result: scoreAssessment(payload.definition, result.answers, result.role),
      role: result.role,
      takenAt: new Date(result.takenAt),
      heading: `${payload.definition.title}: ${result.label ?? resultDate(result)}`,
      notes: result,
      t: translatorOf(this),
    });
    if (earlier) view.querySelector('h2')?.after(earlierNote(earlier));
    view.append(resultTools({ payload, result, base: this.#base, print: true, t: translatorOf(this) }));
    const back = h('button', { type: 'button', class: 'button secondary results-back no-print' }, '← Back to all results');
    // Back in the page and Back in the browser do the same; an address typed or bookmarked has no entry to go back to.
    back.addEventListener('click', () => (history.state?.openResult === result.id ? history.back() : this.#leave(result.id)));
    this.#openView.replaceChildren(back, view);
    this.#openView.hidden = false;
    this.#overview.hidden = true;
    this.#status.textContent = '';
    view.querySelector<HTMLElement>('h2')!.setAttribute('tabindex', '-1');
    view.querySelector<HTMLElement>('h2')!.focus();
  }

  /** Closes the result and takes its address off the current history entry. */
  #leave(id: string): void {
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    this.#close(id);
  }

  #close(id: string): void {
    this.#openId = null;
    this.#openView.hidden = true;
    this.#openView.replaceChildren();
    this.#overview.hidden = false;
    this.#focusItem(id);
  }
}

customElements.define('tl-my-results', MyResultsElement);
