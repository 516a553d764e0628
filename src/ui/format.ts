/**
 * Numbers, amounts, percentages, durations and dates as the chosen language writes them. Amounts use
 * the charts' `formatAmount` (万/亿 in Chinese, k/M/B in English), so tables and charts read alike.
 */
import { formatAmount, MISSING_AMOUNT } from "../charts/format-amount.ts";
import type { ChartLocale } from "../charts/locale.ts";

/** BCP 47 tags of the workbench's languages. */
export const LANGUAGE_TAG: Readonly<Record<ChartLocale, string>> = { zh: "zh-CN", en: "en-GB" };

/**
 * A count, rounded to a whole number with the language's grouping; "–" when not finite.
 * @example formatCount(1157110.4, "en") // "1,157,110"
 */
export function formatCount(value: number, locale: ChartLocale): string {
  if (!Number.isFinite(value)) return MISSING_AMOUNT;
  return new Intl.NumberFormat(LANGUAGE_TAG[locale], { maximumFractionDigits: 0 }).format(value);
}

/**
 * An amount in yuan: "5098万元" in Chinese, "51M yuan" in English.
 * @example formatYuan(50_976_337, "zh") // "5098万元"
 */
export function formatYuan(value: number, locale: ChartLocale): string {
  const amount = formatAmount(value, locale);
  if (amount === MISSING_AMOUNT) return amount;
  return locale === "zh" ? `${amount}元` : `${amount} yuan`;
}

/**
 * A ratio or probability in percent with up to `digits` decimals.
 * @example formatPercent(0.42054, "en") // "42.05%"
 */
export function formatPercent(value: number, locale: ChartLocale, digits = 2): string {
  if (!Number.isFinite(value)) return MISSING_AMOUNT;
  return new Intl.NumberFormat(LANGUAGE_TAG[locale], {
    style: "percent",
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * Yuan to the cent, grouped, for claim payouts: "1,234.50".
 * @example formatCents(1234.5, "zh") // "1,234.50"
 */
export function formatCents(value: number, locale: ChartLocale): string {
  return new Intl.NumberFormat(LANGUAGE_TAG[locale], {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/**
 * A duration in whole seconds, as hours and minutes past an hour, minutes and seconds past a minute.
 * @example formatDuration(125, "zh") // "2 分 5 秒"
 * @example formatDuration(32_793, "en") // "9 h 6 min"
 */
export function formatDuration(seconds: number, locale: ChartLocale): string {
  const total = Math.max(0, Math.round(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  const [hourUnit, minuteUnit, secondUnit] = locale === "zh" ? ["小时", "分", "秒"] : ["h", "min", "s"];
  if (hours > 0) return `${hours} ${hourUnit} ${minutes} ${minuteUnit}`;
  return minutes > 0 ? `${minutes} ${minuteUnit} ${rest} ${secondUnit}` : `${rest} ${secondUnit}`;
}

/**
 * A date and time of day in the language's style.
 * @example formatDateTime(new Date("2025-03-01T08:05:00Z"), "en") // "1 Mar 2025, 08:05" (in UTC)
 */
export function formatDateTime(date: Date, locale: ChartLocale): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAG[locale], { dateStyle: "medium", timeStyle: "short" }).format(
    date,
  );
}

/** How a figure's value reads: a count, yuan, or percent. */
export type ValueUnit = "count" | "yuan" | "percent";

/**
 * A value in its unit: {@link formatCount}, {@link formatYuan} or {@link formatPercent}.
 * @example formatValue(0.0125, "percent", "zh") // "1.25%"
 */
export function formatValue(value: number, unit: ValueUnit, locale: ChartLocale): string {
  if (unit === "count") return formatCount(value, locale);
  if (unit === "yuan") return formatYuan(value, locale);
  return formatPercent(value, locale);
}
