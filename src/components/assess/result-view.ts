import { creditLead } from "../../lib/content/source-year.ts";
import type { AssessmentPayload } from "../../lib/assess/payload.ts";
import { roleLabels, type Role } from "../../lib/schema/roles.ts";
import { modelOf } from "../../lib/scoring/models/index.ts";
import {
  roundScore as round,
  summariseResult,
  type ResultSummary,
} from "../../lib/scoring/summary.ts";
import type { ScoringModel } from "../../lib/schema/assessment.ts";
import type {
  AssessmentResult,
  BenchmarkResult,
  ChecklistResult,
  GatedResult,
  SpectrumResult,
} from "../../lib/scoring/types.ts";
import type { ChartSeries } from "../charts/radar-chart.ts";
import { drawLazily, h, scrollTable } from "../view/dom.ts";

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
export function renderResult(
  container: HTMLElement,
  context: ResultContext,
): void {
  const { payload, result, role, takenAt, notes = {} } = context;
  const { definition } = payload;
  const team = [notes.team, notes.segment].filter(Boolean).join(", ");
  const summary = summariseResult(definition, result);
  const scored = result.state !== "not-enough";
  const sections: (HTMLElement | null)[] = [
    h(
      "h2",
      { id: "result-title" },
      context.heading ?? `Your result: ${definition.title}`,
    ),
    notes.label ? h("p", { class: "result-label" }, notes.label) : null,
    h(
      "p",
      { class: "muted result-meta" },
      `Taken ${takenAt.toLocaleDateString(undefined, { dateStyle: "long" })}`,
      role ? ` · ${roleLabels[role]}` : "",
      team ? ` · Team: ${team}` : "",
    ),
    h("p", { class: "muted result-coverage" }, summary.coverage),
    headline(summary),
    scored ? chartFigure(result) : null,
    modelDetail(result, payload),
    scored ? nextSteps(result, summary, payload) : null,
    h(
      "section",
      { class: "result-method", "aria-labelledby": "result-method" },
      h("h3", { id: "result-method" }, "How this score is computed"),
      h("p", {}, definition.method),
      h("p", {}, modelOf(definition.model).methodNote(payload.scale)),
      h(
        "p",
        {},
        'An area is scored only when at least half of its questions have an answer on the scale; otherwise it shows "too few answers" and is left out of the overall. "Not applicable", "can\'t see" and unanswered questions are left out, not counted as low.',
      ),
    ),
    h(
      "p",
      { class: "result-credit muted" },
      `${creditLead(definition)} ${payload.source.author}, `,
      h("cite", {}, payload.source.title),
      ` (${payload.source.year}). `,
      definition.sourceNote ?? "",
    ),
  ];
  container.replaceChildren(
    ...sections.filter((section): section is HTMLElement => section !== null),
  );
}

function headline(summary: ResultSummary): HTMLElement {
  return h(
    "div",
    { class: "result-headline", "data-state": summary.state },
    h(
      "p",
      { class: "result-score" },
      h("strong", {}, summary.headline),
      summary.bandLabel ? ` · ${summary.bandLabel}` : "",
    ),
    summary.meaning
      ? h("p", { class: "result-meaning" }, summary.meaning)
      : null,
    summary.leftOut.length > 0 && summary.state !== "not-enough"
      ? h(
          "p",
          { class: "result-left-out" },
          h("strong", {}, "Left out: "),
          summary.leftOut.join("; "),
          ".",
        )
      : null,
    summary.advice.map((advice) =>
      h(
        "p",
        { class: "result-advice" },
        h("strong", {}, "What to do next: "),
        advice,
      ),
    ),
  );
}

function chartSeries(result: AssessmentResult): ChartSeries {
  return {
    labels: result.dimensions.map((d) => d.title),
    values: result.dimensions.map((d) =>
      d.score === null ? null : Math.round(d.score),
    ),
  };
}

