import { reserveDistributionSpec } from "../../charts/reserve-distribution-spec.ts";
import { withData } from "../../charts/with-data.ts";
import { renderMessage } from "../../messages.ts";
import { reserveQuantiles } from "../../reserve/assess-adequacy.ts";
import { RESERVE_METHODS } from "../../reserve/estimate-reserve.ts";
import { reserveDensity } from "../../reserve/reserve-density.ts";
import { writeReserveXlsx } from "../../reserve/write-reserve-xlsx.ts";
import type { ReserveEstimate } from "../../reserve/estimate-reserve.ts";
import { RESERVE_GRAINS } from "../../reserve/reserve-grain.ts";
import type { Scenario } from "../../scenario/types.ts";
import type { AppActions } from "../shell/app-actions.ts";
import type { AppState } from "../shell/app-state.ts";
import { chartFigure, chartWidth, type ChartFigure } from "../common/chart-view.ts";
import { inputGroup } from "../common/input-group.ts";
import { labelledField } from "../common/labelled-field.ts";
import { h, replaceChildren, uniqueId } from "../common/dom.ts";
import { downloadButtons } from "../common/download-buttons.ts";
import { downloadBytes, XLSX_TYPE } from "../common/downloads.ts";
import { fileField } from "../common/file-field.ts";
import { EXAMPLE_TRIANGLE } from "./example-triangle.ts";
import { formatCount, formatYuan } from "../common/format.ts";
import { headedTable } from "../common/headed-table.ts";
import { translate, translator, type Translator, type UiKey } from "../shell/i18n.ts";
import { reserveCsv } from "../../reserve/reserve-csv.ts";
import { runReserveStudy, triangleCsv, type ReserveInputs, type ReserveStudy } from "./reserve-study.ts";
import { runButton } from "../run/run-button.ts";
import { loadSampleFund } from "./sample-fund.ts";
import type { Store } from "../shell/store.ts";

/** The tab's inputs and last study, kept across redraws (a language switch draws the page again). */
let inputs: ReserveInputs = {
  members: [],
  claims: [],
  triangle: null,
  valuation: "2024-12-31",
  grain: "quarter",
  originBy: "admission",
  basis: "paid",
  method: "mack",
  tail: "none",
  held: "",
  priorLossRatio: "",
  priorCv: "",
};
let last: ReturnType<typeof runReserveStudy> | null = null;

const amount = (value: number, state: AppState) => formatCount(Math.round(value), state.locale);

/** A triangle cell in few characters (万 or k above 10,000), so ten development columns fit. */
function compact(value: number, state: AppState): string {
  if (Math.abs(value) < 10_000) return formatCount(Math.round(value), state.locale);
  return state.locale === "zh"
    ? `${(value / 10_000).toLocaleString("zh-CN", { maximumFractionDigits: 1 })}万`
    : `${Math.round(value / 1000).toLocaleString("en-US")}k`;
}

/** The cumulative triangle, each known cell shaded by the share of its origin's ultimate it has reached. */
function triangleTable(study: ReserveStudy, state: AppState, t: Translator): HTMLElement {
  const { triangle, estimate } = study;
  const width = triangle.cells[0]?.length ?? 0;
  return headedTable({
    attributes: { class: "figures reserve-triangle", "data-role": "reserve-triangle" },
    caption: t("reserve.triangleCaption"),
    columns: [
      { label: t("reserve.originHeader") },
      ...Array.from({ length: width }, (_, index) => ({ label: String(index + 1), numeric: true })),
    ],
    rows: triangle.cells.map((row, i) => {
      const ultimate = estimate.byOrigin[i]?.ultimate ?? 0;
      return h(
        "tr",
        {},
        h("th", { scope: "row" }, triangle.origins[i]!),
        row.map((cell) => {
          if (cell === null) return h("td", { class: "number future" }, "");
          const share = ultimate > 0 ? Math.min(1, Math.max(0, cell / ultimate)) : 1;
          return h(
            "td",
            {
              class: "number",
              "data-value": String(cell),
              style: `background: rgba(47, 109, 179, ${(0.06 + 0.5 * share).toFixed(3)})`,
            },
            compact(cell, state),
          );
        }),
      );
    }),
  });
}

