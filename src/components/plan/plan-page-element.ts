import type { AssessmentPayload } from '../../lib/assess/payload.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { draftPlan } from '../../lib/plan/draft-plan.ts';
import type { PlanActionOption, PlanArea, PlanBand } from '../../lib/plan/plan-editing.ts';
import { planToCsv } from '../../lib/plan/plan-csv.ts';
import { PLAN_STATUS_KEYS, type Plan } from '../../lib/plan/plan-schema.ts';
import { createPlanStore, type PlanStore } from '../../lib/plan/plan-store.ts';
import { payloadAsTaken } from '../../lib/results/as-taken.ts';
import { exportFileName } from '../../lib/results/export-names.ts';
import { createResultStore } from '../../lib/results/store.ts';
import type { SavedResult } from '../../lib/schema/saved-result.ts';
import { scoreAssessment } from '../../lib/scoring/index.ts';
import { wordOf } from '../../lib/scoring/phrase.ts';
import { localStorageEngine } from '../assess/local-storage-engine.ts';
import { downloadText } from '../results/download.ts';
import { readEmbeddedAssessments, type EmbeddedAssessments } from '../results/payload-data.ts';
import { h, scrollTable } from '../view/dom.ts';
import { translatorOf } from '../view/messages.ts';
import type { PlanPagePayload } from './plan-payload.ts';
import { PLAN_CHANGE_EVENT, PLAN_INVALID_EVENT, type PlanChangeEvent, type PlanEditorElement } from './plan-editor-element.ts';
import './plan-editor-element.ts';

/** The person's local date, YYYY-MM-DD: a review date is a day in their calendar, not in UTC. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** What the page is showing: a result and its plan. */
interface Shown {
  result: SavedResult;
  payload: AssessmentPayload;
  areas: PlanArea[];
  bands: PlanBand[];
  plan: Plan;
}

/**
 * `<tl-plan-page>`: the plan of the saved result named in the address (`#<result id>`).
 * Opens its saved plan, or drafts one from the result (draftPlan) and saves it; saves every
 * valid change the editor reports; prints, exports as CSV and offers a calendar reminder.
 * Everything stays in this browser (the plan store, beside the results).
 */
class PlanPageElement extends HTMLElement {
  #t!: Translate;
  #lang = 'en';
  #data!: EmbeddedAssessments;
  #extra!: PlanPagePayload;
  #plans!: PlanStore;
  #editor!: PlanEditorElement;
  #shown: Shown | undefined;
  #status!: HTMLElement;

  connectedCallback(): void {
    this.#t = translatorOf(this);
    this.#lang = this.dataset.lang ?? document.documentElement.lang;
    this.#status = this.querySelector('.plan-page-status')!;
    this.#editor = this.querySelector('tl-plan-editor')!;
    const data = readEmbeddedAssessments(this);
    const extra = this.#readExtra();
    if (!data || !extra) return this.#notice(this.#t('plan.page.damaged'));
    this.#data = data;
    this.#extra = extra;
    this.querySelector('.plan-nojs')?.remove();
    this.#plans = createPlanStore(localStorageEngine());
    this.#editor.addEventListener(PLAN_CHANGE_EVENT, (event) => this.#save((event as PlanChangeEvent).detail.plan));
    this.#editor.addEventListener(PLAN_INVALID_EVENT, () => (this.#status.textContent = this.#t('plan.page.notSavedInvalid')));
    this.#on('print', () => print());
    this.#on('csv', () => this.#downloadCsv());
    this.#on('ics', () => void this.#downloadReminder());
    this.#on('delete', () => this.#delete());
    window.addEventListener('hashchange', () => this.#load());
    this.#load();
  }

  #readExtra(): PlanPagePayload | undefined {
    try {
      const extra = JSON.parse(this.querySelector('script[data-plan-payload]')?.textContent ?? '') as PlanPagePayload;
      return Array.isArray(extra.actions) ? extra : undefined;
    } catch {
      return undefined;
    }
  }

