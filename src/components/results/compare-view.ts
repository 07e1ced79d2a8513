import type { AssessmentPayload } from "../../lib/assess/payload.ts";
import {
  earlierVersionFor,
  resultsInCurrentVersion,
} from "../../lib/results/as-taken.ts";
import { formatChange, roundScore } from "../../lib/results/score-text.ts";
import {
  compareResults,
  trendSeries,
  type TrendPoint,
} from "../../lib/results/trend.ts";
import type { SavedResult } from "../../lib/schema/saved-result.ts";
import type { Translate } from "../../lib/i18n/translate.ts";
import type { LineSeries } from "../charts/line-chart.ts";
import { drawLazily, h, scrollTable } from "../view/dom.ts";

/** How many of the latest results the trend draws; a long history stays readable. */
const TREND_LIMIT = 24;

let counter = 0;

/** The view's words and its language, for dates and numbers. */
export interface Wording {
  t: Translate;
  lang: string;
}

// Formatters are made once per language: formatting is the slow part with thousands of results.
const dateFormats = new Map<string, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

function datesIn(lang: string) {
  let formats = dateFormats.get(lang);
  if (!formats) {
    formats = {
      day: new Intl.DateTimeFormat(lang, { dateStyle: "medium" }),
      time: new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" }),
    };
    dateFormats.set(lang, formats);
  }
  return formats;
}

/** "1 Mar 2026" ("01.03.2026", "1 mar 2026"), or with the time too, in the page's language. */
export function resultDate(result: SavedResult, lang: string, withTime = false): string {
  const { day, time } = datesIn(lang);
  return (withTime ? time : day).format(new Date(result.takenAt));
}

/**
 * Names results as a person tells them apart in a list: the day, with the time when
 * another of `all` was taken the same day, and the label.
 */
export function resultNamer(
  all: readonly SavedResult[],
  lang: string,
): (result: SavedResult, withLabel?: boolean) => string {
  // Formatting dates is the slow part with thousands of results: each day is formatted once.
  const days = new Map(all.map((result) => [result.id, resultDate(result, lang)]));
  const perDay = new Map<string, number>();
  for (const day of days.values()) perDay.set(day, (perDay.get(day) ?? 0) + 1);
  return (result, withLabel = true) => {
    const day = days.get(result.id) ?? resultDate(result, lang);
    const when = (perDay.get(day) ?? 0) > 1 ? resultDate(result, lang, true) : day;
    return withLabel && result.label ? `${when} – ${result.label}` : when;
  };
}

/**
 * Scores over time for one assessment: a small line chart per dimension (and overall),
 * drawn by a chart chunk loaded only now, with the same figures in a table.
 */
function trendView(
  payload: AssessmentPayload,
  newestFirst: readonly SavedResult[],
  keepStop: (stop: () => void) => void,
  { t, lang }: Wording,
): HTMLElement {
  const shown = newestFirst.slice(0, TREND_LIMIT);
  const trend = trendSeries(shown, payload.definition);
  const byId = new Map(shown.map((result) => [result.id, result]));
  const name = resultNamer(shown, lang);
  const labels = trend.overall.map((point) => name(byId.get(point.resultId)!));
  // The axis has little room: short dates there ("Jan 31", or "Jan 2026" across years); the table has the rest.
  const years = new Set(
    trend.overall.map((point) => new Date(point.takenAt).getFullYear()),
  );
  const axisFormat = new Intl.DateTimeFormat(
    lang,
    years.size > 1
      ? { month: "short", year: "numeric" }
      : { month: "short", day: "numeric" },
  );
  const axisLabels = trend.overall.map((point) =>
    axisFormat.format(new Date(point.takenAt)),
  );
  const series = [
    {
      id: "overall",
      title: t("results.compare.overall"),
      points: trend.overall,
    },
    // With a single dimension, its line would repeat the overall one.
    ...(trend.dimensions.length > 1 ? trend.dimensions : []),
  ];
  const values = (points: TrendPoint[]) =>
    points.map((point) =>
      point.score === null ? null : Math.round(point.score),
    );
  const figures = series.map((line) => {
    const summary = line.points
      .map((point, i) => `${labels[i]}: ${roundScore(point.score)}`)
      .join("; ");
    const canvas = h("canvas", {
      role: "img",
      "aria-label": t("results.trend.chartLabel", { title: line.title, summary }),
    });
    void drawTrend(
      canvas,
      { labels: axisLabels, values: values(line.points) },
      keepStop,
      t("results.trend.chartFailed"),
    );
    return h(
      "figure",
      { class: "trend-chart" },
      h("figcaption", {}, line.title),
      h("div", { class: "trend-canvas" }, canvas),
    );
  });
  const table = h(
    "table",
    {},
    h("caption", {}, t("results.trend.caption")),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, t("results.trend.taken")),
        series.map((line) => h("th", { scope: "col" }, line.title)),
      ),
    ),
    h(
      "tbody",
      {},
      labels.map((label, i) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, label),
          series.map((line) =>
            h("td", {}, roundScore(line.points[i]?.score ?? null)),
          ),
        ),
      ),
    ),
  );
  const versions = new Set(shown.map((result) => result.version));
  return h(
    "div",
    { class: "results-trend" },
    newestFirst.length > TREND_LIMIT
      ? h(
          "p",
          { class: "muted" },
          t("results.trend.latest", { shown: TREND_LIMIT, count: newestFirst.length }),
        )
      : null,
    versions.size > 1 || !versions.has(payload.version)
      ? h(
          "p",
          { class: "muted" },
          t("results.trend.versions"),
        )
      : null,
    h("div", { class: "trend-charts" }, figures),
    scrollTable(t("results.trend.tableLabel"), table),
  );
}

