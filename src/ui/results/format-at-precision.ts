import type { ChartLocale } from "../../charts/locale.ts";

/** A 95% interval around an estimate. */
export interface Interval {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/**
 * The rounding step a Monte Carlo estimate deserves: the power of ten of its interval's half-width
 * (one significant digit of the error), or three significant digits of the value when the interval has
 * no width.
 * @example precisionStep({ value: 32_500, low: 31_000, high: 34_000 })
 * // → 1000
 */
export function precisionStep(interval: Interval): number {
  const halfWidth = (interval.high - interval.low) / 2;
  if (Number.isFinite(halfWidth) && halfWidth > 0) return 10 ** Math.floor(Math.log10(halfWidth));
  const scale = Math.max(Math.abs(interval.value), Math.abs(interval.low), Math.abs(interval.high));
  return scale > 0 ? 10 ** (Math.floor(Math.log10(scale)) - 2) : 1;
}

const YUAN_UNITS: Readonly<Record<ChartLocale, readonly { size: number; suffix: string }[]>> = {
  zh: [
    { size: 1e8, suffix: "亿" },
    { size: 1e4, suffix: "万" },
  ],
  en: [
    { size: 1e9, suffix: "B" },
    { size: 1e6, suffix: "M" },
    { size: 1e3, suffix: "k" },
  ],
};

const decimalsFor = (size: number, step: number) =>
  Math.min(3, Math.max(0, Math.round(Math.log10(size) - Math.log10(step))));

const rounded = (value: number, step: number) => {
  const result = Math.round(value / step) * step;
  return Object.is(result, -0) ? 0 : result;
};

/**
 * Amounts in yuan rounded to `step` and written in one unit chosen for the largest of them (万/亿 in
 * Chinese, k/M/B in English), so an interval's two ends read alike: `["3.1万", "3.4万"]`.
 * @example formatYuanAt([31_234, 34_012], 1000, "zh")
 * // → ["3.1万", "3.4万"]
 * @example formatYuanAt([31_234, 34_012], 1000, "en")
 * // → ["31k", "34k"]
 */
export function formatYuanAt(values: readonly number[], step: number, locale: ChartLocale): string[] {
  const largest = Math.max(...values.map((value) => Math.abs(rounded(value, step))));
  const unit = YUAN_UNITS[locale].find((candidate) => largest >= candidate.size);
  const size = unit?.size ?? 1;
  const digits = decimalsFor(size, step);
  return values.map((value) => {
    const text = (rounded(value, step) / size).toFixed(digits);
    const grouped = size === 1 ? Number(text).toLocaleString("en-US") : text;
    return `${grouped}${unit?.suffix ?? ""}`;
  });
}

/**
 * Fractions as percentages rounded to `step` (a fraction, e.g. 0.001 = 0.1 percentage point).
 * @example formatPercentAt([0.41234, 0.0038], 0.001)
 * // → ["41.2%", "0.4%"]
 */
export function formatPercentAt(values: readonly number[], step: number): string[] {
  const points = step * 100;
  const digits = Math.min(3, Math.max(0, -Math.floor(Math.log10(points))));
  return values.map((value) => `${(rounded(value * 100, points) || 0).toFixed(digits)}%`);
}
