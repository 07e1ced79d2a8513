/**
 * One assessment's team report, built from its aggregate: findings first, then who answered,
 * scores by area and role, the perception gap, the spread of scores, every statement by role,
 * published figures, the weakest statements and the method. Hidden figures are written in
 * words (report-text.ts), never as numbers. aggregate.ts takes roles from roles.ts, so
 * importing its constants brings no schema library to the page.
 */
import { creditLead } from "../../lib/content/source-year.ts";
import type { EarlierVersion } from "../../lib/results/history.ts";
import type { Assessment } from "../../lib/schema/assessment.ts";
import { isOrdinal, type Scale } from "../../lib/schema/scales.ts";
import {
  figureGroups,
  scoreBins,
  type ItemFigures,
  type Published,
  type TeamAggregate,
} from "../../lib/team/aggregate.ts";
import { earlierVersionsNote } from "../../lib/team/earlier-versions.ts";
import {
  respondentRoleLabels,
  respondentRoles,
} from "../../lib/team/disclosure.ts";
import {
  cannotSeeDimensions,
  figureGroupLabels,
  groupHeading,
  isWholeTeam,
  mergeNote,
  formatCount,
  formatMeanAnswer,
  formatPercent,
  formatScore,
  formatSigned,
  hiddenText,
  NOTABLE_CANNOT_SEE_PERCENT,
  teamFindings,
} from "../../lib/team/report-text.ts";
import type { BarSeries, GroupedBars } from "../charts/grouped-bar-chart.ts";
import { drawLazily, h, scrollTable } from "../view/dom.ts";

/** What the page knows about an assessment besides its aggregate. */
export interface AssessmentInfo {
  id: string;
  definition: Assessment;
  /** The shapes its questions had before (history.ts); results taken with them are pooled on their unchanged items. */
  earlier: EarlierVersion[];
  scale: Scale;
  source: {
    author: string;
    title: string;
    year: string | number;
    publisher: string;
  };
}

/** What the team page embeds for its script: the site's name and every assessment it offers. */
export interface TeamPagePayload {
  siteName: string;
  /** The brand's logo for light backgrounds (print), or null for Touchline's own. */
  logo: string | null;
  /** The brand's contact (the consultant or firm), named on the cover; null without a brand. */
  preparedBy: string | null;
  assessments: AssessmentInfo[];
}

export interface ReportContext {
  info: AssessmentInfo;
  aggregate: TeamAggregate;
  siteName: string;
  logo: string | null;
  preparedBy: string | null;
  /** describeSelection of the filters in force. */
  selectionText: string;
  /** The team labels in view, for the cover. */
  teamLabels: string[];
  generatedAt: Date;
  /** The page's language, for numbers and dates. */
  locale: string;
  onExportCsv: (button: HTMLButtonElement) => void;
}

const groups = figureGroups;
const benchmarkGroupLabels = {
  management: "Senior management",
  "non-management": "Non-management",
  all: "All respondents",
} as const;

type Cell = HTMLTableCellElement;

/** The report's charts: drawn once the report is in the page, released when it is replaced. */
interface Charts {
  draws: (() => Promise<void>)[];
  cleanups: (() => void)[];
}

/** A date in the page's own language, as Intl writes it there. */
function pageDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(date);
}

/** A table cell for a published figure: its text, or why it is hidden, marked so styles and tests can find it. */
function figureCell<F>(
  figure: Published<F>,
  minGroupSize: number,
  text: (figure: F & { n: number }) => string,
): Cell {
  if (figure.suppressed)
    return h(
      "td",
      { class: "team-hidden", "data-hidden": figure.reason },
      hiddenText(figure, minGroupSize),
    );
  return h("td", { class: "team-figure" }, text(figure));
}

function headRow(...names: string[]): HTMLTableSectionElement {
  return h(
    "thead",
    {},
    h(
      "tr",
      {},
      names.map((name) => h("th", { scope: "col" }, name)),
    ),
  );
}

/** A part of the report under its heading; not a landmark, since a report has a dozen of them. */
function section(
  id: string,
  title: string,
  ...children: (Node | null | false)[]
): HTMLElement {
  return h(
    "div",
    { class: "team-section" },
    h("h4", { id }, title),
    ...children.filter((child): child is Node => Boolean(child)),
  );
}

