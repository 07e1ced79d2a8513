/// <reference lib="webworker" />
// The team view's worker: everything that grows with the number of results runs here.
import { TeamEngine } from './team-engine.ts';
import type { TeamMessage, TeamRequest } from './team-protocol.ts';

const engine = new TeamEngine();
const scope = self as unknown as DedicatedWorkerGlobalScope;
// One request at a time, in order: an import must finish before the aggregate that follows it.
let queue: Promise<unknown> = Promise.resolve();

scope.onmessage = (event: MessageEvent<{ id: number; request: TeamRequest }>) => {
  const { id, request } = event.data;
  const post = (message: TeamMessage) => scope.postMessage(message);
  queue = queue.then(async () => {
    try {
      const value = await engine.handle(request, (progress) => post({ id, kind: 'progress', progress }));
      post({ id, kind: 'done', value });
    } catch (error) {
      post({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  });
};
