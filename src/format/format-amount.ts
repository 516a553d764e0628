/**
 * Compact amounts in yuan, the way the charts' axes, the page, the command line and exports all write
 * them. The charts compute the same labels with a Vega expression built from the same units
 * (`amountExpr` in src/charts/format-amount.ts), so a chart and a table beside it read alike.
 *
 * Rules:
 * - Chinese (`"zh"`) uses 万 (1e4) and 亿 (1e8), without digit grouping: 1,250,000 → "125万",
 *   350,000,000 → "3.5亿", 12,500 → "1.25万", 880 → "880".
 * - English (`"en"`) uses k (1e3), M (1e6) and B (1e9), grouping only above 999B: 12,500 → "12.5k",
 *   1,250,000 → "1.25M", 350,000,000 → "350M", 880 → "880".
 * - The unit is the largest one the rounded value reaches (9,999.6 → "1万", never "10000").
 * - The number shown before the unit keeps 0 decimals from 100 up, 1 decimal from 10 up, else 2;
 *   trailing zeros are dropped ("3.50" → "3.5", "2.00" → "2").
 * - Negative values get an ASCII "-" (never "-0"); values that round to zero show "0".
 * - Non-finite values (NaN, ±Infinity) show "–" (an en dash).
 */
import { type Language, MISSING } from "./language.ts";

/** A unit of compact amounts. */
export interface AmountUnit {
  readonly size: number;
  readonly suffix: string;
  /** Smallest absolute value shown in this unit: the unit less half a rounding step of the unit below. */
  readonly from: number;
}

/** Largest first. `from` = size − 0.5 × (size of the unit below), as the unit below shows 0 decimals there. */
export const AMOUNT_UNITS: Readonly<Record<Language, readonly AmountUnit[]>> = {
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

/** Whether the language groups the digits of a compact amount's number. */
export const AMOUNT_GROUPING: Readonly<Record<Language, boolean>> = { zh: false, en: true };

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
 * @param language `"zh"` (万/亿) or `"en"` (k/M/B).
 * @returns E.g. "125万", "3.5亿", "-1.2万", "1.25M"; "–" for NaN or ±Infinity.
 * @example formatAmount(1_250_000, "zh")
 * // → "125万"
 * @example formatAmount(9_999.6, "zh")
 * // → "1万"
 * @example formatAmount(350_000_000, "zh")
 * // → "3.5亿"
 * @example formatAmount(12_500, "en")
 * // → "12.5k"
 * @example formatAmount(-880, "en")
 * // → "-880"
 * @example formatAmount(Number.NaN, "zh")
 * // → "–"
 */
export function formatAmount(value: number, language: Language): string {
  if (!Number.isFinite(value)) return MISSING;
  const abs = Math.abs(value);
  const unit = AMOUNT_UNITS[language].find((u) => abs >= u.from);
  const mantissa = unit ? abs / unit.size : abs;
  const fixed = trimZeros(mantissa.toFixed(decimalsFor(mantissa)));
  const body = (AMOUNT_GROUPING[language] ? group(fixed) : fixed) + (unit ? unit.suffix : "");
  const negative = value < 0 && abs.toFixed(2) !== "0.00";
  return negative ? `-${body}` : body;
}