/** A chart beside the table that holds the same figures; the chart loads only when drawn, once the report is in the page. */
function chartFigure(
  id: string,
  caption: string,
  bars: GroupedBars,
  table: HTMLElement,
  charts: Charts,
  locale: string,
  layout: "beside" | "stacked" = "beside",
): HTMLElement {
  const summary = bars.series
    .map(
      (series) =>
        `${series.label}: ${series.values.map((value, index) => `${bars.labels[index]} ${value === null ? "not shown" : formatScore(value, locale)}`).join(", ")}`,
    )
    .join("; ");
  const canvas = h("canvas", {
    role: "img",
    "aria-label": `${caption}. ${summary}. The table beside it has the same figures.`,
  });
  const perCategory = Math.max(1, bars.series.length) * 12 + 16;
  const wrapper = h(
    "div",
    {
      class: "team-chart",
      style: `height:${Math.max(180, bars.labels.length * perCategory + 60)}px`,
    },
    canvas,
  );
  const legend =
    bars.series.length > 1
      ? h(
          "ul",
          { class: "team-legend", "aria-hidden": "true" },
          bars.series.map((series) =>
            h(
              "li",
              {},
              h("span", { class: `team-swatch tone-${series.tone}` }),
              series.label,
            ),
          ),
        )
      : null;
  charts.draws.push(() =>
    drawLazily(
      async () => {
        const { drawGroupedBarChart } =
          await import("../charts/grouped-bar-chart.ts");
        if (canvas.isConnected)
          charts.cleanups.push(drawGroupedBarChart(canvas, bars));
      },
      canvas,
      "The chart could not be drawn; the table beside it has the same figures.",
    ),
  );
  return h(
    "figure",
    {
      class: `team-figure-pair layout-${layout}`,
      "aria-labelledby": `${id}-caption`,
    },
    h("div", { class: "team-chart-column" }, wrapper, legend),
    h("div", { class: "team-table-column" }, table),
    h("figcaption", { id: `${id}-caption`, class: "visually-hidden" }, caption),
  );
}

function cover(context: ReportContext): HTMLElement {
  const { aggregate, info, locale } = context;
  const total = aggregate.respondents.total;
  return h(
    "div",
    { class: "team-cover print-only" },
    context.logo
      ? h("img", { class: "team-cover-logo", src: context.logo, alt: "" })
      : null,
    h("p", { class: "team-cover-site" }, context.siteName),
    h("p", { class: "team-cover-kind" }, "Team report"),
    h("p", { class: "team-cover-title" }, info.definition.title),
    h(
      "dl",
      { class: "team-cover-facts" },
      h("dt", {}, "Teams"),
      h(
        "dd",
        {},
        context.teamLabels.length > 0
          ? context.teamLabels.join(", ")
          : "No team label",
      ),
      h("dt", {}, "Respondents"),
      h(
        "dd",
        {},
        total.suppressed
          ? hiddenText(total, aggregate.minGroupSize)
          : formatCount(total.n, locale),
      ),
      h("dt", {}, "In view"),
      h("dd", {}, context.selectionText),
      h("dt", {}, "Prepared"),
      h(
        "dd",
        {},
        context.preparedBy ? `By ${context.preparedBy}, ` : "",
        pageDate(context.generatedAt, context.locale),
      ),
    ),
    h(
      "p",
      { class: "team-cover-note" },
      `Figures for groups of fewer than ${aggregate.minGroupSize} people are not shown, so no one's answers can be read from this report.`,
    ),
  );
}

