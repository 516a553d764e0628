import type { ChartLocale } from "../../charts/locale.ts";
import { waterfallSpec } from "../../charts/waterfall-spec.ts";
import { withData } from "../../charts/with-data.ts";
import { runStressComparison, type StressComparison } from "../../risk/compare-stress.ts";
import { runAttribution, type Attribution } from "../../risk/run-attribution.ts";
import { chartText } from "../../charts/locale.ts";
import { CancelledError } from "../../sim/run-simulation.ts";
import type { AppActions } from "../shell/app-actions.ts";
import type { AppState } from "../shell/app-state.ts";
import { largestStepsSentence } from "./attribution-sentence.ts";
import { chartFigure, chartGrid, chartWidth } from "../common/chart-view.ts";
import { downloadButtons } from "../common/download-buttons.ts";
import { h, replaceChildren } from "../common/dom.ts";
import { errorText } from "../common/error-text.ts";
import { formatCount, formatPercent, formatYuan } from "../common/format.ts";
import { headedTable } from "../common/headed-table.ts";
import type { Store } from "../shell/store.ts";
import { attributionCsv, stressCsv } from "./stress-attribution-csv.ts";
import type { Scenario } from "../../scenario/types.ts";
import type { WorkerPool } from "../../sim/worker-pool.ts";
import { stressPicker } from "./stress-picker.ts";
import { stressAttributionText, type StressAttributionKey } from "./stress-attribution-text.ts";
import { scenarioDisplayName } from "../scenario/bundled-scenarios.ts";
import { waterfallRows } from "./waterfall-rows.ts";

const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);

/** A change with its 95% interval, e.g. "+1236万元（995万元 ~ 1478万元）"; without one when it is not finite. */
function changeText(
  value: number,
  [low, high]: readonly [number, number],
  format: (value: number) => string,
  locale: ChartLocale,
): string {
  const change = signed(format(value), value);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return change;
  return stressAttributionText(locale, "stress.interval", { change, low: format(low), high: format(high) });
}

/** One year of the stress test: members, benefits (with the paired change), result and ruin, base and stressed. */
function stressRow(year: StressComparison["byYear"][number], locale: ChartLocale): HTMLTableRowElement {
  const yuan = (value: number) => formatYuan(value, locale);
  const percent = (value: number) => formatPercent(value, locale);
  const td = (text: string) => h("td", { class: "number" }, text);
  const benefits = year.difference.benefitsIncurred;
  return h(
    "tr",
    {},
    h("th", { scope: "row" }, String(year.year)),
    td(formatCount(year.base.members, locale)),
    td(formatCount(year.stressed.members, locale)),
    td(yuan(year.base.benefitsIncurred)),
    td(yuan(year.stressed.benefitsIncurred)),
    td(changeText(benefits.mean, [benefits.low, benefits.high], yuan, locale)),
    td(yuan(year.base.result)),
    td(yuan(year.stressed.result)),
    td(percent(year.base.ruinProbability)),
    td(percent(year.stressed.ruinProbability)),
  );
}

/** The stress test's years side by side, each figure base and stressed. */
function stressTable(comparison: StressComparison, locale: ChartLocale): HTMLElement {
  const t = (key: StressAttributionKey) => stressAttributionText(locale, key);
  const pair = (label: string) => [
    { label: `${label} · ${t("stress.base")}`, numeric: true },
    { label: `${label} · ${t("stress.stressed")}`, numeric: true },
  ];
  return headedTable({
    attributes: { class: "figures", "data-role": "stress-table" },
    caption: null,
    columns: [
      { label: t("stress.year") },
      ...pair(t("stress.members")),
      ...pair(t("stress.benefits")),
      { label: `${t("stress.benefits")} · ${t("stress.difference")}`, numeric: true },
      ...pair(t("stress.result")),
      ...pair(t("stress.ruin")),
    ],
    rows: comparison.byYear.map((year) => stressRow(year, locale)),
  });
}

