import { csvToResultsInSteps } from '../../lib/results/csv.ts';
import type { DefinitionsById } from '../../lib/results/definitions.ts';
import type { EarlierVersionsById } from '../../lib/results/history.ts';
import { csvImportReport, jsonImportReport, type ImportLine, type ImportReport, type StoreImportOutcome } from '../../lib/results/import-report.ts';
import { jsonToResultsInSteps } from '../../lib/results/json.ts';
import { runStepsPaced, type StepProgress } from '../../lib/results/steps.ts';
import type { ResultStore } from '../../lib/results/store.ts';
import { roleLabels } from '../../lib/schema/roles.ts';
import type { SavedResult } from '../../lib/schema/saved-result.ts';
import { h } from '../assess/dom.ts';

/** Reports longer than this open their row-by-row table only when asked, so a large import stays quick. */
const INLINE_LINES = 50;

export interface ImportPanelOptions {
  /** The server-rendered import section: a file input inside a drop zone, a progress bar, a report area. */
  root: HTMLElement;
  store: () => ResultStore;
  definitions: DefinitionsById;
  /** Earlier versions, so a CSV row exported from one keeps every answer. */
  earlier: EarlierVersionsById;
  titleOf: (assessmentId: string) => string;
  /** Called after results were added, to show them. */
  onImported: () => void;
}

/**
 * Between steps, a task rather than a frame (frames stop in a background tab; the browser
 * paints between tasks anyway), posted through a message channel, which unlike a timeout
 * is not held back to 4 ms once nested.
 */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function looksLikeJson(file: File, text: string): boolean {
  if (/\.json$/i.test(file.name) || file.type === 'application/json') return true;
  if (/\.csv$/i.test(file.name) || file.type === 'text/csv') return false;
  return /^\uFEFF?\s*[[{]/.test(text);
}

/** Import by file picker or drag and drop: progress while it runs, then a report row by row. */
export function enhanceImportPanel(options: ImportPanelOptions): void {
  const { root } = options;
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const zone = root.querySelector<HTMLElement>('.drop-zone')!;
  const progressBox = root.querySelector<HTMLElement>('.import-progress')!;
  const progress = progressBox.querySelector('progress')!;
  const progressText = progressBox.querySelector<HTMLElement>('.import-progress-text')!;
  const reports = root.querySelector<HTMLElement>('.import-reports')!;
  const announce = root.querySelector<HTMLElement>('.import-announce')!;
  let busy = false;

  const showProgress = (fraction: number, text: string) => {
    progressBox.hidden = false;
    progress.value = Math.round(fraction * 100);
    progressText.textContent = text;
  };

  const importFile = async (file: File): Promise<void> => {
    performance.mark('tl-import-start');
    showProgress(0, `Reading ${file.name}…`);
    let report: ImportReport;
    try {
      const text = await file.text();
      const onProgress = ({ done, total }: StepProgress) => showProgress((done / total) * 0.9, `Checking ${done.toLocaleString()} of ${total.toLocaleString()}…`);
      if (looksLikeJson(file, text)) {
        const reading = await runStepsPaced(jsonToResultsInSteps(text), onProgress, pause);
        report = save(reading.ok ? reading.results : [], (outcome) => jsonImportReport(reading, outcome));
      } else {
        const reading = await runStepsPaced(csvToResultsInSteps(text, options.definitions, undefined, options.earlier), onProgress, pause);
        report = save(reading.results, (outcome) => csvImportReport(reading, outcome));
      }
    } catch (error) {
      report = { lines: [], added: 0, skipped: 0, rejected: 0, problems: [`The file could not be read (${error instanceof Error ? error.message : 'unknown error'}). Nothing was imported.`] };
    }
    progressBox.hidden = true;
    const view = reportView(file.name, report, options.titleOf);
    reports.prepend(view);
    announce.textContent = `Import of ${file.name}: ${view.querySelector('.import-summary')!.textContent}`;
    if (report.added > 0) options.onImported();
    performance.mark('tl-import-end');
    performance.measure('tl-import', 'tl-import-start', 'tl-import-end');
  };

  /** Adds what was read; when the store refuses to write, the report says nothing was imported and why. */
  const save = (results: readonly SavedResult[], report: (outcome: StoreImportOutcome) => ImportReport): ImportReport => {
    performance.mark('tl-import-read');
    showProgress(0.95, 'Saving…');
    const outcome = options.store().importMany(results);
    performance.mark('tl-import-saved');
    if (outcome.ok) return report(outcome);
    const read = report({ skipped: [] });
    const lines = read.lines.map((line): ImportLine => (line.status === 'added' ? { ...line, status: 'rejected', reason: 'not saved (see above)' } : line));
    return { ...read, lines, added: 0, rejected: read.rejected + read.added, problems: [...read.problems, `Nothing was imported: ${outcome.message}`] };
  };

  const importFiles = async (files: FileList | readonly File[]) => {
    if (busy || files.length === 0) return;
    busy = true;
    zone.setAttribute('aria-busy', 'true');
    try {
      for (const file of files) await importFile(file);
    } finally {
      busy = false;
      zone.removeAttribute('aria-busy');
      input.value = '';
    }
  };

  input.addEventListener('change', () => void importFiles([...(input.files ?? [])]));
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('drop-target');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('drop-target'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('drop-target');
    void importFiles([...(event.dataTransfer?.files ?? [])]);
  });
}

function describe(line: ImportLine, titleOf: (id: string) => string): string {
  const result = line.result;
  if (!result) return '';
  const date = new Date(result.takenAt).toLocaleDateString(undefined, { dateStyle: 'medium' });
  return [titleOf(result.assessment), date, result.role ? roleLabels[result.role] : '', result.label ?? ''].filter(Boolean).join(', ');
}

const statusText = { added: 'Added', skipped: 'Skipped', rejected: 'Rejected' } as const;

function linesTable(report: ImportReport, titleOf: (id: string) => string): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-label': 'What happened to each row' },
    h(
      'table',
      { class: 'import-lines' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Where'), h('th', { scope: 'col' }, 'Result'), h('th', { scope: 'col' }, 'What happened'))),
      h(
        'tbody',
        {},
        report.lines.map((line) =>
          h('tr', { class: `import-${line.status}` }, h('th', { scope: 'row' }, line.where), h('td', {}, describe(line, titleOf)), h('td', {}, statusText[line.status], line.reason ? `: ${line.reason}` : '')),
        ),
      ),
    ),
  );
}

