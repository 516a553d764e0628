import type { ChartLocale } from "../../charts/locale.ts";
import type { AppState, SimulationResults } from "../shell/app-state.ts";
import type { Store } from "../shell/store.ts";
import { lossRatioSection } from "./loss-ratio-section.ts";
import { chartGrid } from "../common/chart-view.ts";
import { h } from "../common/dom.ts";
import { translate } from "../shell/i18n.ts";
import { resultCharts } from "./result-charts.ts";

/**
 * A run's "Charts" heading and chart grid, then the loss-ratio histograms of the years the reader picks
 * (`lossRatioSection`), charts `width` px wide; `finalize` releases their views.
 */
export function chartsSection(
  results: SimulationResults,
  store: Store<AppState>,
  locale: ChartLocale,
  width: number,
): { elements: HTMLElement[]; finalize: () => void } {
  const grid = chartGrid(resultCharts(results, locale, width));
  const lossRatio = lossRatioSection(results, store, locale, width);
  return {
    elements: [h("h3", {}, translate(locale, "results.charts")), grid.element, ...lossRatio.elements],
    finalize: () => {
      grid.finalize();
      lossRatio.finalize();
    },
  };
}
