/** Sample mean with its standard error: see {@link meanAndStandardError}. */
export interface MeanAndStandardError {
  /** Arithmetic mean; NaN when there are no values. */
  readonly mean: number;
  /** Standard error of the mean, sd / √n; NaN when n < 2. */
  readonly se: number;
  /** Sample standard deviation with Bessel's correction (divisor n − 1); NaN when n < 2. */
  readonly sd: number;
  /** Number of values. */
  readonly n: number;
}

/**
 * Mean of a sample of independent replications (e.g. Monte Carlo runs) and the standard error
 * of that mean, se = s / √n with s the Bessel-corrected sample standard deviation. This is the
 * usual Monte Carlo error of a simulated expectation (e.g. Glasserman, "Monte Carlo Methods in
 * Financial Engineering", §1.1.1).
 *
 * Computed in two passes (mean, then the sum of squared deviations), which avoids the
 * cancellation of the one-pass Σx² − n·x̄² formula.
 *
 * Edge cases: no values → mean, sd and se are NaN; one value → mean is that value and sd, se are
 * NaN, because a spread cannot be estimated from one observation (reporting 0 would claim
 * certainty that a single run cannot give). Any NaN among the values makes every result NaN.
 * The input is never modified.
 *
 * Cost: O(n).
 *
 * @example
 * // sd = √(32 / 7) with n − 1; se = sd / √8
 * meanAndStandardError([2, 4, 4, 4, 5, 5, 7, 9])
 * // → { mean: 5, sd: 2.138089935299395, se: 0.7559289460184544, n: 8 }
 */
export function meanAndStandardError(values: ArrayLike<number>): MeanAndStandardError {
  const n = values.length;
  if (n === 0) return { mean: Number.NaN, se: Number.NaN, sd: Number.NaN, n: 0 };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] as number;
  const mean = sum / n;
  if (n === 1) return { mean, se: Number.NaN, sd: Number.NaN, n };
  let sumOfSquares = 0;
  for (let i = 0; i < n; i++) {
    const deviation = (values[i] as number) - mean;
    sumOfSquares += deviation * deviation;
  }
  const sd = Math.sqrt(sumOfSquares / (n - 1));
  return { mean, se: sd / Math.sqrt(n), sd, n };
}
