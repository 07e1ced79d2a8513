import { formatDecimal, pageLocale } from "../../lib/format/number.ts";
import type { Dictionary } from "../../lib/i18n/dictionary.ts";
import { createTranslator, type Translate } from "../../lib/i18n/translate.ts";
import { PASTED_LINKS_SOURCE } from "../../lib/intake/readings.ts";
import { wordOf } from "../../lib/scoring/phrase.ts";
import {
  describeLine,
  summariseIntake,
  unpackLines,
  whereText,
  type Held,
  type IntakeLine,
  type PackedReport,
  type PackedSource,
} from "../../lib/intake/report.ts";
import { h, scrollTable } from "../view/dom.ts";
import type { IntakeProgress } from "./read-sources.ts";

/** What a page does with what was dropped, chosen or pasted: read it (in a worker), keep it, and say what happened. */
export type Intake = (
  files: File[],
  links: string,
  onProgress: (progress: IntakeProgress) => void,
) => Promise<PackedReport>;

export interface ResultDropDetail {
  report: PackedReport;
}

/** Row-by-row tables longer than this are built when opened, so a large import stays quick. */
const INLINE_LINES = 50;
const MiB = 1024 * 1024;

/**
 * The drop element (ResultDrop.astro): takes files (button or drop) and pasted links, hands
 * them to the page's `intake`, shows progress meanwhile and the report after, and tells the
 * page by a `tl-result-drop-report` event.
 */
