import { feeRuinCurveSpec } from "../../charts/fee-ruin-curve-spec.ts";
import { withData } from "../../charts/with-data.ts";
import type { AppActions } from "../shell/app-actions.ts";
import type { AppState, SolveResults } from "../shell/app-state.ts";
import { feeCurveRows, feeMarkRows } from "../../charts/chart-rows.ts";
import { chartFigure, chartGrid, chartWidth } from "../common/chart-view.ts";
import { h, replaceChildren } from "../common/dom.ts";
import { downloadButtons } from "../common/download-buttons.ts";
import { inputGroup } from "../common/input-group.ts";
import { fieldInput, type BoundField } from "../common/field-input.ts";
import { formatCents, formatCount, formatPercent, formatYuan } from "../common/format.ts";
import { translate, translator } from "../shell/i18n.ts";
import { outcomePanel } from "../run/outcome-panel.ts";
import { runButton, setRunDisabled } from "../run/run-button.ts";
import type { FieldSpec } from "../scenario/scenario-fields.ts";
import { showFieldProblems } from "../scenario/show-field-problems.ts";
import type { SolveSettingsText } from "./solve-settings.ts";
import type { Store } from "../shell/store.ts";
import { scenarioDisplayName } from "../scenario/bundled-scenarios.ts";

const SETTINGS: readonly (FieldSpec & { setting: keyof SolveSettingsText })[] = [
  { setting: "targetRuin", path: ["solve", "targetRuin"], label: "solve.targetRuin", kind: "number" },
  { setting: "paths", path: ["solve", "paths"], label: "solve.paths", kind: "number" },
  { setting: "years", path: ["solve", "years"], label: "solve.years", kind: "number" },
];

/** The fee levels evaluated so far, newest last: fee, ruin probability, mean yearly result. */
function pointsList(state: AppState): HTMLElement | null {
  const locale = state.locale;
  if (state.solvePoints.length === 0) return null;
  return h(
    "details",
    { class: "solve-points", "data-role": "solve-points", open: state.solve.status === "running" },
    h("summary", {}, translate(locale, "solve.points", { count: state.solvePoints.length })),
    h(
      "ol",
      {},
      state.solvePoints.map((point) =>
        h(
          "li",
          {},
          `${formatCents(point.fee, locale)} → ${formatPercent(point.ruinProbability, locale)} · ${formatYuan(point.meanResult, locale)}`,
        ),
      ),
    ),
  );
}

/** The solved and break-even fees, each with its exact value in `data-value` ("" when not found). */
function solutionList(results: SolveResults, state: AppState): HTMLElement {
  const t = translator(state.locale);
  const fee = (value: number | null) =>
    value === null ? t("solve.notFound") : t("solve.feeValue", { fee: formatCents(value, state.locale) });
  const { solution } = results;
  return h(
    "dl",
    { class: "solution" },
    h("dt", {}, t("solve.solvedFee", { target: formatPercent(solution.targetRuin, state.locale, 3) })),
    h(
      "dd",
      { "data-role": "solved-fee", "data-value": String(solution.solvedFee ?? "") },
      solution.resolved
        ? fee(solution.solvedFee)
        : t("solve.unresolved", { paths: formatCount(solution.pathsNeeded, state.locale) }),
      solution.resolved && solution.solvedFeeLow !== null && solution.solvedFeeHigh !== null
        ? ` (${t("solve.interval", { low: formatCents(solution.solvedFeeLow, state.locale), high: formatCents(solution.solvedFeeHigh, state.locale) })})`
        : "",
      solution.belowBreakEven ? h("p", { "data-role": "below-break-even" }, t("solve.belowBreakEven")) : "",
    ),
    h("dt", {}, t("solve.breakEvenFee")),
    h(
      "dd",
      { "data-role": "break-even-fee", "data-value": String(solution.breakEvenFee ?? "") },
      fee(solution.breakEvenFee),
    ),
  );
}

