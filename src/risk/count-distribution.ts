/**
 * Claim-count distribution of the (a, b, 0) class (Loss Models, "the (a, b, 0) class"; Panjer
 * 1981), the N in the aggregate loss S = X₁ + … + X_N. Parametrisations follow R (`dpois`,
 * `dnbinom`, `dbinom`):
 *
 * - Poisson: P(N = k) = e^(−λ) λ^k / k!, mean λ.
 * - Negative binomial: P(N = k) = Γ(k + r)/(Γ(r) k!)·p^r (1 − p)^k, size r > 0, probability
 *   p ∈ (0, 1]; mean r(1 − p)/p, PGF (1 − β(z − 1))^(−r) with β = (1 − p)/p = mean / r. A Poisson
 *   whose mean λ is multiplied by a Gamma(shape r, mean 1) risk factor is this distribution with
 *   size r and mean λ: use {@link negativeBinomialFromMean}.
 * - Binomial: P(N = k) = C(m, k) q^k (1 − q)^(m − k), trials m, probability q; mean m·q.
 */
export type CountDistribution =
  | { readonly kind: "poisson"; readonly mean: number }
  | { readonly kind: "negativeBinomial"; readonly size: number; readonly probability: number }
  | { readonly kind: "binomial"; readonly trials: number; readonly probability: number };

/**
 * Poisson claim count with mean λ ≥ 0 (see {@link CountDistribution}).
 * Throws a RangeError unless λ is finite and non-negative. Cost: O(1).
 *
 * @example
 * poissonCount(20)
 * // → { kind: "poisson", mean: 20 }
 */
export function poissonCount(mean: number): CountDistribution {
  if (!(mean >= 0 && Number.isFinite(mean))) throw new RangeError(`Poisson mean must be ≥ 0, got ${mean}`);
  return { kind: "poisson", mean };
}

/**
 * Negative binomial claim count with size r > 0 and success probability p ∈ (0, 1], R's
 * `dnbinom(k, size, prob)` (see {@link CountDistribution}); mean r(1 − p)/p.
 * Throws a RangeError for parameters outside those ranges. Cost: O(1).
 *
 * @example
 * countMoments(negativeBinomialCount(2, 0.25)) // mean r(1 − p)/p, variance r(1 − p)/p²
 * // → { mean: 6, variance: 24 }
 */
export function negativeBinomialCount(size: number, probability: number): CountDistribution {
  if (!(size > 0 && Number.isFinite(size))) throw new RangeError(`size must be > 0, got ${size}`);
  if (!(probability > 0 && probability <= 1)) {
    throw new RangeError(`probability must lie in (0, 1], got ${probability}`);
  }
  return { kind: "negativeBinomial", size, probability };
}

/**
 * Negative binomial claim count with the given mean μ and size r, i.e. probability
 * p = r/(r + μ) (R's `dnbinom(k, size = r, mu = μ)`); variance μ + μ²/r. This is the count of a
 * mixed Poisson whose mean λ = μ is scaled by a Gamma(shape r, mean 1) risk factor (Loss Models,
 * "mixed frequency distributions"), the simulation's model of year-to-year claim-rate uncertainty.
 * Throws a RangeError unless μ ≥ 0 and r > 0 are finite. Cost: O(1).
 *
 * @example
 * negativeBinomialFromMean(20, 2) // probability r / (r + mean)
 * // → { kind: "negativeBinomial", size: 2, probability: 2 / 22 }
 */
export function negativeBinomialFromMean(mean: number, size: number): CountDistribution {
  if (!(mean >= 0 && Number.isFinite(mean))) throw new RangeError(`mean must be ≥ 0, got ${mean}`);
  return negativeBinomialCount(size, size / (size + mean));
}

/**
 * Binomial claim count with `trials` m (a non-negative integer) and probability q ∈ [0, 1]
 * (see {@link CountDistribution}). Throws a RangeError otherwise. Cost: O(1).
 *
 * @example
 * const { mean, variance } = countMoments(binomialCount(100, 0.05)); // mean mq, variance mq(1 − q)
 * [mean, variance]
 * // ≈ [5.0000, 4.7500]
 */
export function binomialCount(trials: number, probability: number): CountDistribution {
  if (!Number.isInteger(trials) || trials < 0) {
    throw new RangeError(`trials must be a non-negative integer, got ${trials}`);
  }
  if (!(probability >= 0 && probability <= 1)) {
    throw new RangeError(`probability must lie in [0, 1], got ${probability}`);
  }
  return { kind: "binomial", trials, probability };
}

/**
 * Mean and variance of a claim count (Loss Models, Appendix B): Poisson λ, λ; negative binomial
 * rβ, rβ(1 + β) with β = (1 − p)/p; binomial mq, mq(1 − q). Used for the exact aggregate moments
 * E[S] = E[N]E[X], Var S = E[N]Var X + Var N·E[X]².
 *
 * Cost: O(1).
 *
 * @example
 * const { mean, variance } = countMoments(negativeBinomialFromMean(20, 2)); // variance μ + μ²/r
 * [mean, variance]
 * // ≈ [20.000000, 220.000000]
 */
export function countMoments(count: CountDistribution): { readonly mean: number; readonly variance: number } {
  switch (count.kind) {
    case "poisson":
      return { mean: count.mean, variance: count.mean };
    case "negativeBinomial": {
      const beta = (1 - count.probability) / count.probability;
      return { mean: count.size * beta, variance: count.size * beta * (1 + beta) };
    }
    case "binomial":
      return {
        mean: count.trials * count.probability,
        variance: count.trials * count.probability * (1 - count.probability),
      };
  }
}
