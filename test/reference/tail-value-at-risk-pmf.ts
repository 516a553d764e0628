import { pmfQuantileIndex } from "../../src/risk/pmf-quantile.ts";

/**
 * Tail value at risk (expected shortfall) at level α of a loss distribution on the grid
 * {0, h, 2h, …}, by the Acerbi–Tasche formula (Acerbi & Tasche 2002, "On the coherence of
 * expected shortfall", J. Banking & Finance 26; Loss Models, "Tail-Value-at-Risk"):
 *
 *   TVaR_α = (E[X·1{X > q}] + q·(F(q) − α)) / (1 − α),   q = VaR_α (see {@link valueAtRiskPmf}).
 *
 * This equals (1/(1 − α)) ∫_α^1 VaR_u du. For a continuous loss it is E[X | X ≥ VaR_α]; for a
 * discrete one it differs from E[X | X ≥ q] (and from actuar's `CTE()`, which is E[X | X > q])
 * by giving the atom at q only the weight F(q) − α needed to make the tail probability exactly
 * 1 − α. That keeps it coherent and continuous in α, and makes it agree with
 * {@link tailValueAtRisk} on the empirical pmf of a sample.
 *
 * The formula assumes the pmf has total mass 1 (for a truncated pmf the mass beyond the grid is
 * missing from E[X·1{X > q}]). Edge cases: α = 1 gives the largest grid point with positive
 * mass; NaN when the grid's mass never reaches α or the pmf is empty; RangeError for α outside
 * [0, 1] or a step that is not positive and finite. The pmf is never modified.
 *
 * Cost: O(n).
 *
 * @example
 * // P(0) = 0.9, P(1000) = 0.09, P(2000) = 0.01; at 95%, VaR = 1000 and
 * // TVaR = (2000·0.01 + 1000·(0.99 − 0.95)) / 0.05 = 1200
 * tailValueAtRiskPmf([0.9, 0.09, 0.01], 1000, 0.95); // 1199.9999999999998 (1200 up to rounding)
 */
export function tailValueAtRiskPmf(pmf: ArrayLike<number>, step: number, level: number): number {
  if (!(step > 0 && Number.isFinite(step))) throw new RangeError(`step must be positive, got ${step}`);
  const quantileIndex = pmfQuantileIndex(pmf, level);
  if (quantileIndex < 0) return Number.NaN;
  if (level === 1) return quantileIndex * step;
  let tailProbability = 0;
  let tailExpectation = 0;
  for (let j = pmf.length - 1; j > quantileIndex; j--) {
    const probability = pmf[j] as number;
    tailProbability += probability;
    tailExpectation += j * step * probability;
  }
  // F(q) − α = (1 − α) − P(X > q) when the mass is 1. Summing the tail (small terms first) is
  // more accurate than differencing a cumulative sum near 1; clamp rounding noise at 0.
  const atomWeight = Math.max(0, 1 - level - tailProbability);
  return (tailExpectation + quantileIndex * step * atomWeight) / (1 - level);
}