export class ResultDropElement extends HTMLElement {
  /** Set by the page before anything can be dropped. */
  intake: Intake | undefined;
  /** An assessment's title, for the row-by-row table. */
  titleOf: (assessmentId: string) => string = (id) => id;
  #busy = false;
  #wired = false;
  /** The element's strings and language (ResultDrop.astro renders them onto it). */
  #messages: Dictionary | undefined;
  #translators = new Map<string, Translate>();
  /**
   * The page's language, read when used (as the team view does), so its numbers follow the
   * page's lang as it is now; the words are the ones ResultDrop.astro rendered for the page.
   */
  get #lang(): string {
    return pageLocale();
  }
  get #t(): Translate {
    const lang = this.#lang;
    let t = this.#translators.get(lang);
    if (!t) {
      this.#messages ??= JSON.parse(this.dataset.messages ?? "{}") as Dictionary;
      t = createTranslator(lang, this.#messages);
      this.#translators.set(lang, t);
    }
    return t;
  }

  #part<T extends HTMLElement>(selector: string): T {
    const found = this.querySelector<T>(selector);
    if (!found) throw new Error(`tl-result-drop: missing ${selector}`);
    return found;
  }

  get #held(): Held {
    return this.dataset.held === "collected" ? "collected" : "saved";
  }

  connectedCallback(): void {
    if (this.#wired) return;
    this.#wired = true;
    const files = this.#part<HTMLInputElement>('input[type="file"]');
    files.addEventListener("change", () => {
      const chosen = [...(files.files ?? [])];
      files.value = "";
      if (chosen.length > 0) void this.#take(chosen, "");
    });
    this.addEventListener("dragover", (event) => {
      if (!event.dataTransfer?.types.includes("Files")) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
      this.classList.add("is-over");
    });
    this.addEventListener("dragleave", (event) => {
      if (
        !(event.relatedTarget instanceof Node) ||
        !this.contains(event.relatedTarget)
      )
        this.classList.remove("is-over");
    });
    this.addEventListener("drop", (event) => {
      if (!event.dataTransfer?.types.includes("Files")) return;
      event.preventDefault();
      this.classList.remove("is-over");
      const dropped = [...event.dataTransfer.files];
      if (dropped.length > 0) void this.#take(dropped, "");
    });
    const links = this.#part<HTMLTextAreaElement>("textarea");
    this.#part('[data-action="add-links"]').addEventListener("click", () => {
      if (links.value.trim() === "") {
        this.#say(this.#t("intake.pasteFirst"));
        links.focus();
        return;
      }
      void this.#take([], links.value).then((ok) => {
        if (ok) links.value = "";
      });
    });
  }

  #say(text: string): void {
    this.#part(".result-drop-report").hidden = false;
    this.#part(".result-drop-sources").replaceChildren();
    this.#part(".result-drop-summary").textContent = text;
  }

  #showProgress(progress: IntakeProgress | undefined): void {
    const box = this.#part<HTMLElement>(".result-drop-progress");
    const bar = this.#part<HTMLProgressElement>(
      ".result-drop-progress progress",
    );
    const label = this.#part<HTMLElement>(".result-drop-progress-text");
    box.hidden = progress === undefined;
    if (!progress) return;
    bar.max = Math.max(1, progress.total);
    bar.value = Math.min(progress.done, progress.total);
    const source = this.#sourceName(progress.source);
    if (progress.phase === "reading") {
      // Megabytes to one decimal, always shown ("0.4", "0,4"), so the figure does not jump as it grows.
      const size = (bytes: number) => formatDecimal(bytes / MiB, this.#lang);
      label.textContent = this.#t("intake.progress.bytes", { source, done: size(progress.done), total: size(progress.total) });
    } else if (progress.phase === "checking") {
      label.textContent = this.#t("intake.progress.rows", { source, done: progress.done, count: progress.total });
    } else {
      bar.removeAttribute("value");
      label.textContent = this.#t("intake.progress.saving", { count: progress.total });
    }
  }

  /** Takes files dropped elsewhere on the page (the team view takes them anywhere on itself). */
  take(files: File[]): Promise<boolean> {
    return this.#take(files, "");
  }

  /** Hands files or links to the page's intake; true when they were read (whatever the report says). */
  async #take(files: File[], links: string): Promise<boolean> {
    if (this.#busy || !this.intake) return false;
    this.#busy = true;
    this.setAttribute("aria-busy", "true");
    this.#showProgress({
      phase: "reading",
      source: files[0]?.name ?? PASTED_LINKS_SOURCE,
      done: 0,
      total: files[0]?.size ?? 0,
    });
    try {
      const report = await this.intake(files, links, (progress) =>
        this.#showProgress(progress),
      );
      this.#showReport(report);
      this.dispatchEvent(
        new CustomEvent<ResultDropDetail>("tl-result-drop-report", {
          detail: { report },
          bubbles: true,
        }),
      );
      return true;
    } catch (error) {
      // Readers report problems in the report, so a throw here is the worker stopping: said in
      // the page's language, with the technical detail left for the console.
      console.error(error);
      this.#say(this.#t("intake.failed", { reason: this.#t("intake.stopped") }));
      return false;
    } finally {
      this.#showProgress(undefined);
      this.#busy = false;
      this.removeAttribute("aria-busy");
      this.dataset.reports = String(Number(this.dataset.reports ?? 0) + 1);
    }
  }

  #showReport(report: PackedReport): void {
    const t = this.#t;
    this.#part(".result-drop-report").hidden = false;
    this.#part(".result-drop-summary").textContent = summariseIntake(
      report,
      this.#held,
      t,
    );
    this.#part(".result-drop-sources").replaceChildren(
      ...report.sources.map((source) => {
        const counts = [
          t("intake.count.added", { count: source.added }),
          source.corrected > 0 ? t("intake.count.corrected", { count: source.corrected }) : "",
          source.skipped > 0 ? t("intake.count.skipped", { count: source.skipped }) : "",
          source.rejected > 0 ? t("intake.count.rejected", { count: source.rejected }) : "",
        ]
          .filter(Boolean)
          .join(", ");
        const notes = [
          ...source.problems.map((problem) => wordOf(t, problem)),
          ...source.issues.map((line) => describeLine(line, t)),
        ];
        const more = source.issueCount - source.issues.length;
        return h(
          "li",
          { class: source.rejected > 0 ? "has-rejections" : undefined },
          h("strong", {}, this.#sourceName(source.source)),
          `: ${counts}`,
          notes.length > 0
            ? h(
                "ul",
                {},
                notes.map((note) => h("li", {}, note)),
                more > 0
                  ? h(
                      "li",
                      { class: "muted" },
                      t("intake.more", { count: more }),
                    )
                  : null,
              )
            : null,
          source.lineCount > 0 ? this.#linesDetails(source) : null,
        );
      }),
    );
  }

  /** A file keeps its own name; the pasted box is named in the page's language. */
  #sourceName(source: string): string {
    return source === PASTED_LINKS_SOURCE ? this.#t("intake.pastedLinks") : source;
  }

  #linesDetails(source: PackedSource): HTMLElement {
    const title = this.#t(source.issuesOnly ? "intake.rows.notAdded" : "intake.rows.all", { count: source.lineCount });
    const details = h(
      "details",
      { class: "intake-details" },
      h("summary", {}, title),
    );
    const build = () => details.append(this.#linesTable(unpackLines(source)));
    if (source.lineCount <= INLINE_LINES) {
      details.open = source.issueCount > 0;
      build();
    } else {
      // Built when opened: thousands of rows are not worth building for a report nobody reads.
      details.addEventListener(
        "toggle",
        () => details.open && details.childElementCount === 1 && build(),
      );
    }
    return details;
  }

  #describe(line: IntakeLine): string {
    const result = line.result;
    if (!result) return "";
    const date = new Date(result.takenAt).toLocaleDateString(this.#lang, {
      dateStyle: "medium",
    });
    return [
      this.titleOf(result.assessment),
      date,
      result.role ? this.#t(`intake.role.${result.role}`) : "",
      result.label ?? "",
    ]
      .filter(Boolean)
      .join(", ");
  }

  #linesTable(lines: IntakeLine[]): HTMLElement {
    const t = this.#t;
    return scrollTable(
      t("intake.table.label"),
      h(
        "table",
        { class: "intake-lines" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, t("intake.table.where")),
            h("th", { scope: "col" }, t("intake.table.result")),
            h("th", { scope: "col" }, t("intake.table.what")),
          ),
        ),
        h(
          "tbody",
          {},
          lines.map((line) =>
            h(
              "tr",
              { class: `intake-${line.status}` },
              h("th", { scope: "row" }, whereText(line.where, t)),
              h("td", {}, this.#describe(line)),
              h(
                "td",
                {},
                line.reason
                  ? t("intake.status.because", { status: t(`intake.status.${line.status}`), reason: wordOf(t, line.reason) })
                  : t(`intake.status.${line.status}`),
              ),
            ),
          ),
        ),
      ),
    );
  }
}

if (!customElements.get("tl-result-drop"))
  customElements.define("tl-result-drop", ResultDropElement);
