import type { AssessmentPayload } from '../../lib/assess/payload.ts';
import { createDraftStore } from '../../lib/results/draft-store.ts';
import { isRole, type Role } from '../../lib/schema/roles.ts';
import type { Answers } from '../../lib/schema/saved-result.ts';
import { scoreAssessment } from '../../lib/scoring/index.ts';
import { h } from './dom.ts';
import { localStorageEngine } from './local-storage-engine.ts';
import { renderResult } from './result-view.ts';

/**
 * Enhances the server-rendered questions: one section at a time with progress, back and
 * next, a review of unanswered questions, then the scored result. Answers in progress are
 * kept on every change, so a reload or a closed tab loses nothing.
 */
class AssessmentElement extends HTMLElement {
  #payload!: AssessmentPayload;
  #form!: HTMLFormElement;
  #steps: HTMLElement[] = [];
  #current = 0;
  #answers: Answers = {};
  #role: Role | null = null;
  #drafts = createDraftStore(localStorageEngine());
  #status!: HTMLElement;

  connectedCallback(): void {
    const data = this.querySelector('script[data-payload]')?.textContent;
    this.#form = this.querySelector('form')!;
    this.#status = this.querySelector('.assess-status')!;
    try {
      this.#payload = JSON.parse(data ?? '') as AssessmentPayload;
    } catch {
      this.#status.textContent = 'This assessment could not start: its definition is damaged. Reload the page; if that does not help, the site needs rebuilding.';
      return;
    }
    this.#steps = [...this.querySelectorAll<HTMLElement>('.assess-step')];
    this.#restoreDraft();
    this.#form.addEventListener('change', (event) => this.#onChange(event));
    this.querySelector('[data-action="back"]')!.addEventListener('click', () => this.#go(this.#current - 1));
    this.querySelector('[data-action="next"]')!.addEventListener('click', () => this.#next());
    this.querySelector('[data-action="restart"]')!.addEventListener('click', () => this.#restart());
    this.querySelector<HTMLElement>('.assess-controls')!.hidden = false;
    this.querySelector<HTMLElement>('.assess-progress')!.hidden = false;
    this.querySelector<HTMLElement>('.assess-progress-text')!.hidden = false;
  }

  get #itemIds(): string[] {
    return this.#payload.definition.dimensions.flatMap((d) => d.items.map((i) => i.id));
  }

  #restoreDraft(): void {
    const { draft, problem } = this.#drafts.load(this.#payload.id, this.#payload.version);
    if (problem) this.#status.textContent = problem;
    if (draft) {
      this.#answers = { ...draft.answers };
      this.#role = draft.role;
      for (const [itemId, value] of Object.entries(this.#answers)) this.#check(itemId, value === null ? 'na' : String(value));
      if (draft.role !== null || draft.step > 0) this.#check('role', draft.role ?? '');
    }
    const step = draft ? Math.min(draft.step, this.#steps.length) : 0;
    if (step === this.#steps.length) this.#showResult(false);
    else this.#go(step, false);
  }

  #check(name: string, value: string): void {
    const input = this.#form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`);
    if (input) input.checked = true;
  }

  #onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'radio') return;
    if (input.name === 'role') this.#role = isRole(input.value) ? input.value : null;
    else this.#answers[input.name] = input.value === 'na' ? null : Number(input.value);
    this.#saveDraft();
    this.#updateProgress();
  }

  #saveDraft(): void {
    const saved = this.#drafts.save(this.#payload.id, this.#payload.version, { answers: this.#answers, role: this.#role, step: this.#current });
    this.#status.textContent = saved.ok ? '' : 'This browser is not keeping your answers (storage is off or full), so finish in this visit; nothing is lost while the page stays open.';
  }

  #updateProgress(): void {
    const total = this.#itemIds.length;
    const answered = this.#itemIds.filter((id) => id in this.#answers).length;
    const progress = this.querySelector<HTMLProgressElement>('.assess-progress')!;
    progress.value = answered;
    const step = this.#steps[this.#current];
    const questions = step ? [...step.querySelectorAll<HTMLElement>('[data-item]')] : [];
    const numbers = questions.map((q) => this.#itemIds.indexOf(q.dataset.item!) + 1);
    const range = numbers.length === 0 ? '' : numbers.length === 1 ? `Question ${numbers[0]} of ${total}` : `Questions ${numbers[0]}–${numbers.at(-1)} of ${total}`;
    this.querySelector('.assess-progress-text')!.textContent = `${range ? `${range} · ` : ''}${answered} of ${total} answered`;
  }

  #go(index: number, focus = true): void {
    this.#current = Math.max(0, Math.min(index, this.#steps.length - 1));
    this.#steps.forEach((step, i) => (step.hidden = i !== this.#current));
    const isReview = this.#steps[this.#current]?.dataset.step === 'review';
    if (isReview) this.#renderReview();
    this.querySelector<HTMLButtonElement>('[data-action="back"]')!.disabled = this.#current === 0;
    const next = this.querySelector<HTMLButtonElement>('[data-action="next"]')!;
    next.textContent = isReview ? 'See my result' : this.#current === this.#steps.length - 2 ? 'Review answers' : 'Next';
    this.#form.hidden = false;
    this.querySelector<HTMLElement>('.assess-result')!.hidden = true;
    this.#updateProgress();
    this.#saveDraft();
    if (focus) this.#steps[this.#current]?.querySelector<HTMLElement>('h2')?.focus();
  }

  #next(): void {
    if (this.#steps[this.#current]?.dataset.step === 'review') this.#showResult(true);
    else this.#go(this.#current + 1);
  }

  #renderReview(): void {
    const missing = this.#payload.definition.dimensions.flatMap((dimension) =>
      dimension.items.filter((item) => !(item.id in this.#answers)).map((item) => ({ dimension, item })),
    );
    const review = this.querySelector<HTMLElement>('.assess-review')!;
    if (missing.length === 0) {
      review.replaceChildren(h('p', {}, 'You have answered every question. Choose “See my result” to score it.'));
      return;
    }
    review.replaceChildren(
      h('p', {}, `${missing.length} ${missing.length === 1 ? 'question is' : 'questions are'} unanswered. Unanswered questions are left out of the score; go back to answer them, or see your result now.`),
      h(
        'ul',
        {},
        missing.map(({ dimension, item }) => {
          const button = h('button', { type: 'button', class: 'link-button' }, `${this.#itemIds.indexOf(item.id) + 1}. ${item.text}`);
          button.addEventListener('click', () => {
            this.#go(this.#steps.findIndex((step) => step.dataset.step === dimension.id));
            this.querySelector<HTMLElement>(`[data-item="${CSS.escape(item.id)}"] input`)?.focus();
          });
          return h('li', {}, button, h('span', { class: 'muted' }, ` (${dimension.title})`));
        }),
      ),
    );
  }

  #showResult(focus: boolean): void {
    const result = scoreAssessment(this.#payload.definition, this.#answers, this.#role);
    const container = this.querySelector<HTMLElement>('.assess-result')!;
    renderResult(container, { payload: this.#payload, result, role: this.#role, takenAt: new Date() });
    const actions = h(
      'p',
      { class: 'result-actions no-print' },
      h('button', { type: 'button', class: 'button', 'data-action': 'print' }, 'Print or save as PDF'),
      h('button', { type: 'button', class: 'button secondary', 'data-action': 'again' }, 'Take it again'),
      h('button', { type: 'button', class: 'button secondary', 'data-action': 'edit' }, 'Change my answers'),
    );
    actions.querySelector('[data-action="print"]')!.addEventListener('click', () => print());
    actions.querySelector('[data-action="again"]')!.addEventListener('click', () => this.#restart());
    actions.querySelector('[data-action="edit"]')!.addEventListener('click', () => this.#go(0));
    container.append(actions);
    this.#form.hidden = true;
    container.hidden = false;
    this.#current = this.#steps.length;
    this.#saveDraft();
    if (focus) container.focus();
  }

  #restart(): void {
    if (!confirm('Start again? This clears the answers you have given so far on this device.')) return;
    this.#drafts.clear(this.#payload.id);
    this.#answers = {};
    this.#role = null;
    this.#form.reset();
    this.#go(0);
  }
}

customElements.define('tl-assessment', AssessmentElement);
