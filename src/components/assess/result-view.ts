import type { AssessmentPayload } from '../../lib/assess/payload.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import type { Role } from '../../lib/schema/roles.ts';
import type { ScoringModel } from '../../lib/schema/assessment.ts';
import { modelOf } from '../../lib/scoring/models/index.ts';
import { phrase, wordOf, type Wording } from '../../lib/scoring/phrase.ts';
import { roundScore as round, summariseResult, wordSummary, type WordedSummary } from '../../lib/scoring/summary.ts';
import type { AssessmentResult, BenchmarkResult, ChecklistResult, GatedResult, SpectrumResult } from '../../lib/scoring/types.ts';
import type { ChartSeries } from '../charts/radar-chart.ts';
import { drawLazily, h, scrollTable } from '../view/dom.ts';
import { withElement } from './slot-text.ts';
import { notesSection } from './notes-section.ts';
import { synthesisSlots } from './synthesis-slots.ts';

export interface ResultContext {
  payload: AssessmentPayload;
  result: AssessmentResult;
  role: Role | null;
  takenAt: Date;
  /**
   * The page's `result.*` strings (pickNamespaces(dictionary, ['result']) on the element,
   * read with translatorOf): every word of the view comes from them.
   */
  t: Translate;
  /** The heading; "Your result: <title>" when not given. */
  heading?: string;
  /** A saved result's notes, shown under the heading. */
  notes?: { label?: string; team?: string; segment?: string };
  /** The person's notes beside answers (SavedResult.notes), listed under "Your notes". */
  itemNotes?: Readonly<Record<string, string>> | undefined;
  /** The notes came with a share link: someone else's, so not "your notes". */
  sharedNotes?: boolean;
}

/** The assessment's own words, marked `lang="en"` while the assessment is not translated into the page's language. */
type OwnWords = (text: string) => string | HTMLElement;
const ownWords =
  (payload: AssessmentPayload): OwnWords =>
  (text) =>
    payload.textLang && text !== '' ? h('span', { lang: payload.textLang }, text) : text;

/** The page's language, for dates: the view is drawn into the page, whose `lang` says it. */
const pageLang = (container: HTMLElement) => container.closest<HTMLElement>('[lang]')?.lang || 'en';

/** Renders a scored result into `container`, weakest areas first, with a chart and its data table. */
export function renderResult(container: HTMLElement, context: ResultContext): void {
  const { payload, result, role, takenAt, notes = {}, t } = context;
  const { definition } = payload;
  const team = [notes.team, notes.segment].filter(Boolean).join(', ');
  const own = ownWords(payload);
  const unworded = summariseResult(definition, result, payload.scale);
  const summary = wordSummary(t, unworded);
  // The assessment's own words (a band label, its meaning, advice) carry its language; phrases the page's.
  const worded = (wording: Wording) => (typeof wording === 'string' ? own(wording) : wordOf(t, wording));
  const scored = result.state !== 'not-enough';
  const date = new Intl.DateTimeFormat(pageLang(container), { dateStyle: 'long' }).format(takenAt);
  const synthesis = synthesisSlots(result, payload, t);
  const sections: (HTMLElement | null)[] = [
    h('h2', { id: 'result-title' }, ...(context.heading !== undefined ? [context.heading] : withElement(t, 'result.title', 'title', () => own(definition.title)))),
    notes.label ? h('p', { class: 'result-label' }, notes.label) : null,
    h('p', { class: 'muted result-meta' }, t('result.taken', { date }), role ? ` · ${t(`result.role.${role}`)}` : '', team ? ` · ${t('result.team', { team })}` : ''),
    h('p', { class: 'muted result-coverage' }, summary.coverage),
    headline(summary, unworded, worded, t),
    scored ? chartFigure(result, own, t) : null,
    modelDetail(result, payload, t),
    scored ? nextSteps(result, summary, payload, t) : null,
    synthesis.deepDives,
    notesSection(definition, context.itemNotes, own, t, context.sharedNotes),
    h(
      'section',
      { class: 'result-method', 'aria-labelledby': 'result-method' },
      h('h3', { id: 'result-method' }, t('result.method.heading')),
      h('p', {}, own(definition.method)),
      h('p', {}, modelOf(definition.model).methodNote(payload.scale).map((note) => wordOf(t, note)).join(' ')),
      h('p', {}, t('result.method.leftOut')),
    ),
    // A synthesis of several sources credits each theme's sources instead of one.
    synthesis.credit ??
    h(
      'p',
      { class: 'result-credit muted' },
      `${t(definition.credit === 'synthesis' ? 'result.credit.synthesis' : 'result.credit.basedOn')} ${payload.source.author}, `,
      h('cite', {}, payload.source.title),
      ` (${payload.source.year}). `,
      own(definition.sourceNote ?? ''),
    ),
  ];
  container.replaceChildren(...sections.filter((section): section is HTMLElement => section !== null));
}

