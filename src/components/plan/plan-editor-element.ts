import { actionsFor } from '../../lib/actions/actions.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { issuesByField, newPriority, nextBand, type PlanActionOption, type PlanArea, type PlanBand } from '../../lib/plan/plan-editing.ts';
import { isChosenAction, MAX_PRIORITIES, planSchema, type Plan, type PlanAction, type PlanPriority, type PlanStatus } from '../../lib/plan/plan-schema.ts';
import { wordOf, type Phrase } from '../../lib/scoring/phrase.ts';
import { h } from '../view/dom.ts';
import { translatorOf } from '../view/messages.ts';

/** What a host hands the editor: the plan, and the choices it may offer, worded in the page's language. */
export interface PlanEditorSetup {
  plan: Plan;
  /** The areas a priority may take, in the order to offer them. */
  areas: PlanArea[];
  /** The assessment's bands, lowest first. */
  bands: PlanBand[];
  /** Every playbook action the editor may offer; it ranks each area's with actionsFor. */
  actions: PlanActionOption[];
  /** The person's local date (YYYY-MM-DD), for the review date of an added priority. */
  today: string;
}

/** Fired with `{ plan }` after every change that leaves a valid plan: the host saves it. */
export const PLAN_CHANGE_EVENT = 'tl-plan-change';
/** Fired after a change that leaves the plan invalid: nothing should be saved; the fields say what is wrong. */
export const PLAN_INVALID_EVENT = 'tl-plan-invalid';
export type PlanChangeEvent = CustomEvent<{ plan: Plan }>;

let instances = 0;
/** Playbook actions shown open per priority (besides the chosen ones); the rest sit behind "Other actions". */
const SHOWN_OPTIONS = 5;

/**
 * `<tl-plan-editor>` (PlanEditor.astro): edits up to three priorities of a plan, each an area
 * with a target, a review date and actions (the playbook's, ranked, and the person's own),
 * each with an owner and a status. What is typed stays in the fields and in the working copy
 * even while it is invalid; only a valid plan is reported, so a host never saves a broken one.
 * Every word comes from the page's dictionary (the templates, and `data-messages`).
 */
export class PlanEditorElement extends HTMLElement {
  #setup: PlanEditorSetup | undefined;
  #plan!: Plan;
  #t!: Translate;
  #uid = `plan-${++instances}`;
  #status!: HTMLElement;
  #list!: HTMLElement;
  /** Priorities whose "Other actions" list the person opened, kept open across redraws. */
  #opened = new Set<number>();