  #on(action: string, handler: () => void): void {
    this.querySelector(`[data-action="${action}"]`)!.addEventListener('click', handler);
  }

  #notice(...content: (string | Node)[]): void {
    this.querySelector('.plan-notices')!.append(h('p', { class: 'plan-problem' }, ...content));
  }

  #showPlanParts(shown: boolean): void {
    for (const part of this.querySelectorAll<HTMLElement>('.plan-part')) part.hidden = !shown;
  }

  #load(): void {
    this.querySelector('.plan-notices')!.replaceChildren();
    this.#status.textContent = '';
    this.#shown = undefined;
    this.#showPlanParts(false);
    const list = this.#plans.list();
    // A plan that cannot be read is named and kept; the others open as usual.
    for (const { index, problem } of list.problems) this.#notice(index === null ? wordOf(this.#t, problem) : this.#t('plan.page.problem', { number: index + 1, reason: wordOf(this.#t, problem) }));
    const id = decodeURIComponent(location.hash.slice(1));
    const results = createResultStore(localStorageEngine()).list().results;
    const result = id === '' ? undefined : results.find((candidate) => candidate.id === id);
    const payload = result && Object.hasOwn(this.#data.payloads, result.assessment) ? this.#data.payloads[result.assessment] : undefined;
    if (!result || !payload) {
      const link = h('a', { href: this.dataset.resultsHref ?? '../results/' }, this.#t('plan.page.myResults'));
      return this.#notice(this.#t(id === '' ? 'plan.page.noResult' : 'plan.page.missing'), ' ', link);
    }
    const asTaken = payloadAsTaken(payload, result).payload;
    const { definition } = asTaken;
    const scored = scoreAssessment(definition, result.answers, result.role);
    const textLang = payload.textLang;
    const areas: PlanArea[] = definition.dimensions.map((dimension) => {
      const score = scored.dimensions.find((candidate) => candidate.id === dimension.id)?.score ?? null;
      return { id: `${result.assessment}/${dimension.id}`, title: dimension.title, score: score === null ? null : Math.round(score), ...(textLang ? { lang: textLang } : {}) };
    });
    const english = this.#extra.bandLabels[result.assessment] ?? [];
    const bands: PlanBand[] = definition.bands.map((band, index) => ({ label: english[index] ?? band.label, title: band.label, upTo: band.upTo, ...(textLang ? { lang: textLang } : {}) }));
    const saved = list.plans.find((plan) => plan.resultId === result.id);
    const plan = saved ?? this.#draft(result, definition, bands);
    this.#shown = { result, payload: asTaken, areas, bands, plan };
    this.#heading();
    this.#showPlanParts(true);
    this.#editor.setup({ plan, areas, bands, actions: this.#extra.actions, today: localToday() });
    if (!saved) this.#save(plan, 'plan.page.drafted');
    else this.#summary();
  }

  /** The result's suggested plan, its target bands named by their English labels as a plan stores them. */
  #draft(result: SavedResult, definition: AssessmentPayload['definition'], bands: PlanBand[]): Plan {
    const plan = draftPlan(result, definition, this.#extra.actions, localToday());
    for (const priority of plan.priorities) {
      const band = bands.find((candidate) => candidate.title === priority.target.band);
      if (band) priority.target = { band: band.label };
    }
    return plan;
  }

  #heading(): void {
    const { result, payload } = this.#shown!;
    const date = new Intl.DateTimeFormat(this.#lang, { dateStyle: 'long' }).format(new Date(result.takenAt));
    const title = payload.textLang ? h('span', { lang: payload.textLang }, payload.definition.title) : payload.definition.title;
    const resultsHref = `${this.dataset.resultsHref ?? '../results/'}#result-${encodeURIComponent(result.id)}`;
    this.querySelector('.plan-heading')!.replaceChildren(
      h('h2', { id: 'plan-title' }, ...this.#withTitle('plan.page.heading', title)),
      h('p', { class: 'muted plan-from' }, this.#t('plan.page.from', { date }), result.label ? ` · ${result.label}` : '', ' · ', h('a', { href: resultsHref }, this.#t('plan.page.openResult'))),
    );
  }

  /** A message with `{title}` filled by an element (the assessment's title, maybe marked English). */
  #withTitle(key: string, title: string | HTMLElement): (string | HTMLElement)[] {
    const marker = '\u0000';
    return this.#t(key, { title: marker }).split(marker).flatMap((piece, index) => (index === 0 ? [piece] : [title, piece]));
  }

  #save(plan: Plan, savedKey = 'plan.page.saved'): void {
    if (!this.#shown) return;
    this.#shown.plan = plan;
    const outcome = this.#plans.save(plan);
    this.#status.textContent = outcome.ok ? this.#t(savedKey) : this.#t('plan.page.notSaved', { reason: wordOf(this.#t, outcome.problem) });
    this.#status.dataset.saved = String(outcome.ok);
    this.#summary();
  }

  /** The plan as a person reads it on paper: every priority, target, date, action, owner and status. */
  #summary(): void {
    const { plan, areas, bands, payload, result } = this.#shown!;
    const t = this.#t;
    const day = (iso: string) => new Intl.DateTimeFormat(this.#lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    const textOf = this.#actionText();
    const sections = plan.priorities.map((priority, index) => {
      const area = areas.find((candidate) => candidate.id === priority.area);
      const target = priority.target.score !== undefined ? String(priority.target.score) : (bands.find((band) => band.label === priority.target.band)?.title ?? priority.target.band ?? '');
      const rows = priority.actions.map((action) =>
        h('tr', {}, h('td', {}, action.actionId !== undefined ? (textOf(action.actionId) ?? action.actionId) : (action.text ?? '')), h('td', {}, action.owner || '—'), h('td', {}, t(PLAN_STATUS_KEYS[action.status]))),
      );
      return h(
        'section',
        {},
        h('h2', {}, t('plan.print.priority', { number: index + 1, area: area?.title ?? priority.area })),
        h('p', {}, [area && area.score !== null ? t('plan.print.now', { score: area.score }) : '', t('plan.print.target', { target }), t('plan.print.review', { date: day(priority.reviewOn) })].filter(Boolean).join(' · ')),
        rows.length > 0
          ? scrollTable(t('plan.print.actions'), h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('plan.print.action')), h('th', { scope: 'col' }, t('plan.print.owner')), h('th', { scope: 'col' }, t('plan.print.status')))), h('tbody', {}, rows)))
          : h('p', { class: 'muted' }, t('plan.print.noActions')),
      );
    });
    const taken = new Intl.DateTimeFormat(this.#lang, { dateStyle: 'long' }).format(new Date(result.takenAt));
    const updated = new Intl.DateTimeFormat(this.#lang, { dateStyle: 'long' }).format(new Date(plan.updatedAt));
    this.querySelector('.plan-summary')!.replaceChildren(h('p', {}, t('plan.print.madeFrom', { title: payload.definition.title, date: taken, updated })), ...sections);
  }

  #actionText(): (id: string) => string | undefined {
    const byId = new Map<string, PlanActionOption>(this.#extra.actions.map((action) => [action.id, action]));
    return (id) => byId.get(id)?.text;
  }

  #downloadCsv(): void {
    if (!this.#shown) return;
    const { plan, result } = this.#shown;
    downloadText(exportFileName({ subject: `plan-${plan.assessment}`, date: new Date(result.takenAt), label: result.label, extension: 'csv' }), planToCsv(plan, this.#actionText()), 'text/csv');
    this.#status.textContent = this.#t('plan.page.csvDone');
  }

  async #downloadReminder(): Promise<void> {
    if (!this.#shown) return;
    const { plan, result, payload } = this.#shown;
    try {
      // ical-generator loads only now, when a reminder is asked for.
      const { planReminder } = await import('../../lib/plan/plan-ics.ts');
      const text = planReminder(plan, payload.definition.title, this.#t);
      if (text === undefined) return void (this.#status.textContent = this.#t('plan.page.icsNone'));
      downloadText(exportFileName({ subject: `plan-${plan.assessment}`, date: new Date(result.takenAt), label: result.label, extension: 'ics' }), text, 'text/calendar');
      this.#status.textContent = this.#t('plan.page.icsDone');
    } catch {
      this.#status.textContent = this.#t('plan.page.icsFailed');
    }
  }

  #delete(): void {
    if (!this.#shown || !confirm(this.#t('plan.page.deleteConfirm'))) return;
    const outcome = this.#plans.remove(this.#shown.result.id);
    if (!outcome.ok) return void (this.#status.textContent = this.#t('plan.page.notDeleted', { reason: wordOf(this.#t, outcome.problem) }));
    this.#shown = undefined;
    this.#showPlanParts(false);
    const again = h('button', { type: 'button', class: 'button secondary' }, this.#t('plan.page.draftAgain'));
    again.addEventListener('click', () => this.#load());
    this.querySelector('.plan-notices')!.replaceChildren(h('p', {}, this.#t('plan.page.deleted'), ' ', again));
    again.focus();
  }
}

customElements.define('tl-plan-page', PlanPageElement);
