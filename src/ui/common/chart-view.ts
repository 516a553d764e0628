import embed, { type EmbedOptions, type Result } from "vega-embed";
import type { TopLevelSpec } from "vega-lite";
import type { ChartLocale } from "../../charts/locale.ts";
import { h, replaceChildren } from "./dom.ts";
import { downloadUrl } from "./downloads.ts";
import { translate } from "../shell/i18n.ts";

/** A chart on the page: its element, and `finalize` to release its Vega view when the page is redrawn. */
export interface ChartFigure {
  readonly element: HTMLElement;
  /** Settles once the chart is drawn (or has shown why it could not be). */
  readonly ready: Promise<void>;
  finalize(): void;
}

/** Lays charts out in a grid; returns the grid and a function releasing every chart's view. */
export function chartGrid(charts: readonly ChartFigure[]): { element: HTMLElement; finalize: () => void } {
  return {
    element: h(
      "div",
      { class: "charts" },
      charts.map((chart) => chart.element),
    ),
    finalize: () => charts.forEach((chart) => chart.finalize()),
  };
}

/** Narrowest column of the chart grid, in pixels (the `.charts` grid in styles.css uses the same). */
const MIN_COLUMN = 540;
/** Gap between grid columns and the chart card's padding and border, in pixels. */
const GAP = 16;
const CARD_INSET = 18;

/**
 * Width in pixels of each chart in `container`: as many columns of at least 540 px as fit (as the
 * `.charts` grid lays them out), each chart filling its card. A container with no width yet (a tab
 * panel drawn before it is attached, as on a language switch, or a hidden tab) is as wide as the tab
 * panel on show: all tab panels share one column.
 */
export function chartWidth(container: HTMLElement): number {
  const shown = document.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])');
  const width = Math.max(320, (container.clientWidth || shown?.clientWidth || 1000) - 2 * GAP);
  const columns = Math.max(1, Math.floor((width + GAP) / (MIN_COLUMN + GAP)));
  return Math.floor((width - GAP * (columns - 1)) / columns) - CARD_INSET;
}

/** What {@link chartFigure} draws. */
export interface ChartRequest {
  /** A Vega-Lite spec from `src/charts/`, with its data attached (`withData`). */
  readonly spec: TopLevelSpec;
  /** File name of the downloads and `data-chart` of the figure, e.g. `fund-balance`. */
  readonly name: string;
  readonly locale: ChartLocale;
  /** Extra vega-embed options (e.g. a `config` that hides a legend). */
  readonly options?: EmbedOptions;
  /** A line under the chart. */
  readonly note?: string;
}

/**
 * Draws a Vega-Lite spec with vega-embed, as SVG, without vega-embed's menu, and with our own buttons to
 * save it as PNG or SVG (Vega's `toImageURL`). A chart that cannot be drawn says why in its place instead
 * of breaking the page.
 */
export function chartFigure({ spec, name, locale, options = {}, note }: ChartRequest): ChartFigure {
  const target = h("div", { class: "chart" });
  const title =
    typeof spec.title === "object" && spec.title && "text" in spec.title ? String(spec.title.text) : name;
  let result: Result | null = null;
  let finalized = false;
  const save = (format: "png" | "svg") => {
    if (!result) return;
    void result.view
      .toImageURL(format, format === "png" ? 2 : 1)
      .then((url) => downloadUrl(`${name}.${format}`, url));
  };
  const button = (format: "png" | "svg") =>
    h(
      "button",
      {
        type: "button",
        class: "small",
        "data-action": `save-${format}`,
        "aria-label": translate(locale, "chart.downloadLabel", { title, format: format.toUpperCase() }),
        on: { click: () => save(format) },
      },
      translate(locale, "chart.download", { format: format.toUpperCase() }),
    );
  const element = h(
    "figure",
    { class: "chart-card", "data-chart": name, "data-title": title },
    target,
    h(
      "figcaption",
      {},
      note ? h("p", { class: "note" }, note) : null,
      h("div", { class: "button-row" }, button("png"), button("svg")),
    ),
  );
  const ready = embed(target, spec, { actions: false, renderer: "svg", ...options })
    .then((embedded) => {
      if (finalized) embedded.finalize();
      else result = embedded;
      element.setAttribute("data-ready", "true");
    })
    .catch((error: unknown) => {
      replaceChildren(
        target,
        h("p", { class: "alert" }, translate(locale, "chart.failed", { message: String(error) })),
      );
      element.setAttribute("data-ready", "error");
    });
  return {
    element,
    ready,
    finalize() {
      finalized = true;
      result?.finalize();
      result = null;
    },
  };
}
