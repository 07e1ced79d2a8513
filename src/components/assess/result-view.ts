import type { AssessmentPayload } from '../../lib/assess/payload.ts';
import { roundScore as round, scoreText } from '../../lib/results/score-text.ts';
import { roleLabels, type Role } from '../../lib/schema/roles.ts';
import type { AssessmentResult, BenchmarkResult, ChecklistResult, GatedResult, SpectrumResult } from '../../lib/scoring/types.ts';
import type { ChartSeries } from '../charts/radar-chart.ts';
import { h } from './dom.ts';

export interface ResultContext {
  payload: AssessmentPayload;
  result: AssessmentResult;
  role: Role | null;
  takenAt: Date;
  /** The heading; "Your result: <title>" when not given. */
  heading?: string;
  /** A saved result's notes, shown under the heading. */
  notes?: { label?: string; team?: string; segment?: string };
}

/** Renders a scored result into `container`, weakest areas first, with a chart and its data table. */
export function renderResult(container: HTMLElement, context: ResultContext): void {
  const { payload, result, role, takenAt, notes = {} } = context;
  const { definition } = payload;
  const team = [notes.team, notes.segment].filter(Boolean).join(', ');
  const sections: (HTMLElement | null)[] = [
    h('h2', { id: 'result-title' }, context.heading ?? `Your result: ${definition.title}`),
    notes.label ? h('p', { class: 'result-label' }, notes.label) : null,
    h(
      'p',
      { class: 'muted result-meta' },
      `Taken ${takenAt.toLocaleDateString(undefined, { dateStyle: 'long' })}`,
      role ? ` · ${roleLabels[role]}` : '',
      team ? ` · Team: ${team}` : '',
      ` · ${result.answeredCount} of ${result.totalCount} questions scored`,
      result.notApplicableCount > 0 ? `, ${result.notApplicableCount} not applicable` : '',
    ),
    headline(result),
    chartFigure(result),
    modelDetail(result, payload),
    nextSteps(result, payload),
    h(
      'section',
      { class: 'result-method', 'aria-labelledby': 'result-method' },
      h('h3', { id: 'result-method' }, 'How this score is computed'),
      h('p', {}, definition.method),
      h('p', {}, payload.scale.agreeNote, ' Answers of "not applicable / don\'t know" and unanswered questions are left out rather than counted as low.'),
    ),
    h(
      'p',
      { class: 'result-credit muted' },
      'Based on ',
      `${payload.source.author}, `,
      h('cite', {}, payload.source.title),
      ` (${payload.source.year}). `,
      definition.sourceNote ?? '',
    ),
  ];
  container.replaceChildren(...sections.filter((section): section is HTMLElement => section !== null));
}

function headline(result: AssessmentResult): HTMLElement {
  const band = result.band;
  const score = scoreText(result);
  return h(
    'div',
    { class: 'result-headline' },
    h('p', { class: 'result-score' }, h('strong', {}, score), band ? ` · ${band.label}` : ''),
    band ? h('p', {}, band.meaning) : null,
    band ? h('p', {}, h('strong', {}, 'What to do next: '), band.advice) : null,
  );
}

function chartSeries(result: AssessmentResult): ChartSeries {
  return { labels: result.dimensions.map((d) => d.title), values: result.dimensions.map((d) => (d.score === null ? null : Math.round(d.score))) };
}

