import { Z_95 } from "../model/inverse-normal.ts";

/** A proportion with its standard error and Wilson score interval: see {@link proportionEstimate}. */
export interface ProportionEstimate {
  /** Sample proportion successes / n; NaN when n = 0. */
  readonly value: number;
  /** Binomial standard error √(p(1 − p)/n); NaN when n = 0 (and 0 when p is 0 or 1). */
  readonly se: number;
  /** Wilson score interval at the chosen confidence (95% by default); NaN bounds when n = 0. */
  readonly wilson: { readonly low: number; readonly high: number };
}

/**
 * Estimate of a probability from `successes` out of `n` independent trials, e.g. a ruin
 * probability from simulated paths, with the binomial standard error √(p(1 − p)/n) and the
 * Wilson (1927) score interval
 *
 *   (p + z²/(2n) ± z·√(p(1 − p)/n + z²/(4n²))) / (1 + z²/n).
 *
 * The Wilson interval is used instead of the Wald interval p ± z·se because ruin probabilities
 * are often estimated as 0 (no ruined path): the Wald interval then collapses to [0, 0], while
 * Wilson's still has a positive upper bound (≈ 3.84/n at p = 0). See Agresti & Coull (1998),
 * "Approximate is better than 'exact' for interval estimation of binomial proportions"; the
 * interval equals R's `prop.test(successes, n, correct = FALSE)$conf.int`.
 *
 * Throws a RangeError unless n and successes are integers with 0 ≤ successes ≤ n, or if z is not
 * positive. `z` defaults to the two-sided 95% normal quantile 1.9599639845400536.
 *
 * Cost: O(1).
 *
 * @example
 * proportionEstimate(0, 1000).wilson.high // z² / (n + z²)
 * // ≈ 0.003827
 * const { low, high } = proportionEstimate(12, 100).wilson;
 * [low, high]
 * // ≈ [0.0700, 0.1981]
 */
export function proportionEstimate(successes: number, n: number, z: number = Z_95): ProportionEstimate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`successes must be an integer in [0, ${n}], got ${successes}`);
  }
  if (!(z > 0)) throw new RangeError(`z must be positive, got ${z}`);
  if (n === 0) {
    return { value: Number.NaN, se: Number.NaN, wilson: { low: Number.NaN, high: Number.NaN } };
  }
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At p = 0 (or 1) the bound is 0 (or 1) analytically; clamp away rounding residue.
  const low = successes === 0 ? 0 : Math.max(0, centre - halfWidth);
  const high = successes === n ? 1 : Math.min(1, centre + halfWidth);
  return { value: p, se: Math.sqrt((p * (1 - p)) / n), wilson: { low, high } };
}
