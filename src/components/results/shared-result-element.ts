import { payloadAsTaken } from '../../lib/results/as-taken.ts';
import { earlierNote } from './earlier-note.ts';
import { decodeShareCode } from '../../lib/results/share-code.ts';
import { createResultStore } from '../../lib/results/store.ts';
import type { SavedResult } from '../../lib/schema/saved-result.ts';
import { scoreAssessment } from '../../lib/scoring/index.ts';
import { h } from '../view/dom.ts';
import { translatorOf } from '../view/messages.ts';
import { localStorageEngine } from '../assess/local-storage-engine.ts';
import { renderResult } from '../assess/result-view.ts';
import { readEmbeddedAssessments } from './payload-data.ts';

/** The code after "#", percent-decoded when a mail program escaped it. */
function codeFromHash(hash: string): string {
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

const UNAFFECTED = 'Nothing else is affected: your own saved results are untouched.';

/**
 * A result from a share link, `/r/#<code>`: decoded in the browser (the code after "#"
 * never reaches a server), shown read-only, and saved to My results only if asked.
 * Every failure becomes a message on the page; none reaches the console.
 */
class SharedResultElement extends HTMLElement {
  #message!: HTMLElement;
  #view!: HTMLElement;
  #actions!: HTMLElement;
  #result: SavedResult | undefined;

  connectedCallback(): void {
    this.#message = this.querySelector('.shared-message')!;
    this.#view = this.querySelector('.shared-result')!;
    this.#actions = this.querySelector('.shared-actions')!;
    this.#actions.querySelector('[data-action="save"]')!.addEventListener('click', () => this.#save());
    this.#actions.querySelector('[data-action="print"]')!.addEventListener('click', () => print());
    addEventListener('hashchange', () => this.#show(true));
    this.#show(false);
  }

  #fail(what: string): void {
    this.#result = undefined;
    this.#view.hidden = true;
    this.#actions.hidden = true;
    this.#message.replaceChildren(h('p', { class: 'results-problem' }, h('strong', {}, 'This link could not be opened. '), what, ' ', UNAFFECTED));
  }

  #show(focus: boolean): void {
    try {
      const data = readEmbeddedAssessments(this);
      if (!data) return this.#fail('This page’s list of assessments is damaged; reload the page, and if that does not help, the site needs rebuilding.');
      const decoded = decodeShareCode(codeFromHash(location.hash), data.definitions, data.earlier);
      if (!decoded.ok) return this.#fail(decoded.error.message);
      const { result, changedSince } = decoded;
      // A link made with an earlier version shows that version's questions, scored with them.
      const { payload, earlier } = payloadAsTaken(data.payloads[result.assessment]!, result);
      this.#result = result;
      renderResult(this.#view, {
        payload,
        result: scoreAssessment(payload.definition, result.answers, result.role),
        role: result.role,
        takenAt: new Date(result.takenAt),
        heading: `Shared result: ${payload.definition.title}`,
        notes: result,
        t: translatorOf(this),
      });
      this.#message.replaceChildren(
        ...(earlier ? [earlierNote(earlier)] : []),
        ...(changedSince
          ? [h('p', { class: 'results-problem' }, h('strong', {}, 'The assessment has changed since this result was taken. '), 'The answers are shown against the current questions, in the same order, so some may now refer to reworded or different questions.')]
          : []),
      );
      this.#view.hidden = false;
      this.#actions.hidden = false;
      this.querySelector('.shared-save-status')!.textContent = '';
      if (focus) this.#view.focus();
    } catch {
      // decodeShareCode never throws; this keeps the promise if the page itself fails.
      this.#fail('Something went wrong while reading it.');
    }
  }

  #save(): void {
    const status = this.querySelector<HTMLElement>('.shared-save-status')!;
    if (!this.#result) return;
    const base = this.dataset.base ?? '/';
    // importMany, not save: a result already kept (opened from your own link, or saved before) is not doubled.
    const outcome = createResultStore(localStorageEngine()).importMany([this.#result]);
    if (!outcome.ok) {
      status.replaceChildren(h('strong', {}, 'Not saved. '), outcome.message);
      return;
    }
    const link = h('a', { href: `${base}results/` }, 'My results');
    status.replaceChildren(...(outcome.added.length > 0 ? ['Saved on this device. It is in ', link, '.'] : ['You already have this result: it is in ', link, '.']));
  }
}

customElements.define('tl-shared-result', SharedResultElement);
