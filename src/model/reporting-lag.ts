import { log } from "./portable-math.ts";

/** Entries of the reporting-lag table: 1,024 quantiles and, last, the mean lag. */
export const LAG_TABLE_SIZE = 1025;

/**
 * The reporting-lag table of an exponential lag with mean `meanDays`: entry i < 1024 is the quantile at
 * u = i / 1024, −mean × ln(1 − u); the last entry holds the mean itself, for the exact draw in the top
 * interval (see `drawReportingLag`).
 * @example
 * createLagTable(60)[512]
 * // ≈ 41.589
 */
export function createLagTable(meanDays: number): Float64Array {
  const table = new Float64Array(LAG_TABLE_SIZE);
  for (let i = 0; i < LAG_TABLE_SIZE - 1; i++) table[i] = -meanDays * log(1 - i / (LAG_TABLE_SIZE - 1));
  table[LAG_TABLE_SIZE - 1] = meanDays;
  return table;
}

/**
 * The lag at uniform `u` (inversion): linear interpolation in the table, and in its top interval
 * (u ≥ 1023/1024, where the quantile runs from 416 days to infinity with a mean of 60) the exact
 * quantile −mean × ln(1 − u), so the draw reaches every lag the distribution has; before, the top 1/1024
 * of lags all read 416 days. Cost: O(1); a logarithm for 1 draw in 1,024.
 * @example
 * drawReportingLag(createLagTable(60), 1 - 1 / 2048)
 * // ≈ 457.48
 */
export function drawReportingLag(lagTable: Float64Array, u: number): number {
  const position = u * (LAG_TABLE_SIZE - 1);
  const index = position | 0;
  if (index >= LAG_TABLE_SIZE - 2) return -lagTable[LAG_TABLE_SIZE - 1]! * log(1 - u);
  return lagTable[index]! + (lagTable[index + 1]! - lagTable[index]!) * (position - index);
}
