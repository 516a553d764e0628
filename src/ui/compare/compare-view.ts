import type { AppActions } from "../shell/app-actions.ts";
import type { AppState } from "../shell/app-state.ts";
import { chartWidth } from "../common/chart-view.ts";
import { chartsSection } from "../results/charts-section.ts";
import { compareTable } from "./compare-table.ts";
import { getAt } from "../scenario/document-path.ts";
import { h, replaceChildren, uniqueId } from "../common/dom.ts";
import { fieldInput, type BoundField } from "../common/field-input.ts";
import { formatCount } from "../common/format.ts";
import { translator } from "../shell/i18n.ts";
import { compareFigures } from "../results/key-figure-rows.ts";
import { outcomePanel } from "../run/outcome-panel.ts";
import { finishedLine, resultDownloads, staleSlot } from "../results/results-view.ts";
import { runButton, setRunDisabled } from "../run/run-button.ts";
import { compareRunEstimate } from "../run/draft-run-estimate.ts";
import { runEstimateView } from "../run/run-estimate-view.ts";
import type { FieldSpec } from "../scenario/scenario-fields.ts";
import { scenarioOptions } from "../scenario/scenario-picker.ts";
import { showFieldProblems } from "../scenario/show-field-problems.ts";
import { recordName } from "../run/run-record.ts";
import { comparisonFacts } from "../results/decision-facts.ts";
import { comparisonSummary } from "../results/decision-summary.ts";
import { decisionSummaryView } from "../results/decision-summary-view.ts";
import { runRecordView } from "../run/run-record-view.ts";
import { nameOfB } from "../scenario/scenario-names.ts";
import type { Store } from "../shell/store.ts";
import { stressAttributionPanel } from "./attribution-view.ts";

/** The fields of scenario B a comparison usually changes: the active fee and the cap. */
const B_FIELDS: readonly FieldSpec[] = [
  { path: ["policy", "fees", "active"], label: "compare.feeB", kind: "number", unit: "unit.yuanPerYear" },
  {
    path: ["policy", "inpatient", "cap"],
    label: "compare.capB",
    kind: "optionalNumber",
    unit: "unit.yuanBlankNone",
  },
];

/**
 * The comparison tab: scenario B (a bundled scenario, with its fee and cap editable), the Run comparison
 * button, and the results: the key figures of A and B side by side with the paired differences, both
 * fan charts and ruin curves on one axis, and the differences B − A with their intervals.
 */
