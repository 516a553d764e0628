import type { AppState, SimulationResults } from "../shell/app-state.ts";
import { chartWidth } from "../common/chart-view.ts";
import { chartsSection } from "./charts-section.ts";
import { h, replaceChildren } from "../common/dom.ts";
import { downloadButtons } from "../common/download-buttons.ts";
import { formatCount, formatDateTime, formatDuration } from "../common/format.ts";
import { translate, translator } from "../shell/i18n.ts";
import { keyFigures } from "./key-figure-rows.ts";
import { keyFiguresTable } from "./key-figures.ts";
import { outcomePanel } from "../run/outcome-panel.ts";
import { resultsCsv } from "./results-csv.ts";
import { recordName, runRecordJson } from "../run/run-record.ts";
import { runFacts } from "./decision-facts.ts";
import { runSummary } from "./decision-summary.ts";
import { decisionSummaryView } from "./decision-summary-view.ts";
import { runRecordView, staleNotice } from "../run/run-record-view.ts";
import type { Store } from "../shell/store.ts";

/**
 * The results file: the summary `huzhu simulate --out` writes, preceded by what ran (`run`, and for a
 * comparison `compareRun`: name, scenario fingerprint, base file and changes, seed, paths, years, engine).
 */
export function resultsJson(results: SimulationResults): Record<string, unknown> {
  return {
    run: runRecordJson(results.record),
    ...(results.compareRecord ? { compareRun: runRecordJson(results.compareRecord) } : {}),
    ...results.summary,
  };
}

/**
 * The slot above a run's results holding the stale notice, kept up to date as the form changes.
 * Returns the slot and the function to call on a state change.
 */
export function staleSlot(
  results: SimulationResults,
  state: AppState,
): {
  element: HTMLElement;
  update: (state: AppState) => void;
} {
  const element = h("div", { class: "stale-slot", "aria-live": "polite" });
  const update = (next: AppState) => replaceChildren(element, staleNotice(results, next));
  update(state);
  return { element, update };
}

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
      text: () =>
        resultsCsv(summary, {
          a: results.record,
          ...(results.compareRecord ? { b: results.compareRecord } : {}),
        }),
    },
    {
      action: "download-json",
      label: t("results.downloadJson"),
      filename: `${file}.json`,
      type: "application/json",
      text: () => JSON.stringify(resultsJson(results), null, 2) + "\n",
    },
  ]);
}

/** The line saying when a run finished and how long it took; while it runs, how far it has got. */
export function finishedLine(results: SimulationResults, state: AppState): HTMLElement {
  if (results.progress) {
    return h(
      "p",
      {
        class: "partial",
        role: "status",
        "data-role": "partial-results",
        "data-paths-done": results.progress.pathsDone,
      },
      translate(state.locale, "results.partial", {
        done: formatCount(results.progress.pathsDone, state.locale),
        total: formatCount(results.progress.paths, state.locale),
      }),
    );
  }
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
  let stale: ((state: AppState) => void) | null = null;
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
          scenario: recordName(results.record, state.locale),
          paths: formatCount(summary.paths, state.locale),
          years: summary.years,
          seed: summary.seed,
        }),
      );
      const table = keyFiguresTable(keyFigures(summary), summary.years, state.locale);
      const slot = staleSlot(results, state);
      stale = slot.update;
      replaceChildren(
        container,
        h(
          "div",
          {
            // Partial results (a run still going) are marked apart, so nothing takes them for the final ones.
            "data-role": results.progress ? "results-partial" : "results",
            "data-paths": summary.paths,
            "data-years": summary.years,
            "data-seed": summary.seed,
          },
          slot.element,
          heading,
          decisionSummaryView(runSummary(runFacts(summary, results.scenario), state.locale), state.locale),
          runRecordView(results.record, "", state.locale),
          finishedLine(results, state),
          results.progress ? null : resultDownloads(results, state, "huzhu-results"),
          table,
        ),
      );
      const charts = chartsSection(results, store, state.locale, chartWidth(container));
      container.firstElementChild?.append(...charts.elements);
      return charts.finalize;
    },
  );
  panel.draw();
  const unsubscribe = store.subscribe((state, changed) => {
    if (changed.has("simulate")) {
      stale = null;
      panel.draw();
    } else if (changed.has("draft")) stale?.(state);
  });
  return () => {
    unsubscribe();
    panel.release();
  };
}
