import type { AssessmentPayload } from '../../lib/assess/payload.ts';
import { payloadAsTaken } from '../../lib/results/as-taken.ts';
import { earlierNote } from './earlier-note.ts';
import { resultsToCsv } from '../../lib/results/csv.ts';
import { exportFileName } from '../../lib/results/export-names.ts';
import { resultsToJson } from '../../lib/results/json.ts';
import { groupResults, type ResultGroup } from '../../lib/results/result-groups.ts';
import { scoreLine } from '../../lib/results/score-text.ts';
import { createResultStore, type ResultList, type ResultStore } from '../../lib/results/store.ts';
import type { SavedResult } from '../../lib/schema/saved-result.ts';
import { scoreAssessment } from '../../lib/scoring/index.ts';
import { h } from '../view/dom.ts';
import { translatorOf } from '../view/messages.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
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
import { applyWrites, failurePhrase, SNAPSHOT_KEYS } from '../../lib/intake/store-import.ts';
import { phrase } from '../../lib/scoring/phrase.ts';
import { notKept } from '../../lib/intake/report.ts';
import type { StorageEngine, WriteFailure } from '../../lib/results/storage-engine.ts';
import { planListing, type PlanListing } from '../plan/plan-listing.ts';

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
  #t!: Translate;
  #lang = 'en';
  /** The plans beside the results, read again with every drawing of the list. */
  #plans: PlanListing | undefined;

  connectedCallback(): void {
    this.#notices = this.querySelector('.results-notices')!;
    this.#status = this.querySelector('.results-status')!;
    this.#overview = this.querySelector('.results-overview')!;
    this.#groups = this.querySelector('.results-groups')!;
    this.#openView = this.querySelector('.results-open')!;
    this.#base = this.dataset.base ?? '/';
    this.#t = translatorOf(this);
    this.#lang = this.dataset.lang ?? document.documentElement.lang;
    const data = readEmbeddedAssessments(this);
    if (!data) {
      this.#notices.replaceChildren(h('p', { class: 'results-problem' }, this.#t('results.damaged')));
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
        return notKept(report, phrase('intake.store.changedElsewhere'));
      }
      if (writes.length > 0) onProgress({ phase: 'saving', source: '', done: 0, total: report.added });
      const written = applyWrites(this.#engine, writes);
      const final = written.ok ? report : notKept(report, failurePhrase(written));
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
      this.#storageNotice = this.#t('results.storage.off');
      this.#engine = visitOnlyEngine();
      return createResultStore(this.#engine);
    }
    this.#storageNotice = this.#t('results.storage.full');
    return store;
  }

  #payload(assessmentId: string): AssessmentPayload | undefined {
    return Object.hasOwn(this.#data.payloads, assessmentId) ? this.#data.payloads[assessmentId] : undefined;
  }

  /** A store failure in the page's language; an invalid request keeps the store's own detail (which label, which id). */
  #failure(outcome: WriteFailure): string {
    return outcome.reason === 'invalid' ? outcome.message : this.#t(`result.keep.why.${outcome.reason}`);
  }

  #say(text: string): void {
    this.#status.textContent = text;
  }

  /** Reads the store again and redraws the notices, the groups and the export buttons. */
  #render(): void {
    for (const stop of this.#chartStops.splice(0)) stop();
    this.#list = this.#store.list();
    const planHref = this.dataset.planHref;
    this.#plans = planHref ? planListing(this.#engine, { planHref, t: this.#t, lang: this.#lang, onChange: () => this.#render(), say: (text) => this.#say(text) }) : undefined;
    this.#renderNotices();
    const groups = groupResults(this.#list.results, this.#data.definitions);
    this.querySelector<HTMLElement>('.results-empty')!.hidden = groups.length > 0;
    this.#groups.replaceChildren(...groups.map((group) => this.#groupView(group)));
    this.querySelector('.results-csv-buttons')!.replaceChildren(
      ...groups
        .filter((group) => group.definition)
        .map((group) => {
          const button = h('button', { type: 'button', class: 'button secondary' }, this.#t('results.tools.csv', { title: group.definition!.title, count: group.results.length }));
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
            : this.#t('results.problem.item', { number: problem.index + 1, reason: problem.reason }),
        ),
      );
    }
    items.push(...(this.#plans?.notices() ?? []));
    if (backups.length > 0) {
      items.push(h('p', { class: 'muted' }, this.#t('results.backups', { keys: backups.join(', ') })));
    }
    this.#notices.replaceChildren(...items);
  }

  #groupView(group: ResultGroup): HTMLElement {
    const payload = this.#payload(group.assessment);
    const id = `group-${group.assessment}`;
    const expanded = this.#expanded.has(group.assessment);
    const nameOf = resultNamer(group.results, this.#lang);
    const shown = expanded ? group.results : group.results.slice(0, LIST_LIMIT);
    const more =
      group.results.length > shown.length
        ? h('button', { type: 'button', class: 'button secondary results-more' }, this.#t('results.showAll', { count: group.results.length }))
        : null;
    more?.addEventListener('click', () => {
      this.#expanded.add(group.assessment);
      this.#render();
    });
    return h(
      'section',
      { class: 'results-group', 'aria-labelledby': id },
      h('h2', { id }, payload ? payload.definition.title : this.#t('results.group.unknown', { id: group.assessment }), h('span', { class: 'results-count' }, ` · ${this.#t('results.group.count', { count: group.results.length })}`)),
      payload
        ? null
        : h('p', { class: 'muted' }, this.#t('results.group.unknownNote')),
      h('ol', { class: 'results-items' }, shown.map((result) => this.#itemView(result, payload, nameOf))),
      more,
      payload && group.results.length > 1 ? compareView(payload, group.results, (stop) => this.#chartStops.push(stop), { t: this.#t, lang: this.#lang }) : null,
    );
  }

  #itemView(result: SavedResult, payload: AssessmentPayload | undefined, nameOf: (result: SavedResult, withLabel?: boolean) => string): HTMLElement {
    const date = nameOf(result, false);
    const name = result.label ? this.#t('results.item.labelled', { label: result.label, date }) : date;
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
        h('p', { class: 'muted' }, [result.label ? date : '', this.#t(result.role ? `intake.role.${result.role}` : 'results.item.noRole'), team ? this.#t('results.item.team', { team }) : ''].filter(Boolean).join(' · ')),
        scored ? h('p', { class: 'results-item-score' }, scoreLine(asTaken!.payload.definition, scored, this.#t, asTaken!.payload.scale)) : null,
        payload && result.version !== payload.version ? h('p', { class: 'muted' }, this.#t('results.item.earlier')) : null,
        payload ? this.#plans?.forResult(result, name) : null,
      ),
    );
    const form = this.#labelForm(result, item);
    item.append(
      h(
        'div',
        { class: 'results-item-actions' },
        payload ? button(this.#t('results.item.open'), () => this.#open(result)) : null,
        button(
          this.#t('results.item.label'),
          () => {
            form.hidden = false;
            form.querySelector('input')!.focus();
          },
          { 'data-action': 'label' },
        ),
        button(this.#t('results.item.delete'), () => this.#delete(result, name)),
      ),
      form,
    );
    return item;
  }

  #labelForm(result: SavedResult, item: HTMLElement): HTMLFormElement {
    const inputId = `label-${result.id}`;
    const input = h('input', { id: inputId, type: 'text', maxlength: 120, value: result.label ?? '', placeholder: this.#t('results.label.placeholder'), autocomplete: 'off' });
    const cancel = h('button', { type: 'button', class: 'button secondary' }, this.#t('results.label.cancel'));
    const form = h(
      'form',
      { class: 'results-label-form', hidden: true },
      h('label', { for: inputId }, this.#t('results.label.field')),
      h('div', { class: 'share-row' }, input, h('button', { type: 'submit', class: 'button' }, this.#t('results.label.save')), cancel),
    );
    cancel.addEventListener('click', () => {
      form.hidden = true;
      item.querySelector<HTMLButtonElement>('[data-action="label"]')?.focus();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const outcome = this.#store.relabel(result.id, input.value);
      if (!outcome.ok) return this.#say(this.#failure(outcome));
      this.#say(input.value.trim() === '' ? this.#t('results.label.removed') : this.#t('results.label.done', { label: input.value.trim() }));
      this.#render();
      this.#focusItem(result.id);
    });
    return form;
  }

  #focusItem(id: string): void {
    this.querySelector<HTMLElement>(`[data-result-id="${CSS.escape(id)}"] .results-item-actions button`)?.focus();
  }

  #delete(result: SavedResult, name: string): void {
    if (!confirm(this.#t('results.delete.confirm', { name }))) return;
    // Focus goes where the person was: to the result that takes the deleted one's place (or
    // the one before it), else to its group, else to the first group or the empty state.
    const item = this.querySelector<HTMLElement>(`[data-result-id="${CSS.escape(result.id)}"]`);
    const neighbourId = ((item?.nextElementSibling ?? item?.previousElementSibling) as HTMLElement | null)?.dataset.resultId;
    const groupHeadingId = item?.closest('.results-group')?.getAttribute('aria-labelledby');
    const outcome = this.#store.remove(result.id);
    // A plan belongs to its result and goes with it.
    if (outcome.ok) this.#plans?.removeWith(result.id);
    this.#say(outcome.ok ? this.#t('results.delete.done', { name }) : this.#failure(outcome));
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
    if (!confirm(this.#t('results.deleteAll.confirm'))) return;
    const outcome = this.#store.clear();
    if (outcome.ok) this.#plans?.removeAll();
    this.#expanded.clear();
    this.#say(outcome.ok ? this.#t('results.deleteAll.done') : this.#failure(outcome));
    this.#render();
    // The button just pressed is now disabled, which would drop focus to the page's start.
    this.#focusHeading();
  }

  #exportJson(): void {
    const { results } = this.#list;
    downloadText(exportFileName({ subject: 'results', date: new Date(), extension: 'json' }), resultsToJson(results), 'application/json');
    const left = this.#list.problems.filter((problem) => problem.index !== null).length;
    this.#say([this.#t('results.export.json', { count: results.length }), left > 0 ? this.#t('results.export.left', { count: left }) : ''].filter(Boolean).join(' '));
  }

  #exportCsv(group: ResultGroup): void {
    if (!group.definition) return;
    downloadText(exportFileName({ subject: group.assessment, date: new Date(), extension: 'csv' }), resultsToCsv(group.results, group.definition, this.#data.earlier), 'text/csv');
    this.#say(this.#t('results.export.csv', { count: group.results.length, title: group.definition.title }));
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
      heading: this.#t('results.open.heading', { title: payload.definition.title, name: result.label ?? resultDate(result, this.#lang) }),
      notes: result,
      t: this.#t,
    });
    if (earlier) view.querySelector('h2')?.after(earlierNote(earlier, this.#t));
    view.append(resultTools({ payload, result, base: this.#base, print: true, planHref: this.dataset.planHref, t: this.#t }));
    const back = h('button', { type: 'button', class: 'button secondary results-back no-print' }, this.#t('results.back'));
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