/** The button saving the solve as JSON: the scenario, paths, years, seed and the solution. */
function solveDownload(value: SolveResults, state: AppState): HTMLElement {
  const json = () =>
    JSON.stringify(
      {
        scenario: scenarioDisplayName(value.scenario.name, state.locale),
        paths: value.paths,
        years: value.years,
        seed: value.seed,
        ...value.solution,
      },
      null,
      2,
    ) + "\n";
  return downloadButtons([
    {
      action: "download-solve",
      label: translate(state.locale, "solve.downloadJson"),
      filename: `huzhu-fee-solve-seed${value.seed}-${value.paths}x${value.years}.json`,
      type: "application/json",
      text: json,
    },
  ]);
}

/**
 * A finished solve: its heading, the solved and break-even fees, the download, and the fee–ruin curve
 * `width` px wide; `finalize` releases the chart.
 */
function solveResults(
  value: SolveResults,
  state: AppState,
  width: number,
): { element: HTMLElement; finalize: () => void } {
  const { solution } = value;
  const chart = chartFigure({
    spec: withData(feeRuinCurveSpec({ locale: state.locale, width, targetRuin: solution.targetRuin }), {
      feeCurve: feeCurveRows(solution),
      feeMarks: feeMarkRows(solution),
    }),
    name: "fee-ruin-curve",
    locale: state.locale,
  });
  const grid = chartGrid([chart]);
  const heading = translate(state.locale, "solve.heading", {
    scenario: scenarioDisplayName(value.scenario.name, state.locale),
    paths: formatCount(value.paths, state.locale),
    years: value.years,
    seed: value.seed,
  });
  const element = h(
    "div",
    { "data-role": "solve-results" },
    h("h2", {}, heading),
    solutionList(value, state),
    solveDownload(value, state),
    grid.element,
  );
  return { element, finalize: grid.finalize };
}

/**
 * The fee-solver tab: target ruin probability, paths and years (checked like `huzhu solve-fee`'s
 * options), the Solve button, the fee levels as they are evaluated, and the result: the lowest fee with
 * ruin under the target and the break-even fee, marked on the fee–ruin curve.
 */
export function mountFeeSolverView(
  container: HTMLElement,
  store: Store<AppState>,
  actions: AppActions,
): () => void {
  const state0 = store.get();
  const t = translator(state0.locale);
  const fields: BoundField[] = SETTINGS.map((spec) =>
    fieldInput(spec, state0.solveSettings[spec.setting], state0.locale, (value) =>
      actions.setSolveSetting(spec.setting, String(value)),
    ),
  );
  const run = runButton("run-solve", t("solve.run"), () => void actions.solve());
  const points = h("div", {});
  const results = h("div", { class: "solve-results" });
  const showProblems = (state: AppState) => {
    showFieldProblems(state.solveProblems, fields, state.locale);
    const blocked = state.problems.length > 0 || state.solveProblems.length > 0;
    setRunDisabled(run, state.job !== null || blocked, state.problems, state0.locale);
  };
  const panel = outcomePanel(
    results,
    store,
    (state) => state.solve,
    { idle: "solve.idle", running: "solve.running", job: "job.solve" },
    (value, state) => {
      const drawn = solveResults(value, state, chartWidth(container));
      replaceChildren(results, drawn.element);
      return drawn.finalize;
    },
  );

  showProblems(state0);
  const settings = h(
    "div",
    { class: "run-settings" },
    fields.map((field) => field.element),
  );
  replaceChildren(
    container,
    h("p", { class: "intro" }, t("solve.intro")),
    inputGroup(t("tab.solve"), [settings, h("div", { class: "button-row" }, run)], { lock: true }),
    points,
    results,
  );
  replaceChildren(points, pointsList(state0));
  panel.draw();
  const unsubscribe = store.subscribe((state, changed) => {
    if (changed.has("solveProblems") || changed.has("problems") || changed.has("job")) showProblems(state);
    if (changed.has("solvePoints") || changed.has("solve")) replaceChildren(points, pointsList(state));
    if (changed.has("solve")) panel.draw();
  });
  return () => {
    unsubscribe();
    panel.release();
  };
}