export function mountCompareView(
  container: HTMLElement,
  store: Store<AppState>,
  actions: AppActions,
): () => void {
  const state0 = store.get();
  const t = translator(state0.locale);
  let fields: BoundField[] = [];
  let bName: HTMLInputElement | null = null;
  const bFields = h("div", { class: "compare-fields" });
  const bProblems = h("ul", { class: "field-problem" });
  const run = runButton("run-compare", t("compare.run"), () => void actions.compare());
  const estimate = runEstimateView(store, compareRunEstimate, "compare-estimate");
  const results = h("div", { class: "compare-results" });
  let stale: ((state: AppState) => void) | null = null;

  const drawB = () => {
    const state = store.get();
    const selectId = uniqueId("compare");
    const select = h(
      "select",
      { id: selectId, "data-role": "compare-select" },
      scenarioOptions(state, state.compareName),
    );
    select.addEventListener("change", () => actions.setCompareName(select.value));
    fields = state.compareDraft
      ? B_FIELDS.map((spec) =>
          fieldInput(
            spec,
            getAt(state.compareDraft, spec.path),
            state.locale,
            (value) => actions.setCompareField(spec.path, value),
            "compare",
          ),
        )
      : [];
    const nameId = uniqueId("compare-name");
    bName = h("input", {
      id: nameId,
      type: "text",
      "data-role": "compare-name-input",
      value: state.compareLabel,
      placeholder: nameOfB(state),
      title: t("scenario.nameHint"),
    });
    const nameInput = bName;
    nameInput.addEventListener("input", () => actions.setCompareLabel(nameInput.value));
    replaceChildren(
      bFields,
      h("div", { class: "field" }, h("label", { for: selectId }, t("compare.scenarioB")), select),
      h("div", { class: "field" }, h("label", { for: nameId }, t("compare.nameB")), nameInput),
      fields.map((field) => field.element),
    );
  };
  const showProblems = (state: AppState) => {
    const elsewhere = showFieldProblems(state.compareProblems, fields, state.locale);
    bProblems.hidden = elsewhere.length === 0;
    replaceChildren(
      bProblems,
      elsewhere.map((text) => h("li", {}, text)),
    );
    setRunDisabled(
      run,
      state.job !== null ||
        state.problems.length > 0 ||
        state.compareProblems.length > 0 ||
        !state.compareDraft,
      state.problems,
      state0.locale,
    );
  };
  const panel = outcomePanel(
    results,
    store,
    (state) => state.compare,
    { idle: "compare.idle", running: "compare.running", job: "job.compare" },
    (value, state) => {
      const { summary } = value;
      const charts = chartsSection(value, store, state.locale, chartWidth(container));
      const slot = staleSlot(value, state);
      stale = slot.update;
      replaceChildren(
        results,
        h(
          "div",
          // Partial results (a run still going) are marked apart, so nothing takes them for the final ones.
          { "data-role": value.progress ? "compare-results-partial" : "compare-results" },
          slot.element,
          h(
            "h2",
            { "data-role": "compare-heading" },
            t("compare.heading", {
              a: recordName(value.record, state.locale),
              b: value.compareRecord ? recordName(value.compareRecord, state.locale) : "",
              paths: formatCount(summary.paths, state.locale),
              years: summary.years,
              seed: summary.seed,
            }),
          ),
          decisionSummaryView(
            comparisonSummary(
              comparisonFacts(summary, {
                a: recordName(value.record, state.locale),
                b: value.compareRecord ? recordName(value.compareRecord, state.locale) : "B",
              }),
              state.locale,
            ),
            state.locale,
          ),
          h(
            "div",
            { class: "run-records" },
            runRecordView(value.record, "A", state.locale),
            value.compareRecord && runRecordView(value.compareRecord, "B", state.locale),
          ),
          finishedLine(value, state),
          value.progress ? null : resultDownloads(value, state, "huzhu-comparison"),
          compareTable(compareFigures(summary), summary.years, state.locale),
          charts.elements,
        ),
      );
      return charts.finalize;
    },
  );

  drawB();
  showProblems(state0);
  const stress = stressAttributionPanel(store, actions, container);
  replaceChildren(
    container,
    h("p", { class: "intro" }, t("compare.intro")),
    h(
      "fieldset",
      { class: "group", "data-lock": true },
      h("legend", {}, t("compare.scenarioB")),
      bFields,
      bProblems,
      h("div", { class: "button-row" }, run, estimate.element),
    ),
    stress.element,
    results,
  );
  panel.draw();
  const unsubscribe = store.subscribe((state, changed) => {
    // Redrawn when B changes from outside its fields (a shared link opened), not while typing in them.
    const typing = bFields.contains(document.activeElement);
    if (
      changed.has("compareName") ||
      (!typing && (changed.has("compareDraft") || changed.has("compareLabel")))
    )
      drawB();
    else if (bName && changed.has("compareDraft")) bName.placeholder = nameOfB(state);
    if (
      ["compareName", "compareProblems", "problems", "job"].some((key) => changed.has(key as keyof AppState))
    )
      showProblems(state);
    if (changed.has("compare")) {
      stale = null;
      panel.draw();
    } else if (changed.has("draft") || changed.has("compareDraft")) stale?.(state);
  });
  return () => {
    unsubscribe();
    panel.release();
    stress.release();
    estimate.release();
  };
}
