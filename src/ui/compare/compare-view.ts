import type { AppActions } from "../shell/app-actions.ts";
import type { AppState, SimulationResults } from "../shell/app-state.ts";
import { chartWidth } from "../common/chart-view.ts";
import { chartsSection } from "../results/charts-section.ts";
import { compareTable } from "./compare-table.ts";
import { getAt } from "../scenario/document-path.ts";
import { h, replaceChildren, uniqueId } from "../common/dom.ts";
import { fieldInput, type BoundField } from "../common/field-input.ts";
import { formatCount } from "../common/format.ts";
import { translate, translator } from "../shell/i18n.ts";
import { inputGroup } from "../common/input-group.ts";
import { labelledField } from "../common/labelled-field.ts";
import { nameField } from "../scenario/name-field.ts";
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

/** Scenario B's inputs: the bundled file it starts from, its name, its fee and cap, and their problems. */
interface ScenarioBInputs {
  /** B's fields (drawn again by `draw`) and, below them, the problems no field shows. */
  readonly elements: readonly HTMLElement[];
  /** Draws B's fields again from the state. */
  draw(): void;
  /** Shows B's problems at its fields. */
  showProblems(state: AppState): void;
  /** Brings the name field's placeholder (B's derived name) up to date. */
  renamePlaceholder(state: AppState): void;
  /** Whether the user is typing in one of B's fields. */
  typing(): boolean;
}

/** Builds scenario B's inputs over `store`, editing B through `actions`. */
function scenarioBInputs(store: Store<AppState>, actions: AppActions): ScenarioBInputs {
  const t = translator(store.get().locale);
  let fields: BoundField[] = [];
  let nameInput: HTMLInputElement | null = null;
  const container = h("div", { class: "compare-fields" });
  const problems = h("ul", { class: "field-problem" });
  const draw = () => {
    const state = store.get();
    const select = h(
      "select",
      { id: uniqueId("compare"), "data-role": "compare-select" },
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
    const name = nameField(
      {
        label: t("compare.nameB"),
        role: "compare-name-input",
        value: state.compareLabel,
        placeholder: nameOfB(state),
        locale: state.locale,
      },
      (typed) => actions.setCompareLabel(typed),
    );
    nameInput = name.input;
    replaceChildren(
      container,
      labelledField(t("compare.scenarioB"), select),
      name.element,
      fields.map((field) => field.element),
    );
  };
  return {
    elements: [container, problems],
    draw,
    showProblems(state) {
      const elsewhere = showFieldProblems(state.compareProblems, fields, state.locale);
      problems.hidden = elsewhere.length === 0;
      replaceChildren(
        problems,
        elsewhere.map((text) => h("li", {}, text)),
      );
    },
    renamePlaceholder(state) {
      if (nameInput) nameInput.placeholder = nameOfB(state);
    },
    typing: () => container.contains(document.activeElement),
  };
}

/** The heading of a comparison's results: A and B by name, paths, years and seed. */
function comparisonHeading(value: SimulationResults, state: AppState): HTMLElement {
  const { summary } = value;
  return h(
    "h2",
    { "data-role": "compare-heading" },
    translate(state.locale, "compare.heading", {
      a: recordName(value.record, state.locale),
      b: value.compareRecord ? recordName(value.compareRecord, state.locale) : "",
      paths: formatCount(summary.paths, state.locale),
      years: summary.years,
      seed: summary.seed,
    }),
  );
}

/**
 * A comparison's results: what ran, the decision summary, downloads, the key figures of A and B side
 * by side with the paired differences, and the charts `width` px wide. `stale` is the slot saying the
 * form has changed since; `finalize` releases the charts.
 */
function comparisonResults(
  value: SimulationResults,
  store: Store<AppState>,
  state: AppState,
  width: number,
): { element: HTMLElement; stale: (state: AppState) => void; finalize: () => void } {
  const { summary } = value;
  const charts = chartsSection(value, store, state.locale, width);
  const slot = staleSlot(value, state);
  const names = {
    a: recordName(value.record, state.locale),
    b: value.compareRecord ? recordName(value.compareRecord, state.locale) : "B",
  };
  const element = h(
    "div",
    // Partial results (a run still going) are marked apart, so nothing takes them for the final ones.
    { "data-role": value.progress ? "compare-results-partial" : "compare-results" },
    slot.element,
    comparisonHeading(value, state),
    decisionSummaryView(comparisonSummary(comparisonFacts(summary, names), state.locale), state.locale),
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
  );
  return { element, stale: slot.update, finalize: charts.finalize };
}

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
  const inputs = scenarioBInputs(store, actions);
  const run = runButton("run-compare", t("compare.run"), () => void actions.compare());
  const estimate = runEstimateView(store, compareRunEstimate, "compare-estimate");
  const results = h("div", { class: "compare-results" });
  let stale: ((state: AppState) => void) | null = null;
  const showProblems = (state: AppState) => {
    inputs.showProblems(state);
    const blocked = state.problems.length > 0 || state.compareProblems.length > 0 || !state.compareDraft;
    setRunDisabled(run, state.job !== null || blocked, state.problems, state0.locale);
  };
  const panel = outcomePanel(
    results,
    store,
    (state) => state.compare,
    { idle: "compare.idle", running: "compare.running", job: "job.compare" },
    (value, state) => {
      const drawn = comparisonResults(value, store, state, chartWidth(container));
      stale = drawn.stale;
      replaceChildren(results, drawn.element);
      return drawn.finalize;
    },
  );

  inputs.draw();
  showProblems(state0);
  const stress = stressAttributionPanel(store, actions, container);
  replaceChildren(
    container,
    h("p", { class: "intro" }, t("compare.intro")),
    inputGroup(
      t("compare.scenarioB"),
      [...inputs.elements, h("div", { class: "button-row" }, run, estimate.element)],
      {
        lock: true,
      },
    ),
    stress.element,
    results,
  );
  panel.draw();
  const unsubscribe = store.subscribe((state, changed) => {
    // Redrawn when B changes from outside its fields (a shared link opened), not while typing in them.
    const outside = !inputs.typing() && (changed.has("compareDraft") || changed.has("compareLabel"));
    if (changed.has("compareName") || outside) inputs.draw();
    else if (changed.has("compareDraft")) inputs.renamePlaceholder(state);
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
