import { aeByRegionSpec } from "../../charts/ae-by-region-spec.ts";
import { claimsByMonthSpec } from "../../charts/claims-by-month-spec.ts";
import { payoutByRegionSpec } from "../../charts/payout-by-region-spec.ts";
import { logBins, payoutDistributionSpec } from "../../charts/payout-distribution-spec.ts";
import { withData } from "../../charts/with-data.ts";
import type { ChartLocale } from "../../charts/locale.ts";
import type { MessageText } from "../../messages.ts";
import type { PackTable, ResultsPack } from "../../results/build-results-pack.ts";
import { formatPackCsv } from "../../results/format-pack-csv.ts";
import { cellKey, cellKind, formatPackCell } from "../../results/format-pack-cell.ts";
import { packHeader, packValue } from "../../results/pack-labels.ts";
import { writePackXlsx } from "../../results/write-pack-xlsx.ts";
import type { Scenario } from "../../scenario/types.ts";
import type { AppActions } from "../shell/app-actions.ts";
import type { AppState, TextFile } from "../shell/app-state.ts";
import { type AnnualPack, annualPacks, type YearFiles } from "./annual-packs.ts";
import { loadBundledScenario, scenarioDisplayName } from "../scenario/bundled-scenarios.ts";
import { chartFigure, chartGrid, chartWidth } from "../common/chart-view.ts";
import { h, replaceChildren, uniqueId } from "../common/dom.ts";
import { downloadBytes, downloadText, XLSX_TYPE } from "../common/downloads.ts";
import { fileField } from "../common/file-field.ts";
import { inputGroup } from "../common/input-group.ts";
import { errorMessages, messagesText } from "../common/error-text.ts";
import { headedTable } from "../common/headed-table.ts";
import { translate, translator, type Translator, type UiKey } from "../shell/i18n.ts";
import type { Store } from "../shell/store.ts";
import "./annual-results.css";

/** The bundled sample's files, served by vite as assets (offline: no network). */
const SAMPLE_URLS = import.meta.glob("../../../data/sample/*.csv", {
  query: "?url",
  import: "default",
  eager: true,
}) as Record<string, string>;
const SAMPLE_YEARS = [2022, 2023, 2024] as const;
const SAMPLE_SCENARIO = "inner-mongolia-2021";

/** What the tab shows; kept across redraws (a language switch draws the tab again). */
interface AnnualView {
  files: {
    members: TextFile | null;
    claims: TextFile | null;
    previousMembers: TextFile | null;
    previousClaims: TextFile | null;
  };
  status: "idle" | "running" | "done" | "failed";
  packs: AnnualPack[];
  /** Index of the pack shown. */
  shown: number;
  /** The scenario's name as in its file; the view writes it in the page's language. */
  scenarioName: string;
  sample: boolean;
  /** Why the last run failed, as message codes (written in the page's language when drawn). */
  error: readonly MessageText[];
}

const view: AnnualView = {
  files: { members: null, claims: null, previousMembers: null, previousClaims: null },
  status: "idle",
  packs: [],
  shown: 0,
  scenarioName: "",
  sample: false,
  error: [],
};

async function fetchSample(year: number, kind: "members" | "claims"): Promise<TextFile> {
  const name = `${kind}-${year}.csv`;
  const url = Object.entries(SAMPLE_URLS).find(([path]) => path.endsWith(`/${name}`))?.[1];
  if (!url) throw new Error(`data/sample/${name} is not bundled`);
  const response = await fetch(url);
  return { name: `data/sample/${name}`, text: await response.text() };
}

/** Columns that do not fit a printed page are still in the CSV and the workbook. */
function packTableElement(table: PackTable, locale: ChartLocale): HTMLElement {
  const t = translator(locale);
  const header = (key: string) => (locale === "zh" ? packHeader(key, "zh") : key.replaceAll("_", " "));
  const numeric = (kind: string) => !["label", "text"].includes(kind);
  const rows = table.rows.map((row) =>
    h(
      "tr",
      { class: row[table.columns[0]!.key] === "(all)" ? "total" : "" },
      table.columns.map((column, index) => {
        const kind = cellKind(table, column, row);
        const formatted = formatPackCell(row[column.key], kind, locale, "view", cellKey(table, column, row));
        // English labels of measures, reasons and checks read better without underscores.
        const text = locale === "en" && column.kind === "label" ? formatted.replaceAll("_", " ") : formatted;
        const value = row[column.key];
        const attributes = {
          class: numeric(column.kind) ? "number" : "",
          "data-column": column.key,
          ...(typeof value === "number" ? { "data-value": String(value) } : {}),
        };
        return index === 0 ? h("th", { scope: "row", ...attributes }, text) : h("td", attributes, text);
      }),
    ),
  );
  const empty = table.id === "bad_input" && table.rows.every((row) => row.count === 0);
  return h(
    "section",
    { class: "pack-table", "data-table": table.id },
    h(
      "div",
      { class: "table-scroll" },
      headedTable({
        attributes: { class: "figures pack" },
        caption: locale === "zh" ? table.title.zh : table.title.en,
        columns: table.columns.map((column) => ({
          label: header(column.key),
          numeric: numeric(column.kind),
        })),
        rows,
      }),
    ),
    table.note ? h("p", { class: "muted note" }, locale === "zh" ? table.note.zh : table.note.en) : null,
    empty ? h("p", { class: "muted" }, t("annual.badInputNone")) : null,
  );
}

