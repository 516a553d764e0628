import type { DevelopmentRecord } from "./development-record.ts";
import { periodLabel, periodOfDay, type ReserveGrain } from "./reserve-grain.ts";
import type { Triangle } from "./triangle.ts";

/** The four cumulative triangles reserving reads from claim records. */
export interface ClaimTriangles {
  /** Amounts paid by the end of each development period. */
  paidAmount: Triangle;
  /** Number of claims paid by the end of each development period. */
  paidCount: Triangle;
  /** Amounts of the claims filed by the end of each development period (paid or not). */
  reportedAmount: Triangle;
  /** Number of claims filed by the end of each development period. */
  reportedCount: Triangle;
  /** Records the valuation knows of (filed on or before the valuation day). */
  known: number;
  /** Records filed after the valuation day: unknown to this valuation, left out. */
  unknown: number;
}

/**
 * Builds the paid and reported triangles of amounts and counts as at `valuationDay`: origin periods run
 * from the earliest known claim's to the valuation's, development period 1 is the origin period itself,
 * and the cells on and above the diagonal through the valuation period are known. A claim filed after
 * the valuation day is unknown (it is counted in `unknown`, never in a cell), and a payment after it is
 * not yet made. The last diagonal covers its period up to the valuation day only, so value at a period's
 * last day for like-for-like diagonals.
 * @example
 * // A claim of January 1970 paid on 10 February, valued on 28 February (day 58).
 * const records = [{ originDay: 0, reportedDay: 40, paidDay: 40, amount: 100 }];
 * buildTriangles(records, { valuationDay: 58, grain: "month" }).paidAmount.cells
 * // → [[0, 100], [0, null]]
 */
export function buildTriangles(
  records: readonly DevelopmentRecord[],
  options: { valuationDay: number; grain: ReserveGrain },
): ClaimTriangles {
  const { valuationDay, grain } = options;
  const last = periodOfDay(valuationDay, grain);
  const known = records.filter((record) => record.reportedDay <= valuationDay);
  const first = Math.min(last, ...known.map((record) => periodOfDay(record.originDay, grain)));
  const size = last - first + 1;
  const empty = () =>
    Array.from({ length: size }, (_, row) =>
      Array.from({ length: size }, (_, column): number | null => (row + column <= size - 1 ? 0 : null)),
    );
  const paidAmount = empty();
  const paidCount = empty();
  const reportedAmount = empty();
  const reportedCount = empty();
  const add = (cells: (number | null)[][], row: number, from: number, value: number) => {
    for (let column = Math.max(0, from); column < size - row; column++)
      cells[row]![column] = cells[row]![column]! + value;
  };
  for (const record of known) {
    const row = periodOfDay(record.originDay, grain) - first;
    if (row < 0 || row >= size) continue;
    const reported = periodOfDay(record.reportedDay, grain) - first - row;
    add(reportedAmount, row, reported, record.amount);
    add(reportedCount, row, reported, 1);
    if (record.paidDay !== null && record.paidDay <= valuationDay) {
      const paid = periodOfDay(record.paidDay, grain) - first - row;
      add(paidAmount, row, paid, record.amount);
      add(paidCount, row, paid, 1);
    }
  }
  const origins = Array.from({ length: size }, (_, row) => periodLabel(first + row, grain));
  const triangle = (cells: (number | null)[][]): Triangle => ({ origins, cells });
  return {
    paidAmount: triangle(paidAmount),
    paidCount: triangle(paidCount),
    reportedAmount: triangle(reportedAmount),
    reportedCount: triangle(reportedCount),
    known: known.length,
    unknown: records.length - known.length,
  };
}
