import type { ChartLocale } from "../../charts/locale.ts";
import { h } from "../common/dom.ts";
import { formatValue } from "../common/format.ts";
import { headedTable } from "../common/headed-table.ts";
import { translate, translator } from "../shell/i18n.ts";
import type { CompareFigure } from "../results/key-figure-rows.ts";
import { errorText, figureData, yearText } from "../results/key-figures.ts";

/** A figure's value under scenario A or B, with its Monte Carlo error below. */
function valueCell(row: CompareFigure, scenario: "A" | "B", locale: ChartLocale): HTMLElement {
  const figure = scenario === "A" ? row.a : row.b;
  if (!figure) return h("td", { class: "number" }, translate(locale, "figure.errorNone"));
  return h(
    "td",
    { class: "number", ...figureData(figure), "data-scenario": scenario },
    formatValue(figure.value, figure.unit, locale),
    h("br"),
    h("span", { class: "error" }, errorText(figure, locale)),
  );
}

/** The paired difference B − A with its 95% interval below (exact values in `data-mean|low|high`). */
function differenceCell(row: CompareFigure, locale: ChartLocale): HTMLElement {
  const difference = row.difference;
  if (!difference) return h("td", { class: "number" }, translate(locale, "figure.errorNone"));
  const value = (number: number) => formatValue(number, row.unit, locale);
  const interval = translate(locale, "compare.differenceInterval", {
    low: value(difference.low),
    high: value(difference.high),
  });
  return h(
    "td",
    {
      class: "number",
      "data-figure": row.figure,
      "data-year": row.year === null ? "horizon" : String(row.year),
      "data-scenario": "B-A",
      "data-mean": String(difference.mean),
      "data-low": String(difference.low),
      "data-high": String(difference.high),
    },
    value(difference.mean),
    h("br"),
    h("span", { class: "error" }, interval),
  );
}

/**
 * The comparison table: each key figure under A and under B (with their Monte Carlo errors), and the
 * paired difference B − A with its 95% interval where the run pairs it. Cells carry exact values in
 * `data-*` attributes (`data-scenario` A or B; `data-mean`, `data-low`, `data-high` for differences).
 */
export function compareTable(
  rows: readonly CompareFigure[],
  years: number,
  locale: ChartLocale,
): HTMLElement {
  const t = translator(locale);
  return headedTable({
    attributes: { class: "figures compare", "data-role": "compare-figures" },
    caption: t("compare.table"),
    columns: [
      { label: t("figure.headerFigure") },
      { label: t("figure.headerYear") },
      { label: t("compare.columnA"), numeric: true },
      { label: t("compare.columnB"), numeric: true },
      { label: t("compare.columnDifference"), numeric: true },
    ],
    rows: rows.map((row) =>
      h(
        "tr",
        {},
        h("th", { scope: "row" }, t(`figure.${row.figure}`)),
        h("td", {}, yearText(row.year, years, locale)),
        valueCell(row, "A", locale),
        valueCell(row, "B", locale),
        differenceCell(row, locale),
      ),
    ),
  });
}
