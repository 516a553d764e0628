/**
 * Ascending sorted copy of a sample as a Float64Array, or `undefined` if the sample contains a
 * NaN (an order statistic of a sample with missing values is undefined, so callers return NaN).
 * Helper of the sample risk measures; the input is never modified.
 *
 * Cost: O(n log n).
 *
 * @example
 * sortedFiniteCopy([3, 1, 2])
 * // → new Float64Array([1, 2, 3])
 * sortedFiniteCopy([3, Number.NaN])
 * // → undefined
 */
export function sortedFiniteCopy(values: ArrayLike<number>): Float64Array | undefined {
  const copy = Float64Array.from(values);
  for (const value of copy) if (Number.isNaN(value)) return undefined;
  return copy.sort();
}
