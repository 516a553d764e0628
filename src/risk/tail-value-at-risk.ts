import { sortedFiniteCopy } from "./sorted-finite-copy.ts";

/**
 * Tail value at risk (expected shortfall) of a sample of losses (larger = worse) at level α,
 * defined as the expected shortfall of the sample's empirical distribution (Acerbi & Tasche
 * 2002, "On the coherence of expected shortfall", J. Banking & Finance 26; Loss Models,
 * "Tail-Value-at-Risk"):
 *
 *   TVaR_α = (1/(1 − α)) ∫_α^1 VaR_u du
 *          = (x₍ₙ₎ + … + x₍ₙ₋ₖ₊₁₎ + (m − k)·x₍ₙ₋ₖ₎) / m,   m = n(1 − α), k = ⌊m⌋,
 *
 * with x₍₁₎ ≤ … ≤ x₍ₙ₎ the order statistics: the mean of the worst m values, where the
 * fractional part of m is a partial weight on the next-worst value. When n(1 − α) is an integer
 * this is exactly the mean of the worst n(1 − α) losses. Unlike "the mean of the losses ≥ VaR"
 * it is coherent (subadditive), continuous in α, and equals `tailValueAtRiskPmf` (test/reference) applied
 * to the empirical pmf, so simulated and exact (FFT) figures use the same definition. It does not
 * use the interpolated {@link valueAtRisk}; it is never below the empirical lower quantile.
 *
 * m is snapped to the nearest integer when it is within 1e-9 of it, so that e.g. n = 1000,
 * α = 0.995 gives exactly the mean of the worst 5 (1 − 0.995 is not exact in binary).
 *
 * Edge cases: α = 1 gives the largest loss, α = 0 the sample mean; an empty sample, or one
 * containing NaN, gives NaN; α outside [0, 1] throws a RangeError. The sample is never modified.
 *
 * Cost: O(n log n) for the sort.
 *
 * @example
 * tailValueAtRisk([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.8) // the mean of 9 and 10
 * // → 9.5
 * tailValueAtRisk([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.75) // (10 + 9 + 0.5·8) / 2.5
 * // ≈ 9.2
 */
export function tailValueAtRisk(losses: ArrayLike<number>, level: number): number {
  if (!(level >= 0 && level <= 1)) throw new RangeError(`level must lie in [0, 1], got ${level}`);
  const sorted = sortedFiniteCopy(losses);
  if (sorted === undefined) return Number.NaN;
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  let tailCount = n * (1 - level);
  const nearest = Math.round(tailCount);
  if (Math.abs(tailCount - nearest) <= 1e-9) tailCount = nearest;
  if (tailCount === 0) return sorted[n - 1] as number;
  const whole = Math.floor(tailCount);
  let sum = 0;
  for (let i = n - whole; i < n; i++) sum += sorted[i] as number;
  const partial = tailCount - whole;
  if (partial > 0) sum += partial * (sorted[n - whole - 1] as number);
  return sum / tailCount;
}
