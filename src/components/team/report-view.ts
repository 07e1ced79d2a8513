/**
 * One assessment's team report, built from its aggregate: findings first, then who answered,
 * scores by area and role, the perception gap, the spread of scores, every statement by role,
 * published figures, the weakest statements and the method. Hidden figures are written in
 * words (report-text.ts), never as numbers. aggregate.ts takes roles from roles.ts, so
 * importing its constants brings no schema library to the page.
 */
import type { EarlierVersion } from "../../lib/results/history.ts";
import type { Assessment } from "../../lib/schema/assessment.ts";
import { themeSourceCredits, type AssessmentPayload } from "../../lib/assess/payload.ts";
import { isOrdinal, type Scale } from "../../lib/schema/scales.ts";
import {
  figureGroups,
  scoreBins,
  type ItemFigures,
  type Published,
  type TeamAggregate,
} from "../../lib/team/aggregate.ts";
import { earlierVersionsNote } from "../../lib/team/earlier-versions.ts";
import { respondentRoles, roleName } from "../../lib/team/disclosure.ts";
import type { Translate } from "../../lib/i18n/translate.ts";
import type { PhraseValue } from "../../lib/team/phrase.ts";
import {
  cannotSeeDimensions,
  figureGroupKey,
  groupHeading,
  valueGroup,
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
  /** `en` when the page's language has no translation of the assessment: its words are marked so. */
  textLang?: string;
  source: {
    author: string;
    title: string;
    year: string | number;
    publisher: string;
    /** Set when the publisher note is not translated into the page's language. */
    lang?: string;
  };
  /** For a synthesis whose themes name their sources (the core check): those sources, credited per theme. */
  themeSources?: AssessmentPayload["themeSources"];
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
  /** describeSelection of the filters in force, rendered. */
  selectionText: string;
  /** The page's strings (report.*, team.*) and a phrase from the team lib in the page's language. */
  t: Translate;
  render: (value: PhraseValue) => string;
  /** The team labels in view, for the cover. */
  teamLabels: string[];
  generatedAt: Date;
  /** The page's language, for numbers and dates. */
  locale: string;
  onExportCsv: (button: HTMLButtonElement) => void;
}

const groups = figureGroups;

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
  context: ReportContext,
  figure: Published<F>,
  minGroupSize: number,
  text: (figure: F & { n: number }) => string,
): Cell {
  if (figure.suppressed)
    return h(
      "td",
      { class: "team-hidden", "data-hidden": figure.reason },
      context.render(hiddenText(figure, minGroupSize)),
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
  context: ReportContext,
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
        `${series.label}: ${series.values.map((value, index) => `${bars.labels[index]} ${value === null ? context.t("report.chart.notShown") : formatScore(value, locale)}`).join(", ")}`,
    )
    .join("; ");
  const canvas = h("canvas", {
    role: "img",
    "aria-label": context.t("report.chart.label", { caption, summary }),
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
      context.t("report.chart.failed"),
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
    h("p", { class: "team-cover-kind" }, context.t("report.cover.kind")),
    h("p", { class: "team-cover-title" }, info.definition.title),
    h(
      "dl",
      { class: "team-cover-facts" },
      h("dt", {}, context.t("report.cover.teams")),
      h(
        "dd",
        {},
        context.teamLabels.length > 0
          ? context.teamLabels.join(", ")
          : context.t("report.cover.noTeam"),
      ),
      h("dt", {}, context.t("report.cover.respondents")),
      h(
        "dd",
        {},
        total.suppressed
          ? context.render(hiddenText(total, aggregate.minGroupSize))
          : formatCount(total.n, locale),
      ),
      h("dt", {}, context.t("report.cover.inView")),
      h("dd", {}, context.selectionText),
      h("dt", {}, context.t("report.cover.prepared")),
      h(
        "dd",
        {},
        context.preparedBy
          ? context.t("report.cover.preparedBy", {
              name: context.preparedBy,
              date: pageDate(context.generatedAt, context.locale),
            })
          : pageDate(context.generatedAt, context.locale),
      ),
    ),
    h(
      "p",
      { class: "team-cover-note" },
      context.t("report.cover.note", { min: aggregate.minGroupSize }),
    ),
  );
}

function respondentsSection(context: ReportContext): HTMLElement {
  const { locale } = context;
  const { respondents, minGroupSize } = context.aggregate;
  const count = (figure: Published<Record<never, never>>) =>
    figureCell(context, figure, minGroupSize, (shown) => formatCount(shown.n, locale));
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
      context.t(bySegments ? "report.respondents.captionSegments" : "report.respondents.caption"),
    ),
    headRow(
      context.t("report.respondents.role"),
      ...(bySegments
        ? segments.map((entry) =>
            context.render(valueGroup(entry.segments, "team.noSegment")),
          )
        : []),
      context.t("report.respondents.all"),
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
                ? context.render(groupHeading(context.aggregate, role))
                : context.render(roleName(role)),
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
        h("th", { scope: "row" }, context.t("report.respondents.allRoles")),
        bySegments ? segments.map((entry) => count(entry.count)) : [],
        count(respondents.total),
      ),
    ),
  );
  return section(
    `${context.info.id}-respondents`,
    context.t("report.respondents.title"),
    scrollTable(context.t("report.respondents.captionSegments"), table),
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
      label: context.render(groupHeading(aggregate, group)),
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
    h("caption", {}, context.t("report.areas.caption")),
    headRow(
      context.t("report.column.area"),
      ...groups.map((group) => context.render(groupHeading(aggregate, group))),
    ),
    h(
      "tbody",
      {},
      aggregate.dimensions.map((dimension) =>
        h(
          "tr",
          {},
          h("th", { scope: "row", lang: context.info.textLang }, dimension.title),
          groups.map((group) =>
            figureCell(context, dimension.groups[group], min, (figure) =>
              formatScore(figure.mean, locale),
            ),
          ),
        ),
      ),
    ),
  );
  return section(
    `${info.id}-areas`,
    context.t("report.areas.title"),
    chartFigure(
      context,
      `${info.id}-areas-chart`,
      context.t("report.areas.chart"),
      bars,
      scrollTable(context.t("report.areas.region"), table),
      charts,
      locale,
    ),
  );
}