  connectedCallback(): void {
    this.#t = translatorOf(this);
    this.#status = this.querySelector('.plan-editor-status')!;
    this.#list = this.querySelector('.plan-priorities')!;
    this.querySelector('[data-action="add-priority"]')!.addEventListener('click', () => this.#addPriority());
  }

  /** Shows a plan to edit; call again to show another. */
  setup(setup: PlanEditorSetup): void {
    this.#setup = setup;
    this.#plan = structuredClone(setup.plan);
    this.#render();
    this.#validate(false);
  }

  /** The plan as it stands, including what is not valid yet. */
  get plan(): Plan {
    return structuredClone(this.#plan);
  }

  #render(focusId?: string): void {
    const { plan } = this;
    this.#list.replaceChildren(...plan.priorities.map((priority, index) => this.#priorityView(priority, index)));
    const full = plan.priorities.length >= MAX_PRIORITIES;
    const add = this.querySelector<HTMLButtonElement>('[data-action="add-priority"]')!;
    add.disabled = full || this.#unusedAreas().length === 0;
    const note = this.querySelector<HTMLElement>('.plan-full')!;
    note.hidden = !full;
    note.textContent = full ? this.#t('plan.editor.full', { count: MAX_PRIORITIES }) : '';
    if (focusId) document.getElementById(focusId)?.focus();
  }

  /** A template's copy with its ids set: each field `<prefix>-<field>`, its label and its error slot tied to it. */
  #instantiate(name: string, prefix: string, pathOf: (field: string) => string): DocumentFragment {
    const fragment = this.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`)!.content.cloneNode(true) as DocumentFragment;
    for (const field of fragment.querySelectorAll<HTMLElement>('[data-field]')) field.id = `${prefix}-${field.dataset.field}`;
    for (const label of fragment.querySelectorAll<HTMLLabelElement>('label[data-for]')) label.htmlFor = `${prefix}-${label.dataset.for}`;
    for (const slot of fragment.querySelectorAll<HTMLElement>('.plan-error[data-error]')) {
      const field = slot.dataset.error!;
      slot.id = `${prefix}-${field}-error`;
      slot.dataset.path = pathOf(field);
      slot.dataset.label = fragment.querySelector(`label[data-for="${field}"]`)?.textContent?.trim() ?? '';
    }
    for (const control of fragment.querySelectorAll<HTMLElement>('[data-describe]')) control.setAttribute('aria-describedby', `${prefix}-${control.dataset.describe}-error`);
    return fragment;
  }

  #priorityView(priority: PlanPriority, index: number): DocumentFragment {
    const setup = this.#setup!;
    const prefix = `${this.#uid}-p${index}`;
    const path = `priorities.${index}`;
    const view = this.#instantiate('priority', prefix, (field) => (field === 'new-own' ? `${path}.new-own` : `${path}.${field}`));
    const $ = <E extends HTMLElement>(selector: string) => view.querySelector<E>(selector)!;
    const area = setup.areas.find((candidate) => candidate.id === priority.area);
    const areaTitle = area?.title ?? priority.area;
    $('[data-slot="legend"]').append(this.#t('plan.editor.priority', { number: index + 1, area: areaTitle }));
    $('.plan-target .plan-error').dataset.label = $('.plan-target legend').textContent!.trim();
    $('.plan-error[data-error="actions"]').dataset.label = $('.plan-actions-heading').textContent!.trim();

    const areaSelect = $<HTMLSelectElement>('[data-field="area"]');
    const areaOptions = setup.areas.map((option) => h('option', { value: option.id, lang: option.lang }, option.title));
    if (!area) areaOptions.unshift(h('option', { value: priority.area }, priority.area));
    areaSelect.append(...areaOptions);
    areaSelect.value = priority.area;
    areaSelect.addEventListener('change', () => this.#changeArea(index, areaSelect.value, areaSelect.id));
    $('[data-slot="now"]').textContent = area && area.score !== null ? this.#t('plan.editor.now', { score: area.score }) : this.#t('plan.editor.notScored');

    this.#targetView(view, priority, index, prefix, area);

    const review = $<HTMLInputElement>('[data-field="reviewOn"]');
    review.value = priority.reviewOn;
    review.addEventListener('input', () => this.#edit(index, (p) => ({ ...p, reviewOn: review.value })));

    const ranked = actionsFor(priority.area, setup.actions);
    const offered = new Set(ranked.map((option) => option.id));
    const gone = priority.actions.filter((action) => isChosenAction(action) && !offered.has(action.actionId));
    const options = $('.plan-options');
    const chosen = new Set(priority.actions.map((action) => action.actionId));
    const first = ranked.filter((option, rank) => rank < SHOWN_OPTIONS || chosen.has(option.id));
    const rest = ranked.filter((option, rank) => rank >= SHOWN_OPTIONS && !chosen.has(option.id));
    options.append(...first.map((option) => this.#optionView(priority, index, option)));
    if (rest.length > 0) {
      const more = h('details', { class: 'plan-more', open: this.#opened.has(index) }, h('summary', {}, this.#t('plan.editor.more', { count: rest.length })), h('ol', { class: 'plan-options' }, ...rest.map((option) => this.#optionView(priority, index, option))));
      more.addEventListener('toggle', () => (more.open ? this.#opened.add(index) : this.#opened.delete(index)));
      options.after(more);
    }
    // A chosen action the playbook no longer has stays in the plan until the person unticks it.
    options.append(...gone.map((action) => this.#optionView(priority, index, { id: action.actionId!, text: this.#t('plan.editor.unknownAction', { id: action.actionId! }), areas: [], effort: 'hours', priority: 3 }, false)));
    $('[data-slot="no-actions"]').hidden = ranked.length + gone.length > 0;
    $('[data-slot="actions-lead"]').hidden = ranked.length + gone.length === 0;

    const own = $('.plan-own');
    priority.actions.forEach((action, actionIndex) => {
      if (!isChosenAction(action)) own.append(this.#ownView(action, index, actionIndex));
    });
    const newOwn = $<HTMLTextAreaElement>('[data-field="new-own"]');
    $('[data-action="add-own"]').addEventListener('click', () => this.#addOwn(index, newOwn));
    const remove = $<HTMLButtonElement>('[data-action="remove-priority"]');
    remove.append(h('span', { class: 'visually-hidden' }, ` ${index + 1}: ${areaTitle}`));
    remove.addEventListener('click', () => this.#removePriority(index));
    return view;
  }

  #targetView(view: DocumentFragment, priority: PlanPriority, index: number, prefix: string, area: PlanArea | undefined): void {
    const setup = this.#setup!;
    const $ = <E extends HTMLElement>(selector: string) => view.querySelector<E>(selector)!;
    const kindBand = $<HTMLInputElement>('[data-field="kind-band"]');
    const kindScore = $<HTMLInputElement>('[data-field="kind-score"]');
    const band = $<HTMLSelectElement>('[data-field="band"]');
    const score = $<HTMLInputElement>('[data-field="score"]');
    kindBand.name = kindScore.name = `${prefix}-kind`;
    band.append(...setup.bands.map((option) => h('option', { value: option.label, lang: option.lang }, option.title)));
    const { target } = priority;
    if (target.band !== undefined && !setup.bands.some((option) => option.label === target.band)) band.prepend(h('option', { value: target.band }, target.band));
    band.value = target.band ?? nextBand(setup.bands, area?.score ?? null).band!;
    score.value = target.score !== undefined && Number.isFinite(target.score) ? String(target.score) : '';
    kindBand.checked = target.score === undefined;
    kindScore.checked = !kindBand.checked;
    const byBand = () => ({ band: band.value });
    // An empty or partial number is kept as NaN, which the schema refuses next to the field.
    const byScore = () => ({ score: score.value.trim() === '' ? Number.NaN : Number(score.value) });
    kindBand.addEventListener('change', () => this.#edit(index, (p) => ({ ...p, target: byBand() })));
    kindScore.addEventListener('change', () => {
      if (score.value === '') score.value = String(Math.min(100, Math.round((area?.score ?? 0) + 10)));
      this.#edit(index, (p) => ({ ...p, target: byScore() }));
    });
    band.addEventListener('change', () => {
      kindBand.checked = true;
      this.#edit(index, (p) => ({ ...p, target: byBand() }));
    });
    score.addEventListener('input', () => {
      kindScore.checked = true;
      this.#edit(index, (p) => ({ ...p, target: byScore() }));
    });
  }

  #optionView(priority: PlanPriority, index: number, option: PlanActionOption, known = true): DocumentFragment {
    const actionIndex = priority.actions.findIndex((action) => action.actionId === option.id);
    const prefix = `${this.#uid}-p${index}-a-${option.id}`;
    const view = this.#instantiate('option', prefix, (field) => `priorities.${index}.actions.${actionIndex}.${field}`);
    const box = view.querySelector<HTMLInputElement>('[data-field="chosen"]')!;
    box.checked = actionIndex !== -1;
    box.addEventListener('change', () => this.#toggle(index, option.id, box.checked, box.id));
    view.querySelector('[data-slot="text"]')!.append(option.lang ? h('span', { lang: option.lang }, option.text) : option.text);
    view.querySelector('[data-slot="effort"]')!.textContent = known ? `(${this.#t(`action.effort.${option.effort}`)})` : '';
    if (actionIndex !== -1) {
      const fields = view.querySelector<HTMLElement>('[data-slot="fields"]')!;
      fields.hidden = false;
      fields.append(this.#fieldsView(priority.actions[actionIndex]!, index, actionIndex, prefix));
    }
    return view;
  }

  #ownView(action: PlanAction, index: number, actionIndex: number): DocumentFragment {
    const prefix = `${this.#uid}-p${index}-own${actionIndex}`;
    const view = this.#instantiate('own', prefix, (field) => `priorities.${index}.actions.${actionIndex}.${field}`);
    const text = view.querySelector<HTMLTextAreaElement>('[data-field="text"]')!;
    text.value = action.text ?? '';
    text.addEventListener('input', () => this.#editAction(index, actionIndex, { text: text.value }));
    view.querySelector('[data-slot="fields"]')!.append(this.#fieldsView(action, index, actionIndex, prefix));
    const remove = view.querySelector<HTMLButtonElement>('[data-action="remove-own"]')!;
    remove.append(h('span', { class: 'visually-hidden' }, `: ${action.text ?? ''}`));
    remove.addEventListener('click', () => this.#removeAction(index, actionIndex, `${this.#uid}-p${index}-new-own`));
    return view;
  }

  #fieldsView(action: PlanAction, index: number, actionIndex: number, prefix: string): DocumentFragment {
    const view = this.#instantiate('fields', prefix, (field) => `priorities.${index}.actions.${actionIndex}.${field}`);
    const owner = view.querySelector<HTMLInputElement>('[data-field="owner"]')!;
    const status = view.querySelector<HTMLSelectElement>('[data-field="status"]')!;
    owner.value = action.owner;
    status.value = action.status;
    owner.addEventListener('input', () => this.#editAction(index, actionIndex, { owner: owner.value }));
    status.addEventListener('change', () => this.#editAction(index, actionIndex, { status: status.value as PlanStatus }));
    return view;
  }

  #edit(index: number, change: (priority: PlanPriority) => PlanPriority): void {
    this.#plan.priorities = this.#plan.priorities.with(index, change(this.#plan.priorities[index]!));
    this.#validate();
  }

  #editAction(index: number, actionIndex: number, change: Partial<PlanAction>): void {
    this.#edit(index, (priority) => ({ ...priority, actions: priority.actions.with(actionIndex, { ...priority.actions[actionIndex]!, ...change }) }));
  }

  #restructure(change: () => void, focusId?: string, say?: string): void {
    change();
    this.#render(focusId);
    this.#validate();
    if (say) this.#status.textContent = say;
  }

  #changeArea(index: number, areaId: string, focusId: string): void {
    const setup = this.#setup!;
    const area = setup.areas.find((candidate) => candidate.id === areaId);
    if (!area) return;
    this.#restructure(() => {
      const old = this.#plan.priorities[index]!;
      // The playbook's actions follow the area; the person's own stay, as do the review date and the owners they typed.
      const fresh = newPriority(area, setup.bands, actionsFor(area.id, setup.actions), setup.today);
      const own = old.actions.filter((action) => !isChosenAction(action));
      this.#plan.priorities = this.#plan.priorities.with(index, { ...fresh, reviewOn: old.reviewOn, actions: [...fresh.actions, ...own] });
    }, focusId);
  }

  #toggle(index: number, actionId: string, chosen: boolean, focusId: string): void {
    this.#restructure(() => {
      const priority = this.#plan.priorities[index]!;
      const actions = chosen ? [...priority.actions, { actionId, owner: '', status: 'not-started' as const }] : priority.actions.filter((action) => action.actionId !== actionId);
      this.#plan.priorities = this.#plan.priorities.with(index, { ...priority, actions });
    }, focusId);
  }

  #addOwn(index: number, field: HTMLTextAreaElement): void {
    const text = field.value.trim();
    const slot = this.querySelector<HTMLElement>(`#${CSS.escape(field.id)}-error`)!;
    if (text === '') {
      this.#showProblems(slot, [{ key: 'plan.invalid.ownText', values: { field: '', max: 600 } }]);
      field.setAttribute('aria-invalid', 'true');
      field.focus();
      return;
    }
    this.#restructure(
      () => {
        const priority = this.#plan.priorities[index]!;
        this.#plan.priorities = this.#plan.priorities.with(index, { ...priority, actions: [...priority.actions, { text, owner: '', status: 'not-started' }] });
      },
      `${this.#uid}-p${index}-own${this.#plan.priorities[index]!.actions.length}-owner`,
      this.#t('plan.editor.ownAdded'),
    );
  }

  #removeAction(index: number, actionIndex: number, focusId: string): void {
    this.#restructure(
      () => {
        const priority = this.#plan.priorities[index]!;
        this.#plan.priorities = this.#plan.priorities.with(index, { ...priority, actions: priority.actions.filter((_, i) => i !== actionIndex) });
      },
      focusId,
      this.#t('plan.editor.actionRemoved'),
    );
  }

  #unusedAreas(): PlanArea[] {
    const used = new Set(this.#plan.priorities.map((priority) => priority.area));
    return this.#setup!.areas.filter((area) => !used.has(area.id));
  }

  #addPriority(): void {
    const setup = this.#setup;
    if (!setup || this.#plan.priorities.length >= MAX_PRIORITIES) return;
    // The weakest area not yet in the plan; an unscored one last.
    const [area] = this.#unusedAreas().sort((a, b) => (a.score ?? Infinity) - (b.score ?? Infinity));
    if (!area) return;
    const index = this.#plan.priorities.length;
    this.#restructure(
      () => this.#plan.priorities.push(newPriority(area, setup.bands, actionsFor(area.id, setup.actions), setup.today)),
      `${this.#uid}-p${index}-area`,
      this.#t('plan.editor.priorityAdded', { area: area.title }),
    );
  }

  #removePriority(index: number): void {
    const removed = this.#plan.priorities[index]!;
    const title = this.#setup!.areas.find((area) => area.id === removed.area)?.title ?? removed.area;
    this.#restructure(
      () => this.#plan.priorities.splice(index, 1),
      this.#plan.priorities.length > 1 ? `${this.#uid}-p${Math.min(index, this.#plan.priorities.length - 2)}-area` : undefined,
      this.#t('plan.editor.priorityRemoved', { area: title }),
    );
    if (this.#plan.priorities.length === 0) this.querySelector<HTMLButtonElement>('[data-action="add-priority"]')!.focus();
  }

  #showProblems(slot: HTMLElement, problems: Phrase[]): void {
    const label = slot.dataset.label ?? '';
    slot.textContent = problems.map((problem) => wordOf(this.#t, { ...problem, values: { ...problem.values, field: label } })).join(' ');
    slot.hidden = false;
  }

  /** Checks the working copy; marks each problem at its field, and reports a valid plan to the host. */
  #validate(report = true): void {
    for (const slot of this.querySelectorAll<HTMLElement>('.plan-error')) {
      slot.hidden = true;
      slot.textContent = '';
    }
    for (const control of this.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
    const summary = this.querySelector<HTMLElement>('.plan-editor-errors')!;
    summary.replaceChildren();
    summary.hidden = true;
    const updatedAt = new Date().toISOString();
    const checked = planSchema.safeParse({ ...this.#plan, updatedAt });
    if (checked.success) {
      if (!report) return;
      this.#plan.updatedAt = updatedAt;
      if (this.#status.dataset.invalid) this.#status.textContent = '';
      delete this.#status.dataset.invalid;
      this.dispatchEvent(new CustomEvent(PLAN_CHANGE_EVENT, { detail: { plan: checked.data }, bubbles: true }));
      return;
    }
    for (const [field, problems] of issuesByField(checked.error)) {
      const slot = this.querySelector<HTMLElement>(`.plan-error[data-path="${CSS.escape(field)}"]`);
      if (slot) {
        this.#showProblems(slot, problems);
        for (const control of this.querySelectorAll(`[aria-describedby~="${CSS.escape(slot.id)}"]`)) control.setAttribute('aria-invalid', 'true');
      } else {
        summary.append(...problems.map((problem) => h('li', {}, wordOf(this.#t, problem))));
        summary.hidden = false;
      }
    }
    if (!report) return;
    this.#status.dataset.invalid = 'true';
    this.#status.textContent = this.#t('plan.editor.invalid');
    this.dispatchEvent(new CustomEvent(PLAN_INVALID_EVENT, { bubbles: true }));
  }
}

customElements.define('tl-plan-editor', PlanEditorElement);
