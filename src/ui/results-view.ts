import type { AppState, SimulationResults } from "./app-state.ts";
import { chartWidth } from "./chart-view.ts";
import { chartsSection } from "./charts-section.ts";
import { h, replaceChildren } from "./dom.ts";
import { downloadButtons } from "./download-buttons.ts";
import { formatCount, formatDateTime, formatDuration } from "./format.ts";
import { translate, translator } from "./i18n.ts";
import { keyFigures } from "./key-figure-rows.ts";
import { keyFiguresTable } from "./key-figures.ts";
import { outcomePanel } from "./outcome-panel.ts";
import { resultsCsv } from "./results-csv.ts";
import type { Store } from "./store.ts";
import { scenarioDisplayName } from "./bundled-scenarios.ts";

/** Buttons saving a run's summary as CSV and as JSON (the JSON `huzhu simulate --out` writes). */
export function resultDownloads(results: SimulationResults, state: AppState, name: string): HTMLElement {
  const t = translator(state.locale);
  const { summary } = results;
  const file = `${name}-seed${summary.seed}-${summary.paths}x${summary.years}`;
  return downloadButtons([
    {
      action: "download-csv",
      label: t("results.downloadCsv"),
      filename: `${file}.csv`,
      type: "text/csv",
      text: () => resultsCsv(summary),
    },
    {
      action: "download-json",
      label: t("results.downloadJson"),
      filename: `${file}.json`,
      type: "application/json",
      text: () => JSON.stringify(summary, null, 2) + "\n",
    },
  ]);
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
  const panel = outcomePanel(
    container,
    store,
    (state) => state.simulate,
    { idle: "results.idle", running: "results.running", job: "job.simulate" },
    (results, state) => {
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
      const charts = chartsSection(results, state.locale, chartWidth(container));
      container.firstElementChild?.append(...charts.elements);
      return charts.finalize;
    },
  );
  panel.draw();
  const unsubscribe = store.subscribe((_, changed) => {
    if (changed.has("simulate")) panel.draw();
  });
  return () => {
    unsubscribe();
    panel.release();
  };
}