function cannotSeeSection(context: ReportContext): HTMLElement | null {
  const { aggregate, info, locale } = context;
  const dimensions = cannotSeeDimensions(aggregate);
  if (dimensions.length === 0) return null;
  const table = h(
    "table",
    { class: "team-cannot-see" },
    h("caption", {}, context.t("report.cannotSee.caption")),
    headRow(
      context.t("report.column.area"),
      ...groups.map((group) => context.render(groupHeading(aggregate, group))),
    ),
    h(
      "tbody",
      {},
      dimensions.map((dimension) =>
        h(
          "tr",
          {},
          h("th", { scope: "row", lang: context.info.textLang }, dimension.title),
          groups.map((group) =>
            figureCell(context, 
              dimension.cannotSee[group],
              aggregate.minGroupSize,
              (figure) =>
                context.t("report.cannotSee.cell", {
                  percent: formatPercent(figure.percent, locale),
                  people: formatCount(figure.people, locale),
                  n: formatCount(figure.n, locale),
                }),
            ),
          ),
        ),
      ),
    ),
  );
  return section(
    `${info.id}-cannot-see`,
    context.t("report.cannotSee.title"),
    h("p", { class: "muted" }, context.t("report.cannotSee.meaning")),
    scrollTable(context.t("report.cannotSee.region"), table),
  );
}

function gapExplanation(
  context: ReportContext,
  scale: Scale,
  what: "area" | "statement",
): HTMLElement {
  return h(
    "p",
    { class: what === "statement" ? "team-gap-repeat" : undefined },
    context.t(`report.gap.explain.${what}`),
    isOrdinal(scale)
      ? ` ${context.t(`report.gap.explainAgree.${what}`, { note: scale.agreeNote })}`
      : "",
  );
}