/** The three-year overview: the headline measures of each year side by side. */
function threeYearTable(packs: readonly AnnualPack[], locale: ChartLocale): HTMLElement {
  const t = translator(locale);
  const measures = [
    "members",
    "paid",
    "total_payout",
    "paid_per_100_members",
    "mean_paid_claim",
    "loss_ratio",
  ];
  const headline = (pack: ResultsPack) => pack.tables.find((table) => table.id === "headline")!;
  const rows = measures.map((measure) =>
    h(
      "tr",
      {},
      // English measure names read without underscores, as in the pack's tables below.
      h("th", { scope: "row" }, packValue(measure, locale).replaceAll("_", " ")),
      packs.map(({ pack }) => {
        const table = headline(pack);
        const row = table.rows.find((r) => r.measure === measure)!;
        const column = table.columns[1]!;
        return h(
          "td",
          {
            class: "number",
            "data-year": String(pack.year),
            "data-measure": measure,
            "data-value": String(row.value),
          },
          formatPackCell(row.value, cellKind(table, column, row), locale, "view", measure),
        );
      }),
    ),
  );
  return h(
    "div",
    { class: "table-scroll", "data-role": "three-years" },
    headedTable({
      attributes: { class: "figures pack" },
      caption: t("annual.threeYears"),
      columns: [
        { label: t("annual.year") },
        ...packs.map(({ pack }) => ({ label: String(pack.year), numeric: true })),
      ],
      rows,
    }),
  );
}

function charts(current: AnnualPack, previous: AnnualPack | null, locale: ChartLocale, width: number) {
  const table = (pack: ResultsPack, id: string) => pack.tables.find((t) => t.id === id)!;
  const named = (value: unknown) => typeof value === "string" && !value.startsWith("(");
  const regionRows = [previous, current].flatMap((entry) =>
    entry
      ? table(entry.pack, "by_region")
          .rows.filter((row) => named(row.region))
          .map((row) => ({
            region: packValue(String(row.region), locale),
            year: String(entry.pack.year),
            payout: Number(row.total_payout),
          }))
      : [],
  );
  const monthRows = [previous, current].flatMap((entry) =>
    entry
      ? table(entry.pack, "by_month")
          .rows.filter((row) => String(row.month).startsWith(String(entry.pack.year)))
          .map((row) => ({
            month: Number(String(row.month).slice(5)),
            year: String(entry.pack.year),
            claims: Number(row.paid),
          }))
      : [],
  );
  const aeRows = table(current.pack, "ae_by_region")
    .rows.filter((row) => named(row.region) && row.ae_claims !== null)
    .map((row) => ({
      region: String(row.region),
      ae: Number(row.ae_claims),
      low: Number(row.ae_claims_low),
      high: Number(row.ae_claims_high),
      expected: Number(row.expected_claims),
    }));
  const options = { locale, width, height: 360 };
  return chartGrid([
    chartFigure({
      spec: withData(payoutByRegionSpec({ ...options, height: 520 }), { regionPayout: regionRows }),
      name: "payout-by-region",
      locale,
    }),
    chartFigure({
      spec: withData(aeByRegionSpec({ ...options, height: 520 }), { aeRegions: aeRows }),
      name: "ae-by-region",
      locale,
    }),
    chartFigure({
      spec: withData(claimsByMonthSpec(options), { monthClaims: monthRows }),
      name: "claims-by-month",
      locale,
    }),
    chartFigure({
      spec: withData(payoutDistributionSpec(options), { payoutBins: logBins(current.payouts) }),
      name: "payout-distribution",
      locale,
    }),
  ]);
}

/**
 * The pack's downloads: the Excel workbook (made as the pack is drawn, so that the click saves it at
 * once: a save that waits for a promise is no longer a user gesture, and the browser may block it), Print,
 * and a CSV per table.
 */