function respondentsSection(context: ReportContext): HTMLElement {
  const { locale } = context;
  const { respondents, minGroupSize } = context.aggregate;
  const count = (figure: Published<Record<never, never>>) =>
    figureCell(figure, minGroupSize, (shown) => formatCount(shown.n, locale));
  const segments = respondents.bySegment;
  const bySegments =
    segments.length > 1 ||
    (segments.length === 1 &&
      segments[0]?.segments.some((segment) => segment !== null));
  // Every role gets a row, "role not given" too: the aggregate makes none and a few look alike, and so does the table.
  const roles = respondentRoles;
  const table = h(
    "table",
    { class: "team-respondents" },
    h(
      "caption",
      {},
      bySegments ? "Respondents by role and segment" : "Respondents by role",
    ),
    headRow(
      "Role",
      ...(bySegments ? segments.map((entry) => entry.label) : []),
      "All",
    ),
    h(
      "tbody",
      {},
      // A role counted with another has its row folded into that one, whose heading names both.
      roles
        .filter(
          (role) =>
            !(
              respondents.byRole[role].suppressed &&
              respondents.byRole[role].reason === "merged"
            ),
        )
        .map((role) =>
          h(
            "tr",
            {},
            h(
              "th",
              { scope: "row" },
              role !== "not-given" &&
                context.aggregate.groupRoles[role].length > 1
                ? groupHeading(context.aggregate, role)
                : respondentRoleLabels[role],
            ),
            bySegments
              ? respondents.byRoleAndSegment
                  .filter((cell) => cell.role === role)
                  .map((cell) => count(cell.count))
              : [],
            count(respondents.byRole[role]),
          ),
        ),
      h(
        "tr",
        { class: "team-total-row" },
        h("th", { scope: "row" }, "All roles"),
        bySegments ? segments.map((entry) => count(entry.count)) : [],
        count(respondents.total),
      ),
    ),
  );
  return section(
    `${context.info.id}-respondents`,
    "Who answered",
    scrollTable("Respondents by role and segment", table),
  );
}

function dimensionsSection(
  context: ReportContext,
  charts: Charts,
): HTMLElement {
  const { aggregate, info, locale } = context;
  const min = aggregate.minGroupSize;
  const bars: GroupedBars = {
    labels: aggregate.dimensions.map((dimension) => dimension.title),
    series: groups.map((group): BarSeries => ({
      label: groupHeading(aggregate, group),
      tone: group,
      values: aggregate.dimensions.map((dimension) => {
        const figure = dimension.groups[group];
        return figure.suppressed ? null : Math.round(figure.mean * 10) / 10;
      }),
    })),
    min: 0,
    max: 100,
    horizontal: true,
  };
  const table = h(
    "table",
    { class: "team-dimensions" },
    h("caption", {}, "Mean score by area and role (0–100)"),
    headRow("Area", ...groups.map((group) => groupHeading(aggregate, group))),
    h(
      "tbody",
      {},
      aggregate.dimensions.map((dimension) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, dimension.title),
          groups.map((group) =>
            figureCell(dimension.groups[group], min, (figure) =>
              formatScore(figure.mean, locale),
            ),
          ),
        ),
      ),
    ),
  );
  return section(
    `${info.id}-areas`,
    "Scores by area and role",
    chartFigure(
      `${info.id}-areas-chart`,
      "Mean score by area and role, out of 100",
      bars,
      scrollTable("Mean score by area and role", table),
      charts,
      locale,
    ),
  );
}

/** What "could not see" counts, in the words the report and its method note use. */
const CANNOT_SEE_MEANING =
  "People who answered \u201cI can\u2019t see this from my role\u201d to at least one of the area\u2019s statements, as a share of everyone in the group. Those answers are left out of the scores: this is a gap in what a role can see, not a low score.";

function cannotSeeSection(context: ReportContext): HTMLElement | null {
  const { aggregate, info, locale } = context;
  const dimensions = cannotSeeDimensions(aggregate);
  if (dimensions.length === 0) return null;
  const table = h(
    "table",
    { class: "team-cannot-see" },
    h("caption", {}, "Could not see, share of each role, per area"),
    headRow("Area", ...groups.map((group) => groupHeading(aggregate, group))),
    h(
      "tbody",
      {},
      dimensions.map((dimension) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, dimension.title),
          groups.map((group) =>
            figureCell(
              dimension.cannotSee[group],
              aggregate.minGroupSize,
              (figure) =>
                `${formatPercent(figure.percent, locale)} (${formatCount(figure.people, locale)} of ${formatCount(figure.n, locale)})`,
            ),
          ),
        ),
      ),
    ),
  );
  return section(
    `${info.id}-cannot-see`,
    "Could not see from their role",
    h("p", { class: "muted" }, CANNOT_SEE_MEANING),
    scrollTable("Could not see, share of each role", table),
  );
}