function drawTrend(
  canvas: HTMLCanvasElement,
  series: LineSeries,
  keepStop: (stop: () => void) => void,
  fallback: string,
): Promise<void> {
  return drawLazily(
    async () =>
      keepStop(
        (await import("../charts/line-chart.ts")).drawLineChart(canvas, series),
      ),
    canvas,
    fallback,
  );
}

/** An answer in words: the scale's label or the option chosen; "–" when not answered or not applicable. */
function answerText(
  payload: AssessmentPayload,
  itemId: string,
  value: number | null,
): string {
  if (value === null) return "–";
  const item = payload.definition.dimensions
    .flatMap((dimension) => dimension.items)
    .find((candidate) => candidate.id === itemId);
  if (item?.options) return item.options[value]?.text ?? String(value);
  const label = payload.scale.labels[value - payload.scale.min];
  return label && label !== String(value)
    ? `${value} (${label.replace(/^\d+ – /, "")})`
    : String(value);
}

/** The change between two chosen results, per dimension and per question. */
function comparison(
  payload: AssessmentPayload,
  earlier: SavedResult,
  later: SavedResult,
  name: (result: SavedResult, withLabel?: boolean) => string,
  t: Translate,
): HTMLElement[] {
  const compared = compareResults(earlier, later, payload.definition);
  const before = name(earlier);
  const after = name(later);
  const dimensions = h(
    "table",
    {},
    h("caption", {}, t("results.compare.areaCaption")),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, t("results.compare.area")),
        h("th", { scope: "col" }, before),
        h("th", { scope: "col" }, after),
        h("th", { scope: "col" }, t("results.compare.change")),
      ),
    ),
    h(
      "tbody",
      {},
      compared.dimensions.map((dimension) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, dimension.title),
          h("td", {}, roundScore(dimension.before)),
          h("td", {}, roundScore(dimension.after)),
          h(
            "td",
            { class: changeClass(dimension.change) },
            formatChange(dimension.change),
          ),
        ),
      ),
      h(
        "tr",
        { class: "compare-overall" },
        h("th", { scope: "row" }, t("results.compare.overall")),
        h("td", {}, roundScore(compared.overall.before)),
        h("td", {}, roundScore(compared.overall.after)),
        h(
          "td",
          { class: changeClass(compared.overall.change) },
          formatChange(compared.overall.change),
        ),
      ),
    ),
  );
  const titles = new Map(
    payload.definition.dimensions.map((dimension) => [
      dimension.id,
      dimension.title,
    ]),
  );
  const items = h(
    "table",
    {},
    h(
      "caption",
      {},
      t("results.compare.itemCaption"),
    ),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, t("results.compare.question")),
        h("th", { scope: "col" }, before),
        h("th", { scope: "col" }, after),
        h("th", { scope: "col" }, t("results.compare.change")),
      ),
    ),
    h(
      "tbody",
      {},
      compared.items.map((item) =>
        h(
          "tr",
          {},
          h(
            "th",
            { scope: "row" },
            item.text,
            h(
              "span",
              { class: "muted" },
              ` (${titles.get(item.dimension) ?? item.dimension})`,
            ),
          ),
          h("td", {}, answerText(payload, item.id, item.valueBefore)),
          h("td", {}, answerText(payload, item.id, item.valueAfter)),
          h(
            "td",
            { class: changeClass(item.change) },
            formatChange(item.change),
          ),
        ),
      ),
    ),
  );
  return [
    h(
      "p",
      { class: "compare-summary" },
      h("strong", {}, `${t("results.compare.overallLead")} `),
      `${roundScore(compared.overall.before)} → ${roundScore(compared.overall.after)} (${formatChange(compared.overall.change)})`,
    ),
    compared.versionsDiffer
      ? h(
          "p",
          { class: "muted" },
          t("results.compare.versionsDiffer"),
        )
      : null,
    scrollTable(t("results.compare.areaTable"), dimensions),
    h(
      "details",
      { class: "compare-items" },
      h("summary", {}, t("results.compare.itemSummary", { count: compared.items.length })),
      h(
        "p",
        { class: "muted" },
        t("results.compare.dash"),
      ),
      scrollTable(t("results.compare.itemTable"), items),
    ),
  ].filter((element): element is HTMLElement => element !== null);
}