function chartFigure(result: AssessmentResult): HTMLElement | null {
  // The spectrum is drawn as a labelled scale in its detail section, not as a chart.
  if (result.model === 'spectrum') return null;
  const series = chartSeries(result);
  const kind = result.model === 'dimensions' ? 'radar' : 'bar';
  const summary = series.labels.map((label, i) => `${label} ${series.values[i] ?? 'not scored'}`).join(', ');
  const canvas = h('canvas', { role: 'img', 'aria-label': `${kind === 'radar' ? 'Radar' : 'Bar'} chart of scores out of 100: ${summary}. The same figures are in the table below.` });
  const wrapper = h('div', { class: `result-chart result-chart-${kind}`, style: kind === 'bar' ? `height:${Math.max(160, series.labels.length * 34 + 60)}px` : undefined }, canvas);
  const table = h(
    'table',
    { class: 'result-table' },
    h('caption', {}, result.model === 'gated' ? 'Score per building block, in order (0–100)' : 'Score per area (0–100)'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Area'), h('th', { scope: 'col' }, 'Score'), h('th', { scope: 'col' }, 'Questions scored'))),
    h(
      'tbody',
      {},
      result.dimensions.map((d) => h('tr', {}, h('th', { scope: 'row' }, d.title), h('td', {}, round(d.score)), h('td', {}, `${d.answered} of ${d.total}`))),
    ),
  );
  void drawChart(kind, canvas, series, wrapper);
  return h('figure', { class: 'result-figure' }, wrapper, h('figcaption', { class: 'visually-hidden' }, 'Scores out of 100'), table);
}

async function drawChart(kind: 'radar' | 'bar', canvas: HTMLCanvasElement, series: ChartSeries, wrapper: HTMLElement): Promise<void> {
  try {
    // chart.js loads only now, once a result is shown, one chunk per chart type.
    if (kind === 'radar') (await import('../charts/radar-chart.ts')).drawRadarChart(canvas, series);
    else (await import('../charts/bar-chart.ts')).drawBarChart(canvas, series);
  } catch {
    wrapper.replaceChildren(h('p', { class: 'muted' }, 'The chart could not be drawn; the table below has the same figures.'));
  }
}

function modelDetail(result: AssessmentResult, payload: AssessmentPayload): HTMLElement | null {
  switch (result.model) {
    case 'spectrum':
      return spectrumDetail(result, payload);
    case 'gated':
      return gatedDetail(result);
    case 'benchmark':
      return benchmarkDetail(result, payload);
    case 'checklist':
      return checklistDetail(result, payload);
    default:
      return null;
  }
}

function spectrumDetail(result: SpectrumResult, payload: AssessmentPayload): HTMLElement {
  const positions = payload.definition.positions ?? [];
  const marker = result.position ?? 0;
  const scale = h(
    'div',
    { class: 'spectrum-scale', role: 'img', 'aria-label': `Your position: ${round(result.position)} on a scale from 0 (${positions[0]?.title ?? ''}) to 100 (${positions.at(-1)?.title ?? ''}).` },
    h('div', { class: 'spectrum-track' }, result.position === null ? null : h('span', { class: 'spectrum-marker', style: `left:${marker}%` })),
    h('ol', { class: 'spectrum-positions', 'aria-hidden': 'true' }, positions.map((p) => h('li', { style: `left:${p.at}%` }, p.title))),
  );
  const list = h(
    'ol',
    { class: 'spectrum-definitions' },
    positions.map((p) =>
      h('li', { 'aria-current': p.id === result.nearest?.id ? 'true' : undefined }, h('strong', {}, p.title), p.id === result.nearest?.id ? ' (closest to you)' : '', ': ', p.description),
    ),
  );
  const pulls = result.pulls.filter((pull) => pull.direction !== 'none').slice(0, 4);
  return h(
    'section',
    { class: 'result-detail', 'aria-labelledby': 'result-spectrum' },
    h('h3', { id: 'result-spectrum' }, 'Where you sit on the spectrum'),
    scale,
    h('p', {}, `Position ${round(result.position)} of 100; consistency ${round(result.consistency)} of 100`, result.consistency !== null && result.consistency < 60 ? ': your answers are spread out, so different parts of the organisation may sit in different places.' : '.'),
    list,
    pulls.length > 0
      ? h(
          'div',
          {},
          h('h4', {}, 'Answers that pull your position most'),
          h('ul', {}, pulls.map((pull) => h('li', {}, `${pull.direction === 'up' ? 'Towards engaged' : 'Towards inside-out'}: `, h('q', {}, pull.text), ` — you chose “${pull.optionText}”`))),
        )
      : null,
  );
}

function gatedDetail(result: GatedResult): HTMLElement {
  const title = (id: string | null) => result.stages.find((s) => s.id === id)?.title ?? '';
  return h(
    'section',
    { class: 'result-detail', 'aria-labelledby': 'result-stages' },
    h('h3', { id: 'result-stages' }, 'Your building blocks, in order'),
    result.workOnFirst
      ? h('p', { class: 'result-callout' }, h('strong', {}, 'Work on first: '), title(result.workOnFirst), '. Every block after it rests on it.')
      : h('p', { class: 'result-callout' }, 'All six building blocks are in place.'),
    result.leapfrogged.length > 0
      ? h('p', {}, h('strong', {}, 'Leapfrogged: '), result.leapfrogged.map(title).join(', '), ' score well although an earlier block is missing. Gains built this way tend not to last; secure the earlier block first.')
      : null,
    h(
      'ol',
      { class: 'stage-list' },
      result.stages.map((stage) =>
        h('li', { class: stage.inPlace ? (stage.leapfrogged ? 'leapfrogged' : 'in-place') : 'gap' }, h('strong', {}, stage.title), ` — ${round(stage.score)}/100, `, stage.inPlace ? (stage.leapfrogged ? 'in place but leapfrogged' : 'in place') : 'not yet in place'),
      ),
    ),
  );
}

function benchmarkDetail(result: BenchmarkResult, payload: AssessmentPayload): HTMLElement {
  const scale = payload.scale;
  const groupLabel = { management: 'Senior management', 'non-management': 'Non-management', all: 'All respondents' } as const;
  return h(
    'section',
    { class: 'result-detail', 'aria-labelledby': 'result-benchmark' },
    h('h3', { id: 'result-benchmark' }, 'Your answers beside the 2008 survey'),
    h(
      'p',
      { class: 'muted' },
      `Figures are from the survey the source reports. “Agrees” means ${scale.agreeNote.charAt(0).toLowerCase()}${scale.agreeNote.slice(1)}`,
      h('span', { class: 'print-only' }, ' Printed here: the statements with published figures; every answer is in the result on screen and in its export.'),
    ),
    h(
      'div',
      { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Your answers beside the survey figures' },
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Statement'), h('th', { scope: 'col' }, 'Your answer'), h('th', { scope: 'col' }, 'Published figures'))),
        h(
          'tbody',
          {},
          result.comparisons.map((c) =>
            h(
              'tr',
              { class: c.published ? undefined : 'benchmark-unpublished' },
              h('th', { scope: 'row' }, c.quoted ? h('q', {}, c.text) : c.text),
              h('td', {}, c.value === null ? 'not answered' : `${c.value} of ${scale.max}${c.agrees ? ' (agrees)' : ''}`),
              h(
                'td',
                {},
                c.published
                  ? h('ul', {}, c.figures.map((f) => h('li', { class: f.matchesRole ? 'figure-own-group' : undefined }, `${groupLabel[f.group]}: ${f.measure === 'percentAgree' ? `${f.value}% agreed` : `mean ${f.value} of 10`}`, f.matchesRole ? ' (your group)' : '', f.note ? h('span', { class: 'muted' }, ` — ${f.note}`) : null)))
                  : 'not published',
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function checklistDetail(result: ChecklistResult, payload: AssessmentPayload): HTMLElement {
  const byGroup = result.groups.map((group) => ({ group, open: result.open.filter((o) => o.dimension === group.id) })).filter((g) => g.open.length > 0);
  const labels = payload.scale.labels;
  return h(
    'section',
    { class: 'result-detail result-open-questions', 'aria-labelledby': 'result-open' },
    h('h3', { id: 'result-open' }, 'Open questions, by phase'),
    byGroup.length === 0
      ? h('p', {}, 'Every question you answered is answered in full.')
      : byGroup.map(({ group, open }) =>
          h(
            'div',
            {},
            h('h4', {}, `${group.title} (${round(group.readiness)}% ready)`),
            h('ul', {}, open.map((o) => h('li', {}, o.text, ` — ${labels[o.value] ?? ''}. `, pageLink(payload, o.pageId)))),
          ),
        ),
  );
}

function pageLink(payload: AssessmentPayload, pageId: string): HTMLElement {
  const page = payload.pages[pageId];
  return page ? h('a', { href: page.href }, `Read: ${page.title}`) : h('span', {}, '');
}

function nextSteps(result: AssessmentResult, payload: AssessmentPayload): HTMLElement {
  return h(
    'section',
    { class: 'result-next', 'aria-labelledby': 'result-next' },
    h('h3', { id: 'result-next' }, result.nextSteps.length > 0 ? 'Where to start: weakest areas first' : 'Next steps'),
    result.nextSteps.length === 0
      ? h('p', {}, 'Nothing stands out as weak. Keep measuring, and take the assessment again in a few months to see whether it holds.')
      : h(
          'ol',
          {},
          result.nextSteps.map((step) =>
            h('li', {}, h('strong', {}, step.title), step.score === null ? '' : ` (${round(step.score)}/100)`, h('p', {}, step.advice), pageLink(payload, step.pageId)),
          ),
        ),
  );
}