function headline(summary: WordedSummary, unworded: ReturnType<typeof summariseResult>, worded: (wording: Wording) => string | HTMLElement, t: Translate): HTMLElement {
  return h(
    'div',
    { class: 'result-headline', 'data-state': summary.state },
    h('p', { class: 'result-score' }, h('strong', {}, worded(unworded.headline)), unworded.bandLabel ? [' · ', worded(unworded.bandLabel)] : ''),
    unworded.meaning ? h('p', { class: 'result-meaning' }, worded(unworded.meaning)) : null,
    summary.leftOut.length > 0 && summary.state !== 'not-enough'
      ? h('p', { class: 'result-left-out' }, h('strong', {}, t('result.leftOut')), ' ', t('result.leftOutList', { list: summary.leftOut.join('; ') }))
      : null,
    unworded.advice.map((advice) => h('p', { class: 'result-advice' }, h('strong', {}, t('result.whatNext')), ' ', worded(advice))),
  );
}

function chartSeries(result: AssessmentResult): ChartSeries {
  return {
    labels: result.dimensions.map((d) => d.title),
    values: result.dimensions.map((d) => (d.score === null ? null : Math.round(d.score))),
  };
}

function chartFigure(result: AssessmentResult, own: OwnWords, t: Translate): HTMLElement | null {
  const view = modelOf(result.model).view;
  const kind = view.chart;
  if (kind === null) return null;
  const series = chartSeries(result);
  const tooFew = t('result.tooFew');
  const figures = series.labels.map((label, i) => `${label} ${series.values[i] ?? tooFew}`).join(', ');
  const canvas = h('canvas', { role: 'img', 'aria-label': t(kind === 'radar' ? 'result.chart.radar' : 'result.chart.bar', { figures }) });
  const wrapper = h(
    'div',
    { class: `result-chart result-chart-${kind}`, style: kind === 'bar' ? `height:${Math.max(160, series.labels.length * 34 + 60)}px` : undefined },
    canvas,
  );
  const table = h(
    'table',
    { class: 'result-table' },
    h('caption', {}, wordOf(t, view.tableCaption)),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('result.table.area')), h('th', { scope: 'col' }, t('result.table.score')), h('th', { scope: 'col' }, t('result.table.answered')))),
    h(
      'tbody',
      {},
      result.dimensions.map((d) =>
        h('tr', { 'data-status': d.status }, h('th', { scope: 'row' }, own(d.title)), h('td', {}, d.status === 'scored' ? round(d.score) : tooFew), h('td', {}, dimensionCoverage(d, t))),
      ),
    ),
  );
  void drawChart(kind, canvas, series, t);
  return h('figure', { class: 'result-figure' }, wrapper, h('figcaption', { class: 'visually-hidden' }, t('result.chart.caption')), table);
}