function gapExplanation(scale: Scale, what: "area" | "statement"): HTMLElement {
  const agree =
    what === "area"
      ? ` “Agree” is the percent of people whose area score reaches the scale's agree line; “agree gap” is leaders minus the front line in percentage points. ${scale.agreeNote}`
      : ` “Agree” is the percent of people agreeing with the statement; “agree gap” is leaders minus the front line in percentage points. ${scale.agreeNote}`;
  return h(
    "p",
    { class: what === "statement" ? "team-gap-repeat" : undefined },
    `“Gap” is the leaders' mean score minus the front line's, in points out of 100: a plus sign means leaders see the ${what} more favourably. Managers are shown on their own and are not part of the gap.`,
    isOrdinal(scale) ? agree : "",
  );
}

/** The gap tables' figure columns; short, so that nine columns fit a printed page. */
function gapHead(
  first: string,
  agreeing: boolean,
  aggregate: TeamAggregate,
): HTMLTableSectionElement {
  const [leaders, frontLine, managers] = (
    ["leader", "front-line", "manager"] as const
  ).map((group) => groupHeading(aggregate, group));
  const head = headRow(
    first,
    leaders!,
    frontLine!,
    "Gap",
    ...(agreeing
      ? [`${leaders} agree`, `${frontLine} agree`, "Agree gap"]
      : []),
  );
  head.rows[0]!.append(
    ...[managers!, ...(agreeing ? [`${managers} agree`] : [])].map((name) =>
      managerColumn(aggregate, h("th", { scope: "col" }, name)),
    ),
  );
  return head;
}

/**
 * Marks a managers' cell of a gap table. When managers have no column of their own, every such
 * cell reads "counted in leaders": the screen keeps them, the printed report leaves them out, so
 * that the statements get the width and a 30-person report keeps to four pages.
 */
function managerColumn<T extends Cell>(aggregate: TeamAggregate, cell: T): T {
  if (aggregate.groupRoles.manager.length === 0)
    cell.classList.add("team-merged-column");
  return cell;
}

function gapCell(points: number | null, unit: string, locale: string): Cell {
  if (points === null) return h("td", { class: "team-hidden" }, "not shown");
  return h(
    "td",
    {
      class: `team-gap ${points > 0 ? "gap-leaders" : points < 0 ? "gap-front-line" : ""}`,
    },
    formatSigned(points, locale, unit),
  );
}

function dimensionGapSection(context: ReportContext): HTMLElement {
  const { aggregate, info, locale } = context;
  const min = aggregate.minGroupSize;
  const agreeing = isOrdinal(info.scale);
  const byId = new Map(
    aggregate.dimensions.map((dimension) => [dimension.id, dimension]),
  );
  const table = h(
    "table",
    { class: "team-gap-table team-dimension-gaps" },
    h(
      "caption",
      {},
      "Perception gap by area: leaders minus the front line, largest first",
    ),
    gapHead("Area", agreeing, aggregate),
    h(
      "tbody",
      {},
      aggregate.gaps.dimensions.map((gap) => {
        const dimension = byId.get(gap.dimension);
        if (!dimension) return null;
        const score = (group: "leader" | "front-line" | "manager") =>
          figureCell(dimension.groups[group], min, (figure) =>
            formatScore(figure.mean, locale),
          );
        const agree = (group: "leader" | "front-line" | "manager") =>
          figureCell(dimension.groups[group], min, (figure) =>
            figure.percentAgreeing === null
              ? "–"
              : formatPercent(figure.percentAgreeing, locale),
          );
        return h(
          "tr",
          {},
          h("th", { scope: "row" }, gap.title),
          score("leader"),
          score("front-line"),
          gapCell(gap.points, "", locale),
          agreeing
            ? [
                agree("leader"),
                agree("front-line"),
                gapCell(gap.percentAgreeingPoints, "", locale),
              ]
            : [],
          managerColumn(aggregate, score("manager")),
          agreeing ? managerColumn(aggregate, agree("manager")) : null,
        );
      }),
    ),
  );
  return section(
    `${info.id}-gap-areas`,
    "Perception gap by area",
    gapExplanation(info.scale, "area"),
    scrollTable("Perception gap by area", table),
  );
}

