import type { TeamMessage, TeamProgress, TeamReplies, TeamRequest } from './team-protocol.ts';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; onProgress?: (progress: TeamProgress) => void };

/** The page's side of the team worker: a request is a promise, with progress along the way. */
export class TeamClient {
  #worker: Worker;
  #next = 1;
  #pending = new Map<number, Pending>();

  constructor() {
    this.#worker = new Worker(new URL('./aggregate.worker.ts', import.meta.url), { type: 'module', name: 'touchline-team' });
    this.#worker.onmessage = (event: MessageEvent<TeamMessage>) => this.#receive(event.data);
    this.#worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(`The team view's worker stopped: ${event.message || 'it could not load'}. Reload the page.`);
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
    };
  }

  request<T extends TeamRequest>(request: T, onProgress?: (progress: TeamProgress) => void): Promise<TeamReplies[T['type']]> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject, ...(onProgress ? { onProgress } : {}) });
      this.#worker.postMessage({ id, request });
    });
  }

  #receive(message: TeamMessage): void {
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    if (message.kind === 'progress') {
      pending.onProgress?.(message.progress);
      return;
    }
    this.#pending.delete(message.id);
    if (message.kind === 'done') pending.resolve(message.value);
    else pending.reject(new Error(message.message));
  }
}