function chartFigure(result: AssessmentResult): HTMLElement | null {
  const view = modelOf(result.model).view;
  const kind = view.chart;
  if (kind === null) return null;
  const series = chartSeries(result);
  const summary = series.labels
    .map((label, i) => `${label} ${series.values[i] ?? "too few answers"}`)
    .join(", ");
  const canvas = h("canvas", {
    role: "img",
    "aria-label": `${kind === "radar" ? "Radar" : "Bar"} chart of scores out of 100: ${summary}. The same figures are in the table below.`,
  });
  const wrapper = h(
    "div",
    {
      class: `result-chart result-chart-${kind}`,
      style:
        kind === "bar"
          ? `height:${Math.max(160, series.labels.length * 34 + 60)}px`
          : undefined,
    },
    canvas,
  );
  const table = h(
    "table",
    { class: "result-table" },
    h("caption", {}, view.tableCaption),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, "Area"),
        h("th", { scope: "col" }, "Score"),
        h("th", { scope: "col" }, "Questions answered"),
      ),
    ),
    h(
      "tbody",
      {},
      result.dimensions.map((d) =>
        h(
          "tr",
          { "data-status": d.status },
          h("th", { scope: "row" }, d.title),
          h(
            "td",
            {},
            d.status === "scored" ? round(d.score) : "too few answers",
          ),
          h("td", {}, dimensionCoverage(d)),
        ),
      ),
    ),
  );
  void drawChart(kind, canvas, series);
  return h(
    "figure",
    { class: "result-figure" },
    wrapper,
    h("figcaption", { class: "visually-hidden" }, "Scores out of 100"),
    table,
  );
}

function drawChart(
  kind: "radar" | "bar",
  canvas: HTMLCanvasElement,
  series: ChartSeries,
): Promise<void> {
  // One chunk per chart type.
  const draw = async () => {
    if (kind === "radar")
      (await import("../charts/radar-chart.ts")).drawRadarChart(canvas, series);
    else (await import("../charts/bar-chart.ts")).drawBarChart(canvas, series);
  };
  return drawLazily(
    draw,
    canvas,
    "The chart could not be drawn; the table below has the same figures.",
  );
}

type DetailView<M extends ScoringModel> = (
  result: Extract<AssessmentResult, { model: M }>,
  payload: AssessmentPayload,
) => HTMLElement | null;

/** Each model's own section of the result, picked by the result's model. */
const detailViews: { [M in ScoringModel]: DetailView<M> } = {
  dimensions: () => null,
  spectrum: (result, payload) => spectrumDetail(result, payload),
  gated: (result) => gatedDetail(result),
  benchmark: (result, payload) => benchmarkDetail(result, payload),
  checklist: (result, payload) => checklistDetail(result, payload),
};

function modelDetail<M extends ScoringModel>(
  result: Extract<AssessmentResult, { model: M }>,
  payload: AssessmentPayload,
): HTMLElement | null {
  return (detailViews[result.model as M] as DetailView<M>)(result, payload);
}

function dimensionCoverage(d: AssessmentResult["dimensions"][number]): string {
  const others = [
    d.notApplicable > 0 ? `${d.notApplicable} n/a` : "",
    d.cannotSee > 0 ? `${d.cannotSee} can't see` : "",
  ].filter(Boolean);
  return `${d.answered} of ${d.total}${others.length > 0 ? ` (${others.join(", ")})` : ""}${d.status === "scored" ? "" : `; ${d.minimum} needed`}`;
}

function spectrumDetail(
  result: SpectrumResult,
  payload: AssessmentPayload,
): HTMLElement | null {
  if (result.position === null) return null;
  const positions = payload.definition.positions ?? [];
  const scale = h(
    "div",
    {
      class: "spectrum-scale",
      role: "img",
      "aria-label": `Your position: ${round(result.position)} on a scale from 0 (${positions[0]?.title ?? ""}) to 100 (${positions.at(-1)?.title ?? ""}).`,
    },
    h(
      "div",
      { class: "spectrum-track" },
      h("span", {
        class: "spectrum-marker",
        style: `left:${result.position}%`,
      }),
    ),
    h(
      "ol",
      { class: "spectrum-positions", "aria-hidden": "true" },
      positions.map((p) => h("li", { style: `left:${p.at}%` }, p.title)),
    ),
  );
  const list = h(
    "ul",
    { class: "spectrum-definitions" },
    positions.map((p) =>
      h(
        "li",
        { "aria-current": p.id === result.nearest?.id ? "true" : undefined },
        h(
          "strong",
          {},
          p.title,
          p.id === result.nearest?.id ? " (closest to your answers)" : "",
        ),
        ": ",
        p.description,
      ),
    ),
  );
  const pulls = result.pulls
    .filter((pull) => pull.direction !== "none")
    .slice(0, 4);
  const first = positions[0]?.title ?? "";
  const last = positions.at(-1)?.title ?? "";
  // One person's answers spread across topics, not across parts of an organisation.
  const spread =
    result.consistency !== null && result.consistency < 60
      ? ": your answers are spread out, so you see some topics sitting well apart from others; the answers below pull your position most."
      : ".";
  return h(
    "section",
    { class: "result-detail", "aria-labelledby": "result-spectrum" },
    h(
      "h3",
      { id: "result-spectrum" },
      "Where your answers place the organisation",
    ),
    scale,
    h(
      "p",
      {},
      `Position ${round(result.position)} of 100; consistency ${round(result.consistency)} of 100`,
      spread,
    ),
    list,
    pulls.length > 0
      ? h(
          "div",
          {},
          h("h4", {}, "Answers that pull your position most"),
          h(
            "ul",
            {},
            pulls.map((pull) =>
              h(
                "li",
                {},
                `${pull.direction === "up" ? `Towards ${last.toLowerCase()}` : `Towards ${first.toLowerCase()}`}: `,
                h("q", {}, pull.text),
                ` — you chose “${pull.optionText}”`,
              ),
            ),
          ),
        )
      : null,
  );
}