/** A statement cut to fit a chart's axis on one line; the table beside the chart has it in full. */
function shortLabel(text: string, limit = 48): string {
  const clean = text.replace(/\.$/, "");
  return clean.length <= limit
    ? clean
    : `${clean.slice(0, limit).replace(/\s+\S*$/, "")}…`;
}

/** How many of the widest item gaps the chart shows; the table lists them all. */
const CHARTED_GAPS = 10;

function itemGapSection(context: ReportContext, charts: Charts): HTMLElement {
  const { aggregate, info, locale } = context;
  const min = aggregate.minGroupSize;
  const agreeing = isOrdinal(info.scale);
  const items = new Map(aggregate.items.map((item) => [item.id, item]));
  const dimensions = new Map(
    aggregate.dimensions.map((dimension) => [dimension.id, dimension.title]),
  );
  const shown = aggregate.gaps.items
    .filter((gap) => gap.points !== null)
    .slice(0, CHARTED_GAPS);
  // The same distance either side of zero, so bars left and right compare at a glance.
  const gapAxis = Math.min(
    100,
    Math.max(
      20,
      Math.ceil(
        Math.max(...shown.map((gap) => Math.abs(gap.points ?? 0))) / 10,
      ) * 10,
    ),
  );
  const itemScore = (figures: Published<ItemFigures>) =>
    figureCell(figures, min, (figure) => formatScore(figure.meanScore, locale));
  const itemAgree = (figures: Published<ItemFigures>) =>
    figureCell(figures, min, (figure) =>
      figure.percentAgreeing === null
        ? "–"
        : formatPercent(figure.percentAgreeing, locale),
    );
  const table = h(
    "table",
    { class: "team-gap-table team-item-gaps" },
    h(
      "caption",
      {},
      "Perception gap by statement: leaders minus the front line, largest first (scores out of 100)",
    ),
    gapHead("Statement", agreeing, aggregate),
    h(
      "tbody",
      {},
      aggregate.gaps.items.map((gap) => {
        const item = items.get(gap.itemId);
        if (!item) return null;
        return h(
          "tr",
          { "data-item": gap.itemId },
          h(
            "th",
            { scope: "row" },
            gap.text,
            h(
              "span",
              { class: "team-area muted" },
              dimensions.get(gap.dimension) ?? "",
            ),
          ),
          itemScore(item.groups.leader),
          itemScore(item.groups["front-line"]),
          gapCell(gap.points, "", locale),
          agreeing
            ? [
                itemAgree(item.groups.leader),
                itemAgree(item.groups["front-line"]),
                gapCell(gap.percentAgreeingPoints, "", locale),
              ]
            : [],
          managerColumn(aggregate, itemScore(item.groups.manager)),
          agreeing
            ? managerColumn(aggregate, itemAgree(item.groups.manager))
            : null,
        );
      }),
    ),
  );
  const tableRegion = scrollTable("Perception gap by statement", table);
  const content =
    shown.length > 0
      ? chartFigure(
          `${info.id}-gap-chart`,
          `The ${shown.length} widest gaps between leaders and the front line, in points (leaders minus front line)`,
          {
            labels: shown.map((gap) => shortLabel(gap.text)),
            series: [
              {
                label: "Leaders minus front line",
                tone: "gap",
                values: shown.map(
                  (gap) => Math.round((gap.points ?? 0) * 10) / 10,
                ),
              },
            ],
            min: -gapAxis,
            max: gapAxis,
            horizontal: true,
          },
          tableRegion,
          charts,
          locale,
          "stacked",
        )
      : tableRegion;
  return section(
    `${info.id}-gap-items`,
    "Perception gap by statement",
    gapExplanation(info.scale, "statement"),
    h(
      "p",
      { class: "print-only muted" },
      "Every statement is listed here; the whole team\u2019s figure for each is in the on-screen report and its CSV export.",
    ),
    content,
  );
}

