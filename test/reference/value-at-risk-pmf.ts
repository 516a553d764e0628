import { pmfQuantile } from "../../src/risk/pmf-quantile.ts";

/**
 * Value at risk at level α of a loss distribution on the grid {0, h, 2h, …} (e.g. the aggregate
 * loss from {@link aggregateFft} or {@link aggregatePanjer}): the smallest grid point x with
 * F(x) ≥ α, i.e. the generalised inverse of the CDF (Loss Models, "Value-at-Risk"). Same rule
 * as R actuar's `VaR()` on an `aggregateDist`. This is {@link pmfQuantile} under its
 * risk-measure name; see it for edge cases (NaN when the grid's mass never reaches α;
 * RangeError for α outside [0, 1]).
 *
 * Cost: O(n).
 *
 * @example
 * valueAtRiskPmf([0.9, 0.09, 0.01], 1000, 0.95); // 1000
 */
export function valueAtRiskPmf(pmf: ArrayLike<number>, step: number, level: number): number {
  return pmfQuantile(pmf, step, level);
}