const stageStateText = {
  "in-place": "in place",
  "not-in-place": "not yet in place",
  unknown: "could not be judged: too few answers",
} as const;

function gatedDetail(result: GatedResult): HTMLElement {
  const title = (id: string | null) =>
    result.stages.find((s) => s.id === id)?.title ?? "";
  return h(
    "section",
    { class: "result-detail", "aria-labelledby": "result-stages" },
    h("h3", { id: "result-stages" }, "Your building blocks, in order"),
    result.workOnFirst
      ? h(
          "p",
          { class: "result-callout" },
          h("strong", {}, "Work on first: "),
          title(result.workOnFirst),
          ". Every block after it rests on it.",
        )
      : null,
    result.stages.length > 0 && result.stages.every((stage) => stage.inPlace)
      ? h("p", { class: "result-callout" }, "Every building block is in place.")
      : null,
    result.unknown.length > 0
      ? h(
          "p",
          {},
          h("strong", {}, "Could not be judged: "),
          result.unknown.map(title).join(", "),
          '. Too many of their answers were "don\'t know", "not applicable" or "can\'t see"; find out how far they are in place rather than treating them as missing.',
        )
      : null,
    result.leapfrogged.length > 0
      ? h(
          "p",
          {},
          h("strong", {}, "Leapfrogged: "),
          result.leapfrogged.map(title).join(", "),
          " score well although an earlier block is not in place. Gains built this way tend not to last; secure the earlier block first.",
        )
      : null,
    // The block titles carry their own numbers, so the list does not number them again.
    h(
      "ul",
      { class: "stage-list" },
      result.stages.map((stage) =>
        h(
          "li",
          { class: stage.leapfrogged ? "leapfrogged" : stage.state },
          h("strong", {}, stage.title),
          stage.score === null ? " — " : ` — ${round(stage.score)}/100, `,
          stage.leapfrogged
            ? "in place but leapfrogged"
            : stageStateText[stage.state],
        ),
      ),
    ),
  );
}

const groupLabel = {
  management: "Senior management",
  "non-management": "Non-management",
  all: "All respondents",
} as const;
const versusMeanText = {
  above: "above the mean",
  "in-line": "in line with the mean",
  below: "below the mean",
} as const;