function spreadSection(context: ReportContext): HTMLElement {
  const { aggregate, info, locale } = context;
  const min = aggregate.minGroupSize;
  const bins = scoreBins.length;
  const binLabels = scoreBins.map((bin) => bin.label);
  const table = h(
    "table",
    { class: "team-spread" },
    h("caption", {}, "How many people score each area in each band, by role"),
    headRow("Area", "Group", ...binLabels, "Median"),
    aggregate.dimensions.map((dimension) =>
      h(
        "tbody",
        {},
        groups.map((group, index) => {
          const figure = dimension.groups[group];
          const label = h(
            "th",
            { scope: "row" },
            groupHeading(aggregate, group),
          );
          const area =
            index === 0
              ? h(
                  "th",
                  { scope: "rowgroup", rowspan: groups.length },
                  dimension.title,
                )
              : null;
          if (figure.suppressed)
            return h(
              "tr",
              {},
              area,
              label,
              h(
                "td",
                {
                  class: "team-hidden",
                  colspan: bins + 1,
                  "data-hidden": figure.reason,
                },
                hiddenText(figure, min),
              ),
            );
          return h(
            "tr",
            {},
            area,
            label,
            figure.histogram.map((count) =>
              h(
                "td",
                { class: "team-bin" },
                h("span", {
                  class: "team-bin-bar",
                  style: `width:${figure.n > 0 ? Math.round((100 * count) / figure.n) : 0}%`,
                  "aria-hidden": "true",
                }),
                h(
                  "span",
                  { class: "team-bin-count" },
                  formatCount(count, locale),
                ),
              ),
            ),
            h("td", {}, formatScore(figure.median, locale)),
          );
        }),
      ),
    ),
  );
  return section(
    `${info.id}-spread`,
    "Spread of scores by area and role",
    h(
      "p",
      { class: "muted" },
      "People per band of area score (0–100); the shading shows each band\u2019s share of its group.",
    ),
    scrollTable("Spread of scores", table),
  );
}

function itemsSection(context: ReportContext): HTMLElement {
  const { aggregate, info, locale } = context;
  const min = aggregate.minGroupSize;
  const { scale } = info;
  const agreeing = isOrdinal(scale);
  const text = (figure: ItemFigures) =>
    `${formatScore(figure.meanScore, locale)}${figure.percentAgreeing === null ? "" : ` · ${formatPercent(figure.percentAgreeing, locale)}`}`;
  const table = h(
    "table",
    { class: "team-items" },
    // The same 0–100 score as every other table; the scale's own mean answer is in the CSV export.
    h(
      "caption",
      {},
      agreeing
        ? "Mean score (0–100) · % agreeing, per statement and role"
        : "Mean score (0–100) per statement and role",
    ),
    headRow(
      "Statement",
      ...groups.map((group) => groupHeading(aggregate, group)),
    ),
    aggregate.dimensions.map((dimension) =>
      h(
        "tbody",
        {},
        h(
          "tr",
          { class: "team-group-row" },
          h(
            "th",
            { scope: "colgroup", colspan: groups.length + 1 },
            dimension.title,
          ),
        ),
        aggregate.items
          .filter((item) => item.dimension === dimension.id)
          .map((item) =>
            h(
              "tr",
              {},
              h("th", { scope: "row" }, item.text),
              groups.map((group) => figureCell(item.groups[group], min, text)),
            ),
          ),
      ),
    ),
  );
  return section(
    `${info.id}-items`,
    "Every statement by role",
    agreeing
      ? h(
          "p",
          { class: "muted" },
          `Mean score out of 100 (${scale.min} is 0, ${scale.max} is 100), then the percent agreeing. ${scale.agreeNote}`,
        )
      : null,
    scrollTable("Every statement by role", table),
  );
}