/** The stress test's results: the years side by side, the horizon's changes, a CSV download. */
function stressResults(comparison: StressComparison, locale: ChartLocale): HTMLElement {
  const t = (key: StressAttributionKey, values?: Record<string, string | number>) =>
    stressAttributionText(locale, key, values);
  const yuan = (value: number) => formatYuan(value, locale);
  const percent = (value: number) => formatPercent(value, locale);
  const change = comparison.horizon.change;
  const heading = t("stress.heading", {
    scenario: scenarioDisplayName(comparison.scenario, locale),
    stresses: comparison.stresses.map((stress) => stress.title[locale]).join(" + "),
    paths: formatCount(comparison.paths, locale),
    years: comparison.years,
    seed: comparison.seed,
  });
  const horizon = t("stress.horizon", {
    benefits: changeText(change.benefitsIncurred, change.interval.benefitsIncurred, yuan, locale),
    result: changeText(change.result, change.interval.result, yuan, locale),
    ruin: changeText(change.ruinProbability, change.interval.ruinProbability, percent, locale),
  });
  return h(
    "section",
    { "data-role": "stress-results" },
    h("h3", {}, heading),
    h("div", { class: "table-scroll" }, stressTable(comparison, locale)),
    h("p", { class: "note" }, horizon),
    downloadButtons([
      {
        action: "download-stress-csv",
        label: t("stress.csv"),
        filename: "huzhu-stress.csv",
        type: "text/csv",
        text: () => stressCsv(comparison),
      },
    ]),
  );
}

/** The attribution's steps and total: the change each brings to benefits, result and ruin. */
function attributionTable(attribution: Attribution, locale: ChartLocale): HTMLElement {
  const t = (key: StressAttributionKey) => stressAttributionText(locale, key);
  const names = chartText(locale).waterfall.steps;
  const yuan = (value: number) => formatYuan(value, locale);
  const percent = (value: number) => formatPercent(value, locale);
  const td = (text: string) => h("td", { class: "number" }, text);
  const line = (name: string, change: Attribution["total"]) =>
    h(
      "tr",
      {},
      h("th", { scope: "row" }, name),
      td(changeText(change.benefitsIncurred, change.interval.benefitsIncurred, yuan, locale)),
      td(changeText(change.result, change.interval.result, yuan, locale)),
      td(changeText(change.ruinProbability, change.interval.ruinProbability, percent, locale)),
    );
  return headedTable({
    attributes: { class: "figures", "data-role": "attribution-table" },
    caption: null,
    columns: [
      { label: t("attribution.step") },
      { label: t("attribution.benefits"), numeric: true },
      { label: t("attribution.result"), numeric: true },
      { label: t("attribution.ruin"), numeric: true },
    ],
    rows: [
      ...attribution.steps.map((step) => line(names[step.name] ?? step.name, step)),
      line(t("attribution.total"), attribution.total),
    ],
  });
}

/** The attribution's results: a sentence, the waterfalls, the table of steps, a CSV download. */
function attributionResults(
  attribution: Attribution,
  locale: ChartLocale,
  width: number,
): { element: HTMLElement; finalize: () => void } {
  const t = (key: StressAttributionKey, values?: Record<string, string | number>) =>
    stressAttributionText(locale, key, values);
  const rows = waterfallRows(attribution);
  const charts = chartGrid(
    (["benefitsIncurred", "result"] as const).map((measure) =>
      chartFigure({
        spec: withData(waterfallSpec({ locale, measure, width }), { waterfall: rows }),
        name: `attribution-${measure}`,
        locale,
      }),
    ),
  );
  const other = attribution.steps.at(-1)!.fields;
  const heading = t("attribution.heading", {
    from: scenarioDisplayName(attribution.from, locale),
    to: scenarioDisplayName(attribution.to, locale),
    paths: formatCount(attribution.paths, locale),
    years: attribution.years,
    seed: attribution.seed,
  });
  const element = h(
    "section",
    { "data-role": "attribution-results" },
    h("h3", {}, heading),
    h("p", { class: "lead", "data-role": "attribution-sentence" }, largestStepsSentence(attribution, locale)),
    charts.element,
    h("div", { class: "table-scroll" }, attributionTable(attribution, locale)),
    h(
      "p",
      { class: "note" },
      t("attribution.note", { other: other.join(", ") || t("attribution.nothingElse") }),
    ),
    downloadButtons([
      {
        action: "download-attribution-csv",
        label: t("attribution.csv"),
        filename: "huzhu-attribution.csv",
        type: "text/csv",
        text: () => attributionCsv(attribution),
      },
    ]),
  );
  return { element, finalize: charts.finalize };
}

