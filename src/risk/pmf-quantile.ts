/**
 * Quantile of a distribution on the grid {0, h, 2h, …}: the smallest grid point x = j·h with
 * F(x) ≥ p, where pmf[j] = P(X = j·h). This is the generalised inverse F⁻¹(p) = inf{x : F(x) ≥ p}
 * (Loss Models, "measures of risk"), the definition of VaR for a discrete loss, and what R actuar's
 * `VaR()`/`quantile()` return for an `aggregateDist`.
 *
 * F is accumulated with Neumaier's compensated summation so that e.g. ten masses of 0.1 reach
 * F = 0.9 at the ninth point instead of 0.8999999999999999.
 *
 * Edge cases: p = 1 returns the largest grid point with positive mass (rounding can keep the
 * accumulated F a hair below 1); if F never reaches p (a truncated pmf whose mass is below p)
 * the quantile lies beyond the grid and NaN is returned; an empty pmf gives NaN. p outside
 * [0, 1] or a step that is not positive and finite throws a RangeError. Entries are assumed
 * non-negative. The pmf is never modified.
 *
 * Cost: O(j) where j is the returned index (O(n) at worst).
 *
 * @example
 * pmfQuantile([0.5, 0.3, 0.2], 100, 0.8)
 * // → 100
 * pmfQuantile([0.5, 0.3, 0.2], 100, 0.81)
 * // → 200
 */
export function pmfQuantile(pmf: ArrayLike<number>, step: number, p: number): number {
  if (!(step > 0 && Number.isFinite(step))) throw new RangeError(`step must be positive, got ${step}`);
  const index = pmfQuantileIndex(pmf, p);
  return index < 0 ? Number.NaN : index * step;
}

/**
 * Grid index of {@link pmfQuantile}: smallest j with F(j) ≥ p, or −1 when there is none.
 *
 * Cost: O(j).
 *
 * @example
 * pmfQuantileIndex([0.5, 0.3, 0.2], 0.8)
 * // → 1
 */
export function pmfQuantileIndex(pmf: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`probability must lie in [0, 1], got ${p}`);
  const n = pmf.length;
  if (p === 1) {
    for (let j = n - 1; j >= 0; j--) if ((pmf[j] as number) > 0) return j;
    return -1;
  }
  let sum = 0;
  let compensation = 0;
  for (let j = 0; j < n; j++) {
    const term = pmf[j] as number;
    const total = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - total + term : term - total + sum;
    sum = total;
    if (sum + compensation >= p) return j;
  }
  return -1;
}
