/**
 * Discretises a non-negative claim severity onto the grid {0, h, …, (n−1)h} by the method of
 * local moment matching with one moment, the "unbiased" method of Loss Models §9.6.5 (Gerber
 * 1982; R actuar's `discretize(…, method = "unbiased")`), from the limited expected value
 * E(x) = E[min(X, x)]:
 *
 *   f₀ = 1 − (E(h) − E(0))/h,
 *   f_j = (2E(jh) − E((j − 1)h) − E((j + 1)h))/h   for 1 ≤ j ≤ n − 2,
 *   f_{n−1} = (E((n − 1)h) − E((n − 2)h))/h.
 *
 * The discretised distribution has the same limited expected value as X at every grid point.
 * The last point takes all the remaining mass (actuar stops at the interval's own share), so the
 * masses sum to 1 and the result is the mean-preserving discretisation of min(X, (n−1)h): its mean
 * is exactly E[min(X, (n−1)h)], approaching E[X] as the grid grows. Masses are non-negative
 * because E(x) is concave for X ≥ 0. Unlike the rounding method ({@link discretizeSeverity}) it
 * does not bias the aggregate mean, which matters when the grid step is coarse.
 *
 * Throws a RangeError unless `step` is positive and finite and `length` a positive integer;
 * length 1 puts all the mass at 0.
 *
 * Cost: n evaluations of the limited expected value, O(n) memory.
 *
 * @example
 * // Exponential with mean 1: E[min(X, x)] = 1 − e^−x; h = 1, 3 points:
 * discretizeMeanPreserving((x) => 1 - Math.exp(-x), 1, 3);
 * // [e^−1, 2(1 − e^−1) − (1 − e^−2), e^−1 − e^−2] = [0.3679, 0.3996, 0.2325] (4 d.p.)
 */
export function discretizeMeanPreserving(
  limitedExpectedValue: (x: number) => number,
  step: number,
  length: number,
): Float64Array {
  if (!(step > 0 && Number.isFinite(step))) throw new RangeError(`step must be positive, got ${step}`);
  if (!Number.isInteger(length) || length < 1) {
    throw new RangeError(`length must be a positive integer, got ${length}`);
  }
  const pmf = new Float64Array(length);
  if (length === 1) {
    pmf[0] = 1;
    return pmf;
  }
  const lev = new Float64Array(length);
  for (let j = 0; j < length; j++) lev[j] = limitedExpectedValue(j * step);
  pmf[0] = 1 - (lev[1]! - lev[0]!) / step;
  for (let j = 1; j < length - 1; j++) pmf[j] = (2 * lev[j]! - lev[j - 1]! - lev[j + 1]!) / step;
  pmf[length - 1] = (lev[length - 1]! - lev[length - 2]!) / step;
  return pmf;
}
