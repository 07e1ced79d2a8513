/// <reference lib="webworker" />
// My results' intake worker: reading, checking and merging an import never runs on the page's main thread.
import { notKept, packReport } from '../../lib/intake/report.ts';
import { failurePhrase, importIntoStore } from '../../lib/intake/store-import.ts';
import type { IntakeMessage, IntakeRequest } from './intake-protocol.ts';
import { readSources } from './read-sources.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<{ id: number; request: IntakeRequest }>) => {
  const { id, request } = event.data;
  const post = (message: IntakeMessage) => scope.postMessage(message);
  try {
    const readings = await readSources(request.files, request.links, request.definitions, request.earlier, (progress) => post({ id, kind: 'progress', progress }));
    const { collected, writes, failure } = importIntoStore(request.snapshot, readings);
    const report = packReport(collected.report);
    post({ id, kind: 'done', value: { report: failure ? notKept(report, failurePhrase(failure)) : report, writes } });
  } catch (error) {
    post({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