/** Factors, one row. */
function factorsTable(study: ReserveStudy, t: Translator): HTMLElement {
  const { factors, tail } = study.estimate;
  return headedTable({
    attributes: { class: "figures", "data-role": "reserve-factors" },
    caption: `${t("reserve.factors")}${tail !== 1 ? t("reserve.factorsTail") : ""}`,
    columns: factors.map((_, index) => ({
      label: tail !== 1 && index === factors.length - 1 ? "∞" : `${index + 1}→${index + 2}`,
      numeric: true,
    })),
    rows: [
      h(
        "tr",
        {},
        factors.map((factor) => h("td", { class: "number" }, factor.toFixed(4))),
      ),
    ],
  });
}

/** Outstanding by origin with its standard error and 90% interval (lognormal with that mean and sd). */
function originTable(study: ReserveStudy, state: AppState, t: Translator): HTMLElement {
  const { estimate } = study;
  const rows = [...estimate.byOrigin, { origin: t("reserve.total"), ...estimate.total }];
  return headedTable({
    attributes: { class: "figures", "data-role": "reserve-by-origin" },
    caption: t("reserve.byOrigin"),
    columns: [
      { label: t("reserve.originHeader") },
      { label: t("reserve.latest"), numeric: true },
      { label: t("reserve.ultimate"), numeric: true },
      { label: t("reserve.ibnr"), numeric: true },
      { label: t("reserve.se"), numeric: true },
      { label: t("reserve.interval"), numeric: true },
    ],
    rows: rows.map((row, index) => {
      const { quantile } = reserveQuantiles({ kind: "lognormal", mean: row.ibnr, standardDeviation: row.se });
      const interval =
        row.ibnr > 0 && row.se > 0
          ? `${compact(quantile(0.05), state)} ~ ${compact(quantile(0.95), state)}`
          : "";
      return h(
        "tr",
        index === rows.length - 1 ? { class: "total" } : {},
        h("th", { scope: "row" }, row.origin),
        h("td", { class: "number" }, amount(row.latest, state)),
        h("td", { class: "number" }, amount(row.ultimate, state)),
        h("td", { class: "number", "data-value": String(row.ibnr) }, amount(row.ibnr, state)),
        h("td", { class: "number" }, amount(row.se, state)),
        h("td", { class: "number" }, interval),
      );
    }),
  });
}

/** A labelled `<select>` of `choices`, each written by `text`; `onChange` gets the choice. */
function select<T extends string>(
  label: string,
  value: T,
  choices: readonly T[],
  text: (choice: T) => string,
  role: string,
  onChange: (value: T) => void,
): HTMLElement {
  const element = h(
    "select",
    { id: uniqueId(role), "data-role": role },
    choices.map((choice) => h("option", { value: choice, selected: choice === value }, text(choice))),
  );
  element.addEventListener("change", () => onChange(element.value as T));
  return labelledField(label, element);
}

/** A labelled `<input>` of `type`; `onChange` gets its text when it changes. */
function textField(
  label: string,
  value: string,
  type: string,
  role: string,
  onChange: (value: string) => void,
): HTMLElement {
  const input = h("input", { id: uniqueId(role), type, value, "data-role": role });
  input.addEventListener("change", () => onChange(input.value));
  return labelledField(label, input);
}

/** Changes the tab's inputs (kept across redraws). */
function set(patch: Partial<ReserveInputs>): void {
  inputs = { ...inputs, ...patch };
}

/** The records' files (several years each) and the triangle CSV that may stand in for them. */
function fileFields(t: Translator): HTMLElement[] {
  const recordsFile = (kind: "members" | "claims", label: UiKey) =>
    fileField(
      {
        label: t(label),
        role: `reserve-${kind}`,
        multiple: true,
        note: inputs[kind].map((file) => file.name).join(", "),
      },
      (files) =>
        set(kind === "members" ? { members: files, triangle: null } : { claims: files, triangle: null }),
    );
  const triangleFile = fileField(
    {
      label: t("reserve.triangle"),
      role: "reserve-triangle-file",
      note: inputs.triangle ? t("reserve.triangleLoaded", { file: inputs.triangle.name }) : null,
    },
    ([file]) => {
      if (file) set({ triangle: file });
    },
  );
  return [recordsFile("members", "reserve.members"), recordsFile("claims", "reserve.claims"), triangleFile];
}