/**
 * Starts an analysis through `actions.analyse`, saying in `status` that it runs, then showing its value
 * with `show` (or the error; nothing when cancelled). Does nothing when the comparison cannot run.
 */
function analysisStarter(actions: AppActions, status: HTMLElement, locale: ChartLocale) {
  return <Value>(
    work: (a: Scenario, b: Scenario, pool: WorkerPool, signal: AbortSignal) => Promise<Value>,
    show: (value: Value) => void,
  ): void => {
    const job = actions.analyse(work);
    if (!job) return;
    status.textContent = stressAttributionText(locale, "stress.running");
    job
      .then((value) => {
        status.textContent = "";
        show(value);
      })
      .catch((error: unknown) => {
        status.textContent = error instanceof CancelledError ? "" : errorText(error, locale);
      });
  };
}

/**
 * Keeps `buttons` disabled while a job runs or scenario A or B has problems (or B did not load);
 * returns the function that stops.
 */
function disableWhileBlocked(store: Store<AppState>, buttons: readonly HTMLButtonElement[]): () => void {
  const setDisabled = (state: AppState) => {
    const blocked =
      state.job !== null ||
      state.problems.length > 0 ||
      state.compareProblems.length > 0 ||
      !state.compareDraft;
    for (const button of buttons) button.disabled = blocked;
  };
  setDisabled(store.get());
  return store.subscribe((state) => setDisabled(state));
}

/**
 * The comparison tab's stress test and attribution panel: a stress picker for scenario B with a button
 * running B and stressed B on the same random numbers, and a button splitting A → B into steps (a
 * waterfall chart, a sentence naming the largest steps, a table, CSV downloads). Both run with the run
 * bar's paths, years and seed (scenario A's), as the comparison does. Returns the panel and a function releasing its charts and subscription.
 */
export function stressAttributionPanel(
  store: Store<AppState>,
  actions: AppActions,
  container: HTMLElement,
): { element: HTMLElement; release: () => void } {
  const locale = store.get().locale;
  const t = (key: StressAttributionKey) => stressAttributionText(locale, key);
  const picker = stressPicker(locale, t("stress.picker"), ["epidemic"]);
  const status = h("p", { class: "note", "data-role": "stress-status" });
  const stressArea = h("div", {});
  const attributionArea = h("div", {});
  let finalizeCharts = () => {};
  const start = analysisStarter(actions, status, locale);
  const runStress = () => {
    const stresses = picker.selected();
    if (stresses.length === 0) return void (status.textContent = t("stress.none"));
    start(
      (a, b, pool, signal) =>
        runStressComparison({ scenario: b, stresses, ...a.simulation }, pool, { signal }),
      (comparison) => replaceChildren(stressArea, stressResults(comparison, locale)),
    );
  };
  const runWaterfall = () =>
    start(
      (a, b, pool, signal) => runAttribution({ from: a, to: b, ...a.simulation }, pool, { signal }),
      (attribution) => {
        finalizeCharts();
        const width = chartWidth(attributionArea.isConnected ? attributionArea : container);
        const results = attributionResults(attribution, locale, width);
        finalizeCharts = results.finalize;
        replaceChildren(attributionArea, results.element);
      },
    );
  const button = (action: string, key: StressAttributionKey, click: () => void) =>
    h("button", { type: "button", "data-action": action, on: { click } }, t(key));
  const buttons = [
    button("run-stress", "stress.run", runStress),
    button("run-attribution", "stress.attribute", runWaterfall),
  ];
  const unsubscribe = disableWhileBlocked(store, buttons);
  const element = h(
    "fieldset",
    { class: "group stress-attribution", "data-role": "stress-attribution" },
    h("legend", {}, t("stress.legend")),
    h("p", { class: "note" }, t("stress.intro")),
    picker.element,
    h("div", { class: "button-row" }, buttons),
    status,
    stressArea,
    attributionArea,
  );
  return {
    element,
    release: () => {
      unsubscribe();
      finalizeCharts();
    },
  };
}
