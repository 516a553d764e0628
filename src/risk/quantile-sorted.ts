/**
 * Sample quantile of an already-sorted array by linear interpolation between order statistics:
 * Hyndman & Fan (1996) "Sample quantiles in statistical packages", definition 7, which is the
 * default of R's `quantile()` and of numpy's `quantile()` (`method="linear"`).
 *
 * With n values x[0] ≤ … ≤ x[n−1], the position is h = (n − 1)·p and the result is
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). It is used for VaR on simulated losses, where the
 * sorted sample is shared between several probability levels, so sorting is left to the caller.
 *
 * Edge cases: an empty array gives NaN; p outside [0, 1] (or NaN) throws a RangeError, as R and
 * numpy do. The array is not checked for order or for NaN (that would cost O(n)): a NaN that
 * takes part in the interpolation comes out as NaN. The input is never modified.
 *
 * Cost: O(1).
 *
 * @example
 * quantileSorted([1, 2, 3, 4], 0.5)
 * // → 2.5
 * quantileSorted([10, 20, 40], 0.75)
 * // → 30
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  checkProbability(p);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = (n - 1) * p;
  const lowerIndex = Math.floor(position);
  const lower = sorted[lowerIndex] as number;
  if (lowerIndex >= n - 1) return lower;
  const fraction = position - lowerIndex;
  if (fraction === 0) return lower;
  const upper = sorted[lowerIndex + 1] as number;
  return lower + fraction * (upper - lower);
}

/**
 * Several type-7 quantiles of the same sorted array (see {@link quantileSorted}); one result
 * per probability, in the order given.
 *
 * Cost: O(ps.length).
 *
 * @example
 * quantilesSorted([1, 2, 3, 4, 5], [0, 0.1, 1])
 * // → [1, 1.4, 5]
 */
export function quantilesSorted(sorted: ArrayLike<number>, ps: readonly number[]): number[] {
  return ps.map((p) => quantileSorted(sorted, p));
}

function checkProbability(p: number): void {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`probability must lie in [0, 1], got ${p}`);
}
