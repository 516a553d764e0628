import type { ChartLocale } from "../../charts/locale.ts";
import { jsonPath } from "../../scenario/json-path.ts";
import type { DocumentPath } from "./document-path.ts";
import { h, uniqueId } from "../common/dom.ts";
import { showProblems, type BoundField } from "../common/field-input.ts";
import { translator, type Translator, type UiKey } from "../shell/i18n.ts";
import { formatFieldText, parseFieldText } from "./scenario-fields.ts";

const COLUMNS: readonly {
  field: "from" | "upTo" | "rate";
  header: UiKey;
  kind: "number" | "optionalNumber";
}[] = [
  { field: "from", header: "bands.from", kind: "number" },
  { field: "upTo", header: "bands.upTo", kind: "optionalNumber" },
  { field: "rate", header: "bands.rate", kind: "number" },
];

/** The row a new band gets: it starts where the last band ends, open-ended, at the last band's rate. */
export function newBand(bands: readonly unknown[]): { from: unknown; upTo: null; rate: unknown } {
  const last = bands[bands.length - 1] as { upTo?: unknown; from?: unknown; rate?: unknown } | undefined;
  return { from: last ? (last.upTo ?? last.from ?? 0) : 0, upTo: null, rate: last?.rate ?? 0 };
}

/** One cell of a band: a labelled input bound to `bands[index].field`, with its message below the row. */
function bandCell(
  cellPath: DocumentPath,
  column: (typeof COLUMNS)[number],
  band: unknown,
  number: number,
  t: Translator,
  onCell: (path: DocumentPath, value: unknown) => void,
): { cell: HTMLElement; problem: HTMLElement; field: BoundField } {
  const id = uniqueId("band");
  const problem = h("p", { id: `${id}-problem`, class: "field-problem", hidden: true });
  const input = h("input", {
    id,
    type: "text",
    inputmode: "decimal",
    autocomplete: "off",
    "data-path": jsonPath(cellPath),
    "aria-label": t("bands.cellLabel", { n: number, column: t(column.header) }),
    "aria-describedby": problem.id,
  });
  input.value = formatFieldText(column.kind, (band as Record<string, unknown>)[column.field]);
  input.addEventListener("input", () => onCell(cellPath, parseFieldText(column.kind, input.value)));
  const cell = h("td", { "data-cell": jsonPath(cellPath) }, input);
  const field: BoundField = {
    key: jsonPath(cellPath),
    element: cell,
    control: input,
    showProblems: (messages) => showProblems(input, cell, problem, messages),
  };
  return { cell, problem, field };
}

/** The button removing band `index` (focus then goes to the previous band's, or to Add). */
function removeButton(
  bands: readonly unknown[],
  index: number,
  t: Translator,
  setBands: (bands: unknown[], focus: string) => void,
): HTMLElement {
  const label = t("bands.removeLabel", { n: index + 1 });
  const remove = () =>
    setBands(
      bands.filter((_, other) => other !== index),
      index > 0 ? `remove-band-${index - 1}` : "add-band",
    );
  return h(
    "button",
    {
      type: "button",
      class: "small",
      "data-action": `remove-band-${index}`,
      "aria-label": label,
      title: label,
      on: { click: remove },
    },
    "✕",
  );
}

/** The table's caption, column widths and header row. */
function bandsHead(t: Translator): HTMLElement[] {
  return [
    h("caption", {}, t("bands.caption")),
    h(
      "colgroup",
      {},
      ["number", "from", "upTo", "rate", "actions"].map((column) => h("col", { class: `column-${column}` })),
    ),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, t("bands.number")),
        COLUMNS.map((column) => h("th", { scope: "col" }, t(column.header))),
        h("th", { scope: "col" }, t("bands.actions")),
      ),
    ),
  ];
}

/**
 * The co-pay bands as an editable table: one row per band (from, up to — blank for "and above" — and
 * rate), a Remove button per row and an Add button. Each cell is a labelled input bound to
 * `bands[i].from|upTo|rate`, so the validator's messages (gaps, overlaps, open bands) show in the cell.
 * @param path where the bands are, e.g. `["policy", "inpatient", "bands"]`
 * @param setBands replaces the whole array (adding or removing a row redraws the form)
 */
export function bandsTable(
  path: DocumentPath,
  bands: readonly unknown[],
  locale: ChartLocale,
  onCell: (path: DocumentPath, value: unknown) => void,
  setBands: (bands: unknown[], focus: string) => void,
): { element: HTMLElement; fields: BoundField[] } {
  const t = translator(locale);
  const fields: BoundField[] = [];
  // Each band is a row of inputs followed by a row for its messages, so a long message does not squeeze
  // the inputs.
  const rows = bands.flatMap((band, index) => {
    const cells = COLUMNS.map((column) =>
      bandCell([...path, index, column.field], column, band, index + 1, t, onCell),
    );
    fields.push(...cells.map((cell) => cell.field));
    return [
      h(
        "tr",
        {},
        h("th", { scope: "row" }, String(index + 1)),
        cells.map((cell) => cell.cell),
        h("td", {}, removeButton(bands, index, t, setBands)),
      ),
      h(
        "tr",
        { class: "band-problems" },
        h(
          "td",
          { colspan: 5 },
          cells.map((cell) => cell.problem),
        ),
      ),
    ];
  });
  const tableProblem = h("p", { class: "field-problem", hidden: true, id: uniqueId("bands-problem") });
  const addBand = () => setBands([...bands, newBand(bands)], `remove-band-${bands.length}`);
  const add = h(
    "button",
    { type: "button", class: "small", "data-action": "add-band", on: { click: addBand } },
    t("bands.add"),
  );
  const table = h(
    "table",
    { class: "bands-table", "aria-describedby": tableProblem.id },
    bandsHead(t),
    h("tbody", {}, rows),
  );
  const element = h("div", { class: "bands" }, table, tableProblem, add);
  fields.push({
    key: jsonPath(path),
    element,
    control: add,
    showProblems: (messages) => showProblems(table, element, tableProblem, messages),
  });
  return { element, fields };
}