function benchmarkSection(context: ReportContext): HTMLElement | null {
  const { aggregate, info, locale } = context;
  if (aggregate.benchmarks.length === 0) return null;
  const min = aggregate.minGroupSize;
  const measureText = (measure: "percentAgree" | "mean", value: number) =>
    measure === "percentAgree"
      ? `${formatPercent(value, locale)} agree`
      : `mean ${formatMeanAnswer(value, locale)} of ${info.scale.max}`;
  const table = h(
    "table",
    { class: "team-benchmarks" },
    h(
      "caption",
      {},
      `Published figures beside this team (${info.source.author}, ${info.source.year})`,
    ),
    headRow("Statement", "Published figure", "This team"),
    h(
      "tbody",
      {},
      aggregate.benchmarks.flatMap((comparison) =>
        comparison.figures.map((figure, index) =>
          h(
            "tr",
            {},
            index === 0
              ? h(
                  "th",
                  { scope: "row", rowspan: comparison.figures.length },
                  comparison.quoted
                    ? h("q", {}, comparison.text)
                    : comparison.text,
                )
              : null,
            h(
              "td",
              {},
              `${benchmarkGroupLabels[figure.group]}: ${measureText(figure.measure, figure.value)}`,
              figure.note
                ? h("span", { class: "team-note muted" }, figure.note)
                : null,
            ),
            figureCell(
              figure.team,
              min,
              (team) =>
                `${figureGroupLabels[figure.teamGroup]}: ${team.value === null ? "no figure" : measureText(figure.measure, team.value)}`,
            ),
          ),
        ),
      ),
    ),
  );
  return section(
    `${info.id}-benchmarks`,
    "Beside the published survey",
    h(
      "p",
      { class: "muted" },
      `Leaders are set beside senior management, the front line beside non-management, the whole team beside all respondents. ${info.scale.agreeNote}`,
    ),
    scrollTable("Published figures beside this team", table),
  );
}

function weakestSection(context: ReportContext): HTMLElement {
  const { aggregate, info, locale } = context;
  const weakest = aggregate.weakestItems;
  return section(
    `${info.id}-weakest`,
    isWholeTeam(aggregate)
      ? "Rated weakest by the whole team"
      : "Rated weakest by everyone in view",
    weakest.length === 0
      ? h(
          "p",
          {},
          `No statement has enough answers to rank: each needs at least ${aggregate.minGroupSize}.`,
        )
      : h(
          "ol",
          { class: "team-weakest" },
          weakest.map((item) =>
            h(
              "li",
              {},
              item.text,
              h(
                "span",
                { class: "muted" },
                ` — ${formatScore(item.meanScore, locale)} out of 100, from ${formatCount(item.n, locale)} answers`,
              ),
            ),
          ),
        ),
  );
}

function methodSection(context: ReportContext): HTMLElement {
  const { aggregate, info } = context;
  const { scale, definition, source } = info;
  const min = aggregate.minGroupSize;
  return section(
    `${info.id}-method`,
    "How this report was made",
    h(
      "ul",
      { class: "team-method" },
      h(
        "li",
        {},
        h("strong", {}, "No one can be singled out. "),
        `Every respondent sits in one cell of role × segment × team label. Where a cell would hold fewer than ${min} people, two labels, segments or (last) roles are counted together until none does, and the filters offer only those groups. So every figure, count, filter and export covers whole cells, and any two views differ by nobody or by at least ${min} people: subtracting one from another recovers no small group. A cell’s answers to a statement count only where at least ${min} of its people answered it. ${isWholeTeam(aggregate) ? "“Whole team” is everyone collected: every role, and people who gave none." : "With filters on, the first column is “Everyone in view”: every role among the results the filters keep."}`,
        mergeNote(aggregate.plan) ? ` ${mergeNote(aggregate.plan)}` : "",
        aggregate.answersWithheld
          ? " In this view some answers are left out of the figures for that reason."
          : "",
      ),
      h(
        "li",
        {},
        h("strong", {}, "Scores. "),
        isOrdinal(scale)
          ? `Each answer is placed on a line from 0 to 100 (${scale.min} is 0, ${scale.max} is 100). A person's score for an area is the mean of the statements they answered in it, and a group's figure is the mean over its people. Answers of “not applicable / don\u2019t know” and unanswered statements are left out rather than counted as low.`
          : `${definition.method} A group's figure is the mean over its people.`,
      ),
      cannotSeeDimensions(aggregate).length > 0
        ? h(
            "li",
            {},
            h("strong", {}, "Could not see "),
            `is counted as its table says; a role's share is named among the findings from ${NOTABLE_CANNOT_SEE_PERCENT}% (1 in 5) on.`,
          )
        : null,
      isOrdinal(scale)
        ? h(
            "li",
            {},
            h("strong", {}, "Agreeing. "),
            `${scale.agreeNote} Percent agreeing counts the people who answered a statement.`,
          )
        : null,
      h(
        "li",
        {},
        h("strong", {}, "The perception gap "),
        "is the leaders\u2019 figure minus the front line\u2019s: in points out of 100 for scores, in percentage points for agreeing. Managers are shown on their own and are not part of it.",
      ),
      aggregate.fromEarlierVersions > 0
        ? h(
            "li",
            {},
            h("strong", {}, "Earlier versions. "),
            earlierVersionsNote(aggregate.fromEarlierVersions),
          )
        : null,
      h("li", {}, h("strong", {}, "In view. "), context.selectionText),
      h(
        "li",
        {},
        h("strong", {}, "Source. "),
        `${creditLead(definition)} ${source.author}, `,
        h("cite", {}, source.title),
        ` (${source.year}), ${source.publisher}. `,
        definition.sourceNote ?? "",
      ),
      h(
        "li",
        {},
        h("strong", {}, "Privacy. "),
        `Prepared with ${context.siteName} on ${pageDate(context.generatedAt, context.locale)}. People\u2019s answers stayed in the consultant\u2019s browser; this report shows group figures only.`,
      ),
    ),
  );
}

