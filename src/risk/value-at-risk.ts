import { quantileSorted } from "./quantile-sorted.ts";
import { sortedFiniteCopy } from "./sorted-finite-copy.ts";

/**
 * Value at risk of a sample of losses (larger = worse) at confidence level α: the type-7
 * (linearly interpolated) sample quantile at α, as R's `quantile(losses, α)` and numpy's
 * `quantile(losses, α)` compute it; see {@link quantileSorted}. VaR as a quantile of the loss
 * distribution: Klugman, Panjer & Willmot, "Loss Models", section "Value-at-Risk".
 *
 * Edge cases: an empty sample, or one containing NaN, gives NaN; α outside [0, 1] throws a
 * RangeError. The sample is copied before sorting, never modified.
 *
 * Cost: O(n log n) for the sort. To evaluate several levels on one large sample, sort once and
 * call {@link quantileSorted} instead.
 *
 * @example
 * valueAtRisk([5, 1, 4, 2, 3], 0.9)
 * // → 4.6
 */
export function valueAtRisk(losses: ArrayLike<number>, level: number): number {
  if (!(level >= 0 && level <= 1)) throw new RangeError(`level must lie in [0, 1], got ${level}`);
  const sorted = sortedFiniteCopy(losses);
  if (sorted === undefined) return Number.NaN;
  return quantileSorted(sorted, level);
}
