import type { AppState, Outcome, SimulationResults } from "./app-state.ts";
import { chartGrid, chartWidth } from "./chart-view.ts";
import { h, replaceChildren } from "./dom.ts";
import { downloadText } from "./downloads.ts";
import { formatCount, formatDateTime, formatDuration } from "./format.ts";
import { translate, type UiKey } from "./i18n.ts";
import { keyFigures } from "./key-figure-rows.ts";
import { keyFiguresTable } from "./key-figures.ts";
import { resultCharts } from "./result-charts.ts";
import { resultsCsv } from "./results-csv.ts";
import type { Store } from "./store.ts";
import { scenarioDisplayName } from "./bundled-scenarios.ts";

/**
 * What a job's panel shows when it has no results: a hint before the first run, a line while it runs,
 * and after a cancellation or failure, a message saying so (nothing of an earlier run is shown).
 */
export function outcomeMessage(
  outcome: Outcome<unknown>,
  state: AppState,
  keys: { idle: UiKey; running: UiKey; job: UiKey },
): HTMLElement | null {
  const t = (key: UiKey, params?: Record<string, string | number>) => translate(state.locale, key, params);
  switch (outcome.status) {
    case "idle":
      return h("p", { class: "muted", "data-role": "status" }, t(keys.idle));
    case "running":
      return h("p", { class: "muted", "data-role": "status", "data-status": "running" }, t(keys.running));
    case "cancelled":
      return h(
        "p",
        { class: "notice", role: "status", "data-role": "status", "data-status": "cancelled" },
        t("run.cancelled", { job: t(keys.job) }),
      );
    case "failed":
      return h(
        "div",
        { class: "alert", role: "alert", "data-role": "status", "data-status": "failed" },
        t("run.failed", { job: t(keys.job), message: "" }),
        h("pre", {}, outcome.message),
      );
    default:
      return null;
  }
}

/** Buttons saving a run's summary as CSV and as JSON (the JSON `huzhu simulate --out` writes). */
export function resultDownloads(results: SimulationResults, state: AppState, name: string): HTMLElement {
  const t = (key: UiKey) => translate(state.locale, key);
  const { summary } = results;
  const file = `${name}-seed${summary.seed}-${summary.paths}x${summary.years}`;
  return h(
    "div",
    { class: "button-row" },
    h(
      "button",
      {
        type: "button",
        "data-action": "download-csv",
        on: { click: () => downloadText(`${file}.csv`, resultsCsv(summary), "text/csv") },
      },
      t("results.downloadCsv"),
    ),
    h(
      "button",
      {
        type: "button",
        "data-action": "download-json",
        on: {
          click: () =>
            downloadText(`${file}.json`, JSON.stringify(summary, null, 2) + "\n", "application/json"),
        },
      },
      t("results.downloadJson"),
    ),
  );
}

/** The line saying when a run finished and how long it took. */
export function finishedLine(results: SimulationResults, state: AppState): HTMLElement {
  return h(
    "p",
    { class: "muted" },
    translate(state.locale, "results.finished", {
      time: formatDateTime(results.finishedAt, state.locale),
      duration: formatDuration(results.seconds, state.locale),
    }),
  );
}

/**
 * The results tab: the state of the last simulation, or its results: what was run, downloads, the key
 * figures with their Monte Carlo errors, and the charts.
 */
export function mountResultsView(container: HTMLElement, store: Store<AppState>): () => void {
  let release = () => {};
  const draw = () => {
    release();
    release = () => {};
    const state = store.get();
    const outcome = state.simulate;
    if (outcome.status !== "done") {
      replaceChildren(
        container,
        outcomeMessage(outcome, state, {
          idle: "results.idle",
          running: "results.running",
          job: "job.simulate",
        }),
      );
      return;
    }
    const results = outcome.value;
    const { summary } = results;
    const heading = h(
      "h2",
      { "data-role": "results-heading" },
      translate(state.locale, "results.heading", {
        scenario: scenarioDisplayName(results.scenario.name, state.locale),
        paths: formatCount(summary.paths, state.locale),
        years: summary.years,
        seed: summary.seed,
      }),
    );
    const table = keyFiguresTable(keyFigures(summary), summary.years, state.locale);
    replaceChildren(
      container,
      h(
        "div",
        {
          "data-role": "results",
          "data-paths": summary.paths,
          "data-years": summary.years,
          "data-seed": summary.seed,
        },
        heading,
        finishedLine(results, state),
        resultDownloads(results, state, "huzhu-results"),
        table,
      ),
    );
    const grid = chartGrid(resultCharts(results, state.locale, chartWidth(container)));
    container.firstElementChild?.append(h("h3", {}, translate(state.locale, "results.charts")), grid.element);
    release = grid.finalize;
  };
  draw();
  const unsubscribe = store.subscribe((_, changed) => {
    if (changed.has("simulate")) draw();
  });
  return () => {
    unsubscribe();
    release();
  };
}