/** Lets the page answer input between parts of a long piece of work (scheduler.yield where there is one). */
function nextTask(): Promise<void> {
  const scheduler = (
    globalThis as { scheduler?: { yield?: () => Promise<void> } }
  ).scheduler;
  return scheduler?.yield
    ? scheduler.yield()
    : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Renders the report into `container` and returns a function that releases its charts, or
 * undefined when `signal` was aborted first (a newer report is on its way). The parts are
 * built one task at a time, off the page, and shown together, so that no single task holds
 * the main thread for long and the reader never sees half a report.
 */
export async function renderTeamReport(
  container: HTMLElement,
  context: ReportContext,
  signal: AbortSignal,
): Promise<(() => void) | undefined> {
  const charts: Charts = { draws: [], cleanups: [] };
  const { aggregate, info, locale } = context;
  const total = aggregate.respondents.total;
  const exportButton = h(
    "button",
    { type: "button", class: "button secondary", "data-action": "export-csv" },
    "Export figures as CSV",
  );
  exportButton.addEventListener("click", () =>
    context.onExportCsv(exportButton),
  );
  const printButton = h(
    "button",
    { type: "button", class: "button secondary", "data-action": "print" },
    "Print or save as PDF",
  );
  printButton.addEventListener("click", () => print());
  const findings = teamFindings(aggregate, {
    benchmarkSource: info.definition.benchmarkSurvey ?? "the published survey",
    agreeNote: info.scale.agreeNote,
    locale,
  });
  const builders: (() => HTMLElement | null)[] = [
    () => cover(context),
    () => h("h3", { class: "team-report-title" }, info.definition.title),
    () =>
      h(
        "p",
        { class: "team-report-facts" },
        `Respondents in view: ${total.suppressed ? hiddenText(total, aggregate.minGroupSize) : formatCount(total.n, locale)}. ${context.selectionText}`,
      ),
    () =>
      h(
        "div",
        { class: "team-report-actions no-print" },
        exportButton,
        printButton,
      ),
    () =>
      section(
        `${info.id}-findings`,
        "Findings",
        h(
          "ul",
          { class: "team-findings" },
          findings.map((finding) => h("li", {}, finding)),
        ),
      ),
    () => respondentsSection(context),
    () => dimensionsSection(context, charts),
    () => cannotSeeSection(context),
    () => dimensionGapSection(context),
    () => itemGapSection(context, charts),
    () => spreadSection(context),
    () => itemsSection(context),
    () => benchmarkSection(context),
    () => weakestSection(context),
    () => methodSection(context),
  ];
  const parts: HTMLElement[] = [];
  let sliceStart = performance.now();
  for (const build of builders) {
    const part = build();
    if (part) parts.push(part);
    // About one frame's worth of work per task.
    if (performance.now() - sliceStart > 16) {
      await nextTask();
      if (signal.aborted) return undefined;
      sliceStart = performance.now();
    }
  }
  await nextTask();
  if (signal.aborted) return undefined;
  container.replaceChildren(...parts);
  // One chart per task: drawn together, they were one long task after every filter change.
  void (async () => {
    for (const draw of charts.draws) {
      await nextTask();
      if (signal.aborted) return;
      await draw();
    }
  })();
  return () => {
    for (const cleanup of charts.cleanups.splice(0)) cleanup();
  };
}
