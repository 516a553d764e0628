/**
 * Compact formatting of yuan amounts, in TypeScript ({@link formatAmount}) and as an equivalent Vega
 * expression ({@link amountLabelExpr}, {@link amountExpr}) so axis labels and tooltips read the same
 * as the UI and the CLI.
 *
 * Rules (both implementations):
 * - Chinese (`"zh"`) uses 万 (1e4) and 亿 (1e8), without digit grouping: 1,250,000 → "125万",
 *   350,000,000 → "3.5亿", 12,500 → "1.25万", 880 → "880".
 * - English (`"en"`) uses k (1e3), M (1e6) and B (1e9), grouping only above 999B: 12,500 → "12.5k",
 *   1,250,000 → "1.25M", 350,000,000 → "350M", 880 → "880".
 * - The unit is the largest one the rounded value reaches (9,999.6 → "1万", never "10000").
 * - The number shown before the unit keeps 0 decimals from 100 up, 1 decimal from 10 up, else 2;
 *   trailing zeros are dropped ("3.50" → "3.5", "2.00" → "2").
 * - Negative values get an ASCII "-" (never "-0"); values that round to zero show "0".
 * - Non-finite values (NaN, ±Infinity) show "–" (an en dash), as do null and undefined in Vega.
 */
import type { ChartLocale } from "./locale.ts";
import { DEFAULT_LOCALE } from "./locale.ts";

/** What {@link formatAmount} returns for NaN and ±Infinity. */
export const MISSING_AMOUNT = "–";

interface Unit {
  readonly size: number;
  readonly suffix: string;
  /** Smallest absolute value shown in this unit: the unit less half a rounding step of the unit below. */
  readonly from: number;
}

/** Largest first. `from` = size − 0.5 × (size of the unit below), as the unit below shows 0 decimals there. */
const UNITS: Readonly<Record<ChartLocale, readonly Unit[]>> = {
  zh: [
    { size: 1e8, suffix: "亿", from: 1e8 - 0.5e4 },
    { size: 1e4, suffix: "万", from: 1e4 - 0.5 },
  ],
  en: [
    { size: 1e9, suffix: "B", from: 1e9 - 0.5e6 },
    { size: 1e6, suffix: "M", from: 1e6 - 0.5e3 },
    { size: 1e3, suffix: "k", from: 1e3 - 0.5 },
  ],
};

const GROUPING: Readonly<Record<ChartLocale, boolean>> = { zh: false, en: true };

function decimalsFor(mantissa: number): number {
  return mantissa >= 100 ? 0 : mantissa >= 10 ? 1 : 2;
}

function group(digits: string): string {
  const [int = "", frac] = digits.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

function trimZeros(fixed: string): string {
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

/**
 * Formats a yuan amount compactly for the locale (see the module comment for the exact rules).
 *
 * @param value Amount in yuan; may be negative.
 * @param locale `"zh"` (default: 万/亿) or `"en"` (k/M/B).
 * @returns E.g. "125万", "3.5亿", "-1.2万", "1.25M"; "–" for NaN or ±Infinity.
 * @example
 * formatAmount(1_250_000); // "125万"
 * formatAmount(350_000_000, "zh"); // "3.5亿"
 * formatAmount(12_500, "en"); // "12.5k"
 * formatAmount(-880, "en"); // "-880"
 * formatAmount(Number.NaN); // "–"
 */
export function formatAmount(value: number, locale: ChartLocale = DEFAULT_LOCALE): string {
  if (!Number.isFinite(value)) return MISSING_AMOUNT;
  const abs = Math.abs(value);
  const unit = UNITS[locale].find((u) => abs >= u.from);
  const mantissa = unit ? abs / unit.size : abs;
  const fixed = trimZeros(mantissa.toFixed(decimalsFor(mantissa)));
  const body = (GROUPING[locale] ? group(fixed) : fixed) + (unit ? unit.suffix : "");
  const negative = value < 0 && abs.toFixed(2) !== "0.00";
  return negative ? `-${body}` : body;
}

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
 */
export function amountExpr(locale: ChartLocale = DEFAULT_LOCALE, value = "datum.value"): string {
  const v = `(${value})`;
  const abs = `abs${v}`;
  const spec = (decimals: 0 | 1 | 2): string =>
    `'${GROUPING[locale] ? "," : ""}.${decimals}${decimals === 0 ? "" : "~"}f'`;
  const mantissa = (m: string): string =>
    `format(${m}, ${m} >= 100 ? ${spec(0)} : ${m} >= 10 ? ${spec(1)} : ${spec(2)})`;
  let body = mantissa(abs);
  for (const unit of [...UNITS[locale]].reverse()) {
    body = `${abs} >= ${unit.from} ? ${mantissa(`(${abs} / ${unit.size})`)} + '${unit.suffix}' : ${body}`;
  }
  const sign = `(${v} < 0 && format(${abs}, '.2f') !== '0.00' ? '-' : '')`;
  // Parenthesized so the result can be concatenated with other string expressions.
  return `(!isFinite(${v}) ? '${MISSING_AMOUNT}' : ${sign} + (${body}))`;
}

/**
 * A Vega expression for an axis or legend `labelExpr` that formats `datum.value` like
 * {@link formatAmount} (万/亿 in Chinese, k/M/B in English).
 *
 * @param locale `"zh"` (default) or `"en"`.
 * @returns A Vega expression string.
 * @example
 * const y = { field: "p50", type: "quantitative", axis: { labelExpr: amountLabelExpr("zh") } };
 */
export function amountLabelExpr(locale: ChartLocale = DEFAULT_LOCALE): string {
  return amountExpr(locale, "datum.value");
}
