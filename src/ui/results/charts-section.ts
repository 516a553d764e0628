import type { ChartLocale } from "../../charts/locale.ts";
import type { AppState, SimulationResults } from "../shell/app-state.ts";
import type { Store } from "../shell/store.ts";
import { lossRatioSection } from "./loss-ratio-section.ts";
import type { ChartFigure } from "../common/chart-view.ts";
import { h } from "../common/dom.ts";
import { translate } from "../shell/i18n.ts";
import { resultCharts } from "./result-charts.ts";

/**
 * A run's "Charts" heading and chart grid, with the loss-ratio histograms of the years the reader picks
 * (`lossRatioSection`) before where the money goes, charts `width` px wide; `finalize` releases their
 * views.
 */
export function chartsSection(
  results: SimulationResults,
  store: Store<AppState>,
  locale: ChartLocale,
  width: number,
): { elements: HTMLElement[]; finalize: () => void } {
  const figures = resultCharts(results, locale, width);
  const isBreakdown = (figure: ChartFigure) => figure.element.dataset["chart"] === "benefit-breakdown";
  const lossRatio = lossRatioSection(results, store, locale, width);
  // One grid: the balance and ruin charts (and differences), the loss-ratio years and their
  // histograms, then where the money goes, packed into the grid's columns without gaps.
  const grid = h(
    "div",
    { class: "charts" },
    figures.filter((figure) => !isBreakdown(figure)).map((figure) => figure.element),
    lossRatio.header,
    lossRatio.charts,
    figures.filter(isBreakdown).map((figure) => figure.element),
  );
  return {
    elements: [h("h3", {}, translate(locale, "results.charts")), grid],
    finalize: () => {
      figures.forEach((figure) => figure.finalize());
      lossRatio.finalize();
    },
  };
}