/** The study's settings: valuation date, period, origin, basis, method, tail, held reserve and prior. */
function settingFields(t: Translator): HTMLElement[] {
  return [
    textField(t("reserve.valuation"), inputs.valuation, "date", "reserve-valuation", (valuation) =>
      set({ valuation }),
    ),
    select(
      t("reserve.grain"),
      inputs.grain,
      RESERVE_GRAINS,
      (g) => t(`reserve.grain.${g}`),
      "reserve-grain",
      (grain) => set({ grain }),
    ),
    select(
      t("reserve.origin"),
      inputs.originBy,
      ["admission", "discharge"] as const,
      (o) => t(`reserve.origin.${o}`),
      "reserve-origin",
      (originBy) => set({ originBy }),
    ),
    select(
      t("reserve.basis"),
      inputs.basis,
      ["paid", "reported"] as const,
      (b) => t(`reserve.basis.${b}`),
      "reserve-basis",
      (basis) => set({ basis }),
    ),
    select(
      t("reserve.method"),
      inputs.method,
      RESERVE_METHODS,
      (m) => t(`reserve.method.${m}`),
      "reserve-method",
      (method) => set({ method }),
    ),
    select(
      t("reserve.tail"),
      inputs.tail,
      ["none", "fitted"] as const,
      (x) => t(`reserve.tail.${x}`),
      "reserve-tail",
      (tail) => set({ tail }),
    ),
    textField(t("reserve.held"), inputs.held, "text", "reserve-held", (held) => set({ held })),
    textField(t("reserve.prior"), inputs.priorLossRatio, "text", "reserve-prior", (priorLossRatio) =>
      set({ priorLossRatio }),
    ),
    textField(t("reserve.priorCv"), inputs.priorCv, "text", "reserve-prior-cv", (priorCv) =>
      set({ priorCv }),
    ),
  ];
}

/** The Estimate, sample-fund and classic-example buttons; each ends in `estimate`. */
function studyButtons(t: Translator, estimate: () => void): HTMLElement {
  const sampleStatus = h("span", { class: "muted", role: "status", "data-role": "reserve-loaded" });
  const loadSample = () => {
    sampleStatus.textContent = t("reserve.sampleLoading");
    loadSampleFund()
      .then(({ members, claims }) => {
        set({ members, claims, triangle: null, valuation: "2024-12-31" });
        sampleStatus.textContent = t("reserve.sampleLoaded");
        estimate();
      })
      .catch((error: unknown) => {
        sampleStatus.textContent = String(error);
      });
  };
  const useExample = () => {
    set({ triangle: EXAMPLE_TRIANGLE });
    sampleStatus.textContent = t("reserve.exampleLoaded");
    estimate();
  };
  return h(
    "div",
    { class: "button-row" },
    runButton("run-reserve", t("reserve.run"), estimate),
    h(
      "button",
      { type: "button", "data-action": "reserve-sample", on: { click: loadSample } },
      t("reserve.sample"),
    ),
    h(
      "button",
      { type: "button", "data-action": "reserve-example", on: { click: useExample } },
      t("reserve.example"),
    ),
    sampleStatus,
  );
}

/** The distribution of outstanding claims with its mean, 99.5% and the held reserve; `null` when flat. */
function distributionChart(estimate: ReserveEstimate, state: AppState, width: number): ChartFigure | null {
  const adequacy = estimate.adequacy;
  const distribution = estimate.simulatedTotals
    ? ({ kind: "sample", values: estimate.simulatedTotals } as const)
    : ({ kind: "lognormal", mean: estimate.total.ibnr, standardDeviation: estimate.total.se } as const);
  const rows = reserveDensity(distribution);
  if (rows.length === 0) return null;
  const right = rows.at(-1)!.amount;
  const heldOnChart = adequacy !== null && adequacy.held <= right * 1.25 ? adequacy.held : undefined;
  const spec = reserveDistributionSpec({
    locale: state.locale,
    width,
    mean: estimate.total.ibnr,
    p995: estimate.quantiles.p995,
    held: heldOnChart,
  });
  return chartFigure({
    spec: withData(spec, { reserveDistribution: rows }),
    name: "reserve-distribution",
    locale: state.locale,
    note:
      adequacy !== null && heldOnChart === undefined
        ? translate(state.locale, "reserve.heldOffChart", { held: formatYuan(adequacy.held, state.locale) })
        : undefined,
  });
}