/** The gap tables' figure columns; short, so that nine columns fit a printed page. */
function gapHead(
  context: ReportContext,
  first: string,
  agreeing: boolean,
): HTMLTableSectionElement {
  const { aggregate, t } = context;
  const [leaders, frontLine, managers] = (
    ["leader", "front-line", "manager"] as const
  ).map((group) => context.render(groupHeading(aggregate, group)));
  const agree = (group: string) => t("report.gap.groupAgree", { group });
  const head = headRow(
    first,
    leaders!,
    frontLine!,
    t("report.gap.gap"),
    ...(agreeing
      ? [agree(leaders!), agree(frontLine!), t("report.gap.agreeGap")]
      : []),
  );
  head.rows[0]!.append(
    ...[managers!, ...(agreeing ? [agree(managers!)] : [])].map((name) =>
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

function gapCell(
  context: ReportContext,
  points: number | null,
  unit: string,
  locale: string,
): Cell {
  if (points === null)
    return h("td", { class: "team-hidden" }, context.t("report.chart.notShown"));
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
      context.t("report.gap.areasCaption"),
    ),
    gapHead(context, context.t("report.column.area"), agreeing),
    h(
      "tbody",
      {},
      aggregate.gaps.dimensions.map((gap) => {
        const dimension = byId.get(gap.dimension);
        if (!dimension) return null;
        const score = (group: "leader" | "front-line" | "manager") =>
          figureCell(context, dimension.groups[group], min, (figure) =>
            formatScore(figure.mean, locale),
          );
        const agree = (group: "leader" | "front-line" | "manager") =>
          figureCell(context, dimension.groups[group], min, (figure) =>
            figure.percentAgreeing === null
              ? "–"
              : formatPercent(figure.percentAgreeing, locale),
          );
        return h(
          "tr",
          {},
          h("th", { scope: "row", lang: context.info.textLang }, gap.title),
          score("leader"),
          score("front-line"),
          gapCell(context, gap.points, "", locale),
          agreeing
            ? [
                agree("leader"),
                agree("front-line"),
                gapCell(context, gap.percentAgreeingPoints, "", locale),
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
    context.t("report.gap.areasTitle"),
    gapExplanation(context, info.scale, "area"),
    noGapNote(context, aggregate.gaps.dimensions),
    scrollTable(context.t("report.gap.areasTitle"), table),
  );
}

/**
 * When no gap can be shown (the front line or the leaders counted with another group), the
 * printed report says so in a line instead of a table whose every gap reads "not shown"; the
 * screen keeps the table, with each group's own figures.
 */
function noGapNote(context: ReportContext, gaps: readonly { points: number | null }[]): HTMLElement | null {
  return gaps.every((gap) => gap.points === null)
    ? h("p", { class: "print-only team-no-gap" }, context.t("report.gap.noneInPrint"))
    : null;
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
    figureCell(context, figures, min, (figure) => formatScore(figure.meanScore, locale));
  const itemAgree = (figures: Published<ItemFigures>) =>
    figureCell(context, figures, min, (figure) =>
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
      context.t("report.gap.itemsCaption"),
    ),
    gapHead(context, context.t("report.column.statement"), agreeing),
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
            { scope: "row", lang: context.info.textLang },
            gap.text,
            h(
              "span",
              { class: "team-area muted" },
              dimensions.get(gap.dimension) ?? "",
            ),
          ),
          itemScore(item.groups.leader),
          itemScore(item.groups["front-line"]),
          gapCell(context, gap.points, "", locale),
          agreeing
            ? [
                itemAgree(item.groups.leader),
                itemAgree(item.groups["front-line"]),
                gapCell(context, gap.percentAgreeingPoints, "", locale),
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
  const tableRegion = scrollTable(context.t("report.gap.itemsTitle"), table);
  const content =
    shown.length > 0
      ? chartFigure(
          context,
          `${info.id}-gap-chart`,
          context.t("report.gap.chart", { count: shown.length }),
          {
            labels: shown.map((gap) => shortLabel(gap.text)),
            series: [
              {
                label: context.t("report.gap.series"),
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
    context.t("report.gap.itemsTitle"),
    gapExplanation(context, info.scale, "statement"),
    noGapNote(context, aggregate.gaps.items) ??
      h(
        "p",
        { class: "print-only muted" },
        context.t("report.gap.printNote"),
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
    h("caption", {}, context.t("report.spread.caption")),
    headRow(
      context.t("report.column.area"),
      context.t("report.spread.group"),
      ...binLabels,
      context.t("report.spread.median"),
    ),
    aggregate.dimensions.map((dimension) =>
      h(
        "tbody",
        {},
        groups.map((group, index) => {
          const figure = dimension.groups[group];
          const label = h(
            "th",
            { scope: "row" },
            context.render(groupHeading(aggregate, group)),
          );
          const area =
            index === 0
              ? h(
                  "th",
                  { scope: "rowgroup", rowspan: groups.length, lang: context.info.textLang },
                  dimension.title,
                )
              : null;
          if (figure.suppressed)
            return h(
              "tr",
              // A row that only says "counted in leaders" is left out of print; the carrier's heading names it.
              figure.reason === "merged" && index > 0 ? { class: "team-merged-row" } : {},
              area,
              label,
              h(
                "td",
                {
                  class: "team-hidden",
                  colspan: bins + 1,
                  "data-hidden": figure.reason,
                },
                context.render(hiddenText(figure, min)),
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
    context.t("report.spread.title"),
    h("p", { class: "muted" }, context.t("report.spread.note")),
    scrollTable(context.t("report.spread.region"), table),
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
      context.t(agreeing ? "report.items.captionAgree" : "report.items.caption"),
    ),
    headRow(
      context.t("report.column.statement"),
      ...groups.map((group) => context.render(groupHeading(aggregate, group))),
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
            { scope: "colgroup", colspan: groups.length + 1, lang: context.info.textLang },
            dimension.title,
          ),
        ),
        aggregate.items
          .filter((item) => item.dimension === dimension.id)
          .map((item) =>
            h(
              "tr",
              {},
              h("th", { scope: "row", lang: context.info.textLang }, item.text),
              groups.map((group) => figureCell(context, item.groups[group], min, text)),
            ),
          ),
      ),
    ),
  );
  return section(
    `${info.id}-items`,
    context.t("report.items.title"),
    agreeing
      ? h(
          "p",
          { class: "muted" },
          context.t("report.items.note", {
            min: scale.min,
            max: scale.max,
            note: scale.agreeNote,
          }),
        )
      : null,
    scrollTable(context.t("report.items.title"), table),
  );
}

function benchmarkSection(context: ReportContext): HTMLElement | null {
  const { aggregate, info, locale } = context;
  if (aggregate.benchmarks.length === 0) return null;
  const min = aggregate.minGroupSize;
  const measureText = (measure: "percentAgree" | "mean", value: number) =>
    measure === "percentAgree"
      ? context.t("report.benchmarks.agree", {
          percent: formatPercent(value, locale),
        })
      : context.t("report.benchmarks.mean", {
          mean: formatMeanAnswer(value, locale),
          max: info.scale.max,
        });
  const table = h(
    "table",
    { class: "team-benchmarks" },
    h(
      "caption",
      {},
      context.t("report.benchmarks.caption", {
        author: info.source.author,
        year: String(info.source.year),
      }),
    ),
    headRow(
      context.t("report.column.statement"),
      context.t("report.benchmarks.published"),
      context.t("report.benchmarks.thisTeam"),
    ),
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
              context.t("report.benchmarks.figure", {
                group: context.t(`report.benchmarks.group.${figure.group}`),
                measure: measureText(figure.measure, figure.value),
              }),
              figure.note
                ? h("span", { class: "team-note muted" }, figure.note)
                : null,
            ),
            figureCell(context, 
              figure.team,
              min,
              (team) =>
                context.t("report.benchmarks.figure", {
                  group: context.t(figureGroupKey(figure.teamGroup)),
                  measure:
                    team.value === null
                      ? context.t("report.benchmarks.noFigure")
                      : measureText(figure.measure, team.value),
                }),
            ),
          ),
        ),
      ),
    ),
  );
  return section(
    `${info.id}-benchmarks`,
    context.t("report.benchmarks.title"),
    h(
      "p",
      { class: "muted" },
      context.t("report.benchmarks.note", { note: info.scale.agreeNote }),
    ),
    scrollTable(context.t("report.benchmarks.region"), table),
  );
}

function weakestSection(context: ReportContext): HTMLElement {
  const { aggregate, info, locale } = context;
  const weakest = aggregate.weakestItems;
  return section(
    `${info.id}-weakest`,
    context.t(
      isWholeTeam(aggregate)
        ? "report.weakest.titleWhole"
        : "report.weakest.titleInView",
    ),
    weakest.length === 0
      ? h(
          "p",
          {},
          context.t("report.weakest.none", { min: aggregate.minGroupSize }),
        )
      : h(
          "ol",
          { class: "team-weakest" },
          weakest.map((item) =>
            h(
              "li",
              {},
              h("span", { lang: context.info.textLang }, item.text),
              h(
                "span",
                { class: "muted" },
                ` — ${context.t("report.weakest.figure", { score: formatScore(item.meanScore, locale), count: item.n })}`,
              ),
            ),
          ),
        ),
  );
}

function methodSection(context: ReportContext): HTMLElement {
  const { aggregate, info, t } = context;
  const { scale, definition, source } = info;
  const min = aggregate.minGroupSize;
  const merged = mergeNote(aggregate.plan);
  const item = (title: string, ...text: (Node | string)[]) =>
    h("li", {}, h("strong", {}, title), " ", ...text);
  return section(
    `${info.id}-method`,
    t("report.method.title"),
    h(
      "ul",
      { class: "team-method" },
      item(
        t("report.method.privacyTitle"),
        t("report.method.privacy", { min }),
        " ",
        t(
          isWholeTeam(aggregate)
            ? "report.method.wholeTeam"
            : "report.method.everyoneInView",
        ),
        merged ? ` ${context.render(merged)}` : "",
        aggregate.answersWithheld ? ` ${t("report.method.withheld")}` : "",
      ),
      item(
        t("report.method.scoresTitle"),
        isOrdinal(scale)
          ? t("report.method.scores", { min: scale.min, max: scale.max })
          : t("report.method.scoresOther", { method: definition.method }),
      ),
      cannotSeeDimensions(aggregate).length > 0
        ? item(
            t("report.method.cannotSeeTitle"),
            t("report.method.cannotSee", {
              percent: NOTABLE_CANNOT_SEE_PERCENT,
            }),
          )
        : null,
      isOrdinal(scale)
        ? item(
            t("report.method.agreeingTitle"),
            t("report.method.agreeing", { note: scale.agreeNote }),
          )
        : null,
      item(t("report.method.gapTitle"), t("report.method.gap")),
      aggregate.fromEarlierVersions > 0
        ? item(
            t("report.method.earlierTitle"),
            context.render(earlierVersionsNote(aggregate.fromEarlierVersions)),
          )
        : null,
      item(t("report.method.inViewTitle"), context.selectionText),
      info.themeSources
        ? item(
            t("report.method.sourceTitle"),
            // Theme titles and authors as text: the report is read, printed and exported as a whole.
            `${t("report.method.themeSources", {
              themes: themeSourceCredits(definition, info.themeSources)
                .map((theme) => `${theme.title}: ${theme.sources.map((credit) => (typeof credit === "string" ? credit : credit.author)).join(", ")}`)
                .join("; "),
            })} `,
            definition.sourceNote ? h("span", { lang: info.textLang }, definition.sourceNote) : "",
          )
        : item(
            t("report.method.sourceTitle"),
            `${t(definition.credit === "synthesis" ? "report.method.synthesis" : "report.method.basedOn")} ${source.author}, `,
            h("cite", {}, source.title),
            ` (${source.year}), `,
            // A publisher note may end a sentence of its own; the credit adds its full stop once.
            h("span", source.lang ? { lang: source.lang } : {}, source.publisher.replace(/\.$/, "")),
            ". ",
            definition.sourceNote ? h("span", { lang: info.textLang }, definition.sourceNote) : "",
          ),
      item(
        t("report.method.preparedTitle"),
        t("report.method.prepared", {
          site: context.siteName,
          date: pageDate(context.generatedAt, context.locale),
        }),
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
    context.t("report.exportCsv"),
  );
  exportButton.addEventListener("click", () =>
    context.onExportCsv(exportButton),
  );
  const printButton = h(
    "button",
    { type: "button", class: "button secondary", "data-action": "print" },
    context.t("report.print"),
  );
  printButton.addEventListener("click", () => print());
  const findings = teamFindings(aggregate, {
    ...(info.definition.benchmarkSurvey
      ? { benchmarkSource: info.definition.benchmarkSurvey }
      : {}),
    agreeNote: info.scale.agreeNote,
    locale,
  });
  const builders: (() => HTMLElement | null)[] = [
    () => cover(context),
    () => h("h3", { class: "team-report-title", lang: info.textLang }, info.definition.title),
    () =>
      h(
        "p",
        { class: "team-report-facts" },
        context.t("report.facts", {
          count: total.suppressed
            ? context.render(hiddenText(total, aggregate.minGroupSize))
            : formatCount(total.n, locale),
          selection: context.selectionText,
        }),
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
        context.t("report.findings"),
        h(
          "ul",
          { class: "team-findings" },
          findings.map((finding) => h("li", {}, context.render(finding))),
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
