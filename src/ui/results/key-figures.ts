import type { ChartLocale } from "../../charts/locale.ts";
import { h, type Props } from "../common/dom.ts";
import { formatValue } from "../common/format.ts";
import { headedTable } from "../common/headed-table.ts";
import { translate, translator, type UiKey } from "../shell/i18n.ts";
import type { FigureError, KeyFigure } from "./key-figure-rows.ts";

/** The text of a figure's Monte Carlo error in `locale`. */
export function errorText(figure: KeyFigure, locale: ChartLocale): string {
  const error: FigureError | null = figure.error;
  const value = (number: number) => formatValue(number, figure.unit, locale);
  // TVaR has no standard error when a single path makes up the 0.5% tail (200 paths or fewer).
  if (!error && figure.figure === "tailValueAtRisk") return translate(locale, "figure.errorTailOnePath");
  if (!error) return translate(locale, "figure.errorNone");
  if (error.kind === "se") return translate(locale, "figure.errorSe", { value: value(error.se) });
  const key: UiKey = error.kind === "ci" ? "figure.errorCi" : "figure.errorRange";
  return translate(locale, key, { low: value(error.low), high: value(error.high) });
}

/** The year cell's text: "year 1", or for a horizon figure "within 10 years". */
export function yearText(year: number | null, years: number, locale: ChartLocale): string {
  return year === null
    ? translate(locale, "figure.horizon", { years })
    : translate(locale, "figure.year", { year });
}

/**
 * `data-*` attributes carrying a figure's exact values (shortest round-trip text of the doubles), so
 * tests and scripts read numbers, not formatted text.
 */
export function figureData(figure: KeyFigure): Props {
  const error = figure.error;
  return {
    "data-figure": figure.figure,
    "data-year": figure.year === null ? "horizon" : String(figure.year),
    "data-value": String(figure.value),
    ...(error?.kind === "se" ? { "data-se": String(error.se) } : {}),
    ...(error && error.kind !== "se"
      ? { "data-low": String(error.low), "data-high": String(error.high) }
      : {}),
  };
}

/**
 * The key-figures table: one row per figure and year, with the estimate and its Monte Carlo error; the
 * estimate's cell carries the exact numbers in `data-*` attributes.
 */
export function keyFiguresTable(
  figures: readonly KeyFigure[],
  years: number,
  locale: ChartLocale,
): HTMLElement {
  const t = translator(locale);
  return headedTable({
    attributes: { class: "figures", "data-role": "key-figures" },
    caption: t("results.keyFigures"),
    columns: [
      { label: t("figure.headerFigure") },
      { label: t("figure.headerYear") },
      { label: t("figure.headerValue"), numeric: true },
      { label: t("figure.headerError") },
    ],
    rows: figures.map((figure) =>
      h(
        "tr",
        {},
        h("th", { scope: "row" }, t(`figure.${figure.figure}`)),
        h("td", {}, yearText(figure.year, years, locale)),
        h("td", { class: "number", ...figureData(figure) }, formatValue(figure.value, figure.unit, locale)),
        h("td", { class: "error" }, errorText(figure, locale)),
      ),
    ),
  });
}