/** Whether the held reserve covers the estimate, in a sentence; `null` without a held reserve. */
function verdictBox(estimate: ReserveEstimate, state: AppState): HTMLElement | null {
  const adequacy = estimate.adequacy;
  if (!adequacy) return null;
  return h(
    "div",
    {
      class: `reserve-verdict ${adequacy.shortfall > 0 ? "short" : "covered"}`,
      "data-role": "reserve-verdict",
    },
    h("h3", {}, translate(state.locale, "reserve.verdict")),
    h("p", {}, renderMessage(adequacy.sentence, state.locale)),
  );
}

/** The mean of outstanding claims, its 75%, 90% and 99.5% quantiles and standard error. */
function quantilesTable(estimate: ReserveEstimate, state: AppState, t: Translator): HTMLElement {
  const q = estimate.quantiles;
  return headedTable({
    attributes: { class: "figures", "data-role": "reserve-quantiles" },
    caption: t("reserve.quantiles"),
    columns: [
      { label: t("reserve.mean"), numeric: true },
      { label: "75%", numeric: true },
      { label: "90%", numeric: true },
      { label: "99.5%", numeric: true },
      { label: t("reserve.se"), numeric: true },
    ],
    rows: [
      h(
        "tr",
        {},
        [estimate.total.ibnr, q.p75, q.p90, q.p995, estimate.total.se].map((value) =>
          h("td", { class: "number" }, formatYuan(value, state.locale)),
        ),
      ),
    ],
  });
}

/** The study as CSV files (estimate, triangle) and as an Excel workbook. */
function studyDownloads(study: ReserveStudy, state: AppState, t: Translator): HTMLElement[] {
  const { estimate } = study;
  return [
    downloadButtons([
      {
        action: "download-reserve",
        label: t("reserve.downloadCsv"),
        filename: "huzhu-reserve.csv",
        type: "text/csv",
        text: () => reserveCsv(estimate),
      },
      {
        action: "download-triangle",
        label: t("reserve.downloadTriangle"),
        filename: "huzhu-triangle.csv",
        type: "text/csv",
        text: () => triangleCsv(study.triangle),
      },
    ]),
    reserveXlsxButton(estimate, study, state.locale, t),
  ];
}

/** The button making the estimate the scenario's opening liability (mean and standard deviation). */
function openingButton(
  estimate: ReserveEstimate,
  state: AppState,
  t: Translator,
  actions: AppActions,
): HTMLElement {
  const used = h("p", { class: "muted", role: "status" });
  const useOpening = () => {
    const { mean, standardDeviation } = estimate.openingLiability;
    actions.setField(["assumptions", "fund", "openingLiability", "mean"], Math.round(mean));
    actions.setField(
      ["assumptions", "fund", "openingLiability", "standardDeviation"],
      Math.round(standardDeviation),
    );
    used.textContent = t("reserve.usedOpening", {
      mean: formatYuan(mean, state.locale),
      sd: formatYuan(standardDeviation, state.locale),
    });
  };
  return h(
    "div",
    { class: "button-row" },
    h(
      "button",
      { type: "button", "data-action": "reserve-use-opening", on: { click: useOpening } },
      t("reserve.useOpening"),
    ),
    used,
  );
}

