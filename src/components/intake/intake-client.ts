import type { IntakeMessage, IntakeReply, IntakeRequest } from './intake-protocol.ts';
import type { IntakeProgress } from './read-sources.ts';

type Pending = { resolve: (value: IntakeReply) => void; reject: (error: Error) => void; onProgress: (progress: IntakeProgress) => void };

/** My results' side of the intake worker, started on the first import. */
export class IntakeClient {
  #worker: Worker | undefined;
  #next = 1;
  #pending = new Map<number, Pending>();

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./intake.worker.ts', import.meta.url), { type: 'module', name: 'touchline-intake' });
    worker.onmessage = (event: MessageEvent<IntakeMessage>) => this.#receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(`the import stopped (${event.message || 'its worker could not load'}); reload the page and try again`);
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
      this.#worker = undefined;
    };
    this.#worker = worker;
    return worker;
  }

  read(request: IntakeRequest, onProgress: (progress: IntakeProgress) => void): Promise<IntakeReply> {
    const worker = this.#start();
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ id, request });
    });
  }

  #receive(message: IntakeMessage): void {
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    if (message.kind === 'progress') return pending.onProgress(message.progress);
    this.#pending.delete(message.id);
    if (message.kind === 'done') pending.resolve(message.value);
    else pending.reject(new Error(message.message));
  }
}
