import innerMongoliaCsv from "../../../data/published/inner-mongolia.csv?raw";
import { parsePublishedFigures, type PublishedFigure } from "../../data/published-figures.ts";
import { message, renderMessage, type Message } from "../../messages.ts";
import { compileModel } from "../../model/compile-model.ts";
import {
  comparePublished,
  publishedMatch,
  type PublishedComparison,
} from "../../results/compare-published.ts";
import {
  PUBLISHED_COMPARISON_COLUMNS,
  publishedComparisonCells,
  publishedVerdict,
} from "../../results/published-comparison-cells.ts";
import type { Scenario } from "../../scenario/types.ts";
import type { AppActions } from "../shell/app-actions.ts";
import type { AppState } from "../shell/app-state.ts";
import { h, replaceChildren } from "../common/dom.ts";
import { headedTable } from "../common/headed-table.ts";
import { nameOfA } from "../scenario/scenario-names.ts";
import type { Store } from "../shell/store.ts";
import "./published-comparison.css";

/** The published figures by fund, bundled into the page (no request: the page works offline). */
const PUBLISHED: Readonly<Record<string, { file: string; text: string }>> = {
  "inner-mongolia": { file: "data/published/inner-mongolia.csv", text: innerMongoliaCsv },
};

const figuresCache = new Map<string, PublishedFigure[]>();
const figuresOf = (fund: string): PublishedFigure[] | null => {
  const source = PUBLISHED[fund];
  if (!source) return null;
  let figures = figuresCache.get(fund);
  if (!figures) figuresCache.set(fund, (figures = parsePublishedFigures(source.text, source.file)));
  return figures;
};

/** Wait after an edit of the form before the expectation is computed again (it takes ~0.2 s). */
const RECOMPUTE_DELAY_MS = 250;

/** What the panel shows for a state: the comparison, or why there is none. */
type PanelContent =
  | { readonly kind: "comparison"; readonly comparison: PublishedComparison }
  | { readonly kind: "note"; readonly note: Message };

/**
 * The comparison for the scenario in the form: `null` scenario (the form has problems) gives a note; a
 * scenario whose file is not an Inner Mongolia one gives the "no published figures" note.
 */
export function publishedPanelContent(
  scenario: Scenario | null,
  sourceName: string,
  name: string,
): PanelContent {
  if (scenario === null) return { kind: "note", note: message.publishedDraftInvalid() };
  const match = publishedMatch([sourceName]);
  const figures = match === null ? null : figuresOf(match.fund);
  if (match === null || figures === null) return { kind: "note", note: message.publishedNone(name) };
  return { kind: "comparison", comparison: comparePublished(compileModel(scenario), figures, match) };
}

/** The panel's contents in `state.locale`: heading, intro, the table, the verdict and the footnote. */
function panelView(content: PanelContent, state: AppState): HTMLElement[] {
  const locale = state.locale;
  const text = (item: Message) => renderMessage(item, locale);
  const heading = h("h2", {}, text(message.publishedHeading()));
  if (content.kind === "note")
    return [heading, h("p", { class: "published-note", "data-role": "published-note" }, text(content.note))];
  const { comparison } = content;
  const rows = comparison.rows.map((row) => {
    const { cells, basis, quotes } = publishedComparisonCells(row, locale);
    return h(
      "tr",
      {
        "data-measure": row.measure,
        "data-product": row.product,
        "data-period": `${row.periodFrom}-${row.periodTo}`,
        "data-published": String(row.published),
        "data-expected": row.expected === null ? "" : String(row.expected),
        ...(row.within === false ? { class: "outside" } : {}),
      },
      h("th", { scope: "row" }, cells.figure),
      h("td", { class: "period" }, cells.period),
      h("td", { class: "number" }, cells.published),
      h("td", { class: "number" }, cells.expected),
      h("td", { class: "number" }, cells.difference),
      h("td", { class: "within" }, cells.within),
      h(
        "td",
        { class: "source", title: quotes.join("\n") },
        cells.source,
        basis === "" ? null : h("span", { class: "basis" }, basis),
      ),
    );
  });
  const numeric = new Set(["published", "expected", "difference"]);
  return [
    heading,
    h(
      "p",
      { class: "published-intro" },
      text(message.publishedIntro(nameOfA(state), comparison.year, comparison.match.scenarioYear)),
    ),
    h(
      "div",
      { class: "table-scroll" },
      headedTable({
        attributes: { class: "figures published-table", "data-role": "published-table" },
        caption: null,
        columns: PUBLISHED_COMPARISON_COLUMNS.map((column) => ({
          label: text(message.publishedColumn(column)),
          numeric: numeric.has(column),
        })),
        rows,
      }),
    ),
    h(
      "p",
      {
        class: comparison.outside === 0 ? "published-verdict" : "published-verdict outside",
        "data-role": "published-verdict",
        "data-outside": comparison.outside,
      },
      publishedVerdict(comparison, locale),
    ),
    h("p", { class: "muted published-footnote" }, text(message.publishedFootnote())),
  ];
}

/**
 * The "Published vs simulated" panel: the expected year one of the scenario in the form beside its
 * fund's published figures (see `comparePublished`), always shown (it needs no run) and recomputed a
 * moment after the form changes.
 */
export function mountPublishedComparison(container: HTMLElement, store: Store<AppState>): () => void {
  const section = h("section", { class: "published-comparison", "data-role": "published-comparison" });
  container.append(section);
  let content: PanelContent | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const compute = () => {
    const state = store.get();
    const scenario = state.problems.length === 0 ? (state.draft as unknown as Scenario) : null;
    try {
      content = publishedPanelContent(scenario, state.source.name, nameOfA(state));
    } catch {
      content = { kind: "note", note: message.publishedDraftInvalid() };
    }
    draw();
  };
  const draw = () => {
    if (content !== null) replaceChildren(section, panelView(content, store.get()));
  };
  compute();
  const unsubscribe = store.subscribe((_state, changed) => {
    if (changed.has("draft") || changed.has("problems") || changed.has("source")) {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        compute();
      }, RECOMPUTE_DELAY_MS);
    } else if (changed.has("locale") || changed.has("scenarioName")) draw();
  });
  return () => {
    if (timer !== null) clearTimeout(timer);
    unsubscribe();
  };
}

/** A tab's mount function (as `app-shell` calls it). */
type Mount = (container: HTMLElement, store: Store<AppState>, actions: AppActions) => () => void;

/**
 * A tab mounted by `mount` in a box of its own, with the published comparison under it: the results
 * tab's `withPublishedComparison(mountResultsView)` (the results view redraws its whole box).
 */
export function withPublishedComparison(mount: Mount): Mount {
  return (container, store, actions) => {
    const body = h("div", { class: "tab-body" });
    container.append(body);
    const releaseBody = mount(body, store, actions);
    const releasePublished = mountPublishedComparison(container, store);
    return () => {
      releasePublished();
      releaseBody();
    };
  };
}
