import type { ChartLocale } from "../../charts/locale.ts";
import type { SimulationResults } from "../shell/app-state.ts";
import { chartGrid } from "../common/chart-view.ts";
import { h } from "../common/dom.ts";
import { translate } from "../shell/i18n.ts";
import { resultCharts } from "./result-charts.ts";

/** A run's "Charts" heading and chart grid, charts `width` px wide; `finalize` releases their views. */
export function chartsSection(
  results: SimulationResults,
  locale: ChartLocale,
  width: number,
): { elements: HTMLElement[]; finalize: () => void } {
  const grid = chartGrid(resultCharts(results, locale, width));
  return {
    elements: [h("h3", {}, translate(locale, "results.charts")), grid.element],
    finalize: grid.finalize,
  };
}