function drawChart(kind: 'radar' | 'bar', canvas: HTMLCanvasElement, series: ChartSeries, t: Translate): Promise<void> {
  // One chunk per chart type.
  const draw = async () => {
    if (kind === 'radar') (await import('../charts/radar-chart.ts')).drawRadarChart(canvas, series, t('result.tooFew'));
    else (await import('../charts/bar-chart.ts')).drawBarChart(canvas, series);
  };
  return drawLazily(draw, canvas, t('result.chart.failed'));
}

type DetailView<M extends ScoringModel> = (result: Extract<AssessmentResult, { model: M }>, payload: AssessmentPayload, t: Translate) => HTMLElement | null;

/** Each model's own section of the result, picked by the result's model. */
const detailViews: { [M in ScoringModel]: DetailView<M> } = {
  dimensions: () => null,
  spectrum: (result, payload, t) => spectrumDetail(result, payload, t),
  gated: (result, payload, t) => gatedDetail(result, payload, t),
  benchmark: (result, payload, t) => benchmarkDetail(result, payload, t),
  checklist: (result, payload, t) => checklistDetail(result, payload, t),
};

function modelDetail<M extends ScoringModel>(result: Extract<AssessmentResult, { model: M }>, payload: AssessmentPayload, t: Translate): HTMLElement | null {
  return (detailViews[result.model as M] as DetailView<M>)(result, payload, t);
}

function dimensionCoverage(d: AssessmentResult['dimensions'][number], t: Translate): string {
  const others = [d.notApplicable > 0 ? t('result.table.notApplicable', { count: d.notApplicable }) : '', d.cannotSee > 0 ? t('result.table.cannotSee', { count: d.cannotSee }) : ''].filter(Boolean);
  const answered = t('result.table.answeredOf', { answered: d.answered, total: d.total });
  return `${answered}${others.length > 0 ? ` (${others.join(', ')})` : ''}${d.status === 'scored' ? '' : `; ${t('result.table.needed', { count: d.minimum })}`}`;
}

function spectrumDetail(result: SpectrumResult, payload: AssessmentPayload, t: Translate): HTMLElement | null {
  if (result.position === null) return null;
  const own = ownWords(payload);
  const positions = payload.definition.positions ?? [];
  const first = positions[0]?.title ?? '';
  const last = positions.at(-1)?.title ?? '';
  const scale = h(
    'div',
    { class: 'spectrum-scale', role: 'img', 'aria-label': t('result.spectrum.scaleLabel', { position: round(result.position), first, last }) },
    h('div', { class: 'spectrum-track' }, h('span', { class: 'spectrum-marker', style: `left:${result.position}%` })),
    h('ol', { class: 'spectrum-positions', 'aria-hidden': 'true' }, positions.map((p) => h('li', { style: `left:${p.at}%` }, own(p.title)))),
  );
  const list = h(
    'ul',
    { class: 'spectrum-definitions' },
    positions.map((p) =>
      h(
        'li',
        { 'aria-current': p.id === result.nearest?.id ? 'true' : undefined },
        h('strong', {}, own(p.title), p.id === result.nearest?.id ? ` ${t('result.spectrum.closest')}` : ''),
        ': ',
        own(p.description),
      ),
    ),
  );
  const pulls = result.pulls.filter((pull) => pull.direction !== 'none').slice(0, 4);
  const figures = { position: round(result.position), consistency: round(result.consistency) };
  // One person's answers spread across topics, not across parts of an organisation.
  const spread = result.consistency !== null && result.consistency < 60;
  return h(
    'section',
    { class: 'result-detail', 'aria-labelledby': 'result-spectrum' },
    h('h3', { id: 'result-spectrum' }, t('result.spectrum.heading')),
    scale,
    h('p', {}, t(spread ? 'result.spectrum.figuresSpread' : 'result.spectrum.figures', figures)),
    list,
    pulls.length > 0
      ? h(
          'div',
          {},
          h('h4', {}, t('result.spectrum.pulls')),
          h(
            'ul',
            {},
            pulls.map((pull) =>
              h(
                'li',
                {},
                `${t('result.spectrum.towards', { position: pull.direction === 'up' ? last : first })} `,
                h('q', { lang: payload.textLang }, pull.text),
                ` ${t('result.spectrum.chose', { option: pull.optionText })}`,
              ),
            ),
          ),
        )
      : null,
  );
}

