import { firstDayOfPeriod, periodOfDay, type ReserveGrain } from "./reserve-grain.ts";

/** A member-period's cover and the fee it owes for it. */
export interface FeePeriod {
  /** First and last day of cover (inclusive). */
  periodStart: number;
  periodEnd: number;
  /** Fee for the whole cover, yuan. */
  fee: number;
}

/**
 * Contributions earned in each origin period: each fee spread evenly over its days of cover, summed by
 * the period (of `grain`) the days fall in, for the origin periods `first`, `first + 1`, … (numbered as
 * {@link periodOfDay}). The exposure base of Bornhuetter–Ferguson's a-priori loss ratio.
 * @example
 * // A fee of 365 for 2023 (days 19358–19722) earns 1 a day: 31 in 2023-01 and 28 in 2023-02.
 * const first = (2023 - 1970) * 12; // January 2023, numbered as periodOfDay does
 * contributionsByOrigin([{ periodStart: 19358, periodEnd: 19722, fee: 365 }], "month", first, 2)
 * // ≈ [31.0, 28.0]
 */
export function contributionsByOrigin(
  periods: readonly FeePeriod[],
  grain: ReserveGrain,
  first: number,
  count: number,
): number[] {
  const earned = Array<number>(count).fill(0);
  for (const { periodStart, periodEnd, fee } of periods) {
    const days = periodEnd - periodStart + 1;
    if (!(days > 0)) continue;
    let day = periodStart;
    while (day <= periodEnd) {
      const period = periodOfDay(day, grain);
      const end = Math.min(periodEnd, firstDayOfPeriod(period + 1, grain) - 1);
      const index = period - first;
      if (index >= 0 && index < count) earned[index]! += (fee * (end - day + 1)) / days;
      day = end + 1;
    }
  }
  return earned;
}
