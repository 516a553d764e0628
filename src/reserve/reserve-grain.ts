import { formatDay } from "../policy/dates.ts";

/** The length of origin and development periods. */
export const RESERVE_GRAINS = ["month", "quarter", "year"] as const;
export type ReserveGrain = (typeof RESERVE_GRAINS)[number];

/**
 * The number of the calendar period holding `day` (a day number since 1970-01-01): months, quarters or
 * years counted from January 1970, so consecutive periods have consecutive numbers.
 * @example
 * periodOfDay(0, "month") // January 1970
 * // → 0
 * periodOfDay(59, "quarter") // 1970-03-01 is in 1970 Q1
 * // → 0
 */
export function periodOfDay(day: number, grain: ReserveGrain): number {
  const [year, month] = formatDay(day).split("-").map(Number) as [number, number];
  const months = (year - 1970) * 12 + (month - 1);
  return grain === "month" ? months : grain === "quarter" ? Math.floor(months / 3) : Math.floor(months / 12);
}

/**
 * The label of period number `period` (as counted by {@link periodOfDay}).
 * @example
 * periodLabel(0, "month")
 * // → "1970-01"
 * periodLabel(218, "quarter") // 218 = 54 · 4 + 2
 * // → "2024-Q3"
 * periodLabel(54, "year")
 * // → "2024"
 */
export function periodLabel(period: number, grain: ReserveGrain): string {
  if (grain === "year") return String(1970 + period);
  if (grain === "quarter") return `${1970 + Math.floor(period / 4)}-Q${(period % 4) + 1}`;
  return `${1970 + Math.floor(period / 12)}-${String((period % 12) + 1).padStart(2, "0")}`;
}

/**
 * The first day (a day number) of period number `period`.
 * @example
 * firstDayOfPeriod(1, "month") // 1970-02-01
 * // → 31
 */
export function firstDayOfPeriod(period: number, grain: ReserveGrain): number {
  const months = grain === "month" ? period : grain === "quarter" ? period * 3 : period * 12;
  return Date.UTC(1970 + Math.floor(months / 12), months % 12, 1) / 86_400_000;
}