function packDownloads(
  pack: AnnualPack["pack"],
  locale: ChartLocale,
): { top: HTMLElement[]; csv: HTMLElement } {
  const t = translator(locale);
  let xlsxBytes: Uint8Array | null = null;
  const saveXlsx = () => {
    if (xlsxBytes !== null) downloadBytes(`huzhu-${pack.year}.xlsx`, xlsxBytes, XLSX_TYPE);
  };
  const xlsxButton = h(
    "button",
    { type: "button", "data-action": "download-xlsx", disabled: true, on: { click: saveXlsx } },
    t("annual.downloadXlsx"),
  );
  const xlsxError = h("p", { class: "alert", role: "alert", "data-role": "xlsx-error", hidden: true });
  void writePackXlsx(pack, locale).then(
    (bytes) => {
      xlsxBytes = bytes;
      xlsxButton.disabled = false;
    },
    (error: Error) => {
      xlsxError.textContent = `${t("annual.failed")} ${error.message}`;
      xlsxError.hidden = false;
    },
  );
  const printButton = h(
    "button",
    { type: "button", "data-action": "print", on: { click: () => window.print() } },
    t("annual.print"),
  );
  const csvButtons = pack.tables.map((table) => {
    const save = () =>
      downloadText(`huzhu-${pack.year}-${table.id}.csv`, formatPackCsv(table, locale), "text/csv");
    return h(
      "button",
      { type: "button", class: "small", "data-action": `download-${table.id}`, on: { click: save } },
      t("annual.downloadCsv", { table: locale === "zh" ? table.title.zh : table.id }),
    );
  });
  const csv = h(
    "details",
    { class: "no-print csv-downloads" },
    h("summary", {}, t("annual.downloadCsv", { table: "…" })),
    h("div", { class: "button-row" }, csvButtons),
  );
  return { top: [h("div", { class: "button-row no-print" }, xlsxButton, printButton), xlsxError], csv };
}

/** The heading of the pack shown, with a year picker when there are several years (`onYear` gets the index). */
function packHeading(
  pack: AnnualPack["pack"],
  locale: ChartLocale,
  onYear: (index: number) => void,
): HTMLElement {
  const yearSelect = h(
    "select",
    { id: uniqueId("annual-year"), "data-role": "annual-year" },
    view.packs.map((entry, index) =>
      h("option", { value: String(index), selected: index === view.shown }, String(entry.pack.year)),
    ),
  );
  yearSelect.addEventListener("change", () => onYear(Number(yearSelect.value)));
  return h(
    "div",
    { class: "annual-heading" },
    h("h2", {}, locale === "zh" ? `${pack.year}年度报告` : `Annual results ${pack.year}`),
    view.packs.length > 1
      ? h("label", { class: "year-pick" }, translate(locale, "annual.sampleYear"), yearSelect)
      : null,
  );
}

/** The pack shown (`view.shown`), charts `width` px wide; `finalize` releases the charts. */
function packView(
  locale: ChartLocale,
  width: number,
  onYear: (index: number) => void,
): { element: HTMLElement; finalize: () => void } {
  const t = translator(locale);
  const current = view.packs[view.shown]!;
  const previous = view.shown > 0 ? view.packs[view.shown - 1]! : null;
  const pack = current.pack;
  const grid = charts(current, previous, locale, width);
  const downloads = packDownloads(pack, locale);
  const element = h(
    "div",
    { class: "annual-pack", "data-year": String(pack.year) },
    packHeading(pack, locale, onYear),
    h(
      "p",
      { class: "muted" },
      t("annual.scenario", { name: scenarioDisplayName(view.scenarioName, locale) }),
    ),
    view.sample ? h("p", { class: "muted", "data-role": "sample-note" }, t("annual.sampleNote")) : null,
    downloads.top,
    view.packs.length > 1 ? threeYearTable(view.packs, locale) : null,
    pack.tables.slice(0, 2).map((table) => packTableElement(table, locale)),
    grid.element,
    pack.tables.slice(2).map((table) => packTableElement(table, locale)),
    downloads.csv,
  );
  return { element, finalize: grid.finalize };
}

/** What the results area says before a pack is drawn: the hint, "running", or the failure. */
function statusView(locale: ChartLocale): HTMLElement {
  const t = translator(locale);
  if (view.status === "idle") return h("p", { class: "muted" }, t("annual.needFiles"));
  if (view.status === "running") return h("p", { class: "muted", role: "status" }, t("annual.running"));
  return h(
    "div",
    { class: "alert", role: "alert" },
    t("annual.failed"),
    h("pre", {}, messagesText(view.error, locale)),
  );
}

