import type { ChartLocale } from "../../charts/locale.ts";
import { h } from "../common/dom.ts";
import { formatValue } from "../common/format.ts";
import { headedTable } from "../common/headed-table.ts";
import { translate, translator } from "../shell/i18n.ts";
import type { CompareFigure } from "../results/key-figure-rows.ts";
import { errorText, figureData, yearText } from "../results/key-figures.ts";

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
  const valueCell = (row: CompareFigure, scenario: "A" | "B") => {
    const figure = scenario === "A" ? row.a : row.b;
    if (!figure) return h("td", { class: "number" }, t("figure.errorNone"));
    return h(
      "td",
      { class: "number", ...figureData(figure), "data-scenario": scenario },
      formatValue(figure.value, figure.unit, locale),
      h("br"),
      h("span", { class: "error" }, errorText(figure, locale)),
    );
  };
  const differenceCell = (row: CompareFigure) => {
    const difference = row.difference;
    if (!difference) return h("td", { class: "number" }, t("figure.errorNone"));
    const value = (number: number) => formatValue(number, row.unit, locale);
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
      h(
        "span",
        { class: "error" },
        translate(locale, "compare.differenceInterval", {
          low: value(difference.low),
          high: value(difference.high),
        }),
      ),
    );
  };
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
        valueCell(row, "A"),
        valueCell(row, "B"),
        differenceCell(row),
      ),
    ),
  });
}
