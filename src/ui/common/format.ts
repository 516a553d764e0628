/**
 * Durations, dates and figures in their unit, as the chosen language writes them. Numbers, amounts and
 * percentages come from src/format (the one home of number formatting, shared with the command line,
 * charts and exports); they are re-exported here for the page's views.
 */
import { formatCents } from "../../format/format-cents.ts";
import { formatCount } from "../../format/format-count.ts";
import { formatPercent } from "../../format/format-percent.ts";
import { formatYuan } from "../../format/format-yuan.ts";
import { LANGUAGE_TAG } from "../../format/language.ts";
import type { ChartLocale } from "../../charts/locale.ts";

export { formatCents, formatCount, formatPercent, formatYuan, LANGUAGE_TAG };

/**
 * A duration in whole seconds, as hours and minutes past an hour, minutes and seconds past a minute.
 * @example formatDuration(125, "zh")
 * // → "2 分 5 秒"
 * @example formatDuration(32_793, "en")
 * // → "9 h 6 min"
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
 * @example formatDateTime(new Date("2025-03-01T08:05:00Z"), "en") // in the time zone UTC
 * // → "1 Mar 2025, 08:05"
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
 * @example formatValue(0.0125, "percent", "zh")
 * // → "1.25%"
 */
export function formatValue(value: number, unit: ValueUnit, locale: ChartLocale): string {
  if (unit === "count") return formatCount(value, locale);
  if (unit === "yuan") return formatYuan(value, locale);
  return formatPercent(value, locale);
}