function changeClass(change: number | null): string | undefined {
  if (change === null || Math.round(change) === 0) return undefined;
  return change > 0 ? "change-up" : "change-down";
}

/**
 * "Progress over time" for an assessment taken more than once: the trend and a side-by-side
 * of any two. `keepStop` receives a function per chart that removes it (and its theme
 * listeners), for when the view is replaced.
 */
export function compareView(
  payload: AssessmentPayload,
  saved: readonly SavedResult[],
  keepStop: (stop: () => void) => void,
  wording: Wording,
): HTMLElement {
  const { t, lang } = wording;
  const n = ++counter;
  // Results of earlier versions are compared on the current questions (history.ts); the saved ones are not changed.
  const acrossVersions = saved.some((result) =>
    earlierVersionFor(payload, result),
  );
  const newestFirst = resultsInCurrentVersion(payload, saved);
  const name = resultNamer(newestFirst, lang);
  const names = newestFirst.map((result) => name(result));
  const choose = (id: string, label: string, selected: number) => {
    const select = h(
      "select",
      { id },
      newestFirst.map(
        (result, i) =>
          new Option(names[i], result.id, i === selected, i === selected),
      ),
    );
    return {
      select,
      field: h(
        "p",
        { class: "compare-field" },
        h("label", { for: id }, label),
        select,
      ),
    };
  };
  const earlier = choose(`compare-a-${n}`, t("results.compare.earlier"), 1);
  const later = choose(`compare-b-${n}`, t("results.compare.later"), 0);
  const output = h("div", { class: "compare-output", "aria-live": "polite" });
  const update = () => {
    const a = newestFirst.find((result) => result.id === earlier.select.value);
    const b = newestFirst.find((result) => result.id === later.select.value);
    if (!a || !b) return;
    if (a === b)
      return output.replaceChildren(
        h("p", {}, t("results.compare.same")),
      );
    // Whichever way round they were picked, the change reads from the older to the newer.
    const [from, to] =
      Date.parse(a.takenAt) <= Date.parse(b.takenAt) ? [a, b] : [b, a];
    output.replaceChildren(...comparison(payload, from, to, name, t));
  };
  earlier.select.addEventListener("change", update);
  later.select.addEventListener("change", update);
  update();
  return h(
    "section",
    { class: "results-compare", "aria-labelledby": `compare-title-${n}` },
    h("h3", { id: `compare-title-${n}` }, t("results.compare.progress")),
    acrossVersions
      ? h("p", { class: "results-note" }, t("results.compare.acrossVersions"))
      : null,
    trendView(payload, newestFirst, keepStop, wording),
    h("h3", { id: `compare-two-${n}` }, t("results.compare.two")),
    h(
      "div",
      {
        class: "compare-fields",
        role: "group",
        "aria-labelledby": `compare-two-${n}`,
      },
      earlier.field,
      later.field,
    ),
    output,
  );
}
