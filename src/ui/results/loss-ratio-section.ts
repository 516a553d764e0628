import type { ChartLocale } from "../../charts/locale.ts";
import type { AppState, SimulationResults } from "../shell/app-state.ts";
import { h, replaceChildren } from "../common/dom.ts";
import { translate } from "../shell/i18n.ts";
import type { Store } from "../shell/store.ts";
import {
  chosenLossRatioYears,
  LOSS_RATIO_YEARS_KEY,
  toggleLossRatioYear,
  withLossRatioYears,
} from "./loss-ratio-years.ts";
import { lossRatioCharts } from "./result-charts.ts";

/**
 * The loss-ratio histograms of a run, one per chosen year (`charts`, to put in a chart grid), and a
 * header row (heading and year buttons 1…horizon, spanning the grid's columns) to put before them
 * (pressed = shown; default the first and the last year). The choice is a view setting kept in the
 * state's `shareExtensions`, so a shared link reopens with the same years; both the results and the
 * comparison tab follow it. `finalize` releases the charts and stops following the state.
 */
export function lossRatioSection(
  results: SimulationResults,
  store: Store<AppState>,
  locale: ChartLocale,
  width: number,
): { header: HTMLElement; charts: HTMLElement; finalize: () => void } {
  const horizon = results.summary.years;
  const yearsOf = (state: AppState) =>
    chosenLossRatioYears(state.shareExtensions[LOSS_RATIO_YEARS_KEY], horizon);
  const buttons = Array.from({ length: horizon }, (_, index) => {
    const year = index + 1;
    return h(
      "button",
      {
        type: "button",
        class: "year-chip",
        "data-year": year,
        "aria-label": translate(locale, "lossRatioYears.year", { year }),
        on: {
          click: () => {
            const state = store.get();
            const years = toggleLossRatioYear(yearsOf(state), year);
            store.set({ shareExtensions: withLossRatioYears(state.shareExtensions, years, horizon) });
          },
        },
      },
      String(year),
    );
  });
  // Its charts are items of the chart grid they are put in (`display: contents`).
  const grid = h("div", { class: "charts-contents", "data-role": "loss-ratio-charts" });
  let shown = "";
  let release = () => {};
  const draw = (state: AppState) => {
    const years = yearsOf(state);
    if (years.join(",") === shown) return;
    shown = years.join(",");
    buttons.forEach((button, index) =>
      button.setAttribute("aria-pressed", String(years.includes(index + 1))),
    );
    release();
    const charts = lossRatioCharts(results, locale, width, years);
    release = () => charts.forEach((chart) => chart.finalize());
    replaceChildren(
      grid,
      charts.map((chart) => chart.element),
    );
  };
  draw(store.get());
  const unsubscribe = store.subscribe((state, changed) => {
    if (changed.has("shareExtensions")) draw(state);
  });
  const picker = h(
    "div",
    { class: "year-picker", role: "group", "data-role": "loss-ratio-years" },
    h("span", { class: "year-picker-label" }, translate(locale, "lossRatioYears.label")),
    h("span", { class: "year-chips" }, buttons),
  );
  return {
    header: h(
      "div",
      { class: "charts-row" },
      h("h4", {}, translate(locale, "lossRatioYears.heading")),
      picker,
    ),
    charts: grid,
    finalize: () => {
      unsubscribe();
      release();
    },
  };
}