/** The bundled sample's three years of members and claims. */
function loadSampleYears(): Promise<YearFiles[]> {
  return Promise.all(
    SAMPLE_YEARS.map(async (year) => ({
      members: await fetchSample(year, "members"),
      claims: await fetchSample(year, "claims"),
    })),
  );
}

/** The files chosen, last year's first when both of its files are; `null` without this year's two. */
function chosenYears(): YearFiles[] | null {
  const { members, claims, previousMembers, previousClaims } = view.files;
  if (!members || !claims) return null;
  const previous =
    previousMembers && previousClaims ? [{ members: previousMembers, claims: previousClaims }] : [];
  return [...previous, { members, claims }];
}

/**
 * Making the packs: from the chosen files under `scenario` (the form's file), or from the bundled sample;
 * `draw` shows each change of `view.status` ("running", then "done" or "failed").
 */
function packMaker(
  store: Store<AppState>,
  draw: () => void,
): { runFiles: () => void; runSample: () => void } {
  const failed = (error: unknown) => {
    view.status = "failed";
    view.error = errorMessages(error);
  };
  const compute = (scenario: Scenario, years: YearFiles[], sample: boolean) => {
    view.status = "running";
    draw();
    // Let the page show "running" before the work starts.
    setTimeout(() => {
      try {
        view.packs = annualPacks(scenario, years);
        view.shown = view.packs.length - 1;
        view.scenarioName = scenario.name;
        view.sample = sample;
        view.status = "done";
      } catch (error) {
        failed(error);
      }
      draw();
    }, 20);
  };
  const runFiles = () => {
    const years = chosenYears();
    if (years) return compute(store.get().base, years, false);
    view.status = "idle";
    draw();
  };
  const runSample = () => {
    view.status = "running";
    draw();
    void loadSampleYears().then(
      (years) => compute(loadBundledScenario(SAMPLE_SCENARIO), years, true),
      (error: Error) => {
        failed(error);
        draw();
      },
    );
  };
  return { runFiles, runSample };
}

/** The tab's inputs: the sample button, this year's and last year's files, and Run. */
function annualInputs(t: Translator, maker: ReturnType<typeof packMaker>): HTMLElement {
  const annualFile = (key: keyof AnnualView["files"], label: UiKey) =>
    fileField({ label: t(label), role: `annual-${key}` }, (files) => (view.files[key] = files[0] ?? null));
  const button = (action: string, label: UiKey, click: () => void) =>
    h(
      "div",
      { class: "button-row" },
      h("button", { type: "button", "data-action": action, on: { click } }, t(label)),
    );
  return inputGroup(
    t("tab.annual"),
    [
      button("annual-sample", "annual.sample", maker.runSample),
      annualFile("members", "annual.members"),
      annualFile("claims", "annual.claims"),
      annualFile("previousMembers", "annual.previousMembers"),
      annualFile("previousClaims", "annual.previousClaims"),
      button("annual-run", "annual.run", maker.runFiles),
    ],
    { lock: false, className: "no-print" },
  );
}

/**
 * The annual results tab (年度报告): load a year's members and claims files (and optionally last
 * year's), or the bundled synthetic sample (2022–2024), and see the yearly results pack — headline,
 * breakdowns, rejections, concentration, A/E against the scenario's model, bad input — with charts,
 * a CSV per table, one Excel workbook and a print stylesheet. The figures are `huzhu report`'s.
 */
export function mountAnnualResultsView(
  container: HTMLElement,
  store: Store<AppState>,
  _actions: AppActions,
): () => void {
  const locale = store.get().locale;
  const t = translator(locale);
  let release: () => void = () => {};
  const results = h("div", { "data-role": "annual-results" });
  /** Width the charts were drawn for: a hidden panel has none, so they are drawn again once it shows. */
  let drawnWidth = 0;
  const draw = () => {
    release();
    release = () => {};
    if (view.status !== "done") return replaceChildren(results, statusView(locale));
    drawnWidth = container.clientWidth;
    const drawn = packView(locale, chartWidth(container), (index) => {
      view.shown = index;
      draw();
    });
    release = drawn.finalize;
    replaceChildren(results, drawn.element);
  };
  const inputs = annualInputs(t, packMaker(store, draw));
  replaceChildren(container, h("p", { class: "intro no-print" }, t("annual.intro")), inputs, results);
  draw();
  const resized = new ResizeObserver(() => {
    if (view.status === "done" && Math.abs(container.clientWidth - drawnWidth) > 40) draw();
  });
  resized.observe(container);
  return () => {
    resized.disconnect();
    release();
  };
}
