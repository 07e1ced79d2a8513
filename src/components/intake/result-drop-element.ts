import {
  formatDecimal,
  formatInteger,
  pageLocale,
} from "../../lib/format/number.ts";
import {
  describeLine,
  summariseIntake,
  unpackLines,
  type Held,
  type IntakeLine,
  type PackedReport,
  type PackedSource,
} from "../../lib/intake/report.ts";
import { roleLabels } from "../../lib/schema/roles.ts";
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
  /** The page's language, read when used (as the team view does), so its numbers follow the page's lang as it is now. */
  get #locale(): string {
    return pageLocale();
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
        this.#say(
          "Paste one or more share links into the box first, one per line.",
        );
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
    const count = (n: number) => formatInteger(n, this.#locale);
    bar.max = Math.max(1, progress.total);
    bar.value = Math.min(progress.done, progress.total);
    if (progress.phase === "reading") {
      const size = (bytes: number) => formatDecimal(bytes / MiB, this.#locale);
      label.textContent = `Reading ${progress.source}: ${size(progress.done)} of ${size(progress.total)} MB`;
    } else if (progress.phase === "checking") {
      label.textContent = `Reading ${progress.source}: ${count(progress.done)} of ${count(progress.total)} rows`;
    } else {
      bar.removeAttribute("value");
      label.textContent = `Keeping ${count(progress.total)} results in this browser…`;
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
      source: files[0]?.name ?? "the links",
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
      this.#say(
        `Nothing was added: ${error instanceof Error ? error.message : "the files could not be read"}.`,
      );
      return false;
    } finally {
      this.#showProgress(undefined);
      this.#busy = false;
      this.removeAttribute("aria-busy");
      this.dataset.reports = String(Number(this.dataset.reports ?? 0) + 1);
    }
  }

  #showReport(report: PackedReport): void {
    const count = (n: number) => formatInteger(n, this.#locale);
    this.#part(".result-drop-report").hidden = false;
    this.#part(".result-drop-summary").textContent = summariseIntake(
      report,
      this.#held,
      this.#locale,
    );
    this.#part(".result-drop-sources").replaceChildren(
      ...report.sources.map((source) => {
        const counts = [
          `${count(source.added)} added`,
          source.corrected > 0 ? `${count(source.corrected)} corrected` : "",
          source.skipped > 0 ? `${count(source.skipped)} skipped` : "",
          source.rejected > 0 ? `${count(source.rejected)} rejected` : "",
        ]
          .filter(Boolean)
          .join(", ");
        const notes = [...source.problems, ...source.issues.map(describeLine)];
        const more = source.issueCount - source.issues.length;
        return h(
          "li",
          { class: source.rejected > 0 ? "has-rejections" : undefined },
          h("strong", {}, source.source),
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
                      `…and ${count(more)} more (see row by row)`,
                    )
                  : null,
              )
            : null,
          source.lineCount > 0 ? this.#linesDetails(source) : null,
        );
      }),
    );
  }

  #linesDetails(source: PackedSource): HTMLElement {
    const title = source.issuesOnly
      ? `Rows not added (${formatInteger(source.lineCount, this.#locale)})`
      : `Row by row (${formatInteger(source.lineCount, this.#locale)})`;
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
    const date = new Date(result.takenAt).toLocaleDateString(this.#locale, {
      dateStyle: "medium",
    });
    return [
      this.titleOf(result.assessment),
      date,
      result.role ? roleLabels[result.role] : "",
      result.label ?? "",
    ]
      .filter(Boolean)
      .join(", ");
  }

  #linesTable(lines: IntakeLine[]): HTMLElement {
    const status = {
      added: "Added",
      corrected: "Corrected",
      skipped: "Skipped",
      rejected: "Rejected",
    } as const;
    return scrollTable(
      "What happened to each row",
      h(
        "table",
        { class: "intake-lines" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, "Where"),
            h("th", { scope: "col" }, "Result"),
            h("th", { scope: "col" }, "What happened"),
          ),
        ),
        h(
          "tbody",
          {},
          lines.map((line) =>
            h(
              "tr",
              { class: `intake-${line.status}` },
              h("th", { scope: "row" }, line.where),
              h("td", {}, this.#describe(line)),
              h(
                "td",
                {},
                status[line.status],
                line.reason ? `: ${line.reason}` : "",
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
