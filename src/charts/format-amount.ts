/**
 * Vega expressions that write amounts exactly like `formatAmount` (src/format/format-amount.ts), from
 * the same units: {@link amountExpr} for `calculate` transforms (tooltips), {@link amountLabelExpr} for
 * axis and legend labels. Null and undefined show "–", as NaN does.
 */
import { AMOUNT_GROUPING, AMOUNT_UNITS } from "../format/format-amount.ts";
import { MISSING } from "../format/language.ts";
import type { ChartLocale } from "./locale.ts";
import { DEFAULT_LOCALE } from "./locale.ts";

/**
 * A Vega expression that formats the amount given by the expression `value` exactly like
 * {@link formatAmount}. Use it in `calculate` transforms (e.g. for tooltips) with `datum.field`.
 *
 * @param locale `"zh"` (default) or `"en"`.
 * @param value A Vega expression for the amount in yuan; default `"datum.value"`.
 * @returns A Vega expression string evaluating to the formatted label.
 * @example
 * // Vega-Lite transform adding a formatted copy of the p50 field:
 * const t = { calculate: amountExpr("zh", "datum.p50"), as: "p50Text" };
 * t.calculate.startsWith("(!isFinite((datum.p50))")
 * // → true
 */
export function amountExpr(locale: ChartLocale = DEFAULT_LOCALE, value = "datum.value"): string {
  const v = `(${value})`;
  const abs = `abs${v}`;
  const spec = (decimals: 0 | 1 | 2): string =>
    `'${AMOUNT_GROUPING[locale] ? "," : ""}.${decimals}${decimals === 0 ? "" : "~"}f'`;
  const mantissa = (m: string): string =>
    `format(${m}, ${m} >= 100 ? ${spec(0)} : ${m} >= 10 ? ${spec(1)} : ${spec(2)})`;
  let body = mantissa(abs);
  for (const unit of [...AMOUNT_UNITS[locale]].reverse()) {
    body = `${abs} >= ${unit.from} ? ${mantissa(`(${abs} / ${unit.size})`)} + '${unit.suffix}' : ${body}`;
  }
  const sign = `(${v} < 0 && format(${abs}, '.2f') !== '0.00' ? '-' : '')`;
  // Parenthesized so the result can be concatenated with other string expressions.
  return `(!isFinite(${v}) ? '${MISSING}' : ${sign} + (${body}))`;
}

/**
 * A Vega expression for an axis or legend `labelExpr` that formats `datum.value` like
 * {@link formatAmount} (万/亿 in Chinese, k/M/B in English).
 *
 * @param locale `"zh"` (default) or `"en"`.
 * @returns A Vega expression string.
 * @example
 * const y = { field: "p50", type: "quantitative", axis: { labelExpr: amountLabelExpr("zh") } };
 * y.axis.labelExpr === amountExpr("zh", "datum.value")
 * // → true
 */
export function amountLabelExpr(locale: ChartLocale = DEFAULT_LOCALE): string {
  return amountExpr(locale, "datum.value");
}