function benchmarkDetail(
  result: BenchmarkResult,
  payload: AssessmentPayload,
): HTMLElement {
  const scale = payload.scale;
  const answerText = (c: BenchmarkResult["comparisons"][number]) => {
    if (c.value === null) return "not answered";
    return `${c.value} of ${scale.max}, ${c.agrees ? "agrees" : "does not agree"}${c.versusMean ? `; ${versusMeanText[c.versusMean]}` : ""}`;
  };
  const figureText = (
    f: BenchmarkResult["comparisons"][number]["figures"][number],
  ) =>
    `${groupLabel[f.group]}: ${f.measure === "percentAgree" ? `${f.value}% of the group agreed` : `mean ${f.value} of 10`}`;
  return h(
    "section",
    { class: "result-detail", "aria-labelledby": "result-benchmark" },
    h("h3", { id: "result-benchmark" }, "Your answers beside the 2008 survey"),
    h(
      "p",
      { class: "muted" },
      "One answer is not a share of people: it shows whether your answer agrees, beside the share of the survey group that agreed, and, where the survey published a mean, whether your answer is above, in line with (within 1 point) or below it. ",
      scale.agreeNote,
      h(
        "span",
        { class: "print-only" },
        " Printed here: the statements with published figures; every answer is in the result on screen and in its export.",
      ),
    ),
    scrollTable(
      "Your answers beside the survey figures",
      h(
        "table",
        {},
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, "Statement"),
            h("th", { scope: "col" }, "Your answer"),
            h("th", { scope: "col" }, "Published figures"),
          ),
        ),
        h(
          "tbody",
          {},
          result.comparisons.map((c) =>
            h(
              "tr",
              { class: c.published ? undefined : "benchmark-unpublished" },
              h("th", { scope: "row" }, c.quoted ? h("q", {}, c.text) : c.text),
              h("td", {}, answerText(c)),
              h(
                "td",
                {},
                c.published
                  ? h(
                      "ul",
                      {},
                      c.figures.map((f) =>
                        h(
                          "li",
                          {
                            class: f.matchesRole
                              ? "figure-own-group"
                              : undefined,
                          },
                          figureText(f),
                          f.matchesRole ? " (nearest your role)" : "",
                          f.note
                            ? h("span", { class: "muted" }, ` — ${f.note}`)
                            : null,
                        ),
                      ),
                    )
                  : "not published",
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function checklistDetail(
  result: ChecklistResult,
  payload: AssessmentPayload,
): HTMLElement {
  const byGroup = result.groups
    .map((group) => ({
      group,
      open: result.open.filter((o) => o.dimension === group.id),
    }))
    .filter((g) => g.open.length > 0);
  const labels = payload.scale.labels;
  const readiness = (id: string, readinessScore: number | null) => {
    const dimension = result.dimensions.find((d) => d.id === id);
    return dimension && dimension.status === "scored"
      ? `${round(readinessScore)}% ready`
      : "too few answers to score";
  };
  return h(
    "section",
    {
      class: "result-detail result-open-questions",
      "aria-labelledby": "result-open",
    },
    h("h3", { id: "result-open" }, "Open questions, by phase"),
    byGroup.length === 0
      ? h(
          "p",
          {},
          result.answeredCount === 0
            ? "No question has an answer yet."
            : "Every question you answered is answered in full.",
        )
      : byGroup.map(({ group, open }) =>
          h(
            "div",
            {},
            h(
              "h4",
              {},
              `${group.title} (${readiness(group.id, group.readiness)})`,
            ),
            h(
              "ul",
              {},
              open.map((o) =>
                h(
                  "li",
                  {},
                  o.text,
                  ` — ${labels[o.value] ?? ""}. `,
                  pageLink(payload, o.pageId),
                ),
              ),
            ),
          ),
        ),
  );
}

function pageLink(payload: AssessmentPayload, pageId: string): HTMLElement {
  const page = payload.pages[pageId];
  return page
    ? h("a", { href: page.href }, `Read: ${page.title}`)
    : h("span", {}, "");
}

function nextSteps(
  result: AssessmentResult,
  summary: ResultSummary,
  payload: AssessmentPayload,
): HTMLElement {
  const none =
    summary.state === "scored"
      ? "Nothing stands out as weak. Keep measuring, and take the assessment again in a few months to see whether it holds."
      : "Nothing stands out as weak in the areas scored.";
  return h(
    "section",
    { class: "result-next", "aria-labelledby": "result-next" },
    h(
      "h3",
      { id: "result-next" },
      result.nextSteps.length > 0
        ? "Where to start: weakest areas first"
        : "Next steps",
    ),
    result.nextSteps.length === 0
      ? h("p", {}, none)
      : // Titles may carry their own numbers ("5. What you stand for"), so the list does not add more.
        h(
          "ul",
          { class: "result-next-list" },
          result.nextSteps.map((step) =>
            h(
              "li",
              {},
              h("strong", {}, step.title),
              step.score === null ? "" : ` (${round(step.score)}/100)`,
              h("p", {}, step.advice),
              pageLink(payload, step.pageId),
              step.items.length > 0
                ? h(
                    "ul",
                    { class: "result-next-items" },
                    step.items.map((item) =>
                      h(
                        "li",
                        {},
                        h("q", {}, item.text),
                        ` (${round(item.score)}/100) `,
                        pageLink(payload, item.pageId),
                      ),
                    ),
                  )
                : null,
            ),
          ),
        ),
  );
}