/** A finished study: verdict, quantiles, notes, downloads, the opening-liability button, chart and tables. */
function studyResults(
  study: ReserveStudy,
  state: AppState,
  actions: AppActions,
  width: number,
): { elements: (HTMLElement | null)[]; chart: ChartFigure | null } {
  const t = translator(state.locale);
  const { estimate } = study;
  const chart = distributionChart(estimate, state, width);
  const elements = [
    verdictBox(estimate, state),
    quantilesTable(estimate, state, t),
    ...estimate.errorNotes.map((note) =>
      h("p", { class: "muted", "data-role": "reserve-error" }, renderMessage(note, state.locale)),
    ),
    ...study.notes.map((note) => h("p", { class: "muted" }, renderMessage(note, state.locale))),
    ...studyDownloads(study, state, t),
    // The textbook example is not this fund's outstanding claims: nothing to carry into the scenario.
    study.example
      ? h("p", { class: "muted", "data-role": "reserve-example-note" }, t("reserve.exampleNote"))
      : openingButton(estimate, state, t, actions),
    chart ? h("div", { class: "charts" }, chart.element) : null,
    h("div", { class: "table-scroll" }, originTable(study, state, t)),
    h("div", { class: "table-scroll" }, factorsTable(study, t)),
    h("div", { class: "table-scroll" }, triangleTable(study, state, t)),
  ];
  return { elements, chart };
}

/**
 * The Reserves (准备金) tab: members' and claims' files (or a triangle CSV, or the classic example), the
 * valuation date, period, method and held reserve; then the triangle shaded by development, the
 * factors, outstanding claims by origin with intervals, their distribution, the adequacy verdict, CSV
 * downloads, and a button that makes the estimate the scenario's opening liability.
 */
export function mountReserveView(
  container: HTMLElement,
  store: Store<AppState>,
  actions: AppActions,
): () => void {
  const t = translator(store.get().locale);
  const results = h("div", { "data-role": "reserve-results" });
  const charts: ChartFigure[] = [];
  const drawResults = () => {
    for (const chart of charts.splice(0)) chart.finalize();
    const state = store.get();
    if (last === null) return replaceChildren(results, h("p", { class: "muted" }, t("reserve.needInput")));
    if (!last.ok) {
      const problems = last.problems.map((problem) => renderMessage(problem, state.locale)).join("\n");
      return replaceChildren(
        results,
        h("div", { class: "alert", role: "alert" }, t("reserve.failed"), h("pre", {}, problems)),
      );
    }
    const drawn = studyResults(last.study, state, actions, Math.min(720, chartWidth(container)));
    if (drawn.chart) charts.push(drawn.chart);
    replaceChildren(results, drawn.elements);
  };
  const estimate = () => {
    // The scenario as edited in the form when it is valid (as the claims replay does), else the file's.
    const state = store.get();
    const scenario = state.problems.length === 0 ? (state.draft as unknown as Scenario) : state.base;
    last = runReserveStudy(inputs, scenario);
    drawResults();
  };
  const group = inputGroup(
    t("tab.reserve"),
    [...fileFields(t), ...settingFields(t), studyButtons(t, estimate)],
    { lock: false, className: "reserve-inputs" },
  );
  replaceChildren(container, h("p", { class: "intro" }, t("reserve.intro")), group, results);
  drawResults();
  return () => {
    for (const chart of charts.splice(0)) chart.finalize();
  };
}

/**
 * The button that saves the study as an Excel workbook. The workbook is made when the results are drawn,
 * so the click saves it at once (a save that waits for a promise is no longer a user gesture, and the
 * browser may block it); the button is enabled when it is ready.
 */
function reserveXlsxButton(
  estimate: ReserveEstimate,
  study: ReserveStudy,
  locale: AppState["locale"],
  t: Translator,
): HTMLElement {
  let bytes: Uint8Array | null = null;
  const button = h(
    "button",
    {
      type: "button",
      "data-action": "download-reserve-xlsx",
      disabled: true,
      on: {
        click: () => {
          if (bytes !== null) downloadBytes("huzhu-reserve.xlsx", bytes, XLSX_TYPE);
        },
      },
    },
    t("reserve.downloadXlsx"),
  ) as HTMLButtonElement;
  void writeReserveXlsx(estimate, study.triangle, locale).then((made) => {
    bytes = made;
    button.disabled = false;
  });
  return h("div", { class: "button-row" }, button);
}