function gatedDetail(result: GatedResult, payload: AssessmentPayload, t: Translate): HTMLElement {
  const own = ownWords(payload);
  const title = (id: string | null) => result.stages.find((s) => s.id === id)?.title ?? '';
  const titles = (ids: string[]) => ids.map(title).join(', ');
  return h(
    'section',
    { class: 'result-detail', 'aria-labelledby': 'result-stages' },
    h('h3', { id: 'result-stages' }, t('result.gated.heading')),
    result.workOnFirst ? h('p', { class: 'result-callout' }, h('strong', {}, t('result.gated.workOnFirst')), ' ', t('result.gated.workOnFirstText', { title: title(result.workOnFirst) })) : null,
    result.stages.length > 0 && result.stages.every((stage) => stage.inPlace) ? h('p', { class: 'result-callout' }, t('result.gated.everyBlock')) : null,
    result.unknown.length > 0 ? h('p', {}, h('strong', {}, t('result.gated.unknown')), ' ', t('result.gated.unknownText', { titles: titles(result.unknown) })) : null,
    result.leapfrogged.length > 0 ? h('p', {}, h('strong', {}, t('result.gated.leapfrogged')), ' ', t('result.gated.leapfroggedText', { titles: titles(result.leapfrogged) })) : null,
    // The block titles carry their own numbers, so the list does not number them again.
    h(
      'ul',
      { class: 'stage-list' },
      result.stages.map((stage) =>
        h(
          'li',
          { class: stage.leapfrogged ? 'leapfrogged' : stage.state },
          h('strong', {}, own(stage.title)),
          ' — ',
          stage.score === null ? '' : `${t('result.per100', { score: round(stage.score) })}, `,
          t(stage.leapfrogged ? 'result.gated.state.leapfrogged' : `result.gated.state.${stage.state}`),
        ),
      ),
    ),
  );
}