function reportView(fileName: string, report: ImportReport, titleOf: (id: string) => string): HTMLElement {
  const plural = (count: number, one: string, many: string) => `${count.toLocaleString()} ${count === 1 ? one : many}`;
  const summary = report.lines.length === 0 ? 'Nothing was imported.' : `${plural(report.added, 'result added', 'results added')}, ${report.skipped.toLocaleString()} skipped (already saved), ${report.rejected.toLocaleString()} rejected.`;
  const details = h('details', { class: 'import-details' }, h('summary', {}, `Row by row (${report.lines.length.toLocaleString()})`));
  if (report.lines.length <= INLINE_LINES) {
    details.open = report.skipped + report.rejected > 0;
    details.append(linesTable(report, titleOf));
  } else {
    // Built when opened: thousands of rows are not worth building for a report nobody reads.
    details.addEventListener('toggle', () => details.open && details.childElementCount === 1 && details.append(linesTable(report, titleOf)));
  }
  return h(
    'section',
    { class: 'import-report' },
    h('h4', {}, `Import of ${fileName}`),
    h('p', { class: 'import-summary' }, summary),
    report.problems.length > 0 ? h('ul', { class: 'import-problems' }, report.problems.map((problem) => h('li', {}, problem))) : null,
    report.lines.length > 0 ? details : null,
  );
}
