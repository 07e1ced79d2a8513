/**
 * Long imports run as generators that yield their progress now and then, so one function
 * serves both a test (run it to the end at once) and a page (run a step per frame and
 * show a progress bar). See csvToResultsInSteps and jsonToResultsInSteps.
 */

/** How far a stepped task is: `done` of `total` units (rows, entries). */
export interface StepProgress {
  done: number;
  total: number;
}

/** Runs a stepped task to the end at once and returns its outcome. */
export function runSteps<T>(steps: Generator<StepProgress, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Runs a stepped task, calling `onProgress` after each step and waiting for `pause` (a
 * frame, a timeout) before the next, so the page can paint in between.
 */
export async function runStepsPaced<T>(steps: Generator<StepProgress, T, void>, onProgress: (progress: StepProgress) => void, pause: () => Promise<unknown>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    onProgress(next.value);
    await pause();
  }
}