function benchmarkDetail(result: BenchmarkResult, payload: AssessmentPayload, t: Translate): HTMLElement {
  const scale = payload.scale;
  const own = ownWords(payload);
  const answerText = (c: BenchmarkResult['comparisons'][number]) => {
    if (c.value === null) return t('result.benchmark.notAnswered');
    const answer = t(c.agrees ? 'result.benchmark.agrees' : 'result.benchmark.disagrees', { value: c.value, max: scale.max });
    return c.versusMean ? `${answer}; ${t(`result.benchmark.${c.versusMean}`)}` : answer;
  };
  const figureText = (f: BenchmarkResult['comparisons'][number]['figures'][number]) =>
    `${t(`result.benchmark.group.${f.group}`)}: ${t(f.measure === 'percentAgree' ? 'result.benchmark.percentAgree' : 'result.benchmark.mean', { value: f.value })}`;
  return h(
    'section',
    { class: 'result-detail', 'aria-labelledby': 'result-benchmark' },
    h('h3', { id: 'result-benchmark' }, t('result.benchmark.heading')),
    h('p', { class: 'muted' }, `${t('result.benchmark.intro')} `, scale.agreeNote, h('span', { class: 'print-only' }, ` ${t('result.benchmark.printNote')}`)),
    scrollTable(
      t('result.benchmark.tableLabel'),
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h('tr', {}, h('th', { scope: 'col' }, t('result.benchmark.statement')), h('th', { scope: 'col' }, t('result.benchmark.yourAnswer')), h('th', { scope: 'col' }, t('result.benchmark.figures'))),
        ),
        h(
          'tbody',
          {},
          result.comparisons.map((c) =>
            h(
              'tr',
              { class: c.published ? undefined : 'benchmark-unpublished' },
              h('th', { scope: 'row' }, c.quoted ? h('q', { lang: payload.textLang }, c.text) : own(c.text)),
              h('td', {}, answerText(c)),
              h(
                'td',
                {},
                c.published
                  ? h(
                      'ul',
                      {},
                      c.figures.map((f) =>
                        h(
                          'li',
                          { class: f.matchesRole ? 'figure-own-group' : undefined },
                          figureText(f),
                          f.matchesRole ? ` ${t('result.benchmark.nearestRole')}` : '',
                          f.note ? h('span', { class: 'muted' }, ' — ', own(f.note)) : null,
                        ),
                      ),
                    )
                  : t('result.benchmark.notPublished'),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function checklistDetail(result: ChecklistResult, payload: AssessmentPayload, t: Translate): HTMLElement {
  const byGroup = result.groups.map((group) => ({ group, open: result.open.filter((o) => o.dimension === group.id) })).filter((g) => g.open.length > 0);
  const labels = payload.scale.labels;
  const own = ownWords(payload);
  const readiness = (id: string, readinessScore: number | null) => {
    const dimension = result.dimensions.find((d) => d.id === id);
    return dimension && dimension.status === 'scored' ? t('result.checklist.ready', { percent: round(readinessScore) }) : t('result.checklist.tooFew');
  };
  return h(
    'section',
    { class: 'result-detail result-open-questions', 'aria-labelledby': 'result-open' },
    h('h3', { id: 'result-open' }, t('result.checklist.heading')),
    byGroup.length === 0
      ? h('p', {}, t(result.answeredCount === 0 ? 'result.checklist.noneAnswered' : 'result.checklist.allAnswered'))
      : byGroup.map(({ group, open }) =>
          h(
            'div',
            {},
            h('h4', {}, own(group.title), ` (${readiness(group.id, group.readiness)})`),
            h('ul', {}, open.map((o) => h('li', {}, own(o.text), ` — ${labels[o.value] ?? ''}. `, pageLink(payload, o.pageId, t)))),
          ),
        ),
  );
}

function pageLink(payload: AssessmentPayload, pageId: string, t: Translate): HTMLElement {
  const page = payload.pages[pageId];
  if (!page) return h('span', {}, '');
  // A guide not yet translated opens in English: the link says so, and its title carries that language.
  const title = () => (page.lang ? h('span', { lang: page.lang }, page.title) : page.title);
  return h('a', { href: page.href, hreflang: page.lang }, ...withElement(t, 'result.read', 'title', title));
}

function nextSteps(result: AssessmentResult, summary: WordedSummary, payload: AssessmentPayload, t: Translate): HTMLElement {
  const own = ownWords(payload);
  return h(
    'section',
    { class: 'result-next', 'aria-labelledby': 'result-next' },
    h('h3', { id: 'result-next' }, result.nextSteps.length === 0 ? t('result.next.heading') : wordOf(t, modelOf(result.model).view.nextStepsHeading ?? phrase('result.next.weakestFirst'))),
    result.nextSteps.length === 0
      ? h('p', {}, t(summary.state === 'scored' ? 'result.next.noneWeak' : 'result.next.noneWeakScored'))
      : // Titles may carry their own numbers ("5. What you stand for"), so the list does not add more.
        h(
          'ul',
          { class: 'result-next-list' },
          result.nextSteps.map((step) =>
            h(
              'li',
              {},
              h('strong', {}, own(step.title)),
              step.score === null ? '' : ` (${t('result.per100', { score: round(step.score) })})`,
              h('p', { lang: payload.textLang }, step.advice),
              pageLink(payload, step.pageId, t),
              step.items.length > 0
                ? h(
                    'ul',
                    { class: 'result-next-items' },
                    step.items.map((item) => h('li', {}, h('q', { lang: payload.textLang }, item.text), ` (${t('result.per100', { score: round(item.score) })}) `, pageLink(payload, item.pageId, t))),
                  )
                : null,
            ),
          ),
        ),
  );
}
